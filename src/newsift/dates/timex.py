"""Resolving date expressions against an anchor date (usually the publication date).

Shared by every stage that dates something: events, quotes, commitments.

News conventions, not a general-purpose parser's: a bare weekday ("on Saturday") is the
most recent such day on or before the anchor, the anchor itself when the weekdays agree;
a month and day without a year ("April 10") take the anchor's year unless that puts them
more than :data:`FUTURE_DAYS` after the anchor (then the year before, or the year after
when a December article names January). Week-precision values are the first day of the
week meant (its Monday; the Saturday for "the weekend"). Nights ("overnight", "the night
of 2 to 3 May", "the early hours") are dated by :mod:`newsift.dates.night`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsift.dates.holidays import resolve_holiday
from newsift.dates.night import night_reading
from newsift.dates.spoken import spoken_years
from newsift.model import DatePrecision

FUTURE_DAYS = 75  # how far past the anchor a yearless "April 10" may still point
LATE_DAYS = 7  # how far before the anchor a forward-looking "April 10" may still lie

# fmt: off
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# fmt: on

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)"

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",
        rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?(?:\s+{_YEAR})?",
        rf"{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR})?",
    )
)
_REL_MONTH = re.compile(
    rf"^(?:(?P<rel>last|this|next|this\s+past|this\s+coming|past|previous)\s+)?{_MONTH}"
    rf"(?:,?\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year)?$"
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
_BARE_YEAR = re.compile(rf"(?:the\s+year\s+)?{_YEAR}")
_LEAD = re.compile(
    r"^(?:(?:on|in|at|by|since|from|until|till|through|during|before|after|of|as\s+of|"
    r"earlier|later)\s+)+"
)
_PART_OF = re.compile(
    r"^(?:(?:the\s+)?(?:start|beginning|middle|end|rest|first\s+half|second\s+half)\s+of\s+|"
    r"(?:early|mid|late)[\s-]+)"
)
_TIME_OF_DAY = re.compile(
    r"\s+(?:morning|afternoon|evening|night|overnight|"
    r"(?:at|around)\s+.*)$"
)

_SAME_DAY = frozenset(
    {
        "today",
        "tonight",
        "this morning",
        "this afternoon",
        "this evening",
        "earlier today",
        "later today",
        "this day",
    }
)
_OFFSET_DAY: dict[str, int] = {
    "yesterday": -1,
    "last night": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "tomorrow morning": 1,
    "the day after tomorrow": 2,
}
_ORDINAL_PERIOD = re.compile(
    r"^(?:(?:earlier|later|at|over)\s+)?(?P<rel>last|this|next|past|the\s+past|previous|"
    r"the\s+previous|the\s+coming|coming|the\s+current|current|the)\s+"
    r"(?P<unit>week|weekend|month|year)$"
)
_AGO = re.compile(
    r"^(?:(?:nearly|almost|about|around|some|roughly|just|more\s+than|over|less\s+than)\s+)?"
    r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?:ago|earlier|before)$"
)
# "year-ago results", "the year-earlier period": last year, as an adjective.
_YEAR_AGO = re.compile(r"^(?:the\s+)?(?:comparable\s+)?year[-\s](?:ago|earlier)(?:\s+\w+)?$")
_REL_WEEKDAY = re.compile(
    rf"^(?:(?P<rel>last|this|next|this\s+past|past|this\s+coming)\s+)?"
    rf"{_WEEKDAY}$"
)


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: DatePrecision


# From the most precise to the least.
PRECISIONS: tuple[DatePrecision, ...] = ("day", "week", "month", "year")


def within(one: ResolvedDate, other: ResolvedDate) -> bool:
    """Is one date the other, or inside it ("last week" holds "on Friday" of that week)?"""
    if one == other:
        return True
    wide, narrow = sorted((one, other), key=lambda d: -PRECISIONS.index(d.precision))
    if wide.precision == narrow.precision:
        return False
    if wide.precision == "week":
        if len(narrow.value) != len("YYYY-MM-DD") or len(wide.value) != len("YYYY-MM-DD"):
            return False
        start = dt.date.fromisoformat(wide.value)
        gap = (dt.date.fromisoformat(narrow.value) - start).days
        # A week starts on its Monday; one starting on a Saturday is a weekend (_relative).
        return 0 <= gap < (2 if start.weekday() == 5 else 7)
    return narrow.value.startswith(wide.value)


def _day(value: dt.date) -> ResolvedDate:
    return ResolvedDate(value.isoformat(), "day")


def _month(year: int, month: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{month:02d}", "month")


def _week(value: dt.date) -> ResolvedDate:
    return ResolvedDate((value - dt.timedelta(days=value.weekday())).isoformat(), "week")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def previous_weekday(weekday: int, anchor: dt.date, strictly_before: bool = False) -> dt.date:
    """The latest date with ``weekday`` on (or strictly) before ``anchor``."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return anchor - dt.timedelta(days=back)


