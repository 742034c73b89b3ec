"""Years spoken out in transcripts become digits."""

from __future__ import annotations

from newsift.dates.spoken import spoken_years


def test_spoken_years() -> None:
    assert spoken_years("in nineteen ninety-six") == "in 1996"
    assert spoken_years("the year two thousand") == "the year 2000"
