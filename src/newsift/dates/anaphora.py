"""Dates that point back at another date in the text: "that year", "the next day".

"The city fell in May 2022; later that year it was retaken" dates "later that year" to
2022, not to the publication year. Each such expression is resolved against the nearest
date before it precise enough for its unit (any date for a year, a month or a day for a
month, a day for a day), else against the publication date, as a reader would.
"""

from __future__ import annotations

import datetime as dt
import re

from newsift.model import DateMention, DatePrecision

ANAPHOR = re.compile(
    r"\b(?i:(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?P<same>year|month|day|morning|"
    r"afternoon|evening|night)"
    r"|(?:the\s+)?(?:following|next)\s+(?P<next>year|month|day|morning)"
    r"|(?:the\s+)?(?:previous|preceding)\s+(?P<previous>year|month|day|night|evening)"
    r"|the\s+(?P<before>day|night)\s+before)\b"
)
_NEEDS: dict[DatePrecision, int] = {"year": 4, "month": 7, "day": 10}
# What a base date must be to anchor each unit: a week-precise "last week" names no day.
_BASES: dict[DatePrecision, tuple[DatePrecision, ...]] = {
    "year": ("year", "month", "week", "day"),
    "month": ("month", "day"),
    "day": ("day",),
}


def _unit(word: str) -> DatePrecision:
    if word == "year":
        return "year"
    return "month" if word == "month" else "day"  # "that morning" is that day


def _shift(value: str, unit: str, step: int) -> str:
    if unit == "year":
        return str(int(value[:4]) + step)
    if unit == "month":
        month = int(value[:4]) * 12 + int(value[5:7]) - 1 + step
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    return (dt.date.fromisoformat(value) + dt.timedelta(days=step)).isoformat()


def anaphoric_dates(
    text: str, found: list[DateMention], anchor: dt.date | None
) -> list[DateMention]:
    """The anaphoric expressions in ``text`` that no mention in ``found`` covers."""
    resolved = sorted((m for m in found if m.value), key=lambda m: m.start)
    added: list[DateMention] = []
    for match in ANAPHOR.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in found):
            continue
        word = (match["same"] or match["next"] or match["previous"] or match["before"]).lower()
        unit = _unit(word)
        step = 1 if match["next"] else -1 if match["before"] or match["previous"] else 0
        # "the day before last Tuesday" counts back from the date that follows it.
        following = next(
            (m for m in resolved if step and 0 <= m.start - end <= 1 and m.precision == "day"),
            None,
        )
        base = (
            following.value
            if following and following.value
            else next(
                (
                    m.value[: _NEEDS[unit]]
                    for m in reversed(resolved)
                    if m.end <= start and m.value and (m.precision or "day") in _BASES[unit]
                ),
                anchor.isoformat()[: _NEEDS[unit]] if anchor else None,
            )
        )
        if base is None:
            continue
        value = _shift(base, unit, step)
        added.append(DateMention(text[start:end], start, end, value, unit))
    return added
