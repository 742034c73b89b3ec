"""What only the SQLite store has: a file, WAL, its migrations, locks, clear errors.

The contract both backends keep is tested in test_contract.py."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import fixture_extractions

from newsift.model import Event, Extraction
from newsift.store import (
    EventQuery,
    SQLiteStore,
    Store,
    StoreError,
    default_db_path,
    open_store,
)
from newsift.store.schema import MIGRATIONS

CONTRACT_EVENT_KEYS = {f.name for f in dataclasses.fields(Event)}


@pytest.fixture
def extractions() -> list[Extraction]:
    return fixture_extractions()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "newsift.db"


@pytest.fixture
def store(db: Path, extractions: list[Extraction]) -> Iterator[SQLiteStore]:
    with SQLiteStore(db) as opened:
        for extraction in extractions:
            opened.add(extraction)
        yield opened


def test_query_dates_must_be_iso() -> None:
    with pytest.raises(ValueError, match="since must be"):
        EventQuery(since="11/05/2024")
    with pytest.raises(ValueError, match="until must be"):
        EventQuery(until="May 2024")


def test_database_uses_wal_and_records_its_schema_version(store: SQLiteStore, db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_a_version_1_database_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, '2024-01-01')")
    conn.close()
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(dates)")]
    assert "precision" in columns
    assert "speaker_role" in [row[1] for row in conn.execute("PRAGMA table_info(quotes)")]
    conn.close()


def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is a shopping list, not a database\n" * 100)
    with pytest.raises(StoreError, match="not an SQLite database") as caught:
        SQLiteStore(junk)
    assert str(junk) in str(caught.value)


def test_someone_elses_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a newsift database"):
        SQLiteStore(other)


def test_a_newer_schema_is_refused(store: SQLiteStore, db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsift"):
        SQLiteStore(db)


def test_a_locked_database_gives_a_clear_error(
    db: Path, extractions: list[Extraction]
) -> None:
    SQLiteStore(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(db, timeout=0.05) as store:
            assert store.counts()["documents"] == 0  # WAL: reading still works
            with pytest.raises(StoreError, match="locked") as caught:
                store.add(extractions[0])
            assert str(db) in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_openers_creating_one_database_at_once_all_open_it(tmp_path: Path) -> None:
    # Switching a new file to WAL needs an exclusive lock, and two openers that both read
    # first deadlock: SQLite fails one at once, without waiting; the store tries again.
    rounds, openers = 100, 3
    start = threading.Barrier(openers)
    errors: list[str] = []

    def open_each() -> None:
        for index in range(rounds):
            start.wait()
            try:
                SQLiteStore(tmp_path / f"new-{index}.db").close()
            except StoreError as exc:
                errors.append(str(exc))

    threads = [threading.Thread(target=open_each) for _ in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with sqlite3.connect(tmp_path / f"new-{rounds - 1}.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_re_adding_needs_no_write_lock(db: Path, extractions: list[Extraction]) -> None:
    with SQLiteStore(db) as store:
        store.add(extractions[0])
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(db, timeout=0.05) as store:
            assert store.add(extractions[0]).already_present
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_missing_database_and_database_urls(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        SQLiteStore(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()
    with pytest.raises(StoreError, match="cannot open"):
        SQLiteStore(tmp_path / "no" / "such" / "folder" / "x.db")
    with pytest.raises(StoreError, match="only SQLite files and postgresql://"):
        open_store("mysql://localhost/newsift")
    with open_store(tmp_path / "opened.db") as store:
        assert isinstance(store, Store)
        assert store.counts()["documents"] == 0


def test_default_db_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSIFT_DB", raising=False)
    assert default_db_path() == Path("newsift.db")
    monkeypatch.setenv("NEWSIFT_DB", str(tmp_path / "elsewhere.db"))
    assert default_db_path() == tmp_path / "elsewhere.db"


def test_has_source_looks_up_an_index(store: SQLiteStore, db: Path) -> None:
    url = "https://news.example.org/2024/02/10/strike-on-petrol-station"
    conn = sqlite3.connect(db)
    plan = " ".join(str(row[-1]) for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM documents WHERE source = ?", (url,)))
    conn.close()
    assert "documents_by_source" in plan  # a lookup per feed item must not scan the table
