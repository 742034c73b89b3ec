"""Places inside longer names."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.mentions import find_mentions
from newsift.places.stage import find_places
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> list[Place]:
    article = parsed_article(resources, text, "2024-02-10")
    return find_places(article, resources)


def test_country_inside_an_organisation(resources: Resources) -> None:
    text = "Freight handlers at Air Canada Cargo said the new rules would slow deliveries."
    found = {p.name: p for p in _places(resources, text)}
    assert found["Canada"].country == "Canada"


def test_region_after_a_comma_in_one_entity(resources: Resources) -> None:
    text = "The next round is at Thruxton, Hampshire, on the third weekend of May."
    mentions = find_mentions(resources.nlp(text), text, resources.gazetteer)
    names = [text[m.start : m.end] for m in mentions]
    assert "Hampshire" in names and "Thruxton" in names


def test_country_split_at_its_and(resources: Resources) -> None:
    text = "Ministers from Trinidad and Tobago walked out of the regional meeting."
    found = {p.name: p for p in _places(resources, text)}
    assert found["Trinidad and Tobago"].country == "Trinidad and Tobago"


def test_an_irish_county_council_names_its_county(resources: Resources) -> None:
    text = (
        "Kerry County Council approved 40 new homes for Tralee on Monday, and Cork "
        "County Council is to vote on a similar plan."
    )
    doc = resources.nlp(text)
    mentions = find_mentions(doc, text, resources.gazetteer)
    lookups = {text[m.start : m.end]: m.lookup for m in mentions}
    assert lookups["Kerry County"] == "Kerry"
    assert lookups["Cork County"] == "County Cork"


def test_a_titled_person_is_no_organisation_opened_by_a_town(resources: Resources) -> None:
    # The recogniser may label "Volodymyr Zelenskiy" an organisation; "Volodymyr" is
    # also a town. Introduced with an office, the name is a person's.
    for text in (
        "Rockets hit the depot overnight. The strike, which the country's president, "
        "Volodymyr Zelenskiy, called cruel, killed two guards.",
        "Volodymyr Zelenskiy, the president, said on Friday that the depot was hit.",
        "Missiles hit the port on Saturday, local officials said. The strike, which the "
        "Ukrainian president, Volodymyr Zelenskiy, condemned as cruel, killed two dock workers.",
    ):
        assert "Volodymyr" not in {p.name for p in _places(resources, text)}


def test_an_airport_still_names_its_town(resources: Resources) -> None:
    text = "Two drones struck Vinnytsia Airport on Monday, the regional governor said."
    assert "Vinnytsia" in {p.name for p in _places(resources, text)}


def test_a_town_amid_a_bodys_words_is_a_word_of_its_name(resources: Resources) -> None:
    text = "The strike was confirmed by the U.S. Central Command in a statement on Monday."
    assert "Central" not in {p.name for p in _places(resources, text)}
