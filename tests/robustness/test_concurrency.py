"""Concurrency: the API reads a store while an ingest writes it, and two ingests share one.

SQLite in WAL mode lets readers go on while one writer writes; writers wait for each
other (a busy timeout) rather than fail, and a document already stored by one ingest
is skipped by the other inside the same write transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from builders import ingest, rows_by_document, write_corpus
from fastapi.testclient import TestClient

from newsift.api import create_app
from newsift.store import SQLiteStore


def test_api_reads_never_fail_while_an_ingest_writes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 80)
    db = tmp_path / "live.db"
    SQLiteStore(db).close()  # the page serves an existing store, empty at first
    client = TestClient(create_app(db))
    writer = ingest(corpus, db)
    statuses: list[int] = []
    totals: list[int] = []
    while writer.poll() is None:
        for path in ("/api/events?limit=5", "/api/documents?limit=5", "/api/summary"):
            response = client.get(path)
            statuses.append(response.status_code)
            if path.startswith("/api/events"):
                totals.append(response.json()["total"])
    assert writer.returncode == 0
    assert statuses and set(statuses) == {200}
    assert totals == sorted(totals)  # a reader sees the store grow, never shrink or tear
    assert client.get("/api/events").json()["total"] > 0


def test_two_ingests_into_one_store_neither_corrupt_nor_duplicate(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 60)
    reference = tmp_path / "one.db"
    assert ingest(corpus, reference).wait() == 0
    shared = tmp_path / "two.db"
    first, second = ingest(corpus, shared), ingest(corpus, shared)
    assert (first.wait(), second.wait()) == (0, 0)
    with sqlite3.connect(shared) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents").fetchone() == (
            60, 60)
    # Which ingest stored which document varies, and so may which events merge; every
    # document's own rows (its event reports included) are the same as one ingest's.
    assert rows_by_document(shared) == rows_by_document(reference)
