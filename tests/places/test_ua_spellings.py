"""Other spellings of Ukrainian names, city districts and community adjectives."""

from __future__ import annotations

import pytest

from newsift.places.ua_spellings import (
    COMMUNITY_AFTER,
    community_centres,
    district_city,
    spelling_variants,
)


@pytest.mark.parametrize(
    ("written", "variant"),
    [
        ("Schastia", "shchastia"),  # щ written "sch"
        ("Vuhlehirsk", "Vuhlehirske"),  # -sk for -ske
        ("Svetlodarske", "Svetlodarsk"),
        ("Zelenopolovo", "Zelenopolove"),  # Russian -ovo
    ],
)
def test_spelling_variants(written: str, variant: str) -> None:
    assert variant.casefold() in [v.casefold() for v in spelling_variants(written)]


def test_plain_names_have_no_variants() -> None:
    assert spelling_variants("Izium") == []
    assert spelling_variants("Bakhmut") == []


def test_district_city() -> None:
    assert district_city("Horlivka - Mykytivskyi") == "Horlivka"
    assert district_city("Donetsk – Kyivskyi") == "Donetsk"
    assert district_city("Bilohorivka - Verkhnokamianske") is None  # two villages
    assert district_city("Makiivka") is None


def test_community_centres() -> None:
    assert "krasnopilia" in community_centres("Krasnopilska")
    assert "velyka pysarivka" in community_centres("Velykopysarivska")
    assert community_centres("Sumy") == []
    assert COMMUNITY_AFTER.match(" territorial community, Sumy region")
    assert COMMUNITY_AFTER.match(" hromada")
    assert not COMMUNITY_AFTER.match(" communities")


def test_community_name_opens_a_community_entity() -> None:
    from newsift.places.ua_spellings import community_name

    text = "Shells hit Znob-Novhorodska territorial community and Kyiv City Council."
    start = text.index("Znob")
    assert community_name(text, start, start + len("Znob-Novhorodska")) == (
        start,
        start + len("Znob-Novhorodska"),
    )
    assert community_name(text, text.index("Kyiv"), len(text)) is None
