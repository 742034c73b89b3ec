"""One incident, one stored event: joining a new report to a stored event (found by
:mod:`newsift.store.matching`), and the event's values computed from all its sources.

An event the text leaves undated is looked for, and indexed, over the few days before
its article's publication; year-precise events, and undated ones from undated articles,
never join automatically.

**An event's values** (:func:`consensus`) follow from its sources' own extracted events,
which ``event_sources.extracted`` keeps unchanged:

- ``fatalities`` and ``injured``: the lowest figure any source states, ACLED's most
  conservative reported figure (a source that states none is not counted as 0);
  ``fatalities_low``/``_high``: the lowest and highest stated figures;
- ``date``/``date_precision``: the date most of the most precise sources give (day
  before week before month before year), ``location``: the place most of the most
  precise sources name (geo_precision 1 before 2 before 3); the earliest-added source's
  on a tie;
- ``sub_event_type``, ``actor1``, ``actor2``, ``weapon``, ``target``: the value most
  sources give (nulls not counted), the earliest-added source's on a tie;
- ``event_type``: the first source's (matching requires it to be the same or related).

Human corrections (:mod:`newsift.store.corrections`) are then laid on top; they are kept
in their own table, so recomputing from sources never loses them.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from newsift.events.same_incident import Report
from newsift.model import Event, Location, Span
from newsift.store.corrections import apply_corrections, move_corrections, split_id
from newsift.store.matching import cell_key, evidence_tokens, find_match, indexed_days
from newsift.store.rows import EVENT_COLUMNS, event_from_row, event_values, spans_to_json

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_VOTED = ("sub_event_type", "actor1", "actor2", "weapon", "target")
_LOCATION_COLUMNS = ("location_name", "admin1", "country", "latitude", "longitude",
                     "geo_precision")


def resolve_alias(conn: sqlite3.Connection, event_id: str) -> str | None:
    """The stored event an id names now: itself, or the event it was merged into."""
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
        return event_id
    row = conn.execute("SELECT event_id FROM event_aliases WHERE id = ?",
                       (event_id,)).fetchone()
    return None if row is None else str(row[0])


def insert_events(conn: sqlite3.Connection, document_id: str, published: str | None,
                  events: Sequence[Event], dedup: bool) -> tuple[int, int, float]:
    """Add one document's events: each joins a matching stored event or becomes one.

    Returns (added, merged, seconds spent matching).
    """
    added = merged = 0
    spent = 0.0
    taken: set[str] = set()
    marks = ", ".join("?" * len(EVENT_COLUMNS.split(",")))
    for seq, event in enumerate(events):
        target = resolve_alias(conn, event.id)
        if target is None and dedup:
            started = time.perf_counter()
            found = find_match(conn, event, document_id, taken, published)
            spent += time.perf_counter() - started
            target = found[0] if found else None
        if target is None or target in taken:
            conn.execute("DELETE FROM event_aliases WHERE id = ?", (event.id,))
            conn.execute(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({marks})",
                         event_values(event))
            target = event.id
            added += 1
        else:
            merged += 1
        taken.add(target)
        conn.execute(
            "INSERT INTO event_sources (event_id, document_id, seq, evidence, fatalities,"
            " injured, extracted, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (target, document_id, seq, spans_to_json(event.evidence), event.fatalities,
             event.injured, json.dumps(asdict(event), ensure_ascii=False),
             " ".join(sorted(evidence_tokens(event.evidence)))))
        refresh_event(conn, target)
    return added, merged, spent


def source_event(row: sqlite3.Row, stored: sqlite3.Row) -> Event:
    """A source's own extracted event; rows from before migration 3 fall back to the
    event's stored values with the source's evidence and figures."""
    if row["extracted"]:
        data = json.loads(row["extracted"])
        data["location"] = Location(**data["location"]) if data["location"] else None
        data["evidence"] = [Span(**span) for span in data["evidence"]]
        return Event(**data)
    evidence = [Span(**span) for span in json.loads(row["evidence"])]
    return event_from_row(stored, evidence, row["fatalities"], row["injured"])


def _vote(values: list[Any]) -> Any:
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(value for value in values if value is not None and counts[value] == top)


def consensus(sources: list[Event]) -> dict[str, Any]:
    """The event's column values from its sources, earliest-added first (module doc)."""
    first = sources[0]
    dated = [e for e in sources if e.date]
    finest = min((_DATE_RANK.get(e.date_precision or "", 4) for e in dated), default=None)
    best_dated = [e for e in dated if _DATE_RANK.get(e.date_precision or "", 4) == finest]
    day = _vote([e.date for e in best_dated])
    when = next((e for e in best_dated if e.date == day), first)
    placed = [e.location for e in sources if e.location]
    sharpest = min((loc.geo_precision for loc in placed), default=None)
    best_placed = [loc for loc in placed if loc.geo_precision == sharpest]
    name = _vote([loc.name for loc in best_placed])
    loc = next((loc for loc in best_placed if loc.name == name), None)
    killed = [e.fatalities for e in sources if e.fatalities is not None]
    hurt = [e.injured for e in sources if e.injured is not None]
    values: dict[str, Any] = {
        "event_type": first.event_type, "date": when.date,
        "date_precision": when.date_precision, "date_basis": when.date_basis,
        **dict(zip(_LOCATION_COLUMNS,
                   (loc.name, loc.admin1, loc.country, loc.latitude, loc.longitude,
                    loc.geo_precision) if loc else (None,) * 6, strict=True)),
        "fatalities": min(killed, default=None), "injured": min(hurt, default=None),
        "fatalities_low": min(killed, default=None), "fatalities_high": max(killed, default=None),
    }
    for name in _VOTED:
        values[name] = _vote([getattr(e, name) for e in sources])
    if values["sub_event_type"] is None:
        values["sub_event_type"] = first.sub_event_type
    return values


