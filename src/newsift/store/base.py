"""What every newsift store offers, whatever holds the rows (SQLite now, PostgreSQL later).

The CLI, the exporter and the API depend on :class:`Store` only, never on a concrete
backend, so a second backend is one new module, not a change to its callers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, runtime_checkable

from newsift.model import Extraction

_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

StoredEvent = dict[str, Any]
"""An event in the contract shape plus ``sources``, ``fatalities_low``, ``fatalities_high``."""


class StoreError(Exception):
    """The store cannot be used: a file that is not a newsift database, a lock, a bad schema.

    The message always names the database, because the user has to find and fix it.
    """

    def __init__(self, target: str | Path, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = str(target)
        self.reason = reason


@dataclass(frozen=True)
class EventQuery:
    """Which stored events to return; every filter given must hold (AND).

    ``since``/``until`` are inclusive bounds on the event date, ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD`` (``until="2024-05"`` takes in all of May), and leave out undated
    events; an event dated only "2024-03" is kept when March 2024 overlaps the range.
    ``event_type`` matches the type or the sub-event type, ignoring case. ``place`` is a
    case-insensitive substring of the location name, admin1 or country; ``actor`` of
    actor1 or actor2. ``search`` is full-text search over the evidence, location,
    actors, event types, weapon and target (not the whole article: see
    :meth:`Store.documents`): words are ANDed, a trailing ``*`` matches a prefix, and
    words are stemmed ("strikes" finds "strike").
    """

    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    place: str | None = None
    actor: str | None = None
    search: str | None = None
    document_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _PARTIAL_DATE.fullmatch(value):
                raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add` did with one document.

    ``stored`` is False when the document (same id, i.e. same input bytes) was already
    in the store: then nothing at all was written. ``events_merged`` counts events whose
    id was already stored from another document and gained this document as a source.
    """

    document_id: str
    stored: bool
    events_added: int = 0
    events_merged: int = 0

    @property
    def already_present(self) -> bool:
        return not self.stored


@runtime_checkable
class Store(Protocol):
    """A database of extractions. Use as a context manager, or call :meth:`close`."""

    def add(self, extraction: Extraction) -> AddResult:
        """Store the document and all its rows in one transaction; a no-op if present."""
        ...

    def has_document(self, document_id: str) -> bool: ...

    def get_document(self, document_id: str) -> Extraction | None:
        """The extraction as it was added (events carry this document's evidence)."""
        ...

    def documents(
        self, search: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Document summaries (no text), newest added last; ``search`` over title and text."""
        ...

    def events(self, query: EventQuery | None = None) -> list[StoredEvent]: ...

    def iter_events(self, query: EventQuery | None = None) -> Iterator[StoredEvent]:
        """Like :meth:`events` but streamed, for exports larger than memory."""
        ...

    def quotes(
        self,
        document_id: str | None = None,
        speaker: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]: ...

    def commitments(
        self,
        document_id: str | None = None,
        party: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]: ...

    def entities(
        self,
        document_id: str | None = None,
        label: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]: ...

    def counts(self) -> dict[str, int]:
        """Keys: documents, events, quotes, commitments, entities (distinct name+label)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
