"""Date expressions resolved the way news uses them, against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from newsift.dates.timex import ResolvedDate, resolve_date, within

SATURDAY = dt.date(2024, 2, 10)  # a Saturday


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("on Saturday", "2024-02-10"),  # the publication weekday is that very day
        ("Saturday", "2024-02-10"),
        ("Saturday's", "2024-02-10"),
        ("on Friday", "2024-02-09"),
        ("Thursday", "2024-02-08"),
        ("Sunday night", "2024-02-04"),
        ("last Saturday", "2024-02-03"),
        ("next Tuesday", "2024-02-13"),
        ("yesterday", "2024-02-09"),
        ("today", "2024-02-10"),
        ("overnight", "2024-02-09"),  # the night before the report
        ("last night", "2024-02-09"),
        ("two days ago", "2024-02-08"),
        ("on 15 February", "2024-02-15"),
        ("Feb. 24, 2022", "2022-02-24"),
        ("24 February 2022", "2022-02-24"),
        ("2023-11-05", "2023-11-05"),
    ],
)
def test_day_precision(expression: str, value: str) -> None:
    assert resolve_date(expression, SATURDAY) == ResolvedDate(value, "day")


def test_weekday_with_month_day_fixes_the_year() -> None:
    # April 10 is more than a few weeks after the anchor, but the weekday says 2024.
    assert resolve_date("Wednesday, April 10", SATURDAY) == ResolvedDate("2024-04-10", "day")
    assert resolve_date("Wednesday, April 10", dt.date(2024, 4, 10)).value == "2024-04-10"


def test_month_day_without_year_stays_in_the_recent_past() -> None:
    assert resolve_date("March 1", SATURDAY) == ResolvedDate("2024-03-01", "day")
    assert resolve_date("May 9", SATURDAY) == ResolvedDate("2023-05-09", "day")
    assert resolve_date("December 30", dt.date(2024, 1, 3)).value == "2023-12-30"
    assert resolve_date("January 10", dt.date(2023, 12, 20)).value == "2024-01-10"


@pytest.mark.parametrize(
    ("expression", "value", "precision"),
    [
        ("in March", "2024-03", "month"),
        ("in December", "2023-12", "month"),
        ("earlier this month", "2024-02", "month"),
        ("last month", "2024-01", "month"),
        ("March 2022", "2022-03", "month"),
        ("last May", "2023-05", "month"),
        ("July last year", "2023-07", "month"),
        ("last year", "2023", "year"),
        ("this year", "2024", "year"),
        ("in 2022", "2022", "year"),
        ("this week", "2024-02-05", "week"),
        ("last week", "2024-01-29", "week"),
        ("over the weekend", "2024-02-10", "week"),  # this Saturday's weekend
        ("at the weekend", "2024-02-10", "week"),
    ],
)
def test_coarser_precision(expression: str, value: str, precision: str) -> None:
    assert resolve_date(expression, SATURDAY) == ResolvedDate(value, precision)  # type: ignore[arg-type]


def test_without_anchor_only_absolute_dates_resolve() -> None:
    assert resolve_date("Feb. 24, 2022", None) == ResolvedDate("2022-02-24", "day")
    assert resolve_date("2022", None) == ResolvedDate("2022", "year")
    assert resolve_date("on Saturday", None) is None
    assert resolve_date("last week", None) is None
    assert resolve_date("April 10", None) is None


def test_unknown_expressions_give_none() -> None:
    assert resolve_date("recent days", SATURDAY) is None
    assert resolve_date("the Kremlin", SATURDAY) is None
    assert resolve_date("February 30, 2024", SATURDAY) is None


def test_future_sentences_look_ahead() -> None:
    assert resolve_date("on Thursday", SATURDAY, future=True) == ResolvedDate("2024-02-15", "day")
    assert resolve_date("Saturday", SATURDAY, future=True).value == "2024-02-10"  # type: ignore[union-attr]
    assert resolve_date("in January", SATURDAY, future=True) == ResolvedDate("2025-01", "month")
    assert resolve_date("February 1", SATURDAY, future=True).value == "2025-02-01"  # type: ignore[union-attr]
    assert resolve_date("last Thursday", SATURDAY, future=True).value == "2024-02-08"  # type: ignore[union-attr]


def test_past_sentences_look_back() -> None:
    # A month or month-day told in the past is the last one, even when near ahead.
    assert resolve_date("in March", SATURDAY, past=True) == ResolvedDate("2023-03", "month")
    assert resolve_date("Feb. 20", SATURDAY, past=True).value == "2023-02-20"  # type: ignore[union-attr]
    assert resolve_date("Feb. 20", SATURDAY).value == "2024-02-20"  # type: ignore[union-attr]


def test_bare_month_without_tense_is_the_nearest() -> None:
    november = dt.date(2023, 11, 20)
    assert resolve_date("in January", november) == ResolvedDate("2024-01", "month")
    assert resolve_date("in October", november) == ResolvedDate("2023-10", "month")
    assert resolve_date("in April", november) == ResolvedDate("2023-04", "month")


def test_a_deadline_just_passed_stays_in_this_year() -> None:
    assert resolve_date("Feb. 8", SATURDAY, future=True).value == "2024-02-08"  # type: ignore[union-attr]


def test_year_ago_adjectives_and_hedged_ago() -> None:
    assert resolve_date("year-earlier", SATURDAY) == ResolvedDate("2023", "year")
    assert resolve_date("the year-ago period", SATURDAY) == ResolvedDate("2023", "year")
    assert resolve_date("nearly three years ago", SATURDAY) == ResolvedDate("2021", "year")


def test_a_spoken_year_resolves() -> None:
    assert resolve_date("January nineteen ninety-seven", SATURDAY) == ResolvedDate(
        "1997-01", "month"
    )


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("overnight into Saturday", "2024-02-09"),
        ("overnight on Thursday", "2024-02-08"),
        ("in the early hours", "2024-02-10"),  # the small hours of the report's own day
        ("in the early hours of Friday", "2024-02-09"),
        ("on the night of 6 to 7 February", "2024-02-06"),  # a night is the day it began
        ("late on Friday", "2024-02-09"),
        ("early this morning", "2024-02-10"),
        ("earlier today", "2024-02-10"),
        ("late last night", "2024-02-09"),
    ],
)
def test_nights_and_parts_of_the_day(expression: str, value: str) -> None:
    assert resolve_date(expression, SATURDAY) == ResolvedDate(value, "day")


def test_overnight_without_a_publication_date_is_unknown() -> None:
    assert resolve_date("overnight", None) is None
    assert resolve_date("on the night of 6 to 7 February 2024", None) == ResolvedDate(
        "2024-02-06", "day"
    )


def test_a_weekend_holds_its_two_days_only() -> None:
    weekend = resolve_date("over the weekend", dt.date(2024, 3, 26))
    assert weekend == ResolvedDate("2024-03-23", "week")
    assert within(weekend, ResolvedDate("2024-03-24", "day"))
    assert not within(weekend, ResolvedDate("2024-03-26", "day"))  # the Tuesday after
    assert within(ResolvedDate("2024-03-25", "week"), ResolvedDate("2024-03-29", "day"))
