"""Human corrections, and merging or splitting events by hand.

A correction is a row of its own (``event_corrections``: event, field, JSON value,
author, time), never an edit of the extracted values: an event's stored columns are
recomputed from its sources and then the latest correction of each field is laid on top
(:func:`apply_corrections`), so re-ingesting, merging more sources or re-extracting
cannot overwrite what a person fixed. Correctable fields use the contract's names;
``location`` (or ``location.name``) and ``location.admin1`` etc. name the location's parts.

A manual merge moves one event's sources and corrections to another and records the
old id as an alias, so links to it keep working; a split moves some sources to a new
event whose id is the first moved source's own extracted event id (content, not order).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any, Protocol

from newsift.events.taxonomy import EVENT_TYPES
from newsift.store.db import Connection, Row

_INT = ("fatalities", "injured", "geo_precision")
_FLOAT = ("latitude", "longitude")
_TEXT = ("event_type", "sub_event_type", "date", "date_precision", "actor1", "actor2",
         "weapon", "target", "location_name", "admin1", "country")
CORRECTABLE = frozenset((*_INT, *_FLOAT, *_TEXT))
_ALIASES = {"location": "location_name", "location.name": "location_name", "place": "location_name"}
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_SUB_TYPES = {sub: kind for kind, subs in EVENT_TYPES for sub in subs}


class EventEditor(Protocol):
    """What the functions below need of a store (either backend's :class:`SQLStore`)."""

    def correct_event(self, event_id: str, changes: dict[str, Any],
                      author: str | None = None) -> str: ...

    def merge_events(self, keep: str, other: str) -> str: ...

    def split_event(self, event_id: str, document_ids: list[str]) -> str: ...


def correct_event(store: EventEditor, event_id: str, changes: dict[str, Any],
                  author: str | None = None) -> str:
    """Record ``{field: value}`` corrections of one event; returns the event's id.

    Values may be typed or strings as typed on a command line ("7", "null").
    """
    return store.correct_event(event_id, changes, author)


def merge_events(store: EventEditor, keep: str, other: str) -> str:
    """Merge event ``other`` into ``keep`` (which keeps its id); returns ``keep``."""
    return store.merge_events(keep, other)


def split_event(store: EventEditor, event_id: str, document_ids: list[str]) -> str:
    """Move the sources of ``document_ids`` out of ``event_id`` into a new event; its id."""
    return store.split_event(event_id, document_ids)


def field_name(name: str) -> str:
    column = _ALIASES.get(name, name.removeprefix("location."))
    if column not in CORRECTABLE:
        known = sorted(field.replace("location_name", "location") for field in CORRECTABLE)
        raise ValueError(f"cannot correct {name!r}; fields: {', '.join(known)}")
    return column


def parse_value(column: str, value: Any) -> Any:
    """A correction's value, typed and checked; "" and "null" mean null."""
    if isinstance(value, str) and value.strip().casefold() in ("", "null", "none"):
        return None
    if value is None:
        return None
    try:
        if column in _INT:
            number = int(value)
            if number < 0 or (column == "geo_precision" and number not in (1, 2, 3)):
                raise ValueError
            return number
        if column in _FLOAT:
            return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{column}: {value!r} is not a valid value") from None
    text = str(value).strip()
    if column == "date" and not _DATE.fullmatch(text):
        raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    if column == "date_precision" and text not in ("day", "week", "month", "year"):
        raise ValueError(f"date_precision must be day, week, month or year, not {text!r}")
    if column == "event_type" and text not in dict(EVENT_TYPES):
        raise ValueError(f"unknown event_type {text!r}")
    if column == "sub_event_type" and text not in _SUB_TYPES:
        raise ValueError(f"unknown sub_event_type {text!r}")
    return text


def record_corrections(conn: Connection, event_id: str, changes: dict[str, Any],
                       author: str | None) -> None:
    parsed = {field_name(name): parse_value(field_name(name), value)
              for name, value in changes.items()}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO event_corrections (event_id, field, value, author, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(event_id, column, json.dumps(value), author, now) for column, value in parsed.items()])


def corrections_of(conn: Connection, event_id: str) -> list[dict[str, Any]]:
    """Every correction of an event, oldest first (the latest of each field applies)."""
    return [{"field": row["field"], "value": json.loads(row["value"]),
             "author": row["author"], "created_at": row["created_at"]}
            for row in conn.execute(
                "SELECT field, value, author, created_at FROM event_corrections"
                " WHERE event_id = ? ORDER BY key", (event_id,))]


def apply_corrections(conn: Connection, event_id: str,
                      values: dict[str, Any]) -> dict[str, Any]:
    corrected = dict(values)
    found = corrections_of(conn, event_id)
    for item in found:
        corrected[item["field"]] = item["value"]
    if any(item["field"] == "fatalities" for item in found):
        # The range stays the sources' own; a corrected toll outside it widens it.
        killed = corrected["fatalities"]
        if killed is not None:
            low, high = corrected["fatalities_low"], corrected["fatalities_high"]
            corrected["fatalities_low"] = killed if low is None else min(low, killed)
            corrected["fatalities_high"] = killed if high is None else max(high, killed)
    return corrected


def move_corrections(conn: Connection, keep: str, other: str) -> None:
    """On a merge ``keep``'s own corrections win: ``other``'s move only for fields that
    ``keep`` has not corrected, and keep their order after ``keep``'s."""
    fixed = {row[0] for row in conn.execute(
        "SELECT field FROM event_corrections WHERE event_id = ?", (keep,))}
    for row in conn.execute("SELECT field, value, author, created_at FROM event_corrections"
                            " WHERE event_id = ? ORDER BY key", (other,)).fetchall():
        if row["field"] not in fixed:
            conn.execute("INSERT INTO event_corrections (event_id, field, value, author,"
                         " created_at) VALUES (?, ?, ?, ?, ?)", (keep, *tuple(row)))
    conn.execute("DELETE FROM event_corrections WHERE event_id = ?", (other,))


def split_id(conn: Connection, event_id: str, moved: list[Row]) -> str:
    """The split-off event's id: its first source's extracted id when that is free."""
    for row in moved:
        if row["extracted"]:
            candidate = str(json.loads(row["extracted"])["id"])
            taken = conn.execute("SELECT 1 FROM events WHERE id = ?", (candidate,)).fetchone()
            if not taken:
                return candidate
    documents = ",".join(sorted(row["document_id"] for row in moved))
    return "ev-" + hashlib.sha256(f"{event_id}|{documents}".encode()).hexdigest()[:16]
