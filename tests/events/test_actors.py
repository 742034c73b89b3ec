"""Actor names normalised the way event datasets code them."""

from __future__ import annotations

import pytest

from newsift.events.actors import civilians_of, country_of, normalise_actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Russian forces", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Ukrainian military forces", "Ukraine"),
        ("NAF forces supported by Russian forces", "NAF"),
        ("the Islamic State group", "Islamic State"),
        ("IS fighters", "Islamic State"),
        ("U.S. warplanes", "United States"),
    ],
)
def test_normalise_actor(text: str, actor: str) -> None:
    assert normalise_actor(text) == actor


def test_unknown_words_and_lower_case_is_are_no_actor() -> None:
    assert normalise_actor("the petrol station") is None
    assert normalise_actor("it is what it is") is None


def test_civilians_and_countries() -> None:
    assert civilians_of("Ukraine") == "Civilians (Ukraine)"
    assert civilians_of(None) == "Civilians"
    assert country_of("Ukrainian") == "Ukraine"
    assert country_of("Kharkiv") is None
