"""Which stored event a new report is the same incident as (the matching half of dedup).

:func:`find_matches` asks :func:`newsift.events.same_incident.match` about the stored events
that could be the same incident, and only those: candidates come from indexes on the event's
period (``day_first``, an ordinal day) and area (``cell``, a
:data:`CELL_DEGREES` grid cell, or ``admin1`` for coarse
places), so the cost of one match depends on how many events lie in the same few days
and cells, not on the size of the store. Which shared words are rare is counted on the documents'
full-text index, each count stopping at a fixed limit (:func:`word_documents`), and only for
candidates those words could decide; the documents already joined to a candidate do not
count against a word for that candidate. A candidate is weighed with the words of its
source most alike the new report, and with either the event's values or that source's
details (sub-type, weapon, actor1, target) and toll, whichever fits better: outlets
disagree on details, and an event keeps its lowest toll while reports update it; the
source the new report reads like is the one it most likely follows. Any source's
details would make a many-sourced event ever easier to join. A report with a toll of
:data:`~newsift.events.same_incident.FAR_TOLL` or more also meets candidates two cells away.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsift.events.incident_days import (
    DAY_TOLERANCE,
    LAG_DAYS,
    MASS_TOLL,
    PUBLICATION_DAYS,
    RETOLD_DAYS,
    RETOLD_TOLL,
    report_period,
)
from newsift.events.incident_report import Match, Report, tokens
from newsift.events.same_incident import (
    BATTLE_TOLLS,
    FAR_TOLL,
    RARE_WORDS_COUNTED,
    RELATED_TYPES_UNTIED,
    TYPE_FAMILIES,
    match,
)
from newsift.events.toll_ties import CLOSE_TOLLS, LARGE_RATIO, RISE_MIN
from newsift.model import Event, Span
from newsift.store.db import Connection, Row, dialect_of
from newsift.store.rows import event_from_row

# Sources of an event from which a minority refusing a report no longer vetoes it
# (:func:`vetoed`).
VOTING_SOURCES = 3
RARE_SHARE = 0.03
RARE_MIN_DOCS = 4
RARE_MIN_STORE = 10
# Counting a word's documents stops past this: a fixed cost per word at any store size.
RARE_MAX_DOCS = 25
# The blocking grid: about 55 km north-south, so a 3x3 block covers NEAR_KM.
CELL_DEGREES = 0.5
_PAPER_REACH = PUBLICATION_DAYS - 1  # days a paper's day reaches back (day_first)
_LONGEST_PERIOD = 31  # days: a month; a year alone is read as no date (report_period)
_CELL_SPAN = 100_000  # cell key = lat_cell * span + lon_cell, offsets keep both positive


def day_window(first: date, last: date) -> tuple[int, int]:
    """Ordinal days a candidate's period must overlap: the period widened by the lag."""
    return first.toordinal() - LAG_DAYS, last.toordinal() + LAG_DAYS


def cell(latitude: float | None, longitude: float | None) -> tuple[int, int] | None:
    """The grid cell of a point, for blocking candidates by area."""
    if latitude is None or longitude is None:
        return None
    return math.floor(latitude / CELL_DEGREES), math.floor(longitude / CELL_DEGREES)


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
        published=published, target=event.target, date_basis=event.date_basis,
        injured=event.injured, place=loc.name if loc else None,
        admin2=loc.admin2 if loc else None)


def evidence_tokens(evidence: Sequence[Span]) -> frozenset[str]:
    return tokens(" ".join(span.text for span in evidence))


