"""Finding place mentions: demonyms, qualified villages, lost apostrophes, headlines."""

from __future__ import annotations

from newsift.extract.place_mentions import Mention, find_mentions
from newsift.pipeline import Resources


def _mentions(resources: Resources, text: str) -> dict[str, Mention]:
    doc = resources.nlp(text)
    return {text[m.start : m.end]: m for m in find_mentions(doc, text, resources.gazetteer)}


def test_demonyms_are_mentions_of_their_country(resources: Resources) -> None:
    text = "Russian troops shelled the town as South Korean and French diplomats met."
    found = _mentions(resources, text)
    assert found["Russian"].kind == "demonym" and found["Russian"].lookup == "Russia"
    assert found["South Korean"].lookup == "South Korea"  # the two words, not "Korean"
    assert found["French"].lookup == "France"


def test_area_adjectives_are_not_read_as_the_country(resources: Resources) -> None:
    found = _mentions(resources, "A caravan of Central American migrants reached the border.")
    assert "American" not in found


def test_village_before_its_region_is_a_mention(resources: Resources) -> None:
    text = "On 3 May 2022, Russian forces shelled Petrivka, Donetsk, with artillery."
    found = _mentions(resources, text)
    assert found["Petrivka"].kind == "entity"
    # after a village, the bare region name stands for the region, not its capital
    assert found["Donetsk"].kind == "admin1"


def test_sentence_openers_are_not_villages(resources: Resources) -> None:
    found = _mentions(resources, "Meanwhile, Kharkiv came under fire again on Friday.")
    assert "Meanwhile" not in found
    assert found["Kharkiv"].kind != "admin1"


def test_possessive_without_apostrophe(resources: Resources) -> None:
    # Some feeds strip apostrophes: "Syrias Raqqa" is Raqqa, in Syria.
    found = _mentions(resources, "Air strikes killed 34 civilians in Syrias Raqqa, a monitor said.")
    assert found["Raqqa"].lookup == "Raqqa"


def test_capitals_only_country_names(resources: Resources) -> None:
    found = _mentions(resources, "The ministry condemned the new US tariffs on steel.")
    assert found["US"].lookup == "US"


def test_headline_words_after_in_are_not_hamlets(resources: Resources) -> None:
    found = _mentions(resources, "Five Soldiers Killed in Car Bomb Blast Near the Border")
    assert "Car" not in found