def _year_for(
    month: int,
    day: int,
    weekday: int | None,
    anchor: dt.date | None,
    future: bool = False,
    past: bool = False,
) -> int | None:
    """The year a yearless month-day means, from the anchor or else from the weekday."""
    if anchor is not None:
        if weekday is not None:
            # "Wednesday, April 10": the weekday picks the year nearest the anchor.
            fits = [
                y
                for y in (anchor.year, anchor.year - 1, anchor.year + 1)
                if (d := _safe_date(y, month, day)) and d.weekday() == weekday
            ]
            if fits:
                return fits[0]
        if future:
            # A deadline just passed ("by Jan. 14" the day after) is this year's.
            return next(
                y
                for y in (anchor.year, anchor.year + 1)
                if (d := _safe_date(y, month, day)) is None
                or d >= anchor - dt.timedelta(days=LATE_DAYS)
            )
        if past:
            return next(
                y
                for y in (anchor.year, anchor.year - 1)
                if (d := _safe_date(y, month, day)) is None or d <= anchor
            )
        for year in (anchor.year + 1, anchor.year, anchor.year - 1):
            candidate = _safe_date(year, month, day)
            if candidate and candidate <= anchor + dt.timedelta(days=FUTURE_DAYS):
                return year
        return None
    if weekday is None:
        return None
    # No anchor: "Wednesday, April 10" still names one recent year.
    for year in range(dt.date.today().year, dt.date.today().year - 12, -1):
        candidate = _safe_date(year, month, day)
        if candidate and candidate.weekday() == weekday:
            return year
    return None


def _absolute(
    text: str, anchor: dt.date | None, future: bool, past: bool = False
) -> ResolvedDate | None:
    iso = _ISO.fullmatch(text)
    if iso:
        year, month = int(iso["year"]), int(iso["month"])
        if not 1 <= month <= 12:
            return None
        if iso["day"]:
            found = _safe_date(year, month, int(iso["day"]))
            return _day(found) if found else None
        return _month(year, month)
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if not match:
            continue
        month = MONTHS[match["month"]]
        groups = match.groupdict()
        if groups.get("day") is None:
            if match["year"]:
                return _month(int(match["year"]), month)
            if anchor is None:
                return None
            return _month(_year_of_month(month, anchor, future, past), month)
        weekday = WEEKDAYS[match["weekday"]] if groups.get("weekday") else None
        day = int(match["day"])
        known = (
            int(match["year"])
            if match["year"]
            else _year_for(month, day, weekday, anchor, future, past)
        )
        if known is None:
            return None
        found = _safe_date(known, month, day)
        return _day(found) if found else None
    year_match = _BARE_YEAR.fullmatch(text)
    if year_match:
        return ResolvedDate(year_match["year"], "year")
    return None


def _year_of_month(month: int, anchor: dt.date, future: bool, past: bool) -> int:
    """The year a bare month ("in March") means, told from the tense of its sentence.

    Looking ahead ("talks will resume in February"): the next such month; told in the
    past ("was killed in November"): the last one; otherwise the nearest, a month up to
    two ahead counting as ahead ("due in January" in a November article).
    """
    ahead = (month - anchor.month) % 12
    if future:
        return anchor.year + (month < anchor.month)
    if past:
        return anchor.year - (month > anchor.month)
    if 0 < ahead <= 2:
        return anchor.year + (month < anchor.month)
    return anchor.year - (month > anchor.month)


def _relative_month(match: re.Match[str], anchor: dt.date) -> ResolvedDate:
    month = MONTHS[match["month"]]
    rel = (match["rel"] or "").split()[-1:] or [""]
    if match["rel2"]:
        step = {"last": -1, "this": 0, "next": 1}[match["rel2"]]
        return _month(anchor.year + step, month)
    if rel[0] in ("last", "past", "previous"):
        return _month(anchor.year if month < anchor.month else anchor.year - 1, month)
    if rel[0] in ("next", "coming"):
        return _month(anchor.year if month > anchor.month else anchor.year + 1, month)
    return _month(anchor.year, month)


