"""The SQLite store: one file, stdlib :mod:`sqlite3`, WAL mode, FTS5 search.

The schema and its migrations live in :mod:`newsift.store.schema`; the mapping between
model objects and rows in :mod:`newsift.store.rows`. Every write of one document is one
transaction, and every :class:`sqlite3.Error` surfaces as a
:class:`~newsift.store.base.StoreError` that names the database file.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from newsift.model import (
    Comment,
    Commitment,
    DateMention,
    Document,
    Entity,
    Event,
    Extraction,
    Place,
    Quote,
    Removed,
)
from newsift.store.base import AddResult, EventQuery, StoredEvent, StoreError
from newsift.store.corrections import corrections_of
from newsift.store.editing import EventEditing
from newsift.store.merge import insert_events, resolve_alias, source_event
from newsift.store.queries import (
    event_select,
    event_where,
    partial_date_range,
    summary_selects,
)
from newsift.store.rows import (
    check_extraction,
    field_names,
    fold,
    fts_query,
    item_from_row,
    item_values,
    limit_clause,
    stored_event,
)
from newsift.store.schema import migrate

# Per-document lists stored generically: column names are the dataclass field names.
_DOCUMENT_LISTS: tuple[tuple[str, type], ...] = (("comments", Comment), ("removed", Removed))
_EXTRACTION_LISTS: tuple[tuple[str, type], ...] = (
    ("quotes", Quote),
    ("entities", Entity),
    ("places", Place),
    ("dates", DateMention),
    ("commitments", Commitment),
)
_BATCH = 500


def default_db_path() -> Path:
    """``$NEWSIFT_DB`` if set, else ``newsift.db`` in the working directory."""
    return Path(os.environ.get("NEWSIFT_DB") or "newsift.db")


class SQLiteStore(EventEditing):
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
        self.dedup_seconds = 0.0  # time spent matching new events to stored ones
        self.path = Path(path) if path is not None else default_db_path()
        name = str(self.path)
        if not create and name != ":memory:" and not self.path.exists():
            raise StoreError(name, "no such database")
        try:
            self._conn = sqlite3.connect(name, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        self._conn.row_factory = sqlite3.Row
        self._conn.create_function("nfold", 1, fold, deterministic=True)
        try:
            with self._guard():
                self._conn.execute("PRAGMA foreign_keys = ON")
                self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
                # WAL + NORMAL never corrupts; a power cut may undo the last adds, which
                # re-adding restores, for one fsync per checkpoint instead of per document.
                self._conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self._conn, self.path)
        except BaseException:
            self._conn.close()
            raise

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

    def batch(self) -> AbstractContextManager[None]:
        """Many adds, one commit: each add inside still stands or fails alone."""
        return self._transaction()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------

    def add(self, extraction: Extraction) -> AddResult:
        check_extraction(extraction)
        doc = extraction.document
        if self.has_document(doc.id):  # re-runs over a corpus need no write lock
            return AddResult(doc.id, stored=False)
        with self._transaction():
            if self._has(doc.id):
                return AddResult(doc.id, stored=False)
            return self._write(extraction)

    def _write(self, extraction: Extraction) -> AddResult:
        """Insert a document not in the store; the caller holds the transaction."""
        doc = extraction.document
        self._insert_document(doc)
        for attr, _ in _EXTRACTION_LISTS:
            self._insert_list(attr, doc.id, getattr(extraction, attr))
        added, merged = self._insert_events(doc.id, extraction.events)
        return AddResult(doc.id, stored=True, events_added=added, events_merged=merged)

    def _insert_document(self, doc: Document) -> None:
        cursor = self._conn.execute(
            "INSERT INTO documents (id, source, title, published, published_basis, language,"
            " text, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.source, doc.title, doc.published, doc.published_basis, doc.language,
             doc.text, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        self._conn.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                           (cursor.lastrowid, doc.title, doc.text))
        for attr, _ in _DOCUMENT_LISTS:
            self._insert_list(attr, doc.id, getattr(doc, attr))

    def _insert_list(self, table: str, document_id: str, items: Sequence[Any]) -> None:
        if not items:
            return
        names = field_names(type(items[0]))
        columns = ", ".join(f'"{name}"' for name in names)
        marks = ", ".join("?" * (len(names) + 2))
        self._conn.executemany(
            f"INSERT INTO {table} (document_id, seq, {columns}) VALUES ({marks})",
            [[document_id, seq, *item_values(item, names)] for seq, item in enumerate(items)])

    def _insert_events(self, document_id: str, events: Sequence[Event]) -> tuple[int, int]:
        published = self._conn.execute(
            "SELECT published FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
        added, merged, spent = insert_events(self._conn, document_id, published, events,
                                             self.dedup)
        self.dedup_seconds += spent
        return added, merged

    # -- reading -----------------------------------------------------------------

    def _has(self, document_id: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None

    def has_document(self, document_id: str) -> bool:
        with self._guard():
            return self._has(document_id)

    def has_source(self, source: str) -> bool:
        with self._guard():
            return self._conn.execute(
                "SELECT 1 FROM documents WHERE source = ? LIMIT 1", (source,)
            ).fetchone() is not None

    def get_document(self, document_id: str) -> Extraction | None:
        with self._guard():
            row = self._conn.execute(
                "SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
            if row is None:
                return None
            lists = {attr: self._read_list(attr, cls, document_id)
                     for attr, cls in (*_DOCUMENT_LISTS, *_EXTRACTION_LISTS)}
            document = Document(
                id=row["id"], source=row["source"], title=row["title"],
                published=row["published"], published_basis=row["published_basis"],
                language=row["language"], text=row["text"],
                comments=lists.pop("comments"), removed=lists.pop("removed"))
            events = [
                source_event(source, self._conn.execute(
                    "SELECT * FROM events WHERE id = ?", (source["event_id"],)).fetchone())
                for source in self._conn.execute(
                    "SELECT * FROM event_sources WHERE document_id = ? ORDER BY seq",
                    (document_id,)).fetchall()
            ]
            return Extraction(document=document, events=events, **lists)

    def document_event_ids(self, document_id: str) -> dict[int, str]:
        with self._guard():
            return {int(row[0]): str(row[1]) for row in self._conn.execute(
                "SELECT seq, event_id FROM event_sources WHERE document_id = ?",
                (document_id,))}

    def _read_list(self, table: str, cls: type, document_id: str) -> list[Any]:
        names = field_names(cls)
        columns = ", ".join(f'"{name}"' for name in names)
        return [item_from_row(cls, names, row) for row in self._conn.execute(
            f"SELECT {columns} FROM {table} WHERE document_id = ? ORDER BY seq", (document_id,))]

    def documents(
        self, search: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        where, params = "", []
        if search:
            where = " WHERE d.key IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
            params.append(fts_query(search))
        tail, more = limit_clause(limit, offset)
        with self._guard():
            return [dict(row) for row in self._conn.execute(
                "SELECT d.id, d.source, d.title, d.published, d.language, d.added_at, "
                "(SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events "
                f"FROM documents d{where} ORDER BY d.key{tail}", [*params, *more])]

    def events(self, query: EventQuery | None = None) -> list[StoredEvent]:
        return list(self.iter_events(query))

    def iter_events(self, query: EventQuery | None = None) -> Iterator[StoredEvent]:
        sql, params = event_select(query or EventQuery())
        with self._guard():
            cursor = self._conn.execute(sql, params)
            while rows := cursor.fetchmany(_BATCH):
                sources = self._sources([row["id"] for row in rows])
                for row in rows:
                    yield stored_event(row, sources.get(row["id"], []))

    def count_events(self, query: EventQuery | None = None) -> int:
        clause, params = event_where(query or EventQuery())
        with self._guard():
            return int(self._conn.execute(
                f"SELECT count(*) FROM events{clause}", params).fetchone()[0])

    def get_event(self, event_id: str) -> StoredEvent | None:
        """Also by the id of an event merged into this one; with its ``corrections``."""
        with self._guard():
            found = resolve_alias(self._conn, event_id)
            if found is None:
                return None
            event_id = found
            row = self._conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
            sources = self._sources([event_id]).get(event_id, [])
            for source in sources:
                doc = self._conn.execute("SELECT title, published FROM documents WHERE id = ?",
                                         (source["document_id"],)).fetchone()
                source.update(title=doc["title"], published=doc["published"])
            corrections = corrections_of(self._conn, event_id)
        return {**stored_event(row, sources), "corrections": corrections}

    def summary(self, query: EventQuery | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {}
        with self._guard():
            for key, (sql, params) in summary_selects(query or EventQuery()).items():
                found[key] = [dict(row) for row in self._conn.execute(sql, params)]
        return {**found.pop("totals")[0], **found}

    def _sources(self, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {}
        marks = ", ".join("?" * len(event_ids))
        for row in self._conn.execute(
            "SELECT s.event_id, s.document_id, d.source, s.evidence, s.fatalities, s.injured,"
            " s.extracted FROM event_sources s JOIN documents d ON d.id = s.document_id"
            f" WHERE s.event_id IN ({marks}) ORDER BY s.key", event_ids,
        ):
            own = json.loads(row["extracted"]) if row["extracted"] else {}
            found.setdefault(row["event_id"], []).append({
                "document_id": row["document_id"], "source": row["source"],
                "evidence": json.loads(row["evidence"]),
                "fatalities": row["fatalities"], "injured": row["injured"],
                "date": own.get("date"), "date_precision": own.get("date_precision")})
        return found

    def _rows(self, sql: str, where: list[tuple[str, Any]], limit: int | None,
              offset: int, order: str) -> list[sqlite3.Row]:
        clause = " AND ".join(cond for cond, _ in where)
        params = [value for cond, value in where for _ in range(cond.count("?"))]
        tail, more = limit_clause(limit, offset)
        with self._guard():
            return self._conn.execute(
                f"{sql}{' WHERE ' + clause if clause else ''} {order}{tail}",
                [*params, *more]).fetchall()

    def quotes(self, document_id: str | None = None, speaker: str | None = None,
               limit: int | None = None, offset: int = 0, since: str | None = None,
               until: str | None = None, search: str | None = None) -> list[dict[str, Any]]:
        where = [("q.document_id = ?", document_id)] if document_id else []
        if speaker:
            where.append(("instr(nfold(q.speaker), ?)", speaker.casefold()))
        if search:
            where.append(("instr(nfold(q.text), ?)", search.casefold()))
        where += partial_date_range("coalesce(q.date, d.published)", since, until)
        rows = self._rows(
            "SELECT q.document_id, q.speaker, q.speaker_role, q.text, q.direct, q.date,"
            ' q."start", q."end" FROM quotes q JOIN documents d ON d.id = q.document_id',
            where, limit, offset, "ORDER BY d.key, q.seq")
        return [{**dict(row), "direct": bool(row["direct"])} for row in rows]

    def commitments(self, document_id: str | None = None, party: str | None = None,
                    limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        where = [("c.document_id = ?", document_id)] if document_id else []
        if party:
            where.append(("(instr(nfold(c.donor), ?) OR instr(nfold(c.recipient), ?))",
                          party.casefold()))
        rows = self._rows(
            "SELECT c.document_id, c.donor, c.recipient, c.amount, c.currency, c.items,"
            " c.status, c.date, c.evidence FROM commitments c"
            " JOIN documents d ON d.id = c.document_id",
            where, limit, offset, "ORDER BY d.key, c.seq")
        return [{**dict(row), "evidence": json.loads(row["evidence"])} for row in rows]

    def entities(self, document_id: str | None = None, label: str | None = None,
                 limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Entities summed over the selected documents, most mentioned first."""
        where = [("document_id = ?", document_id)] if document_id else []
        if label:
            where.append(("label = ?", label.upper()))
        rows = self._rows(
            "SELECT name, label, sum(mentions) AS mentions,"
            " count(DISTINCT document_id) AS documents FROM entities",
            where, limit, offset, "GROUP BY name, label ORDER BY mentions DESC, name, label")
        return [dict(row) for row in rows]

    def counts(self) -> dict[str, int]:
        with self._guard():
            one = self._conn.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
                " (SELECT count(*) FROM quotes), (SELECT count(*) FROM commitments),"
                " (SELECT count(*) FROM (SELECT DISTINCT name, label FROM entities))"
            ).fetchone()
        return dict(zip(("documents", "events", "quotes", "commitments", "entities"), one,
                        strict=True))
