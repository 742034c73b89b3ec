"""Stores of either backend for the contract tests: :class:`Stores` opens, inspects and
sabotages named stores of one test, as SQLite files in its tmp folder or as schemas in
the session's PostgreSQL database (one schema per test and name)."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from newsift.store import open_store
from newsift.store.sqlstore import SQLStore

_NUMBERS = itertools.count(1)
TEST_DATABASE = "newsift_test"


class Stores:
    """Named stores of one test on one backend (``sqlite`` or ``postgresql``)."""

    def __init__(self, backend: str, tmp_path: Path, server: Any = None) -> None:
        self.backend = backend
        self.tmp_path = tmp_path
        self.server = server
        self._schemas: dict[str, str] = {}
        self._opened: list[SQLStore] = []

    @property
    def postgres(self) -> bool:
        return self.backend == "postgresql"

    def target(self, name: str = "newsift") -> str | Path:
        """Where the store ``name`` lives: a file path or a postgresql:// URL."""
        if not self.postgres:
            return self.tmp_path / f"{name}.db"
        if name not in self._schemas:
            schema = f"t{next(_NUMBERS)}_{name}".lower()
            with self._pg() as conn:
                conn.execute(f'CREATE SCHEMA "{schema}"')
            self._schemas[name] = schema
        return cast(str, self.server.url(TEST_DATABASE, self._schemas[name]))

    def open(self, name: str = "newsift", **options: Any) -> SQLStore:
        """Open (creating) the store ``name``; closed at the end of the test."""
        store = cast(SQLStore, open_store(self.target(name), **options))
        self._opened.append(store)
        return store

    def close_all(self) -> None:
        for store in self._opened:
            store.close()

    @contextmanager
    def _pg(self, name: str | None = None) -> Iterator[Any]:
        import psycopg

        url = self.server.url(TEST_DATABASE, self._schemas[name] if name else None)
        with psycopg.connect(url, autocommit=True) as conn:
            yield conn

    @contextmanager
    def _sqlite(self, name: str) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.target(name), isolation_level=None)
        try:
            yield conn
        finally:
            conn.close()

    def dump(self, name: str = "newsift") -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table (SQLite's FTS shadow tables too), read by a
        connection of its own."""
        self.target(name)
        if self.postgres:
            with self._pg(name) as conn:
                tables = [row[0] for row in conn.execute(
                    "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = current_schema() ORDER BY table_name")]
                return {table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(),
                                      key=repr) for table in tables}
        with self._sqlite(name) as lite:
            tables = [row[0] for row in lite.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            return {table: sorted(lite.execute(f'SELECT * FROM "{table}"').fetchall(),
                                  key=repr) for table in tables}

    def count(self, table: str, name: str = "newsift") -> int:
        """Rows of ``table`` that another connection sees (committed ones)."""
        self.target(name)
        if self.postgres:
            with self._pg(name) as conn:
                return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        with self._sqlite(name) as lite:
            return int(lite.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def refuse_sources(self, document_id: str, name: str = "newsift") -> None:
        """From now on, inserting an event source of ``document_id`` fails with
        "refused by test" (the last insert of an add, after the document and its lists)."""
        self.target(name)
        if self.postgres:
            with self._pg(name) as conn:
                conn.execute(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    f" IF NEW.document_id = '{document_id}' THEN"
                    " RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$")
                conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON event_sources"
                             " FOR EACH ROW EXECUTE FUNCTION refuse()")
            return
        with self._sqlite(name) as lite:
            lite.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON event_sources WHEN NEW.document_id"
                f" = '{document_id}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")

    def allow_sources(self, name: str = "newsift") -> None:
        """Undo :meth:`refuse_sources`."""
        if self.postgres:
            with self._pg(name) as conn:
                conn.execute("DROP TRIGGER refuse ON event_sources")
                conn.execute("DROP FUNCTION refuse()")
            return
        with self._sqlite(name) as lite:
            lite.execute("DROP TRIGGER refuse")
