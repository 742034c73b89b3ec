"""Named days ("Christmas", "Thanksgiving Day", "Orthodox Easter") resolved to a date.

A holiday named without a year is the occurrence nearest the anchor, unless the sentence
looks ahead (the next one) or tells what happened (the last one), or the name says which
("last Christmas", "next Easter"). Only days whose name means one date everywhere are
listed: "Independence Day" differs by country, so it is left unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    """The n-th given weekday of a month; n = -1 is the last one."""

    def day_in(year: int) -> dt.date:
        if n > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

    return day_in


def _us_election(year: int) -> dt.date:
    # The Tuesday after the first Monday of November.
    return _nth_weekday(11, 0, 1)(year) + dt.timedelta(days=1)


def _easter_offset(method: int, days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year, method) + dt.timedelta(days=days)


# fmt: off
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31),
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24), "boxing day": _fixed(12, 26),
    "orthodox christmas": _fixed(1, 7), "valentine's day": _fixed(2, 14),
    "halloween": _fixed(10, 31), "the fourth of july": _fixed(7, 4),
    "fourth of july": _fixed(7, 4), "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11), "victory day": _fixed(5, 9),
    "international women's day": _fixed(3, 8), "may day": _fixed(5, 1),
    "thanksgiving": _nth_weekday(11, 3, 4), "thanksgiving day": _nth_weekday(11, 3, 4),
    "memorial day": _nth_weekday(5, 0, -1), "labor day": _nth_weekday(9, 0, 1),
    "election day": _us_election,
    "easter": _easter_offset(EASTER_WESTERN, 0),
    "easter sunday": _easter_offset(EASTER_WESTERN, 0),
    "easter monday": _easter_offset(EASTER_WESTERN, 1),
    "good friday": _easter_offset(EASTER_WESTERN, -2),
    "orthodox easter": _easter_offset(EASTER_ORTHODOX, 0),
}
# fmt: on

# What makes a day's name an object instead of a date: "Christmas trees", "Easter eggs".
OBJECT_AFTER = re.compile(
    r"\s+(?:trees?|markets?|cards?|lights|decorations|shopping|gifts?|carols?|songs?|dinner"
    r"|turkey|eggs?|bunny|holidays?|message|address|speech)\b"
)
# The same days as they appear in running text, for the `dates` stage to find.
TEXT_PATTERN = (
    r"(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:"
    r"New\s+Year's\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day"
    r"|Orthodox\s+(?:Christmas|Easter)|Valentine's\s+Day|Halloween|(?:the\s+)?Fourth\s+of\s+July"
    r"|Veterans\s+Day|Armistice\s+Day|Victory\s+Day|International\s+Women's\s+Day"
    r"|Thanksgiving(?:\s+Day)?|Memorial\s+Day|Labor\s+Day|Election\s+Day"
    r"|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
    r")(?!" + OBJECT_AFTER.pattern + ")"
)

_NAMED = re.compile(
    r"^(?:(?P<rel>last|this|next|this\s+past|this\s+coming|past)\s+)?"
    r"(?P<name>" + "|".join(sorted(map(re.escape, HOLIDAYS), key=len, reverse=True)) + r")"
    r"(?:,?\s+(?P<year>(?:1[89]|2[01])\d\d))?$"
)


def resolve_holiday(
    text: str, anchor: dt.date | None, future: bool = False, past: bool = False
) -> dt.date | None:
    """``text`` is a cleaned expression (lower case, no leading preposition)."""
    match = _NAMED.fullmatch(text)
    if match is None:
        return None
    day_in = HOLIDAYS[match["name"]]
    if match["year"]:
        return day_in(int(match["year"]))
    if anchor is None:
        return None
    before = max(d for y in (anchor.year - 1, anchor.year) if (d := day_in(y)) <= anchor)
    after = min(d for y in (anchor.year, anchor.year + 1) if (d := day_in(y)) >= anchor)
    rel = (match["rel"] or "").split()[-1:] or [""]
    if rel[0] in ("last", "past") and before == anchor:
        return day_in(anchor.year - 1)  # "last Christmas" said on Christmas Day
    if rel[0] in ("last", "past") or (past and rel[0] != "next"):
        return before
    if rel[0] in ("next", "coming") or future:
        return after
    if rel[0] == "this":
        return day_in(anchor.year)
    return before if anchor - before <= after - anchor else after
