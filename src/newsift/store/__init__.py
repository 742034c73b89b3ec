"""Where extractions are kept: :class:`Store` is the interface, SQLite the backend.

See :mod:`newsift.store.sqlite` for the schema. Callers should type against
:class:`Store` and open one with :func:`open_store`, so that a PostgreSQL backend can
be added later without touching them.
"""

from __future__ import annotations

from pathlib import Path

from newsift.store.base import AddResult, EventQuery, Store, StoredEvent, StoreError
from newsift.store.corrections import correct_event, merge_events, split_event
from newsift.store.sqlite import SQLiteStore, default_db_path


def open_store(target: str | Path | None = None, *, create: bool = True) -> Store:
    """Open the store at ``target`` (default: :func:`default_db_path`).

    Only SQLite files exist today; a ``postgresql://`` URL is refused by name rather
    than being created as a file called ``postgresql:``.
    """
    if isinstance(target, str) and "://" in target:
        raise StoreError(target, "only SQLite database files are supported so far")
    return SQLiteStore(target, create=create)


__all__ = [
    "AddResult",
    "EventQuery",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoredEvent",
    "correct_event",
    "default_db_path",
    "merge_events",
    "open_store",
    "split_event",
]