def _relative(text: str, anchor: dt.date, future: bool) -> ResolvedDate | None:
    rel_month = _REL_MONTH.fullmatch(text)
    if rel_month and (rel_month["rel"] or rel_month["rel2"]):
        return _relative_month(rel_month, anchor)
    if text in _SAME_DAY:
        return _day(anchor)
    if text in _OFFSET_DAY:
        return _day(anchor + dt.timedelta(days=_OFFSET_DAY[text]))
    period = _ORDINAL_PERIOD.fullmatch(text)
    if period:
        rel, unit = period["rel"].split()[-1], period["unit"]
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if unit == "year":
            return ResolvedDate(str(anchor.year + step), "year")
        if unit == "month":
            return _month(*_shift_month(anchor.year, anchor.month, step))
        if unit == "weekend":
            saturday = previous_weekday(5, anchor) + dt.timedelta(days=7 * max(step, 0))
            if step < 0 and anchor.weekday() in (5, 6):
                saturday -= dt.timedelta(days=7)
            return ResolvedDate(saturday.isoformat(), "week")
        return _week(anchor + dt.timedelta(days=7 * step))
    if _YEAR_AGO.fullmatch(text):
        return ResolvedDate(str(anchor.year - 1), "year")
    ago = _AGO.fullmatch(text)
    if ago:
        n = int(ago["n"]) if ago["n"].isdigit() else NUMBER_WORDS[ago["n"]]
        unit = ago["unit"]
        if unit == "day":
            return _day(anchor - dt.timedelta(days=n))
        if unit == "week":
            return ResolvedDate((anchor - dt.timedelta(days=7 * n)).isoformat(), "week")
        if unit == "month":
            return _month(*_shift_month(anchor.year, anchor.month, -n))
        return ResolvedDate(str(anchor.year - n), "year")
    weekday = _REL_WEEKDAY.fullmatch(text)
    if weekday:
        target = WEEKDAYS[weekday["weekday"]]
        rel = (weekday["rel"] or "").split()
        if rel and rel[-1] in ("next", "coming"):
            ahead = (target - anchor.weekday()) % 7 or 7
            return _day(anchor + dt.timedelta(days=ahead))
        if future and not rel:
            return _day(anchor + dt.timedelta(days=(target - anchor.weekday()) % 7))
        return _day(previous_weekday(target, anchor, strictly_before=rel == ["last"]))
    return None


def _plain(expression: str) -> str:
    return " ".join(expression.replace("’", "'").split()).casefold().strip(" .,;:()\"'")


def clean_expression(expression: str) -> str:
    """Lower-case, without leading prepositions, possessives or a trailing time of day."""
    text = spoken_years(re.sub(r"'s$", "", _plain(expression)))
    text = _LEAD.sub("", text)
    text = _LEAD.sub("", _PART_OF.sub("", text))
    if text not in _SAME_DAY and text not in _OFFSET_DAY:
        text = _TIME_OF_DAY.sub("", text)
    return text


def resolve_date(
    expression: str, anchor: dt.date | None, *, future: bool = False, past: bool = False
) -> ResolvedDate | None:
    """Resolve ``expression`` ("on Saturday", "April 10", "last week") against ``anchor``.

    Absolute expressions resolve without an anchor; relative ones need it and give None
    without. Unknown expressions give None. ``future`` says the sentence looks ahead
    ("ministers will meet on Thursday"): bare weekdays, month-days and months then point
    to their next occurrence on or after the anchor instead of the last one; ``past``
    says it tells what happened ("was killed on Aug. 6"): month-days and months then
    point to their last occurrence on or before it.
    """
    night = night_reading(_LEAD.sub("", _plain(expression)))
    if night is not None:
        base = resolve_date(night.base, anchor, future=future, past=past) if night.base else None
        if not night.base and anchor is not None:
            base = _day(anchor)
        if base is None or not night.shift or base.precision != "day":
            return base
        return _day(dt.date.fromisoformat(base.value) + dt.timedelta(days=night.shift))
    text = clean_expression(expression)
    if not text:
        return None
    holiday = resolve_holiday(text, anchor, future, past)
    if holiday is not None:
        return _day(holiday)
    found = _absolute(text, anchor, future, past)
    if found is not None or anchor is None:
        return found
    return _relative(text, anchor, future)
