"""Towns after a country's possessive that lost its apostrophe ("Syrias Aleppo")."""

from __future__ import annotations

from newsift.model import RawInput
from newsift.pipeline import Pipeline
from newsift.places.possessive import after_country_possessive, possessive_places
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> list[tuple[str, str | None]]:
    return [
        (p.name, p.admin1)
        for p in possessive_places(text, 0, len(text), resources.gazetteer)  # type: ignore[attr-defined]
    ]


def test_a_town_after_a_bare_possessive_is_a_place(resources: Resources) -> None:
    text = "Rebel rockets killed nine people in Syrias Aleppo on Monday."
    assert _places(resources, text) == [("Aleppo", "Aleppo Governorate")]


def test_a_two_word_town_is_read_whole(resources: Resources) -> None:
    text = "Air strikes killed 21 civilians in Syrias Deir Ezzor Monitor AFP said."
    assert _places(resources, text) == [("Deir Ezzor", "Deir ez-Zor Governorate")]


def test_a_name_that_is_no_sizeable_place_there_is_not_taken(resources: Resources) -> None:
    assert _places(resources, "Syrias Assad regime denied the attack on Friday.") == []
    assert _places(resources, "He spoke of Texas Houston streets.") == []  # no country


def test_the_possessive_is_recognised_only_for_countries(resources: Resources) -> None:
    gazetteer = resources.gazetteer  # type: ignore[attr-defined]
    assert after_country_possessive("Syrias Aleppo", gazetteer)
    assert not after_country_possessive("Barnes Wallis", gazetteer)


def test_the_places_stage_finds_the_town_a_person_entity_swallowed(pipeline: Pipeline) -> None:
    text = (
        "Rebel fire in Syrias Aleppo kills 14 State media AFP\n\n"
        "Rockets fired by rebels killed 14 people in government-held districts of Aleppo "
        "city on Wednesday, state media said."
    )
    raw = RawInput(source="t", kind="text", content=text, digest="possessive")
    article = pipeline.article(raw)
    aleppo = [p for p in article.places if p.resolved == "Aleppo"]
    assert len(aleppo) == 2  # the headline's and the lede's: neither taken for a surname