def _candidate_sql(event: Event, published: str | None = None) -> tuple[str, list[Any]]:
    """Stored events in the event's period (widened) and area, one indexed branch each."""
    found = report_period(report_of(event, frozenset(), published))
    if found is None:
        raise ValueError(f"event {event.id} has no date to look for candidates by")
    low, high = day_window(*found)
    if event.fatalities is None or event.fatalities < RISE_MIN:
        # Days beyond the tolerance need a toll tie (same_incident.match): no toll, no need.
        low, high = low + LAG_DAYS - DAY_TOLERANCE, high - LAG_DAYS + DAY_TOLERANCE
    # A day-precise stored event (or a paper's day, which reaches back a day) starts
    # inside the window; a vaguer one (a week, a month, the days before an undated
    # report) may start up to a month before it. ``vague`` keeps the two apart in the
    # indexes, so the month-wide scan is over vague events only.
    spans: list[tuple[str, list[Any]]] = [
        ("vague = 0 AND day_first BETWEEN ? AND ?", [low - _PAPER_REACH, high]),
        ("vague = 1 AND day_first BETWEEN ? AND ? AND day_last >= ?",
         [low - _LONGEST_PERIOD, high, low])]
    if event.fatalities is not None and event.fatalities >= RETOLD_TOLL:
        spans += _weeks_off(event, found)
    loc = event.location
    areas: list[tuple[str, list[Any]]] = []
    large = event.fatalities is not None and event.fatalities >= FAR_TOLL
    if loc is not None and loc.latitude is not None and loc.longitude is not None and (
            loc.geo_precision in (1, 2)):
        cells = _neighbour_cells(loc.latitude, loc.longitude)
        areas.append((f"cell IN ({', '.join('?' * len(cells))}) AND ", cells))
        if large:
            # A large toll may tie a place the geocoder put farther off (FAR_KM), up to
            # two cells away (about 110 km north-south, 65 to 90 east-west), and a
            # region beside the place (a capital and the region around it); only events
            # with such a toll themselves can.
            ring = [key for key in _neighbour_cells(loc.latitude, loc.longitude, 2)
                    if key not in cells]
            areas.append((f"cell IN ({', '.join('?' * len(ring))}) AND fatalities >= ? AND ",
                          [*ring, FAR_TOLL]))
            areas.append(("cell IS NULL AND admin1 IS NOT NULL AND admin1 <> ? AND"
                          " fatalities >= ? AND ", [loc.admin1 or "", FAR_TOLL]))
        if loc.admin1:
            areas.append(("admin1 = ? AND cell IS NULL AND ", [loc.admin1]))
    elif loc is not None and loc.admin1:
        # A region meets everything in it, and with a large toll the places and the
        # regions beside it (same_incident._beside weighs how far their points lie).
        areas.append(("admin1 = ? AND ", [loc.admin1]))
        if large and loc.latitude is not None and loc.longitude is not None:
            ring = _neighbour_cells(loc.latitude, loc.longitude, 2)
            areas.append((f"cell IN ({', '.join('?' * len(ring))}) AND fatalities >= ? AND ",
                          [*ring, FAR_TOLL]))
            areas.append(("cell IS NULL AND admin1 <> ? AND fatalities >= ? AND ",
                          [loc.admin1, FAR_TOLL]))
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
    families = [*TYPE_FAMILIES, *(family for family, least in BATTLE_TOLLS.items()
                                  if (event.fatalities or 0) >= least)]
    types = sorted({event.event_type, *(other for family in families if related
                                        and event.event_type in family for other in family)})
    return (f"SELECT * FROM events WHERE key IN ({sql})"
            f" AND event_type IN ({', '.join('?' * len(types))})", [*params, *types])


