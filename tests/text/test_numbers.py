"""Numbers in digits and words: amounts for commitments, people counts for events."""

from __future__ import annotations

import pytest

from newsift.text.numbers import parse_count, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seven", 7.0),
        ("at least 50", 50.0),
        ("1,200", 1200.0),
        ("1.5 million", 1_500_000.0),
        ("$138 million", 138_000_000.0),
        ("$60 billion", 60_000_000_000.0),
        ("twenty-two", 22.0),
        ("one hundred and five", 105.0),
        ("a dozen", 12.0),
        ("a hundred", 100.0),
        ("60M", 60_000_000.0),
        ("more than 20,000", 20_000.0),
    ],
)
def test_parse_number_reads_digits_words_and_scales(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "a", "hello", "5 10", "m"])
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("three", 3),
        ("at least 22", 22),
        ("about 25", 25),
        ("a dozen", 12),
        ("1,200", 1200),
        ("some 70", 70),
    ],
)
def test_parse_count_keeps_definite_figures(text: str, count: int) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize("text", ["a number of", "dozens", "several", "hundreds", "4.5", "many"])
def test_parse_count_gives_none_for_vague_or_fractional_counts(text: str) -> None:
    assert parse_count(text) is None
