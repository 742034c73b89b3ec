"""Which stored event a new report is the same incident as (the matching half of dedup).

:func:`find_match` asks :func:`newsift.events.same_incident.match` about the stored events
that could be the same incident, and only those: candidates come from indexes on the event's
period (``day_first``, an ordinal day) and area (``cell``, a
:data:`~newsift.events.same_incident.CELL_DEGREES` grid cell, or ``admin1`` for coarse
places), so the cost of one match depends on how many events lie in the same few days
and cells, not on the size of the store. Which shared words are rare is counted on the documents'
full-text index, each count stopping at a fixed limit (:func:`rare_words`), and only for
candidates those words could decide. A candidate is weighed with the words of its
source most alike the new report, and with either the event's values or that source's
details (sub-type, weapon, actor1, target) and toll, whichever fits better: outlets
disagree on details, and an event keeps its lowest toll while reports update it; the
source the new report reads like is the one it most likely follows. Any source's
details would make a many-sourced event ever easier to join. A report with a toll of
:data:`~newsift.events.same_incident.FAR_TOLL` or more also meets candidates two cells away.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from newsift.events.same_incident import (
    CELL_DEGREES,
    FAR_TOLL,
    RARE_WORDS_COUNTED,
    TYPE_FAMILIES,
    Match,
    Report,
    cell,
    day_window,
    jaccard,
    match,
    rare_limit,
    report_period,
    tokens,
)
from newsift.model import Event, Span
from newsift.store.rows import event_from_row

# Details dedup.match weighs that outlets report differently for one incident.
_DETAILS = ("sub_event_type", "weapon", "actor1", "target", "fatalities")
_LONGEST_PERIOD = 31  # days: a month; year-precise events are left out of matching
_CELL_SPAN = 100_000  # cell key = lat_cell * span + lon_cell, offsets keep both positive


def cell_key(latitude: float | None, longitude: float | None) -> int | None:
    found = cell(latitude, longitude)
    if found is None:
        return None
    return (found[0] + 1_000) * _CELL_SPAN + (found[1] + 1_000)


def _neighbour_cells(latitude: float, longitude: float, reach: int = 1) -> list[int]:
    keys = []
    steps = range(-reach, reach + 1)
    for dlat in steps:
        for dlon in steps:
            key = cell_key(latitude + dlat * CELL_DEGREES, longitude + dlon * CELL_DEGREES)
            if key is not None:
                keys.append(key)
    return keys


def indexed_days(report: Report) -> tuple[int, int] | None:
    """The ordinal days an event is indexed under; None: not matchable."""
    if report.date_precision == "year" or (report.date is not None and len(report.date) == 4):
        return None
    found = report_period(report)
    return None if found is None else (found[0].toordinal(), found[1].toordinal())


def report_of(event: Event, words: frozenset[str] | None = None,
              published: str | None = None) -> Report:
    loc = event.location
    return Report(
        event_type=event.event_type, sub_event_type=event.sub_event_type, date=event.date,
        date_precision=event.date_precision,
        latitude=loc.latitude if loc else None, longitude=loc.longitude if loc else None,
        geo_precision=loc.geo_precision if loc else None,
        admin1=loc.admin1 if loc else None, country=loc.country if loc else None,
        actor1=event.actor1, weapon=event.weapon, fatalities=event.fatalities,
        tokens=words if words is not None else evidence_tokens(event.evidence),
        published=published, target=event.target)


def evidence_tokens(evidence: Sequence[Span]) -> frozenset[str]:
    return tokens(" ".join(span.text for span in evidence))


def _candidate_sql(event: Event, published: str | None = None) -> tuple[str, list[Any]]:
    """Stored events in the event's period (widened) and area, one indexed branch each."""
    found = report_period(report_of(event, frozenset(), published))
    if found is None:
        raise ValueError(f"event {event.id} has no date to look for candidates by")
    low, high = day_window(*found)
    # A day-precise stored event starts inside the window; a vaguer one (a week, a
    # month, the days before an undated report) may start up to a month before it.
    # ``vague`` keeps the two apart in the indexes, so the month-wide scan is over
    # vague events only.
    spans = (("vague = 0 AND day_first BETWEEN ? AND ?", [low, high]),
             ("vague = 1 AND day_first BETWEEN ? AND ? AND day_last >= ?",
              [low - _LONGEST_PERIOD, high, low]))
    loc = event.location
    areas: list[tuple[str, list[Any]]] = []
    if loc is not None and loc.latitude is not None and loc.longitude is not None:
        cells = _neighbour_cells(loc.latitude, loc.longitude)
        areas.append((f"cell IN ({', '.join('?' * len(cells))}) AND ", cells))
        if event.fatalities is not None and event.fatalities >= FAR_TOLL:
            # A large toll may tie a place the geocoder put farther off (dedup.FAR_KM),
            # up to two cells away (about 110 km north-south, 65 to 90 east-west); only
            # events with such a toll themselves can.
            ring = [key for key in _neighbour_cells(loc.latitude, loc.longitude, 2)
                    if key not in cells]
            areas.append((f"cell IN ({', '.join('?' * len(ring))}) AND fatalities >= ? AND ",
                          [*ring, FAR_TOLL]))
    if loc is not None and loc.admin1:
        # A precise event meets the coarse events of its admin1; a coarse one meets all.
        coarse = "cell IS NULL AND " if areas else ""
        areas.append((f"admin1 = ? AND {coarse}", [loc.admin1]))
    if areas:
        # Stored events without any place: only strong text can join them (dedup.match).
        areas.append(("cell IS NULL AND admin1 IS NULL AND ", []))
    else:
        areas.append(("", []))
    branches = [(area + span, [*area_params, *span_params])
                for area, area_params in areas for span, span_params in spans]
    sql = " UNION ".join(f"SELECT key FROM events WHERE {cond}" for cond, _ in branches)
    params = [value for _, values in branches for value in values]
    # A related type can only match on a telling toll (dedup.match): no toll, no need.
    related = event.fatalities is not None and event.fatalities >= 3
    types = sorted({event.event_type, *(other for family in TYPE_FAMILIES if related
                                        and event.event_type in family for other in family)})
    return (f"SELECT * FROM events WHERE key IN ({sql})"
            f" AND event_type IN ({', '.join('?' * len(types))})", [*params, *types])


