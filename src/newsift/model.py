"""The one data model that flows through newsift.

Field names follow the output contract (shared/spec/OUTPUT.md) exactly, so that
``dataclasses.asdict`` of an :class:`Extraction` *is* the contract. Extend these
classes, never rename or drop a field: tests, the evaluator and the store read them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

PublishedBasis = Literal["header", "metadata", "url", "text", "page", "inferred"]
RemovedKind = Literal["advertisement", "related", "footer", "credit", "other"]
DatePrecision = Literal["day", "week", "month", "year"]
CommitmentStatus = Literal[
    "pledged", "announced", "approved", "proposed", "delivered", "undelivered"
]


@dataclass(frozen=True)
class RawInput:
    """One article as read from disk, stdin or a JSONL line, before any cleaning.

    ``content`` is plain text when ``kind == "text"`` and markup when ``kind == "html"``.
    ``digest`` is the content hash of the input bytes: it becomes the document id.
    """

    source: str
    kind: Literal["text", "html"]
    content: str
    digest: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD given by the input itself (JSONL field)
    url: str | None = None
    encoding: str | None = None  # how the input bytes were decoded ("utf-8", "cp1252"...)


@dataclass(frozen=True)
class InputError:
    """An input that could not be read; ``line`` is set for JSON Lines input."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


class Refused(ValueError):
    """An input newsift declines for a reason its user can act on (another language,
    too long, too slow); reported by its message alone, not as a program error."""


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class Comment:
    author: str | None
    text: str


@dataclass
class Removed:
    kind: RemovedKind
    text: str


@dataclass
class Document:
    id: str
    source: str
    title: str | None
    published: str | None
    published_basis: PublishedBasis | None
    language: str | None
    text: str
    comments: list[Comment] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    encoding: str | None = None  # of the input bytes; None when the input was text already
    # What was wrong with the input but did not stop it ("the date header ... is not a
    # calendar date"): reported by the CLI beside the file's name.
    warnings: list[str] = field(default_factory=list)


@dataclass
class Location:
    name: str
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: Literal[1, 2, 3]
    # An extension of the contract: the second-level unit (district, county, raion,
    # ACLED's admin2) the place lies in, where the gazetteer knows it.
    admin2: str | None = None


@dataclass
class Event:
    id: str
    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: DatePrecision | None
    actor1: str | None
    actor2: str | None
    weapon: str | None
    target: str | None
    location: Location | None
    fatalities: int | None
    injured: int | None
    evidence: list[Span] = field(default_factory=list)
    # An extension of the contract: how ``date`` was decided. "stated": written as a
    # calendar date; "relative": resolved from "on Tuesday", "yesterday", "last night";
    # "publication": no day stated, so the publication date of a same-day report;
    # "lede": no day stated and no publication date, so the day the text's lede states;
    # "context": no day stated, so the day of the incident told just before it.
    date_basis: str | None = None
    # An extension of the contract: what was wrong with a figure the text gave and was
    # left out ("a toll of 10,000,000,000 ... left unknown"); empty for nearly every event.
    warnings: list[str] = field(default_factory=list)


@dataclass
class Quote:
    speaker: str | None
    text: str
    direct: bool
    date: str | None
    start: int
    end: int
    # An extension of the contract: the office the article introduces the speaker with,
    # as written ("Kharkiv regional governor"); None for organisations and places.
    speaker_role: str | None = None


@dataclass
class Entity:
    name: str
    label: str
    mentions: int


@dataclass
class Place:
    name: str
    start: int
    end: int
    resolved: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    # An extension of the contract: the second-level unit the place lies in (GeoNames'
    # admin2 or the county news names), where the gazetteer knows it.
    admin2: str | None = None
    # An extension of the contract: "demonym" for a nationality word ("Russian") that
    # stands for its country; such a mention is never an event's location. "repeat" for
    # a name the story writes again where the tagger missed it: placed like the first
    # mention, but not counted again towards where the story is.
    kind: str | None = None


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    # An extension of the contract: "last week" resolves to its Monday with precision
    # "week", so a reader (and the events stage) can tell it from a known day.
    precision: DatePrecision | None = None


@dataclass
class Commitment:
    donor: str | None
    recipient: str | None
    amount: float | None
    currency: str | None
    items: str | None
    status: CommitmentStatus
    date: str | None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything newsift says about one document: one line of ``extract --format jsonl``."""

    document: Document
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def span_of(text: str, start: int, end: int) -> Span:
    """A span whose ``text`` is exactly ``text[start:end]``: the contract's invariant."""
    return Span(start=start, end=end, text=text[start:end])
