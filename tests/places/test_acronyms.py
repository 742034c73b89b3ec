"""Initials of a place the article names, read as that place."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.acronyms import initials
from newsift.places.stage import find_places
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> list[Place]:
    article = parsed_article(resources, text, "2024-02-10")
    return find_places(article, resources)


def test_initials_of_names() -> None:
    assert initials("South Africa") == {"SA"}
    assert initials("Trinidad and Tobago") == {"T&T", "TT"}
    assert initials("Ukraine") == set()
    assert initials("Kyiv Oblast") == set()  # the kind of region adds no letter


def test_acronym_of_a_named_country(resources: Resources) -> None:
    text = (
        "Platinum output in South Africa fell for a third month. Miners in SA say the "
        "power cuts are to blame, and the CIA says nothing."
    )
    found = {p.name: p for p in _places(resources, text)}
    assert found["SA"].country == "South Africa"
    assert "CIA" not in found


def test_acronym_of_a_town_region(resources: Resources) -> None:
    text = "The shelter in Paterson, N.J., raised $20,000. The NJ group thanked donors."
    found = {p.name: p for p in _places(resources, text)}
    assert found["NJ"].resolved == "New Jersey"


def test_no_acronym_without_the_place(resources: Resources) -> None:
    text = "The SA team won in Brazil on Sunday."
    assert "SA" not in {p.name for p in _places(resources, text)}
