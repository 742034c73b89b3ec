"""The PostgreSQL store: ``--db postgresql://USER@HOST/DB``, psycopg 3, the SQL of
:mod:`newsift.store.sqlstore` shared with SQLite.

The schema is in :mod:`newsift.store.pg_schema`, in the connection's current schema
(``?options=-csearch_path%3Dnews`` keeps a store in schema ``news``). Writers are
serialised by a transaction-level advisory lock per schema, as SQLite's ``BEGIN
IMMEDIATE`` serialises them: matching a new report against stored events needs to see
every event committed before it, or two ingests could each store the same incident.
Readers never wait (MVCC). psycopg is imported only here, and this module only for a
``postgresql://`` URL (:func:`newsift.store.open_store`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.rows import RowMaker

from newsift.model import Document
from newsift.store.base import StoreError
from newsift.store.db import Connection, Dialect, plain, ts_query
from newsift.store.pg_schema import check_server, migrate
from newsift.store.sqlstore import SQLStore

_PASSWORD = re.compile(r"(://[^:/@]*:)[^@/]*@|(password=)[^&\s]*")


class PgRow(tuple[Any, ...]):
    """A row by position or column name, as :class:`sqlite3.Row`."""

    _index: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def pg_rows(cursor: psycopg.Cursor[Any]) -> RowMaker[PgRow]:
    index = {column.name: i for i, column in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> PgRow:
        row = PgRow(values)
        row._index = index
        return row

    return make


@lru_cache(maxsize=512)
def pg_sql(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (the store's SQL has no ``?`` in a string)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PgDialect(Dialect):
    """PostgreSQL's full text: ``tsvector`` columns, English-stemmed, GIN-indexed."""


    def json_text(self, column: str, key: str) -> str:
        return f"({column}::json ->> '{key}')"

    def event_search(self, text: str) -> tuple[str, list[Any]]:
        query = ts_query(text)
        if not query:
            return "1 = 0", []
        return ("key IN (SELECT rowid FROM events_fts"
                " WHERE doc @@ to_tsquery('english', ?))", [query])

    def document_search(self, text: str) -> tuple[str, list[Any]]:
        query = ts_query(text)
        return ("d.fts @@ to_tsquery('english', ?)", [query]) if query else ("1 = 0", [])

    def index_document(self, conn: Connection, key: int, title: str | None, text: str
                       ) -> None:
        """Nothing to do: ``documents.fts`` is a generated column."""

    def unindex_document(self, conn: Connection, key: int, title: str | None, text: str
                         ) -> None:
        """Nothing to do: the index goes with the row."""

    def documents_with(self, conn: Connection, word: str, limit: int) -> int:
        return int(conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM documents WHERE fts @@"
            " phraseto_tsquery('english', ?) LIMIT ?) AS found",
            (plain(word), limit)).fetchone()[0])


PG = PgDialect()


class PgConnection:
    """A psycopg connection that takes the store's SQL as SQLite takes it."""

    dialect: Dialect = PG

    def __init__(self, raw: psycopg.Connection[PgRow]) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Any = None, /) -> psycopg.Cursor[PgRow]:
        if parameters is None:
            return self.raw.execute(sql)
        return self.raw.execute(pg_sql(sql), parameters)

    def executemany(self, sql: str, parameters: Any, /) -> None:
        with self.raw.cursor() as cursor:
            cursor.executemany(pg_sql(sql), parameters)


def display(url: str) -> str:
    """The URL as error messages name it: without its password."""
    return _PASSWORD.sub(lambda found: f"{found[1]}***@" if found[1] else f"{found[2]}***",
                         url)


class PostgresStore(SQLStore):
    """A newsift database in a PostgreSQL schema.

    ``create=False`` refuses a schema that holds no newsift store yet, for commands
    that only read. ``dedup=False`` stores every event as its own.
    """

    def __init__(self, url: str, *, create: bool = True, dedup: bool = True,
                 connect_timeout: int = 10) -> None:
        self.dedup = dedup
        self.dedup_seconds = 0.0
        self.dialect = PG
        self._writing = 0  # open write transactions (batch() and the add inside it)
        self._cursors = 0
        self.url = url
        self.target = display(url)
        try:
            raw = psycopg.connect(url, autocommit=True, row_factory=pg_rows,
                                  connect_timeout=connect_timeout)
        except psycopg.Error as exc:
            raise self._error(exc) from exc
        self._conn: PgConnection = PgConnection(raw)
        try:
            with self._guard():
                check_server(self._conn, self.target)
                if not create and not self._has_store():
                    raise StoreError(self.target, "no such database (no newsift store in "
                                                  "this schema)")
                with raw.transaction():
                    migrate(self._conn, self.target)
                self._lock = int(self._value(
                    "SELECT hashtext('newsift write ' || current_schema())"))
        except BaseException:
            raw.close()
            raise

    def _value(self, sql: str) -> Any:
        row = self._conn.execute(sql, ()).fetchone()
        return None if row is None else row[0]

    def _has_store(self) -> bool:
        return self._value("SELECT to_regclass('schema_version') IS NOT NULL") is True

    # -- plumbing ----------------------------------------------------------------

    def _error(self, exc: psycopg.Error) -> StoreError:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, psycopg.OperationalError) and "connect" in message:
            return StoreError(self.target, f"cannot connect: {message}")
        return StoreError(self.target, f"database error: {message}")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except psycopg.Error as exc:
            raise self._error(exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # Nested (inside batch()) this is a savepoint: a failing add undoes only its rows.
        with self._guard(), self._conn.raw.pipeline(), self._conn.raw.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(?)", (self._lock,))
            self._writing += 1
            try:
                yield
            finally:
                self._writing -= 1

    @contextmanager
    def _rows_of(self, sql: str, params: list[Any], stream: bool) -> Iterator[Any]:
        if not stream or self._writing:  # psycopg's pipeline mode has no named cursors
            yield self._conn.execute(sql, params)
            return
        # A server-side cursor sends rows as they are fetched: an export larger than
        # memory streams as from SQLite. WITH HOLD, it needs no transaction of ours, so
        # two exports may stream at once and stop in any order.
        self._cursors += 1
        with self._conn.raw.cursor(name=f"newsift_events_{self._cursors}",
                                   row_factory=pg_rows, withhold=True) as cursor:
            cursor.execute(pg_sql(sql), params)
            yield cursor

    def close(self) -> None:
        self._conn.raw.close()

    def __enter__(self) -> PostgresStore:
        return self

    def _insert_document_row(self, doc: Document, added_at: str) -> int | None:
        row = self._conn.execute(
            "INSERT INTO documents (id, source, title, published, published_basis, language,"
            " text, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING RETURNING key",
            (doc.id, doc.source, doc.title, doc.published, doc.published_basis, doc.language,
             doc.text, added_at),
        ).fetchone()
        return None if row is None else int(row[0])
