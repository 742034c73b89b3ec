"""One incident, one stored event: joining a new report to a stored event (found by
:mod:`newsift.store.matching`), and the event's values computed from all its sources.

An event the text leaves undated, or dates by a year alone, is looked for, and
indexed, over the few days before its article's publication; such events from undated
articles never join automatically.

**An event's values** (:func:`consensus`) follow from its sources' own extracted events,
which ``event_sources.extracted`` keeps unchanged:

- ``fatalities``: the latest well-sourced figure (:func:`latest_toll`: the figure of
  the sources published last, as tolls rise while bodies are found); ``injured``: the
  lowest figure any source states (a source that states none is not counted as 0);
  ``fatalities_low``/``_high``: the lowest and highest stated figures, and each
  source keeps its own figure and date in ``event_sources``;
- ``date``/``date_precision``: the date most of the most precise sources give (day
  before week before month before year; a day the text gives before a publication day
  a source fell back on), ``location``: the place most of the most
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
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from newsift.events.incident_days import PUBLICATION_DAYS
from newsift.events.incident_report import Report
from newsift.model import Event, Span
from newsift.store.corrections import apply_corrections, move_corrections, split_id
from newsift.store.db import Connection, Row
from newsift.store.linking import linkable
from newsift.store.matching import (
    cell_key,
    evidence_tokens,
    find_matches,
    indexed_days,
)
from newsift.store.rows import (
    EVENT_COLUMNS,
    event_from_json,
    event_from_row,
    event_values,
    spans_to_json,
)

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_VOTED = ("sub_event_type", "actor1", "actor2", "weapon", "target")
_LOCATION_COLUMNS = ("location_name", "admin1", "country", "latitude", "longitude",
                     "geo_precision")


def resolve_alias(conn: Connection, event_id: str) -> str | None:
    """The stored event an id names now: itself, or the event it was merged into."""
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
        return event_id
    row = conn.execute("SELECT event_id FROM event_aliases WHERE id = ?",
                       (event_id,)).fetchone()
    return None if row is None else str(row[0])


def _assign(conn: Connection, document_id: str, published: str | None,
            events: Sequence[Event]) -> tuple[dict[int, list[str]], float]:
    """Which stored events each of a document's events matches, its chosen one first.

    One article's events are different incidents, so each stored event goes to at most
    one of them. They choose in the order of :func:`choosing_order`: the article's lead
    incident, the one other outlets most likely report too, chooses first. Returns
    ``{seq: [chosen, other matches]}`` and the seconds spent.
    """
    started = time.perf_counter()
    found = {seq: [event_id for event_id, _ in
                   find_matches(conn, events[seq], document_id, published)]
             for seq in choosing_order(events)}
    taken: set[str] = set()
    chosen: dict[int, str] = {}
    for seq, matches in found.items():
        free = [event_id for event_id in matches if event_id not in taken]
        if free:
            chosen[seq] = free[0]
            taken.add(free[0])
    assigned = {seq: [chosen[seq], *(event_id for event_id in found[seq]
                                     if event_id not in taken)] for seq in chosen}
    return assigned, time.perf_counter() - started


def choosing_order(events: Sequence[Event]) -> list[int]:
    """The order in which one article's events choose stored events: its lead incident
    first, then the others in text order. The lead is the first, in text order, that
    states a death toll, else the first: an article often opens on the scene ("an air
    strike hit the convoy") and gives the count in a later sentence that the events
    stage may read as an event of its own; the counted one is what other outlets
    report, and its toll is what ties it to them."""
    ordered = sorted(range(len(events)), key=lambda seq: (
        min((span.start for span in events[seq].evidence), default=0), seq))
    lead = next((seq for seq in ordered if events[seq].fatalities is not None),
                ordered[0] if ordered else None)
    return [seq for seq in ordered if seq == lead] + [seq for seq in ordered if seq != lead]


def insert_events(conn: Connection, document_id: str, published: str | None,
                  events: Sequence[Event], dedup: bool) -> tuple[int, int, float]:
    """Add one document's events: each joins a matching stored event or becomes one.

    A report that matches several stored events links them: they become one (its best
    match kept) when :func:`~newsift.store.linking.linkable` allows, so the grouping
    does not depend on which report arrived first. Returns (added, merged, seconds
    spent matching).
    """
    added = merged = 0
    fresh = [seq for seq, event in enumerate(events) if resolve_alias(conn, event.id) is None]
    assigned, spent = _assign(conn, document_id, published, [events[seq] for seq in fresh]) \
        if dedup else ({}, 0.0)
    matched = {fresh[index]: ids for index, ids in assigned.items()}
    marks = ", ".join("?" * len(EVENT_COLUMNS.split(",")))
    for seq, event in enumerate(events):
        # Again: a link made for an earlier event of this document may have moved it.
        target = resolve_alias(conn, event.id)
        others: list[str] = []
        if target is None and seq in matched:
            target, *others = matched[seq]
        if target is None:
            conn.execute("DELETE FROM event_aliases WHERE id = ?", (event.id,))
            conn.execute(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({marks})",
                         event_values(event))
            target = event.id
            added += 1
        else:
            merged += 1
        conn.execute(
            "INSERT INTO event_sources (event_id, document_id, seq, evidence, fatalities,"
            " injured, extracted, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (target, document_id, seq, spans_to_json(event.evidence), event.fatalities,
             event.injured, json.dumps(asdict(event), ensure_ascii=False),
             " ".join(sorted(evidence_tokens(event.evidence)))))
        for other in others:
            started = time.perf_counter()
            # One at a time: each merge adds sources the next must agree with; an event
            # an earlier link took in is gone.
            link = resolve_alias(conn, other) == other and linkable(conn, target, other)
            spent += time.perf_counter() - started
            if link:
                merge_rows(conn, target, other)
        refresh_event(conn, target)
    return added, merged, spent


def source_event(row: Row, stored: Row) -> Event:
    """A source's own extracted event; rows from before migration 3 fall back to the
    event's stored values with the source's evidence and figures."""
    if row["extracted"]:
        return event_from_json(row["extracted"])
    evidence = [Span(**span) for span in json.loads(row["evidence"])]
    return event_from_row(stored, evidence, row["fatalities"], row["injured"])


def _vote(values: list[Any]) -> Any:
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(value for value in values if value is not None and counts[value] == top)


def latest_toll(killed: list[int | None], published: list[str | None]) -> int | None:
    """The toll of the latest reports: the figure the sources of the latest publication
    day give (most of them, then the lowest). Tolls rise as bodies are found, so an
    early figure is outdated rather than wrong; a source whose article has no date
    cannot say which figure is latest and counts only when no dated source gives one."""
    stated = [(day, toll) for toll, day in zip(killed, published, strict=True)
              if toll is not None]
    dated = [(day, toll) for day, toll in stated if day] or stated
    if not dated:
        return None
    last = max(day or "" for day, _ in dated)
    figures = Counter(toll for day, toll in dated if (day or "") == last)
    return min(figures, key=lambda toll: (-figures[toll], toll))


def _date_rank(event: Event) -> tuple[int, bool]:
    """Finer dates first; of one precision, a day the text gives before the publication
    day a source fell back on (a later outlet's paper date is not the incident's day)."""
    return _DATE_RANK.get(event.date_precision or "", 4), event.date_basis == "publication"


def consensus(sources: list[Event], published: list[str | None] | None = None
              ) -> dict[str, Any]:
    """The event's column values from its sources, earliest-added first (module doc);
    ``published``: each source's article date, for the latest toll."""
    first = sources[0]
    dated = [e for e in sources if e.date]
    finest = min((_date_rank(e) for e in dated), default=None)
    best_dated = [e for e in dated if _date_rank(e) == finest]
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
        "fatalities": latest_toll([e.fatalities for e in sources],
                                  published or [None] * len(sources)),
        "injured": min(hurt, default=None),
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
                    frozenset(), published=published, date_basis=values["date_basis"])
    days: tuple[int | None, int | None] = indexed_days(report) or (None, None)
    fine = values["geo_precision"] in (1, 2)
    # A paper's day (its day and the one before) is indexed with the day-precise events:
    # the month-wide scan of vague events stays over weeks and months.
    first, last = days
    vague = None if first is None or last is None else int(last - first >= PUBLICATION_DAYS)
    return {"day_first": days[0], "day_last": days[1], "vague": vague,
            "cell": cell_key(values["latitude"], values["longitude"]) if fine else None}


def refresh_event(conn: Connection, event_id: str) -> None:
    """Recompute an event from its sources, lay corrections on top, re-index it."""
    stored = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    rows = conn.execute("SELECT * FROM event_sources WHERE event_id = ? ORDER BY key",
                        (event_id,)).fetchall()
    if not rows:
        return
    days = dict(conn.execute(
        "SELECT d.id, d.published FROM documents d JOIN event_sources s"
        " ON s.document_id = d.id WHERE s.event_id = ?", (event_id,)).fetchall())
    values = consensus([source_event(row, stored) for row in rows],
                       [days.get(row["document_id"]) for row in rows])
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


def merge_rows(conn: Connection, keep: str, other: str) -> None:
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
    conn.execute("DELETE FROM event_aliases WHERE id = ?", (other,))
    conn.execute("INSERT INTO event_aliases (id, event_id) VALUES (?, ?)", (other, keep))
    refresh_event(conn, keep)


def split_rows(conn: Connection, event_id: str, document_ids: Sequence[str]) -> str:
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
