"""The SQLite store: one file, stdlib :mod:`sqlite3`, WAL mode, FTS5 search.

The schema and its migrations live in :mod:`newsift.store.schema`; the SQL it shares
with PostgreSQL in :mod:`newsift.store.sqlstore`. Every write of one document is one
transaction, and every :class:`sqlite3.Error` surfaces as a
:class:`~newsift.store.base.StoreError` that names the database file.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsift.model import Document
from newsift.store.base import StoreError
from newsift.store.db import SQLITE
from newsift.store.rows import fold
from newsift.store.schema import migrate
from newsift.store.sqlstore import SQLStore


def default_db_path() -> Path:
    """``$NEWSIFT_DB`` if set, else ``newsift.db`` in the working directory."""
    return Path(os.environ.get("NEWSIFT_DB") or "newsift.db")


class SQLiteStore(SQLStore):
    """A newsift database in one SQLite file (or ``":memory:"``).

    ``create=False`` refuses a missing file instead of creating an empty database, for
    commands that only read. ``timeout`` is how long to wait for another writer.
    ``dedup=False`` stores every event as its own (no cross-document matching).
    """

    def __init__(
        self, path: str | Path | None = None, *, create: bool = True, timeout: float = 5.0,
        dedup: bool = True,
    ) -> None:
        self.dedup = dedup
        self.dedup_seconds = 0.0
        self.dialect = SQLITE
        self.path = Path(path) if path is not None else default_db_path()
        name = str(self.path)
        if not create and name != ":memory:" and not self.path.exists():
            raise StoreError(name, "no such database")
        try:
            self._conn: sqlite3.Connection = sqlite3.connect(
                name, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        self._conn.row_factory = sqlite3.Row
        self._conn.create_function("nfold", 1, fold, deterministic=True)
        try:
            with self._guard():
                self._set_up(timeout)
        except BaseException:
            self._conn.close()
            raise

    def _set_up(self, timeout: float) -> None:
        self._conn.execute("PRAGMA foreign_keys = ON")
        # Openers that create one file at once can deadlock on its switch to WAL (each
        # holds a read lock and wants the write lock); SQLite then fails one of them
        # without waiting, so that one waits here and tries again.
        deadline = time.monotonic() + timeout
        for attempt in itertools.count(1):
            try:
                self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
                migrate(self._conn, self.path)
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(min(0.2, 0.01 * attempt))
        # WAL + NORMAL never corrupts; a power cut may undo the last adds, which
        # re-adding restores, for one fsync per checkpoint instead of per document.
        self._conn.execute("PRAGMA synchronous = NORMAL")

    # -- plumbing ----------------------------------------------------------------

    def _error(self, exc: sqlite3.Error) -> StoreError:
        message = str(exc)
        if "locked" in message or "busy" in message:
            reason = "the database is locked by another process; try again when it is done"
        elif "not a database" in message:
            reason = "not an SQLite database (is this the right file?)"
        elif "unable to open" in message:
            reason = "cannot open the database file (does its folder exist? may you write it?)"
        else:
            reason = f"database error: {message}"
        return StoreError(self.path, reason)

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # Inside batch() an add is a savepoint, so that a failing add undoes only its rows.
        undo: tuple[str, ...]
        if self._conn.in_transaction:
            begin, commit, undo = "SAVEPOINT add_one", "RELEASE add_one", (
                "ROLLBACK TO add_one", "RELEASE add_one")
        else:
            begin, commit, undo = "BEGIN IMMEDIATE", "COMMIT", ("ROLLBACK",)
        with self._guard():
            self._conn.execute(begin)
            try:
                yield
            except BaseException:
                # SQLite rolls back by itself on some errors (disk full, I/O): do not mask
                # the real error with "no transaction is active".
                if self._conn.in_transaction:
                    for statement in undo:
                        self._conn.execute(statement)
                raise
            self._conn.execute(commit)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def _insert_document_row(self, doc: Document, added_at: str) -> int | None:
        cursor = self._conn.execute(
            "INSERT INTO documents (id, source, title, published, published_basis, language,"
            " text, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.source, doc.title, doc.published, doc.published_basis, doc.language,
             doc.text, added_at),
        )
        return cursor.lastrowid
