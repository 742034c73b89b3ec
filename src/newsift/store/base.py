"""What every newsift store offers, whatever holds the rows (SQLite or PostgreSQL).

The CLI, the exporter and the API depend on :class:`Store` only, never on a concrete
backend, so a second backend is one new module, not a change to its callers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
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
    words are stemmed ("strikes" finds "strike"). ``sub_event_type`` matches the
    sub-event type only, ignoring case. ``bbox`` is ``(min_lon, min_lat, max_lon,
    max_lat)`` and leaves out events without coordinates; ``min_lon > max_lon`` is a box
    across the antimeridian. ``min_fatalities`` leaves out events whose killed count is
    below it or not stated.
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
    sub_event_type: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    min_fatalities: int | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _PARTIAL_DATE.fullmatch(value):
                raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if self.bbox is not None:
            if len(self.bbox) != 4:
                raise ValueError("bbox must be (min_lon, min_lat, max_lon, max_lat)")
            _, min_lat, _, max_lat = self.bbox
            if not all(-180 <= lon <= 180 for lon in self.bbox[::2]) or not (
                -90 <= min_lat <= max_lat <= 90
            ):
                raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat within "
                                 "-180..180 and -90..90, with min_lat <= max_lat")


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add` did with one document.

    ``stored`` is False when the document (same id, i.e. same input bytes) was already
    in the store: then nothing at all was written. ``events_merged`` counts events that
    joined a stored event (same id, or matched as the same incident: see
    :mod:`newsift.store.merge`) and gained this document as a source.
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

    def batch(self) -> AbstractContextManager[None]:
        """A context in which many :meth:`add` calls share one transaction (one commit);
        an add that fails inside it still undoes only its own rows."""
        ...

    def has_document(self, document_id: str) -> bool: ...

    def has_source(self, source: str) -> bool:
        """Whether a document read from ``source`` (a path or URL, exactly as recorded)
        is stored: a feed reader asks it before fetching an item again."""
        ...

    def get_document(self, document_id: str) -> Extraction | None:
        """The extraction as it was added (events carry this document's evidence)."""
        ...

    def document_event_ids(self, document_id: str) -> dict[int, str]:
        """Where the document's own events went: ``{index in Extraction.events: id of
        the stored event it joined or became}``. Empty for an unknown document; an event
        whose event was merged by hand into another of the document's is left out."""
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

    def count_events(self, query: EventQuery | None = None) -> int:
        """How many events ``query`` selects, ignoring its limit and offset."""
        ...

    def get_event(self, event_id: str) -> StoredEvent | None:
        """One stored event (also by the id of an event merged into it); each source also
        gives its document's title and published, and ``corrections`` lists the event's
        corrections."""
        ...

    def summary(self, query: EventQuery | None = None) -> dict[str, Any]:
        """Counts over the events ``query`` selects (limit and offset ignored).

        Keys: ``events`` and ``fatalities`` (totals), ``by_day`` (``date`` as stored, so
        "2024-03" for a month-precise event), ``by_type`` (``event_type``) and
        ``by_admin1`` (``admin1``, ``country``); each row has ``events`` and
        ``fatalities`` (the sum of stated counts). Undated events are left out of
        ``by_day``, events without admin1 are counted under ``admin1: None``.
        """
        ...

    def quotes(
        self,
        document_id: str | None = None,
        speaker: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes in document order. ``since``/``until`` bound the quote's date, or its
        document's publication date when the text does not say when it was said;
        ``search`` is a case-insensitive substring of the quoted words."""
        ...

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

    def correct_event(self, event_id: str, changes: dict[str, Any],
                      author: str | None = None) -> str:
        """Record human corrections ``{field: value}`` of an event, kept apart from the
        extracted values and laid on top of them; returns the event's id. Raises
        KeyError for an unknown event, ValueError for a bad field or value."""
        ...

    def merge_events(self, keep: str, other: str) -> str:
        """Merge ``other`` into ``keep`` by hand; ``other``'s id still finds it."""
        ...

    def split_event(self, event_id: str, document_ids: list[str]) -> str:
        """Move these documents' reports out of an event into a new one; its id."""
        ...

    def event_corrections(self, event_id: str) -> list[dict[str, Any]]:
        """An event's corrections, oldest first: field, value, author, created_at."""
        ...

    def reextract(self, extraction: Extraction) -> AddResult:
        """Replace a stored document's rows with a new extraction of it; corrections
        stay."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
