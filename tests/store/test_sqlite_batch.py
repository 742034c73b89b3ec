"""Store.batch: many adds, one commit, and a failing add still undoes only itself."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsift.model import Extraction
from newsift.store import SQLiteStore, StoreError
from newsift.store.rows import extraction_from_dict

FIXTURE = Path(__file__).parents[1] / "fixtures" / "store" / "extractions.json"


@pytest.fixture
def extractions() -> list[Extraction]:
    return [extraction_from_dict(item) for item in json.loads(FIXTURE.read_text("utf-8"))]


def _documents(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def test_a_batch_is_one_commit_and_a_failing_add_undoes_only_itself(
    tmp_path: Path, extractions: list[Extraction]
) -> None:
    db = tmp_path / "batch.db"
    first, second, third = extractions
    with SQLiteStore(db) as store:
        other = sqlite3.connect(db)
        other.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON event_sources WHEN NEW.document_id = "
            f"'{second.document.id}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")
        other.commit()
        other.close()
        with store.batch():
            assert store.add(first).stored
            with pytest.raises(StoreError, match="refused by test"):
                store.add(second)
            assert store.add(third).stored
            assert _documents(db) == 0  # nothing is visible before the one commit
        assert _documents(db) == 2
        assert store.has_document(first.document.id) and store.has_document(third.document.id)
        assert not store.has_document(second.document.id)
        assert store.get_document(third.document.id) == third


def test_an_error_escaping_the_batch_rolls_all_of_it_back(
    tmp_path: Path, extractions: list[Extraction]
) -> None:
    db = tmp_path / "batch.db"
    with SQLiteStore(db) as store:
        with pytest.raises(RuntimeError), store.batch():
            store.add(extractions[0])
            raise RuntimeError("the batch gives up")
        assert not store.has_document(extractions[0].document.id)
        assert store.add(extractions[0]).stored  # and the store is usable again
