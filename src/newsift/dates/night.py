"""Nights and small hours, dated the way ACLED codes them.

A night belongs to the day it began: "overnight" in a report is the night before it, so
the day before the publication date; "overnight into" a day is the night of the day
before; "overnight on" a day, "the night of 2 to 3 May" and "the night of" one weekday
"to" the next are the first day's. "The early hours" are the small hours of the day
itself: of the publication date, or of the day written after them.
"Last night" and "tonight" are plain day offsets (:mod:`newsift.dates.timex`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ORDINAL = r"(?:st|nd|rd|th)?"
_OVERNIGHT = re.compile(
    r"overnight(?:\s+(?P<into>into|to)|\s+on)?\s+(?P<rest>.+?)(?:\s+(?:into|to)\s+.+)?"
)
_HOURS = re.compile(r"the\s+(?:early|small|wee)\s+hours(?:\s+of\s+(?P<rest>.+))?")
_NIGHT_OF = re.compile(
    rf"the\s+night\s+of\s+(?:"
    rf"(?P<d1>\d{{1,2}}){_ORDINAL}\s*(?:-|–|to|into|and)\s*\d{{1,2}}{_ORDINAL}\s+(?P<m1>[a-z]+\.?)"
    rf"(?P<y1>.*)"
    rf"|(?P<m2>[a-z]+\.?)\s+(?P<d2>\d{{1,2}}){_ORDINAL}\s*[-–]\s*\d{{1,2}}{_ORDINAL}(?P<y2>.*)"
    rf"|(?P<rest>.+?)(?:\s+(?:to|into)\s+.+)?)"
)
_THE_MORNING = frozenset({"the morning", "the night"})


@dataclass(frozen=True)
class NightReading:
    """What a night expression is counted from (empty: the publication date) and how
    many days it lies from there."""

    base: str
    shift: int


def night_pattern(month: str, weekday: str, day: str, year: str) -> str:
    """The night expressions, as a pattern for the ``dates`` stage's candidate search,
    built from its own month, weekday, day and year patterns. "The night of" is taken
    only before a range ("2 to 3 May"): before one date the date alone says the day."""
    target = rf"(?:{weekday}|{day}\s+{month}(?:,?\s+{year})?|{month}\s+{day}(?:,?\s+{year})?)"
    span = r"(?:\s*(?:-|–)\s*|\s+(?i:to|into|and)\s+)"
    return (
        rf"(?i:overnight)(?:\s+(?i:on|into|to))?\s+{target}(?:\s+(?i:into|to)\s+{target})?"
        rf"|(?i:the\s+night\s+of)\s+(?:{day}{span}{day}\s+{month}(?:,?\s+{year})?"
        rf"|{month}\s+{day}\s*[-–]\s*{day}(?:,?\s+{year})?"
        rf"|{weekday}\s+(?i:to|into)\s+{weekday})"
        rf"|(?i:the\s+(?:early|small|wee)\s+hours)(?:\s+of\s+(?:{target}|(?i:the\s+morning)))?"
        rf"|(?i:overnight)"
    )


def night_reading(text: str) -> NightReading | None:
    """How to date a night expression (lower case, leading prepositions removed)."""
    if text == "overnight":
        return NightReading("", -1)
    match = _OVERNIGHT.fullmatch(text)
    if match:
        return NightReading(match["rest"], -1 if match["into"] else 0)
    match = _HOURS.fullmatch(text)
    if match:
        rest = match["rest"] or ""
        return NightReading("" if rest in _THE_MORNING else rest, 0)
    match = _NIGHT_OF.fullmatch(text)
    if match:
        if match["d1"]:
            return NightReading(f"{match['d1']} {match['m1']}{match['y1']}", 0)
        if match["d2"]:
            return NightReading(f"{match['m2']} {match['d2']}{match['y2']}", 0)
        return NightReading(match["rest"], 0)
    return None
