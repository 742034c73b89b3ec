"""Which days a report may mean, and how far apart two reports' days are: the day test of
:mod:`newsift.events.same_incident`.

A report's days are its date's period, or, undated, the :data:`UNDATED_DAYS` days up to
its article's publication; a date that is only the publication day (``date_basis``
"publication") is as weak as none. Dates resolved from a weekday or from the publication
day are only as right as the publication date they were read against, so a story told
again (:func:`retold`) or a weekday read against another week (:func:`week_shift`) may
bridge weeks.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from newsift.events.incident_report import NEAR_KM, Report, jaccard, km_apart
from newsift.events.toll_ties import CLOSE_TOLLS, telling, toll_tie

DAY_TOLERANCE = 1
# A follow-up may date an incident by its own day: days apart that a strong tie bridges.
LAG_DAYS = 3
UNDATED_DAYS = 3
PUBLICATION_DAYS = 2
# A story retold (reprinted, or its "on Saturday" read against another publication day)
# keeps its wording and its count while its date drifts: the same toll of RETOLD_TOLL or
# more in text RETOLD_TEXT alike bridges up to RETOLD_DAYS, unless both dates are written.
RETOLD_TOLL = 10
RETOLD_TEXT = 0.4
RETOLD_DAYS = 31
# A count of MASS_TOLL or more is rare enough that two reports in one area giving it
# (within CLOSE_TOLLS of each other: early and later counts) tell of one incident across
# a date read against a wrong publication day, up to RETOLD_DAYS (:func:`mass_retold`).
MASS_TOLL = 50


def period(value: str, precision: str | None) -> tuple[date, date]:
    """The days a (possibly partial) date may mean: "2024-03" is all of March."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    return day, day


def report_period(report: Report) -> tuple[date, date] | None:
    """The days a report may mean: its date's period; for a date that is only the
    publication day (``date_basis`` "publication"), that day and the one before ("last
    night" told the next morning, :data:`PUBLICATION_DAYS`); undated, the
    :data:`UNDATED_DAYS` days up to its publication."""
    weak = report.date_basis == "publication" and len(report.date or "") == len("YYYY-MM-DD")
    if report.date is not None and not weak and not year_only(report):
        return period(report.date, report.date_precision)
    end = report.date if weak else report.published
    if end is not None and len(end) == len("YYYY-MM-DD"):
        day = date.fromisoformat(end)
        return day - timedelta(days=(PUBLICATION_DAYS if weak else UNDATED_DAYS) - 1), day
    return None


def year_only(report: Report) -> bool:
    """A date that gives only a year: no day of a news story (a year the text names for
    the war, "since 2011", read as the incident's), so it is read as no date, by the
    article's publication (:func:`report_period`)."""
    return report.date is not None and (report.date_precision == "year"
                                        or len(report.date) == len("YYYY"))


def likely_day(report: Report) -> date | None:
    """The one day a report most likely means: its day, or for a date that is only the
    publication day, that day (most reports are of the day's news); None when vaguer."""
    if report.date is None or len(report.date) != len("YYYY-MM-DD"):
        return None
    if report.date_basis != "publication" and report.date_precision not in (None, "day"):
        return None
    return date.fromisoformat(report.date)


def retold(a: Report, b: Report) -> bool:
    """One story told again: the same type, the same toll of :data:`RETOLD_TOLL` or more,
    text :data:`RETOLD_TEXT` alike, and at least one date not written as a calendar date
    (a weekday or a publication day may be read against the wrong day)."""
    return (a.event_type == b.event_type and a.fatalities is not None
            and a.fatalities == b.fatalities and a.fatalities >= RETOLD_TOLL
            and not (a.date_basis == b.date_basis == "stated")
            and jaccard(a.tokens, b.tokens) >= RETOLD_TEXT)


def week_shift(a: Report, b: Report) -> bool:
    """Two weekdays read against different weeks: both dates resolved from words like
    "on Monday" (``date_basis`` "relative"), whole weeks apart up to :data:`RETOLD_DAYS`,
    with a telling toll (see :func:`toll_tie`) of :data:`RETOLD_TOLL` or more, in one
    town (both places precise, :data:`NEAR_KM` apart at most). The weekday is what both
    texts say; the week comes from a publication date, which may be wrong. Round counts
    in one region on one weekday a week apart are often two incidents: hence the town."""
    if not (a.date_basis == b.date_basis == "relative" and a.date and b.date
            and len(a.date) == len(b.date) == len("YYYY-MM-DD")
            and a.date_precision == b.date_precision == "day"):
        return False
    km = km_apart(a, b)
    if km is None or km > NEAR_KM:
        return False
    days = abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)
    return (0 < days <= RETOLD_DAYS and days % 7 == 0
            and min(a.fatalities or 0, b.fatalities or 0) >= RETOLD_TOLL
            and telling(toll_tie(a.fatalities, b.fatalities)))


def mass_retold(a: Report, b: Report) -> bool:
    """One mass-casualty incident told on two dates: both tolls :data:`MASS_TOLL` or more
    and within :data:`~newsift.events.toll_ties.CLOSE_TOLLS` of each other, and at least
    one date not written as a calendar date (a weekday or a publication day read against
    a wrong publication date drifts by days or weeks; counts that size do not recur in
    one area within weeks). Place and type are the other gates' to judge."""
    low, high = sorted((a.fatalities or 0, b.fatalities or 0))
    return (low >= MASS_TOLL and high <= CLOSE_TOLLS * low
            and not (a.date_basis == b.date_basis == "stated"))


def day_gap(a: Report, b: Report) -> tuple[int, bool] | None:
    """Days between the two reports' periods (0: they overlap), and whether both most
    likely mean one and the same day (:func:`likely_day`); None when a side cannot be
    dated at all."""
    a_period, b_period = report_period(a), report_period(b)
    if a_period is None or b_period is None:
        return None
    (a_first, a_last), (b_first, b_last) = a_period, b_period
    gap = max((b_first - a_last).days, (a_first - b_last).days, 0)
    if LAG_DAYS < gap <= RETOLD_DAYS and (week_shift(a, b) or mass_retold(a, b)):
        return 0, False
    day, other = likely_day(a), likely_day(b)
    if day is not None and other is not None:
        # A paper's day reaches back one day ("Saturday's attack" in Sunday's paper),
        # not the follow-up lag: beyond it, and between two papers, their days count.
        likely = abs((day - other).days)
        if likely > LAG_DAYS or a.date_basis == b.date_basis == "publication":
            gap = likely
    return gap, day is not None and day == other

