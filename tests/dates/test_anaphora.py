"""Anaphoric dates count from the date before them in the text."""

from __future__ import annotations

import datetime as dt

from newsift.dates.anaphora import anaphoric_dates
from newsift.model import DateMention

ANCHOR = dt.date(2024, 3, 2)


def _values(text: str, found: list[DateMention]) -> dict[str, str | None]:
    return {m.text: m.value for m in anaphoric_dates(text, found, ANCHOR)}


def test_counts_from_the_nearest_earlier_date_of_enough_precision() -> None:
    text = "The town fell in May 2022. Later that year it was retaken; the next day, a week."
    may = DateMention("in May 2022", 14, 25, "2022-05", "month")
    assert _values(text, [may]) == {"Later that year": "2022", "the next day": "2024-03-03"}


def test_day_units_need_a_day_not_a_week() -> None:
    text = "Fighting eased last week. That night, drones struck the port."
    week = DateMention("last week", 15, 24, "2024-02-19", "week")
    assert _values(text, [week]) == {"That night": "2024-03-02"}  # falls back to the anchor


def test_the_day_before_a_date_that_follows() -> None:
    text = "The day before last Tuesday, the talks stalled."
    tuesday = DateMention("last Tuesday", 15, 27, "2024-02-27", "day")
    assert _values(text, [tuesday]) == {"The day before": "2024-02-26"}


def test_following_month_and_covered_spans() -> None:
    text = "Aid arrived on 30 December 2023. The following month, a convoy was hit."
    day = DateMention("on 30 December 2023", 12, 31, "2023-12-30", "day")
    assert _values(text, [day]) == {"The following month": "2024-01"}
    covered = DateMention("The following month", 33, 52, "2024-01", "month")
    assert _values(text, [day, covered]) == {}


def test_the_previous_day_and_the_night_before() -> None:
    text = (
        "Drones hit Odesa on 1 March. The previous night, a missile struck; the night before too."
    )
    first = DateMention("on 1 March", 15, 25, "2024-03-01", "day")
    assert _values(text, [first]) == {
        "The previous night": "2024-02-29",
        "the night before": "2024-02-29",
    }
