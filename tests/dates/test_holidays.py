"""Named days resolve to the occurrence the sentence means."""

from __future__ import annotations

import datetime as dt

from newsift.dates.holidays import resolve_holiday
from newsift.dates.timex import resolve_date

JANUARY = dt.date(2000, 1, 7)


def test_without_a_cue_the_nearest_occurrence() -> None:
    assert resolve_holiday("thanksgiving day", JANUARY) == dt.date(1999, 11, 25)
    assert resolve_holiday("election day", dt.date(1998, 10, 26)) == dt.date(1998, 11, 3)
    assert resolve_holiday("easter", JANUARY) == dt.date(2000, 4, 23)


def test_tense_and_modifiers_choose_the_direction() -> None:
    assert resolve_holiday("thanksgiving day", JANUARY, future=True) == dt.date(2000, 11, 23)
    assert resolve_holiday("christmas", dt.date(2023, 6, 1), past=True) == dt.date(2022, 12, 25)
    assert resolve_holiday("next christmas", dt.date(2023, 12, 20)) == dt.date(2023, 12, 25)
    assert resolve_holiday("last christmas", dt.date(2023, 12, 25)) == dt.date(2022, 12, 25)


def test_movable_feasts_follow_their_calendars() -> None:
    assert resolve_holiday("orthodox easter", None) is None
    assert resolve_holiday("orthodox easter, 2023", None) == dt.date(2023, 4, 16)
    assert resolve_holiday("good friday, 2024", None) == dt.date(2024, 3, 29)
    assert resolve_holiday("memorial day, 2022", None) == dt.date(2022, 5, 30)
    assert resolve_holiday("labor day, 2022", None) == dt.date(2022, 9, 5)


def test_unlisted_or_ambiguous_names_stay_unresolved() -> None:
    assert resolve_holiday("independence day", JANUARY) is None  # differs by country
    assert resolve_date("Independence Day", JANUARY) is None
    assert resolve_date("on Victory Day", dt.date(2022, 5, 10)) is not None
