"""What a person (or a newer newsift) changes in a stored database: corrections, manual
merges and splits, and re-extraction of a document already stored.

:class:`EventEditing` is mixed into :class:`~newsift.store.sqlstore.SQLStore`; the
row work is in :mod:`newsift.store.merge` and :mod:`newsift.store.corrections`.
Corrections are keyed by event id and never touched by re-extraction: when a document's
events come back under the same content-derived ids, its corrections apply again.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from newsift.model import Extraction
from newsift.store.base import AddResult
from newsift.store.corrections import corrections_of, record_corrections
from newsift.store.db import Connection, Dialect
from newsift.store.merge import merge_rows, refresh_event, resolve_alias, split_rows
from newsift.store.rows import check_extraction

# Every table holding rows of one document, by ``document_id`` (events aside).
DOCUMENT_TABLES = ("comments", "removed", "quotes", "entities", "places", "dates",
                   "commitments")


class EventEditing:
    """Corrections, merge, split and re-extraction for a store with these members."""

    _conn: Connection
    dialect: Dialect

    if TYPE_CHECKING:  # provided by the store class

        def _transaction(self) -> AbstractContextManager[None]: ...

        def _guard(self) -> AbstractContextManager[None]: ...

        def _write(self, extraction: Extraction) -> AddResult: ...

    def _existing(self, event_id: str) -> str:
        found = resolve_alias(self._conn, event_id)
        if found is None:
            raise KeyError(f"no event {event_id!r}")
        return found

    def correct_event(self, event_id: str, changes: dict[str, Any],
                      author: str | None = None) -> str:
        """Record corrections ``{field: value}``; they outlast any re-ingest or merge."""
        if not changes:
            raise ValueError("no corrections given")
        with self._transaction():
            target = self._existing(event_id)
            record_corrections(self._conn, target, changes, author)
            refresh_event(self._conn, target)
        return target

    def merge_events(self, keep: str, other: str) -> str:
        """Merge ``other`` into ``keep``, which keeps its id; ``other`` becomes an alias."""
        with self._transaction():
            keep, other = self._existing(keep), self._existing(other)
            if keep == other:
                raise ValueError(f"{keep} and {other} are already one event")
            merge_rows(self._conn, keep, other)
        return keep

    def split_event(self, event_id: str, document_ids: list[str]) -> str:
        """Move the sources of ``document_ids`` out to a new event; returns its id."""
        with self._transaction():
            return split_rows(self._conn, self._existing(event_id), document_ids)

    def event_corrections(self, event_id: str) -> list[dict[str, Any]]:
        with self._guard():
            found = resolve_alias(self._conn, event_id)
            return corrections_of(self._conn, found) if found else []

    def reextract(self, extraction: Extraction) -> AddResult:
        """Replace a stored document's rows with a new extraction of it (a newer newsift).

        Its old sources leave their events (an event left with none goes, its
        corrections stay on file for its id); then the extraction is added as new, so
        its events match and merge as on first ingest. In one transaction.
        """
        check_extraction(extraction)
        with self._transaction():
            self._remove_document(extraction.document.id)
            return self._write(extraction)

    def _remove_document(self, document_id: str) -> None:
        conn = self._conn
        events = [row[0] for row in conn.execute(
            "SELECT event_id FROM event_sources WHERE document_id = ?", (document_id,))]
        conn.execute("DELETE FROM event_sources WHERE document_id = ?", (document_id,))
        for event_id in events:
            if conn.execute("SELECT 1 FROM event_sources WHERE event_id = ?",
                            (event_id,)).fetchone():
                refresh_event(conn, event_id)
                continue
            key = conn.execute("SELECT key FROM events WHERE id = ?", (event_id,)).fetchone()
            conn.execute("DELETE FROM events_fts WHERE rowid = ?", (key[0],))
            conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        for table in DOCUMENT_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
        row = conn.execute("SELECT key, title, text FROM documents WHERE id = ?",
                           (document_id,)).fetchone()
        if row is not None:
            self.dialect.unindex_document(conn, row["key"], row["title"], row["text"])
            conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))

