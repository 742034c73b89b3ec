"""Calendar dates in the forms pages print them, and dates in URLs and markup values."""

from __future__ import annotations

from datetime import date

import pytest

from newsift.documents.calendar_dates import find_dates, parse_date_value, url_date


def _days(text: str) -> list[tuple[int, int, int | None]]:
    return [(m.day, m.month, m.year) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("May 3,2024", (3, 5, 2024)),
        ("Last updated at Jun 072023", (7, 6, 2023)),
        ("08:15 03 May 2024", (3, 5, 2024)),
        ("2024/05/03", (3, 5, 2024)),
        ("2024-05-03T23:10:00-04:00", (3, 5, 2024)),
        ("03.05.2024", (3, 5, 2024)),
        ("3-05-2024", (3, 5, 2024)),
        ("3. Mai 2024", (3, 5, 2024)),
        ("3 de mayo de 2024", (3, 5, 2024)),
        ("1er mai 2024", (1, 5, 2024)),
        ("3 мая 2024 г.", (3, 5, 2024)),
        ("3 травня 2024", (3, 5, 2024)),
        ("٣ مايو ٢٠٢٤", (3, 5, 2024)),
    ],
)
def test_written_and_numeric_forms(text: str, day: tuple[int, int, int]) -> None:
    assert _days(text) == [day]


def test_slash_dates_are_read_only_when_their_order_is_known() -> None:
    assert _days("Filed 04/05/2024.") == []
    # Another slash date in the same text with a part above 12 settles the order.
    assert _days("Filed 04/05/2024; revised 19/05/2024.") == [(4, 5, 2024), (19, 5, 2024)]
    assert _days("Filed 04/05/2024; revised 05/19/2024.") == [(5, 4, 2024), (19, 5, 2024)]


def test_one_reading_per_date() -> None:
    assert _days("Posted May 3, 2024 and May 4") == [(3, 5, 2024), (4, 5, None)]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/world/2024/05/03/drone-strike-kharkiv/", date(2024, 5, 3)),
        ("https://example.com/story/2024-05-03/odesa-port", date(2024, 5, 3)),
        ("https://example.com/a/20240503/odesa-port.html", date(2024, 5, 3)),
        ("https://example.com/world/2024/may/03/odesa-port", date(2024, 5, 3)),
        ("https://example.com/article?id=7&date=2024-05-03", date(2024, 5, 3)),
        ("https://example.com/2024/05/odesa-port.html", None),  # a month names no day
        ("https://example.com/news/202405031234", None),  # an article number
        ("https://example.com/news/20241399/odesa", None),  # no such day
        (None, None),
    ],
)
def test_url_date(url: str | None, day: date | None) -> None:
    assert url_date(url) == day


def test_parse_date_value() -> None:
    assert parse_date_value("2024-05-03T08:15:00Z") == date(2024, 5, 3)
    assert parse_date_value("20240503") == date(2024, 5, 3)
    assert parse_date_value("Fri, 03 May 2024 08:15:00 GMT") == date(2024, 5, 3)
    assert parse_date_value("Thu, 03 May 2024") is None  # the weekday does not fit
    assert parse_date_value("1714723200") is None
    assert parse_date_value("") is None