def blocking_values(values: dict[str, Any], published: str | None) -> dict[str, Any]:
    """``day_first``/``day_last``/``cell``: what the candidate indexes look up."""
    report = Report(values["event_type"], values["sub_event_type"], values["date"],
                    values["date_precision"], None, None, None, None, None, None, None, None,
                    frozenset(), published=published)
    days: tuple[int | None, int | None] = indexed_days(report) or (None, None)
    fine = values["geo_precision"] in (1, 2)
    vague = None if days[0] is None else int(days[0] != days[1])
    return {"day_first": days[0], "day_last": days[1], "vague": vague,
            "cell": cell_key(values["latitude"], values["longitude"]) if fine else None}


def refresh_event(conn: sqlite3.Connection, event_id: str) -> None:
    """Recompute an event from its sources, lay corrections on top, re-index it."""
    stored = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    rows = conn.execute("SELECT * FROM event_sources WHERE event_id = ? ORDER BY key",
                        (event_id,)).fetchall()
    if not rows:
        return
    values = consensus([source_event(row, stored) for row in rows])
    values = apply_corrections(conn, event_id, values)
    published = conn.execute("SELECT published FROM documents WHERE id = ?",
                             (rows[0]["document_id"],)).fetchone()
    values.update(blocking_values(values, published[0] if published else None))
    names = list(values)
    conn.execute(
        f"UPDATE events SET ({', '.join(names)}) = ({', '.join('?' * len(names))})"
        " WHERE id = ?", [*(values[name] for name in names), event_id])
    evidence = [span["text"] for row in rows for span in json.loads(row["evidence"])]

    def join(*keys: str) -> str:
        return " ".join(str(values[key]) for key in keys if values.get(key))

    conn.execute("DELETE FROM events_fts WHERE rowid = ?", (stored["key"],))
    conn.execute(
        "INSERT INTO events_fts (rowid, evidence, place, actors, details) VALUES (?, ?, ?, ?, ?)",
        (stored["key"], "\n".join(evidence), join("location_name", "admin1", "country"),
         join("actor1", "actor2"), join("event_type", "sub_event_type", "weapon", "target")))


def merge_rows(conn: sqlite3.Connection, keep: str, other: str) -> None:
    """Move ``other``'s sources and corrections into ``keep``; ``other`` becomes an alias.

    A document reporting both keeps one source row: ``other``'s evidence is appended.
    """
    for row in conn.execute("SELECT * FROM event_sources WHERE event_id = ? ORDER BY key",
                            (other,)).fetchall():
        both = conn.execute("SELECT key, evidence FROM event_sources WHERE event_id = ?"
                            " AND document_id = ?", (keep, row["document_id"])).fetchone()
        if both is None:
            conn.execute("UPDATE event_sources SET event_id = ? WHERE key = ?",
                         (keep, row["key"]))
            continue
        spans = json.loads(both["evidence"]) + json.loads(row["evidence"])
        conn.execute("UPDATE event_sources SET evidence = ? WHERE key = ?",
                     (json.dumps(spans, ensure_ascii=False), both["key"]))
        conn.execute("DELETE FROM event_sources WHERE key = ?", (row["key"],))
    move_corrections(conn, keep, other)
    key = conn.execute("SELECT key FROM events WHERE id = ?", (other,)).fetchone()[0]
    conn.execute("DELETE FROM events_fts WHERE rowid = ?", (key,))
    conn.execute("DELETE FROM events WHERE id = ?", (other,))
    conn.execute("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", (keep, other))
    conn.execute("INSERT OR REPLACE INTO event_aliases (id, event_id) VALUES (?, ?)",
                 (other, keep))
    refresh_event(conn, keep)


def split_rows(conn: sqlite3.Connection, event_id: str, document_ids: Sequence[str]) -> str:
    """Move the sources of ``document_ids`` to a new event; returns its id."""
    rows = conn.execute("SELECT * FROM event_sources WHERE event_id = ? ORDER BY key",
                        (event_id,)).fetchall()
    moved = [row for row in rows if row["document_id"] in set(document_ids)]
    missing = set(document_ids) - {row["document_id"] for row in moved}
    if missing:
        raise ValueError(f"event {event_id} has no source {sorted(missing)[0]!r}")
    if not moved or len(moved) == len(rows):
        raise ValueError("a split must leave at least one source on each side")
    new_id = split_id(conn, event_id, moved)
    stored = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    first = source_event(moved[0], stored)
    conn.execute(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES"
                 f" ({', '.join('?' * len(EVENT_COLUMNS.split(',')))})",
                 (new_id, *event_values(first)[1:]))
    conn.execute("DELETE FROM event_aliases WHERE id = ?", (new_id,))
    conn.executemany("UPDATE event_sources SET event_id = ? WHERE key = ?",
                     [(new_id, row["key"]) for row in moved])
    refresh_event(conn, event_id)
    refresh_event(conn, new_id)
    return new_id