def _weeks_off(event: Event, found: tuple[date, date]) -> list[tuple[str, list[Any]]]:
    """Candidate spans weeks off for a report with a toll of RETOLD_TOLL or more: a story
    told again (same_incident.retold: its toll, RETOLD_DAYS either side; a mass-casualty
    count, tolls near it: incident_days.mass_retold) and, for a
    weekday, the same weekday in the weeks around (same_incident.week_shift)."""
    toll = event.fatalities or 0
    low, high = found[0].toordinal() - RETOLD_DAYS, found[1].toordinal() + RETOLD_DAYS
    spans: list[tuple[str, list[Any]]] = [
        ("vague = 0 AND day_first BETWEEN ? AND ? AND fatalities = ?",
         [low - _PAPER_REACH, high, toll]),
        ("vague = 1 AND day_first BETWEEN ? AND ? AND day_last >= ? AND fatalities = ?",
         [low - _LONGEST_PERIOD, high, low, toll])]
    if toll >= MASS_TOLL:
        # A mass-casualty count near this one (same_incident.mass_retold), weeks off.
        near = [math.ceil(toll / CLOSE_TOLLS), math.floor(toll * CLOSE_TOLLS)]
        spans += [("vague = 0 AND day_first BETWEEN ? AND ? AND fatalities BETWEEN ? AND ?",
                   [low - _PAPER_REACH, high, *near]),
                  ("vague = 1 AND day_first BETWEEN ? AND ? AND day_last >= ?"
                   " AND fatalities BETWEEN ? AND ?", [low - _LONGEST_PERIOD, high, low, *near])]
    if event.date_basis == "relative" and found[0] == found[1]:
        day = found[0].toordinal()
        weeks = [day + 7 * n for n in range(-(RETOLD_DAYS // 7), RETOLD_DAYS // 7 + 1) if n]
        spans.append((f"vague = 0 AND day_first IN ({', '.join('?' * len(weeks))})"
                       " AND fatalities BETWEEN ? AND ?",
                       [*weeks, math.ceil(toll / LARGE_RATIO), math.floor(toll * LARGE_RATIO)]))
    return spans


@dataclass(frozen=True)
class Source:
    """One source of a stored event: its document, its place among that document's
    events (in text order; the lead incident is given by :func:`lead_seqs`), and its report as
    the article told it."""

    document_id: str
    seq: int
    report: Report


def source_reports(conn: Connection, rows: dict[str, Row]
                    ) -> dict[str, list[Source]]:
    """Each candidate event's sources as their own articles told them."""
    found: dict[str, list[Source]] = {}
    marks = ", ".join("?" * len(rows))
    for source in conn.execute(
        "SELECT s.event_id, s.document_id, s.seq, s.extracted, s.tokens, s.fatalities,"
        " s.injured,"
        " d.published FROM event_sources s JOIN documents d ON d.id = s.document_id"
        f" WHERE s.event_id IN ({marks}) ORDER BY s.key", list(rows),
    ):
        words = frozenset((source["tokens"] or "").split())
        if source["extracted"]:
            report = _extracted_report(json.loads(source["extracted"]), words,
                                       source["published"])
        else:  # a source stored before its own event was kept: the event's values
            stored = rows[source["event_id"]]
            own = event_from_row(stored, [], source["fatalities"], source["injured"])
            report = report_of(own, words, source["published"])
        found.setdefault(source["event_id"], []).append(
            Source(source["document_id"], source["seq"], report))
    return found


def _extracted_report(data: dict[str, Any], words: frozenset[str], published: str | None
                      ) -> Report:
    """:func:`report_of` straight from a source's stored JSON (no evidence objects)."""
    loc = data.get("location") or {}
    return Report(
        event_type=data["event_type"], sub_event_type=data["sub_event_type"],
        date=data.get("date"), date_precision=data.get("date_precision"),
        latitude=loc.get("latitude"), longitude=loc.get("longitude"),
        geo_precision=loc.get("geo_precision"), admin1=loc.get("admin1"),
        country=loc.get("country"), actor1=data.get("actor1"), weapon=data.get("weapon"),
        fatalities=data.get("fatalities"), tokens=words, published=published,
        target=data.get("target"), date_basis=data.get("date_basis"),
        injured=data.get("injured"), place=loc.get("name"), admin2=loc.get("admin2"))


def find_matches(conn: Connection, event: Event, document_id: str,
                 published: str | None = None) -> list[tuple[str, Match]]:
    """The stored events ``event`` matches, first choice first, with the verdicts.

    A stored event is weighed by its sources, each as its own article told it, and the
    best verdict counts (single link: which source arrived first does not matter); but
    sources a gate of :func:`~newsift.events.same_incident.match` refuses veto the
    event (one of few sources, half of many: :func:`vetoed`; past a refusing minority
    the report must match the event as most of its sources tell it), unless the gate
    only finds its toll too far from the new report's to tie a related type (an early
    count of 30, where a later source's 50 ties 57). First
    choice: an event some article leads with, then the best verdict. Events this
    document already reports (a source row) are left out: the events stage has decided
    that one article's events are different incidents.
    """
    new = report_of(event, published=published)
    if indexed_days(new) is None:
        return []
    sql, params = _candidate_sql(event, published)
    rows = {row["id"]: row for row in conn.execute(sql, params).fetchall()}
    if not rows:
        return []
    hopeful: dict[str, list[Source]] = {}
    for event_id, sources in source_reports(conn, rows).items():
        if any(source.document_id == document_id for source in sources):
            continue
        # Rare words are looked up only for candidates they could carry over the line;
        # sources a gate refuses (another incident, whatever the words) veto the event;
        # a related type whose toll this source's early count does not tie is no other
        # incident (tolls rise, and a later source's count may tie it).
        hopes = [match(s.report, new, RARE_WORDS_COUNTED) for s in sources]
        vetoes = sum(one.gated and one.reason != RELATED_TYPES_UNTIED for one in hopes)
        if any(one.ok for one in hopes) and not vetoed(vetoes, len(hopes)) and (
                not vetoes or match(as_told(rows[event_id], sources), new,
                                    RARE_WORDS_COUNTED).ok):
            hopeful[event_id] = sources
    # A word the event's own sources use is no commoner for it: an incident's village
    # named by the ten articles already joined is still rare outside them.
    own = {event_id: Counter(word for document in {
        s.document_id: s.report.tokens for s in sources}.values() for word in document)
        for event_id, sources in hopeful.items()}
    words = frozenset().union(*(s.report.tokens for sources in hopeful.values()
                                for s in sources)) & new.tokens
    seen, limit = word_documents(conn, words, {word: max(counts[word] for counts in own.values())
                                               for word in words})
    leads = lead_seqs(conn, {s.document_id for sources in hopeful.values() for s in sources})
    found = []
    for event_id, sources in hopeful.items():
        rare = {word for word, count in seen.items() if 0 < count - own[event_id][word] <= limit}
        verdicts = [(match(s.report, new, len(s.report.tokens & rare)), s) for s in sources]
        verdict = max((one for one, _ in verdicts), key=lambda one: one.score)
        if verdict.ok:
            lead = min((s.seq != leads.get(s.document_id), s.seq)
                       for one, s in verdicts if one.ok)
            found.append((lead, event_id, verdict))
    # An event some article leads with first: leads of two articles are most likely
    # one incident, and the choice then does not depend on which article came first.
    found.sort(key=lambda item: (item[0], -item[2].score, item[1]))
    return [(event_id, verdict) for _, event_id, verdict in found]


def lead_seqs(conn: Connection, documents: set[str]) -> dict[str, int]:
    """Each document's lead incident (the ``seq`` of its source row): the first, in
    text order, that states a death toll, else its first (see
    :func:`newsift.store.merge.choosing_order`; a document's events are stored in text
    order)."""
    if not documents:
        return {}
    marks = ", ".join("?" * len(documents))
    counted = dict(conn.execute(
        "SELECT document_id, min(seq) FROM event_sources WHERE fatalities IS NOT NULL"
        f" AND document_id IN ({marks}) GROUP BY document_id", sorted(documents)).fetchall())
    return {document: int(counted.get(document, 0)) for document in documents}


def as_told(row: Row, sources: list[Source]) -> Report:
    """A stored event's values (what most of its sources say) as a report, with all its
    sources' words and its first publication day."""
    words = frozenset().union(*(s.report.tokens for s in sources))
    published = min((s.report.published for s in sources if s.report.published), default=None)
    return report_of(event_from_row(row, [], row["fatalities"], row["injured"]), words,
                     published)


def vetoed(refusals: int, sources: int) -> bool:
    """Whether ``refusals`` among an event's ``sources`` (a gate refuses the new report
    against them) keep the report out. Among few sources (under
    :data:`VOTING_SOURCES`) one refusal does: a wrong merge of two incidents is worse
    than a missed one. Among more, only half of them or more do: one outlet's report
    extracted with a stray day or place must not keep every later report of a
    well-told incident out, while another incident is refused by most of them."""
    if sources < VOTING_SOURCES:
        return refusals > 0
    return refusals * 2 >= sources


def rare_limit(documents: int) -> int:
    """The most documents a word may occur in and still be rare in a store this size;
    0 in a store too small to tell a rare word from a common one."""
    if documents < RARE_MIN_STORE:
        return 0
    return min(RARE_MAX_DOCS, max(RARE_MIN_DOCS, int(RARE_SHARE * documents)))


def word_documents(conn: Connection, words: frozenset[str],
                   allowance: dict[str, int] | None = None) -> tuple[dict[str, int], int]:
    """In how many stored documents each word occurs, and :func:`rare_limit` for the
    store (0: no word is rare; then nothing is counted).

    Counted on the documents' full-text index, each count stopping past the limit plus
    the word's ``allowance`` (documents that will not be held against it), so a common
    word costs no more than a rare one.
    """
    if not words:
        return {}, 0
    # The highest key stands for the store's size: no count over the table per event.
    documents = conn.execute("SELECT max(key) FROM documents").fetchone()[0] or 0
    limit = rare_limit(documents)
    if not limit:
        return {}, 0
    dialect = dialect_of(conn)
    return {word: dialect.documents_with(conn, word, limit + 1 + (allowance or {}).get(word, 0))
            for word in words}, limit
