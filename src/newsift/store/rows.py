"""Conversions between the data model and store rows, and checks made before writing."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from newsift.model import (
    Comment,
    Commitment,
    DateMention,
    Document,
    Entity,
    Event,
    Extraction,
    Location,
    Place,
    Quote,
    Removed,
    Span,
)
from newsift.store.base import StoredEvent
from newsift.store.db import Row

# Full dates, and the partial ones the events stage gives for month or year precision.
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def spans_from_json(raw: str) -> list[Span]:
    return [Span(**span) for span in json.loads(raw)]


def spans_to_json(spans: Sequence[Span]) -> str:
    return json.dumps([{"start": s.start, "end": s.end, "text": s.text} for s in spans])


def fold(value: str | None) -> str | None:
    """Case-insensitive matching beyond ASCII, which SQLite's own lower() stops at."""
    return value.casefold() if value is not None else None


# "No limit" as a number both backends take (SQLite's -1 is an error to PostgreSQL).
NO_LIMIT = 2**62


def limit_clause(limit: int | None, offset: int) -> tuple[str, list[Any]]:
    return " LIMIT ? OFFSET ?", [NO_LIMIT if limit is None else limit, offset]


EVENT_COLUMNS = (
    "id, event_type, sub_event_type, date, date_precision, actor1, actor2, weapon, target, "
    "location_name, admin1, country, latitude, longitude, geo_precision, fatalities, injured, "
    "date_basis"
)


def event_values(event: Event) -> tuple[Any, ...]:
    """The values of :data:`EVENT_COLUMNS` for one event."""
    loc = event.location
    return (
        event.id, event.event_type, event.sub_event_type, event.date, event.date_precision,
        event.actor1, event.actor2, event.weapon, event.target,
        *((loc.name, loc.admin1, loc.country, loc.latitude, loc.longitude, loc.geo_precision)
          if loc else (None,) * 6),
        event.fatalities, event.injured, event.date_basis,
    )


def field_names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


def item_values(item: Any, names: Sequence[str]) -> list[Any]:
    """A list item (quote, place, ...) as column values, spans as JSON."""
    return [spans_to_json(getattr(item, name)) if name == "evidence" else getattr(item, name)
            for name in names]


def item_from_row(cls: type, names: Sequence[str], row: Sequence[Any]) -> Any:
    values = dict(zip(names, row, strict=True))
    if "evidence" in values:
        values["evidence"] = spans_from_json(values["evidence"])
    if "direct" in values:
        values["direct"] = bool(values["direct"])
    return cls(**values)


def check_extraction(extraction: Extraction) -> None:
    """Refuse what would corrupt the store before any row is written."""
    doc = extraction.document
    if not doc.id:
        raise ValueError(f"{doc.source}: document has no id")
    seen: set[str] = set()
    for event in extraction.events:
        if event.id in seen:
            raise ValueError(f"{doc.source}: event id {event.id!r} occurs twice")
        seen.add(event.id)
        if event.date is not None and not (
            _ISO_DATE.fullmatch(event.date) and _valid_date(event.date)
        ):
            raise ValueError(f"{doc.source}: event {event.id!r} has bad date {event.date!r}")


def period_start(value: str) -> str:
    """The first day of a partial ISO date: "2024-03" -> "2024-03-01", "2024" -> "2024-01-01"."""
    return value + "-01-01"[len(value) - 4:]


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(period_start(text))
    except ValueError:
        return False
    return True


def location_from_row(row: Row) -> Location | None:
    if row["location_name"] is None:
        return None
    return Location(name=row["location_name"], admin1=row["admin1"], country=row["country"],
                    latitude=row["latitude"], longitude=row["longitude"],
                    geo_precision=row["geo_precision"])


def event_from_json(raw: str) -> Event:
    """A source's own extracted event, as ``event_sources.extracted`` keeps it."""
    data = json.loads(raw)
    data["location"] = Location(**data["location"]) if data["location"] else None
    data["evidence"] = [Span(**span) for span in data["evidence"]]
    return Event(**data)


def event_from_row(row: Row, evidence: list[Span], fatalities: int | None,
           injured: int | None) -> Event:
    return Event(
        id=row["id"], event_type=row["event_type"], sub_event_type=row["sub_event_type"],
        date=row["date"], date_precision=row["date_precision"], actor1=row["actor1"],
        actor2=row["actor2"], weapon=row["weapon"], target=row["target"],
        location=location_from_row(row), fatalities=fatalities, injured=injured, evidence=evidence,
        date_basis=row["date_basis"])


# Location's fields and the events column of each (None: not stored, e.g. admin2).
_LOCATION_FIELDS = tuple(
    (f.name, "location_name" if f.name == "name" else f.name if f.name in (
        "admin1", "country", "latitude", "longitude", "geo_precision") else None)
    for f in fields(Location))


def stored_event(row: Row, sources: list[dict[str, Any]]) -> StoredEvent:
    """Contract fields (evidence from the first source) + sources (and how many) + the
    fatality range."""
    location = None if row["location_name"] is None else {
        name: None if column is None else row[column] for name, column in _LOCATION_FIELDS}
    return {
        "id": row["id"], "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"], "date": row["date"],
        "date_precision": row["date_precision"], "date_basis": row["date_basis"],
        "actor1": row["actor1"],
        "actor2": row["actor2"], "weapon": row["weapon"], "target": row["target"],
        "location": location,
        "fatalities": row["fatalities"], "injured": row["injured"],
        "evidence": sources[0]["evidence"] if sources else [],
        "sources": sources, "sources_count": len(sources),
        "fatalities_low": row["fatalities_low"], "fatalities_high": row["fatalities_high"],
        # What any source's figures left out, once each (contract: events[].warnings).
        "warnings": list(dict.fromkeys(w for s in sources for w in s.get("warnings", []))),
    }


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    """The inverse of :meth:`Extraction.to_dict`: read one line of ``extract --format jsonl``."""
    doc = dict(data["document"])
    doc["comments"] = [Comment(**item) for item in doc.get("comments", [])]
    doc["removed"] = [Removed(**item) for item in doc.get("removed", [])]
    events = []
    for item in data.get("events", []):
        event = dict(item)
        location = event.get("location")
        event["location"] = Location(**location) if location else None
        event["evidence"] = [Span(**span) for span in event.get("evidence", [])]
        events.append(Event(**event))
    commitments = [
        Commitment(**{**item, "evidence": [Span(**span) for span in item.get("evidence", [])]})
        for item in data.get("commitments", [])
    ]
    return Extraction(
        document=Document(**doc),
        events=events,
        quotes=[Quote(**item) for item in data.get("quotes", [])],
        entities=[Entity(**item) for item in data.get("entities", [])],
        places=[Place(**item) for item in data.get("places", [])],
        dates=[DateMention(**item) for item in data.get("dates", [])],
        commitments=commitments,
    )