def find_match(conn: sqlite3.Connection, event: Event, document_id: str,
               taken: set[str], published: str | None = None) -> tuple[str, Match] | None:
    """The stored event that ``event`` best matches, if any, with the verdict.

    Events this document already reports (``taken``, or a source row) are left out: the
    events stage has decided that one article's events are different incidents.
    """
    new = report_of(event, published=published)
    if indexed_days(new) is None:
        return None
    best: tuple[str, Match] | None = None
    sql, params = _candidate_sql(event, published)
    rows = conn.execute(sql, params).fetchall()
    if not rows:
        return None
    by_id = {row["id"]: row for row in rows if row["id"] not in taken}
    marks = ", ".join("?" * len(by_id))
    sources: dict[str, list[tuple[frozenset[str], dict[str, Any]]]] = {}
    picked = ", ".join(f"json_extract(extracted, '$.{name}') AS {name}" for name in _DETAILS)
    for row in conn.execute(
        f"SELECT event_id, document_id, tokens, {picked} FROM event_sources"
        f" WHERE event_id IN ({marks})", list(by_id),
    ):
        if row["document_id"] == document_id:
            by_id.pop(row["event_id"], None)
            continue
        sources.setdefault(row["event_id"], []).append((
            frozenset((row["tokens"] or "").split()),
            {name: row[name] for name in _DETAILS if row[name] is not None}))
    # The verdict only grows with text similarity: the most alike source decides, and
    # the pair is weighed on its details (outlets disagree on a sub-type, on who struck)
    # and its toll (the event keeps the lowest; a report updates the figure it read).
    alike = {event_id: max(sources.get(event_id, [(frozenset(), {})]),
                           key=lambda source: jaccard(source[0], new.tokens))
             for event_id in by_id}
    reports: dict[str, Report] = {}
    for event_id, row in by_id.items():
        stored = event_from_row(row, [], row["fatalities"], row["injured"])
        # An undated stored event is indexed up to its article's day: give that back.
        seen = None if row["date"] or row["day_last"] is None else (
            date.fromordinal(row["day_last"]).isoformat())
        words, details = alike[event_id]
        whole = report_of(stored, words, seen)
        # The event as its consensus tells it, or as that source does: the better verdict.
        # Rare words are looked up only for candidates they could carry over the line.
        told = [whole, replace(whole, **details)] if details else [whole]
        verdict, report = max(((match(one, new, RARE_WORDS_COUNTED), one) for one in told),
                              key=lambda pair: pair[0].score)
        if verdict.ok:
            reports[event_id] = report
    rare = rare_words(conn, frozenset().union(
        *(alike[event_id][0] for event_id in reports)) & new.tokens)
    for event_id, report in reports.items():
        verdict = match(report, new, len(alike[event_id][0] & rare))
        if verdict.ok and (best is None or verdict.score > best[1].score):
            best = (event_id, verdict)
    return best


def rare_words(conn: sqlite3.Connection, words: frozenset[str]) -> frozenset[str]:
    """The words that occur in few stored documents.

    How few: :func:`newsift.events.same_incident.rare_limit`.

    Counted on the documents' full-text index, each count stopping past the limit, so a
    common word costs no more than a rare one.
    """
    if not words:
        return frozenset()
    # The highest key stands for the store's size: no count over the table per event.
    documents = conn.execute("SELECT max(key) FROM documents").fetchone()[0] or 0
    limit = rare_limit(documents)
    if not limit:
        return frozenset()
    found = set()
    for word in words:
        seen = conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE documents_fts"
            " MATCH ? LIMIT ?)", (f'"{word}"', limit + 1)).fetchone()[0]
        if 0 < seen <= limit:
            found.add(word)
    return frozenset(found)
