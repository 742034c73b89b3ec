"""Amounts and currencies as news writes them."""

from __future__ import annotations

import pytest

from newsift.commitments.money import find_money, parse_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("$138 million", 138_000_000.0, "USD"),
        ("€2.5bn", 2_500_000_000.0, "EUR"),
        ("£1.2 billion", 1_200_000_000.0, "GBP"),
        ("US$ 40m", 40_000_000.0, "USD"),
        ("5 million euros", 5_000_000.0, "EUR"),
        ("USD 300 million", 300_000_000.0, "USD"),
        ("1,200 dollars", 1_200.0, "USD"),
        ("$60 billion", 60_000_000_000.0, "USD"),
    ],
)
def test_parse_money(text: str, amount: float, currency: str) -> None:
    money = parse_money(text)
    assert money is not None
    assert (money.amount, money.currency) == (amount, currency)


def test_spans_slice_the_text() -> None:
    text = "Berlin added €500m, while London promised £2.3 billion more."
    found = find_money(text)
    assert [text[m.start : m.end] for m in found] == ["€500m", "£2.3 billion"]


def test_plain_numbers_are_not_money() -> None:
    assert find_money("Seven people were killed and 50 evacuated in 2024.") == []
