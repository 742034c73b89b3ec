"""Stores filled by different ways of running ingest, compared row for row."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsift.pipeline import Pipeline
from newsift.scale import processes
from newsift.store import SQLiteStore

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(autouse=True)
def _shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    # In this process, reuse the session's pipeline; worker processes load their own.
    monkeypatch.setattr(processes, "process_pipeline", lambda: pipeline)
    module = importlib.import_module("newsift.cli.ingest")  # `ingest` names the command
    monkeypatch.setattr(module, "load_pipeline", lambda: pipeline)


@pytest.fixture
def store_content() -> Callable[[Path], dict[str, Any]]:
    return _store_content


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def ingest_samples(tmp_path: Path) -> Callable[..., dict[str, Any]]:
    """``ingest samples/ --db NEW.db OPTIONS``, checked, giving the store's content."""

    def run(*options: str) -> dict[str, Any]:
        from click.testing import CliRunner

        from newsift.cli import cli

        db = tmp_path / f"store{len(list(tmp_path.glob('store*.db')))}.db"
        result = CliRunner().invoke(cli, ["ingest", str(SAMPLES), "--db", str(db), *options])
        assert result.exit_code == 0, result.output
        assert "5 stored" in result.stderr
        return _store_content(db)

    return run


def _store_content(db: Path) -> dict[str, Any]:
    """Everything a store says, in its order, less the time each document was added."""
    with SQLiteStore(db, create=False) as store:
        documents = [{k: v for k, v in d.items() if k != "added_at"} for d in store.documents()]
        return {
            "documents": documents,
            "events": store.events(),
            "quotes": store.quotes(),
            "commitments": store.commitments(),
            "entities": store.entities(),
            "counts": store.counts(),
        }
