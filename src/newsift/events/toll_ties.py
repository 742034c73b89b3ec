"""Do two stated tolls tell of one incident? The toll comparisons of
:mod:`newsift.events.same_incident`.

Many incidents kill one or two people; few kill fifty. A count of three or more given
by two reports ties them, and so do large counts near each other; a tie of twenty or
more weighs more than a tie of a few. Tolls rise as bodies
are found ("at least 7", then 12, then 21): a higher toll published later is a *rising*
tie, not a disagreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsift.events.incident_report import Report

CLOSE_TOLLS = 1.35
NEAR_TOLLS = 1.15  # counts of ten or more this close tell like one count (17 and 15)
LARGE_RATIO = 1.5  # counts of LARGE_TOLL or more grow as bodies are found (24, 31, 35)
RISE_RATIO = 3.0  # a later report may give this many times an early count (7, then 21)
RISE_MIN = 3
TELLING_TOLL = 0.3
# A tie of counts this large tells more: few incidents kill twenty people, and outlets
# that word one such incident differently agree on little else than place, day and count.
LARGE_TELLING_TOLL = 0.4
RISING_TOLL = 0.1
LARGE_TOLL = 20
WOUNDED_MIN = 10
WOUNDED_TIE = 0.2


def toll_tie(a: int | None, b: int | None) -> str | None:
    """How telling two stated tolls are together: "same" (one toll of 3 or more), "large"
    (early and updated counts of :data:`LARGE_TOLL` or more within :data:`LARGE_RATIO` of
    each other: incidents that size are rare), "near" (counts of 10 or more within
    :data:`NEAR_TOLLS`), "close" (within :data:`CLOSE_TOLLS`), else None."""
    if a is None or b is None:
        return None
    low, high = sorted((a, b))
    if low == high and low >= 3:
        return "same"
    if low >= LARGE_TOLL and high <= LARGE_RATIO * low:
        return "large"
    if low >= 10 and high <= NEAR_TOLLS * low:
        return "near"
    if low >= 10 and high <= CLOSE_TOLLS * low:
        return "close"
    return None


def toll_relation(a: Report, b: Report) -> str | None:
    """:func:`toll_tie`, or "rising": the report published later gives a higher count, of
    at most :data:`RISE_RATIO` times the earlier one (of :data:`RISE_MIN` or more). Reports
    published the same day or undated by publication may rise either way."""
    tie = toll_tie(a.fatalities, b.fatalities)
    if telling(tie) or a.fatalities is None or b.fatalities is None:
        return tie
    early, late = (a, b) if (a.fatalities or 0) < (b.fatalities or 0) else (b, a)
    low, high = early.fatalities or 0, late.fatalities or 0
    in_order = not (early.published and late.published) or late.published >= early.published
    if low >= RISE_MIN and high <= RISE_RATIO * low and in_order and low != high:
        return "rising"
    return tie


def wounded_tie(a: int | None, b: int | None) -> bool:
    """Two counts of wounded that tell of one incident: :data:`WOUNDED_MIN` or more,
    within :data:`NEAR_TOLLS` of each other (61 and 60). Outlets update the dead as
    bodies are found and repeat the first count of wounded: when the tolls have moved
    apart (13, then 17), the wounded still tie the reports."""
    if a is None or b is None:
        return False
    low, high = sorted((a, b))
    return low >= WOUNDED_MIN and high <= NEAR_TOLLS * low


def telling(tie: str | None) -> bool:
    """A toll tie that ties two reports by itself (see :func:`toll_tie`)."""
    return tie in ("same", "large", "near")


def toll_score(a: int | None, b: int | None, relation: str | None) -> float:
    if a is None or b is None:
        return 0.0
    if telling(relation):
        # Many incidents kill one or two people, few kill fifty.
        return LARGE_TELLING_TOLL if min(a, b) >= LARGE_TOLL else TELLING_TOLL
    if relation == "rising":
        return RISING_TOLL
    if relation == "close":
        return 0.05
    if a == b:
        return 0.1 if a else 0.05
    low, high = sorted((a, b))
    # Early and later counts of one incident differ; an order of magnitude apart does not.
    return 0.0 if high <= 2 * low + 3 else -0.25
