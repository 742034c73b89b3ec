"""Whether two stored events may become one (the linking half of dedup): when a new
report joins several events, :mod:`newsift.store.merge` links them only where
:func:`linkable` allows, so two incidents are never chained through a vaguer report.
"""

from __future__ import annotations

from newsift.events.incident_days import report_period
from newsift.events.incident_report import Report
from newsift.events.incident_targets import targets_agree
from newsift.events.same_incident import match
from newsift.events.toll_ties import toll_relation
from newsift.store.db import Connection
from newsift.store.matching import VOTING_SOURCES, as_told, source_reports


def linkable(conn: Connection, keep: str, other: str) -> bool:
    """Whether two stored events may become one: no document reports both, and no
    source of one is clearly another incident than a source of the other (a gate of
    :func:`~newsift.events.same_incident.match` refuses them, or :func:`apart`), or,
    among more than :data:`VOTING_SOURCES` sources, fewer than half the pairs refuse
    and the two events' own values (what most of their sources say) match."""
    rows = {row["id"]: row for row in conn.execute(
        "SELECT * FROM events WHERE id IN (?, ?)", (keep, other))}
    sources = source_reports(conn, rows)
    mine, theirs = sources.get(keep, []), sources.get(other, [])
    if {s.document_id for s in mine} & {s.document_id for s in theirs}:
        return False
    refused = sum(match(a.report, b.report).gated or apart(a.report, b.report)
                  for a in mine for b in theirs)
    if not refused:
        return True
    if len(mine) + len(theirs) <= VOTING_SOURCES or refused * 2 >= len(mine) * len(theirs):
        return False
    # Most pairs agree: one stray source on a side refuses. The events as most of their
    # sources tell them (their stored values) must then be one incident by themselves.
    return match(as_told(rows[keep], mine), as_told(rows[other], theirs)).ok


def apart(a: Report, b: Report) -> bool:
    """Two reports dated to different days, with no target or toll tie, that do not
    match each other: a bridge between their events would chain two incidents through a vaguer
    report."""
    dated = [report_period(r) for r in (a, b)]
    if any(found is None or found[0] != found[1] for found in dated):
        return False
    tied = targets_agree(a, b) or toll_relation(a, b) in ("same", "large", "near", "rising")
    return dated[0] != dated[1] and not tied and not match(a, b).ok
