"""The store's work in SQL, shared by the SQLite and PostgreSQL backends.

:class:`SQLStore` writes and reads through a :class:`~newsift.store.db.Connection`
with ``?`` placeholders; a backend gives the connection, its transactions and errors
(:meth:`_transaction`, :meth:`_guard`), and how a document row gets its integer key.
The mapping between model objects and rows is in :mod:`newsift.store.rows`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
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
from newsift.store.base import AddResult, EventQuery, StoredEvent
from newsift.store.corrections import corrections_of
from newsift.store.db import Connection, Dialect, Row
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
    item_from_row,
    item_values,
    limit_clause,
    stored_event,
)

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


class SQLStore(EventEditing):
    """Everything of :class:`~newsift.store.base.Store` that is the same SQL on every
    backend. ``dedup=False`` stores every event as its own (no cross-document matching)."""

    _conn: Connection
    dialect: Dialect
    dedup: bool
    dedup_seconds: float  # time spent matching new events to stored ones

    @property
    def conn(self) -> Connection:
        """The open connection, for tests and benchmarks that look under the interface."""
        return self._conn

    def _insert_document_row(self, doc: Document, added_at: str) -> int | None:
        """Insert the document's row; its integer key, or None when another writer
        stored the same document first."""
        raise NotImplementedError

    def batch(self) -> AbstractContextManager[None]:
        """Many adds, one commit: each add inside still stands or fails alone."""
        return self._transaction()

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SQLStore:
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
        if not self._insert_document(doc):
            return AddResult(doc.id, stored=False)
        for attr, _ in _EXTRACTION_LISTS:
            self._insert_list(attr, doc.id, getattr(extraction, attr))
        added, merged = self._insert_events(doc.id, extraction.events)
        return AddResult(doc.id, stored=True, events_added=added, events_merged=merged)

    def _insert_document(self, doc: Document) -> bool:
        key = self._insert_document_row(doc, datetime.now(UTC).isoformat(timespec="seconds"))
        if key is None:
            return False
        self.dialect.index_document(self._conn, key, doc.title, doc.text)
        for attr, _ in _DOCUMENT_LISTS:
            self._insert_list(attr, doc.id, getattr(doc, attr))
        return True

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
                "SELECT id, source, title, published, published_basis, language, text"
                " FROM documents WHERE id = ?", (document_id,)).fetchone()
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
        where, params = "", list[Any]()
        if search:
            condition, params = self.dialect.document_search(search)
            where = f" WHERE {condition}"
        tail, more = limit_clause(limit, offset)
        with self._guard():
            return [dict(row) for row in self._conn.execute(
                "SELECT d.id, d.source, d.title, d.published, d.language, d.added_at, "
                "(SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events "
                f"FROM documents d{where} ORDER BY d.key{tail}", [*params, *more])]

    def events(self, query: EventQuery | None = None) -> list[StoredEvent]:
        return list(self._events(query, stream=False))

    def iter_events(self, query: EventQuery | None = None) -> Iterator[StoredEvent]:
        return self._events(query, stream=True)

    def _rows_of(self, sql: str, params: list[Any], stream: bool
                 ) -> AbstractContextManager[Any]:
        """A cursor over ``sql``; ``stream``: one that need not hold every row at once
        (SQLite's always steps through the table)."""
        return nullcontext(self._conn.execute(sql, params))

    def _events(self, query: EventQuery | None, stream: bool) -> Iterator[StoredEvent]:
        sql, params = event_select(query or EventQuery(), self.dialect)
        with self._guard(), self._rows_of(sql, params, stream) as cursor:
            while rows := cursor.fetchmany(_BATCH):
                sources = self._sources([row["id"] for row in rows])
                for row in rows:
                    yield stored_event(row, sources.get(row["id"], []))

    def count_events(self, query: EventQuery | None = None) -> int:
        clause, params = event_where(query or EventQuery(), self.dialect)
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
            for key, (sql, params) in summary_selects(query or EventQuery(), self.dialect).items():
                found[key] = [dict(row) for row in self._conn.execute(sql, params)]
        return {**found.pop("totals")[0], **found}

    def _sources(self, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {}
        marks = ", ".join("?" * len(event_ids))
        for row in self._conn.execute(
            "SELECT s.event_id, s.document_id, d.source, s.evidence, s.fatalities, s.injured,"
            f" {self.dialect.json_text('s.extracted', 'date')} AS date,"
            f" {self.dialect.json_text('s.extracted', 'date_precision')} AS date_precision,"
            f" {self.dialect.json_text('s.extracted', 'warnings')} AS warnings"
            " FROM event_sources s JOIN documents d ON d.id = s.document_id"
            f" WHERE s.event_id IN ({marks}) ORDER BY s.key", event_ids,
        ):
            found.setdefault(row["event_id"], []).append({
                "document_id": row["document_id"], "source": row["source"],
                "evidence": json.loads(row["evidence"]),
                "fatalities": row["fatalities"], "injured": row["injured"],
                "date": row["date"], "date_precision": row["date_precision"],
                "warnings": json.loads(row["warnings"]) if row["warnings"] else []})
        return found

    def _rows(self, sql: str, where: list[tuple[str, Any]], limit: int | None,
              offset: int, order: str) -> list[Row]:
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
                " (SELECT count(*) FROM (SELECT DISTINCT name, label FROM entities) AS named)"
            ).fetchone()
        return dict(zip(("documents", "events", "quotes", "commitments", "entities"), one,
                        strict=True))
