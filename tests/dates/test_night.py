"""Night expressions: what they count from and how far from it."""

from __future__ import annotations

import re

import pytest

from newsift.dates.night import NightReading, night_pattern, night_reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("overnight", NightReading("", -1)),
        ("overnight into saturday", NightReading("saturday", -1)),
        ("overnight to 4 may", NightReading("4 may", -1)),
        ("overnight on friday", NightReading("friday", 0)),
        ("overnight friday into saturday", NightReading("friday", 0)),
        ("the early hours", NightReading("", 0)),
        ("the small hours of the morning", NightReading("", 0)),
        ("the early hours of sunday", NightReading("sunday", 0)),
        ("the night of 2 to 3 may", NightReading("2 may", 0)),
        ("the night of may 2-3, 2024", NightReading("may 2, 2024", 0)),
        ("the night of friday to saturday", NightReading("friday", 0)),
        ("last night", None),
        ("friday", None),
    ],
)
def test_night_reading(text: str, reading: NightReading | None) -> None:
    assert night_reading(text) == reading


def test_the_pattern_takes_the_whole_expression() -> None:
    pattern = re.compile(
        night_pattern(r"(?:May|June)", r"(?:Friday|Saturday)", r"\d{1,2}", r"20\d\d")
    )
    for text in ("overnight into Saturday", "the night of 2 to 3 May", "the early hours of Friday",
                 "the night of Friday to Saturday", "overnight"):  # fmt: skip
        found = pattern.search(f"Drones struck {text}, officials said.")
        assert found is not None and found.group() == text
