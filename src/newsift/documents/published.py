"""Publication date of a text that carries no header or metadata.

Two sources, in order of trust: a dateline in which the text states its own date
("Published April 10, 2024", "Updated: 10 April 2024") gives basis ``text``; failing
that, a date reasoned from what the article reports gives basis ``inferred``. A weekday
written with a day and month ("Wednesday, April 10") fixes the year, given a lower
bound from the other years the text mentions; an article is no older than the latest
such date. Standard library only, so the result never depends on today's date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Literal

MONTHS: Mapping[str, int] = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
})  # fmt: skip
WEEKDAYS: Mapping[str, int] = MappingProxyType({
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
})  # fmt: skip


def _names(suffix: str) -> tuple[str, str, str]:
    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    month = rf"(?P<month{suffix}>{names})\.?"
    day = rf"(?P<day{suffix}>[0-3]?\d)(?:st|nd|rd|th)?"
    year = rf"(?P<year{suffix}>(?:19|20)\d\d)"
    return month, day, year


_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_M1, _D1, _Y1 = _names("1")
_M2, _D2, _Y2 = _names("2")
# "April 10", "April 10, 2024", "Apr. 10th" | "10 April", "10 of April 2024"
DAY_MONTH = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+(?:the\s+)?\(?)?"
    rf"(?:{_M1}\s+{_D1}(?:,?\s+{_Y1})?|{_D2}\s+(?:of\s+)?{_M2}(?:,?\s+{_Y2})?)\b",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
NUMERIC_DATE = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A label that opens a line or follows a byline separator ("By Jane Doe | Published ..."),
# not "the list was updated on 10 April" inside a sentence.
DATELINE = re.compile(
    r"(?:^|[|•·—–]|\s{2})[^\S\n]*(?P<label>first published|published|last updated|updated"
    r"|posted)(?:\s+(?:on|at))?\s*:?\s*(?:" + _WEEKDAY.replace("weekday", "wd") + r",?\s+)?",
    re.IGNORECASE | re.MULTILINE,
)
# What may stand before a date that opens the text: nothing, or a place ("KYIV, ").
LEADING_PREFIX = re.compile(r"^\W*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*,\s*)?$")
# How far a dateline's date may sit from its label ("Published 10:32 GMT, 10 April 2024").
_DATELINE_REACH = 40
# Weekdays repeat on the same day and month within at most 11 years.
_WEEKDAY_CYCLE = 11

Basis = Literal["text", "inferred"]


@dataclass(frozen=True)
class PublicationDate:
    value: str  # YYYY-MM-DD
    basis: Basis


@dataclass(frozen=True)
class DateMention:
    """A calendar date in the text; ``year`` is None when the text omits it."""

    day: int
    month: int
    year: int | None
    weekday: int | None
    start: int


def publication_date(text: str) -> PublicationDate | None:
    stated = stated_date(text)
    if stated is not None:
        return PublicationDate(stated.isoformat(), "text")
    inferred = infer_date(text)
    if inferred is not None:
        return PublicationDate(inferred.isoformat(), "inferred")
    return None


def stated_date(text: str) -> date | None:
    """The date the text gives for itself; "published" beats "updated" and "posted"."""
    found: dict[str, date] = {}
    for match in DATELINE.finditer(text):
        reach = text[match.end() : match.end() + _DATELINE_REACH]
        for mention in find_dates(reach):
            if mention.start > _DATELINE_REACH // 2 or mention.year is None:
                continue
            day = _valid(mention.year, mention.month, mention.day)
            if day is not None:
                found.setdefault(match["label"].lower().split()[-1], day)
                break
    for label in ("published", "posted", "updated"):
        if label in found:
            return found[label]
    return leading_date(text)


def leading_date(text: str) -> date | None:
    """A full date opening the text ("Sun 05 Jul 2015 ...", "KYIV, March 4, 2024 -")."""
    head = text.lstrip()[: _DATELINE_REACH * 2]
    for mention in find_dates(head):
        if mention.year is None or not LEADING_PREFIX.match(head[: mention.start]):
            continue
        day = _valid(mention.year, mention.month, mention.day)
        if day is not None and (mention.weekday is None or day.weekday() == mention.weekday):
            return day
    return None


def infer_date(text: str) -> date | None:
    """The latest weekday-anchored date the text reports, or None when nothing fixes one."""
    mentions = find_dates(text)
    years = [int(y) for y in YEAR.findall(text)]
    floor = max(years) if years else None
    anchored: list[date] = []
    for mention in mentions:
        if mention.weekday is None:
            continue
        if mention.year is not None:
            day = _valid(mention.year, mention.month, mention.day)
            if day is not None and day.weekday() == mention.weekday:
                anchored.append(day)
        elif floor is not None:
            resolved = resolve_year(mention.day, mention.month, mention.weekday, floor)
            if resolved is not None:
                anchored.append(resolved)
    return max(anchored) if anchored else None


def resolve_year(day: int, month: int, weekday: int, floor: int) -> date | None:
    """The first year from ``floor`` on in which ``day month`` falls on ``weekday``."""
    for year in range(floor, floor + _WEEKDAY_CYCLE + 1):
        candidate = _valid(year, month, day)
        if candidate is not None and candidate.weekday() == weekday:
            return candidate
    return None


def find_dates(text: str) -> list[DateMention]:
    """Every day-and-month date in ``text``, in order of appearance."""
    found: list[DateMention] = []
    for match in DAY_MONTH.finditer(text):
        weekday = match["weekday"]
        side = "1" if match["month1"] else "2"
        year = match["year" + side]
        found.append(
            DateMention(
                day=int(match["day" + side]),
                month=MONTHS[match["month" + side].lower()],
                year=int(year) if year else None,
                weekday=WEEKDAYS[weekday.lower()] if weekday else None,
                start=match.start(),
            )
        )
    for match in ISO_DATE.finditer(text):
        found.append(
            DateMention(int(match["day"]), int(match["month"]), int(match["year"]), None,
                        match.start())
        )  # fmt: skip
    for match in NUMERIC_DATE.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        # 10/04/2024 could be either order; only a part above 12 settles which is the day.
        if a > 12 >= b:
            found.append(DateMention(a, b, int(match["year"]), None, match.start()))
        elif b > 12 >= a:
            found.append(DateMention(b, a, int(match["year"]), None, match.start()))
    found.sort(key=lambda mention: mention.start)
    return [m for m in found if 1 <= m.day <= 31 and 1 <= m.month <= 12]


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
