"""Where extractions are kept: :class:`Store` is the interface; SQLite and PostgreSQL
the backends.

See :mod:`newsift.store.schema` and :mod:`newsift.store.pg_schema` for the schemas.
Callers type against :class:`Store` and open one with :func:`open_store`, which picks the
backend from the target: a ``postgresql://`` URL, or else an SQLite file.
"""

from __future__ import annotations

from pathlib import Path

from newsift.store.base import AddResult, EventQuery, Store, StoredEvent, StoreError
from newsift.store.corrections import correct_event, merge_events, split_event
from newsift.store.sqlite import SQLiteStore, default_db_path

PG_SCHEMES = ("postgresql://", "postgres://")
PG_EXTRA = "pip install 'newsift[postgres]'"


def is_url(target: str | Path | None) -> bool:
    return isinstance(target, str) and "://" in target


def open_store(target: str | Path | None = None, *, create: bool = True,
               dedup: bool = True) -> Store:
    """Open the store at ``target`` (default: :func:`default_db_path`): a
    ``postgresql://`` URL opens :class:`~newsift.store.postgres.PostgresStore` (psycopg,
    the ``postgres`` extra), anything else an SQLite file; another URL scheme is refused
    by name rather than created as a file called ``mysql:``."""
    if isinstance(target, str) and target.startswith(PG_SCHEMES):
        try:
            from newsift.store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(target.split("@")[-1], "a PostgreSQL URL needs the psycopg "
                             f"driver: {PG_EXTRA}") from exc
        return PostgresStore(target, create=create, dedup=dedup)
    if is_url(target):
        raise StoreError(str(target), "only SQLite files and postgresql:// URLs are supported")
    return SQLiteStore(target, create=create, dedup=dedup)


__all__ = [
    "AddResult",
    "EventQuery",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoredEvent",
    "correct_event",
    "default_db_path",
    "is_url",
    "merge_events",
    "open_store",
    "split_event",
]
