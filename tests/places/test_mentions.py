"""Finding place mentions: demonyms, qualified villages, lost apostrophes, headlines."""

from __future__ import annotations

from newsift.places.mentions import Mention, find_mentions
from newsift.resources import Resources


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


def test_a_name_tagged_as_a_date_is_still_a_town(resources: Resources) -> None:
    # The recogniser sometimes calls an unfamiliar town a DATE.
    text = "Gunmen ambushed a convoy in Manbij on the road to Jarablus on Tuesday."
    found = _mentions(resources, text)
    assert "Manbij" in found
    assert "Tuesday" not in found


def test_facility_named_after_its_town_is_the_town(resources: Resources) -> None:
    found = _mentions(resources, "Shelling hit the Kherson Art Museum and Kharkiv City Hall.")
    assert found["Kherson"].kind == "word"
    assert found["Kharkiv"].kind != "feature"


def test_town_cut_short_by_the_recogniser_is_taken_whole(resources: Resources) -> None:
    found = _mentions(resources, "A residential block was destroyed in Bila Tserkva overnight.")
    assert found["Bila Tserkva"].lookup == "Bila Tserkva"


def test_unlisted_village_after_a_locative_word_and_before_its_region(
    resources: Resources,
) -> None:
    text = "On 2 May 2022, Russian forces shelled near Zzyxova Balka, Donetsk. No casualties."
    found = _mentions(resources, text)
    assert found["Zzyxova Balka"].kind == "entity"
    assert found["Donetsk"].kind == "admin1"
    assert "Meanwhile" not in _mentions(resources, "Meanwhile, Donetsk came under fire.")


def test_a_holiday_is_not_a_town(resources: Resources) -> None:
    # Tagged DATE, like an unfamiliar town can be; only "in", "near" make it a place.
    found = _mentions(resources, "Shops in Dayton stayed shut on Christmas this year.")
    assert "Christmas" not in found and "Dayton" in found


def test_headline_words_before_a_place_noun_and_after_a_verb(resources: Resources) -> None:
    # Short captions confuse the tagger: "Okhtyrka" an adjective, "Kharkiv" a noun.
    assert "Okhtyrka" in _mentions(resources, "Okhtyrka bus station reopened")
    assert "Kharkiv" in _mentions(resources, "Drones pounding Kharkiv")
    assert "Reading" not in _mentions(resources, "Reading the report, officials said nothing.")


def test_entity_holding_its_region_or_country_keeps_the_town(resources: Resources) -> None:
    found = _mentions(resources, "A missile was shot down over Belgorod Russia on Sunday.")
    assert any(m.lookup == "Belgorod" for m in found.values())
    found = _mentions(resources, "Transport planes were parked at Gomel airport on Monday.")
    assert any(m.lookup == "Gomel" for m in found.values())


def test_a_county_opening_an_organisation_name_is_the_mention(resources: Resources) -> None:
    text = (
        "Deputies from the Cuyahoga County Sheriff's Office arrested two men on Monday, "
        "and the Cuyahoga County Executive praised their work."
    )
    doc = resources.nlp(text)
    names = [text[m.start : m.end] for m in find_mentions(doc, text, resources.gazetteer)]
    assert names.count("Cuyahoga County") == 2


def test_armed_groups_are_no_places(resources: Resources) -> None:
    # GeoNames gives a German town the group's name as one of its foreign names.
    text = "Hamas fighters fired rockets from Rafah, and Hezbollah said it struck Metula."
    found = _mentions(resources, text)
    assert "Hamas" not in found and "Hezbollah" not in found
    assert "Rafah" in found


def test_town_named_after_a_person_read_whole(resources: Resources) -> None:
    # The recogniser calls the last two words a man; the three together are the town.
    text = "A roadside bomb killed nine police officers in Dera Ismail Khan on Friday."
    assert _mentions(resources, text)["Dera Ismail Khan"].lookup == "Dera Ismail Khan"
    # A district phrase takes two words of a name; the word before completes it.
    text = "Police raided a compound in Dera Ghazi Khan district on Tuesday."
    found = _mentions(resources, text)
    assert found["Dera Ghazi Khan district"].lookup == "Dera Ghazi Khan"


def test_institution_word_before_of_is_no_town(resources: Resources) -> None:
    text = "The Bank of West African States left its rate unchanged in Dakar on Friday."
    found = _mentions(resources, text)
    assert set(found) == {"Dakar"}


def test_first_part_of_a_hyphenated_name_is_no_town(resources: Resources) -> None:
    # Neither the hyphen's first half nor the whole is a town the gazetteer holds.
    text = "Looters ransacked shops in Pont-Qwertz, a market town in Haiti, on Sunday."
    found = _mentions(resources, text)
    assert "Pont" not in found


def test_name_of_a_news_agency_is_no_town(resources: Resources) -> None:
    text = "Jets struck targets in Sanaa on Monday, the Saba news agency reported."
    found = _mentions(resources, text)
    assert "Saba" not in found and "Sanaa" in found


def test_name_cut_short_is_completed_in_another_spelling(resources: Resources) -> None:
    # The recogniser may tag "Deir" alone; with the next word it is Deir ez-Zor, spelt
    # without the hyphen and the article's own letter.
    text = "Militants attacked the city of Deir Ezzor three days before."
    doc = resources.nlp(text)
    found = {text[m.start : m.end]: m for m in find_mentions(doc, text, resources.gazetteer)}
    assert "Deir Ezzor" in found


def test_a_place_after_a_verb_the_tagger_calls_a_person_is_no_surname(
    resources: Resources,
) -> None:
    # The tagger reads "Retaking Kherson" as a person; the town stays a place everywhere.
    text = (
        "Troops pushed towards Kherson on Monday. Retaking Kherson would give the army "
        "a boost, an analyst said."
    )
    found = find_mentions(resources.nlp(text), text, resources.gazetteer)
    assert sum(text[m.start : m.end] == "Kherson" for m in found) >= 1
    # A person named in full still makes the surname alone a person.
    text = "Defence Secretary Lloyd Austin arrived. Austin said the aid would come."
    found = find_mentions(resources.nlp(text), text, resources.gazetteer)
    assert not any(text[m.start : m.end] == "Austin" for m in found)


def test_a_name_written_without_a_capital_is_no_place(resources: Resources) -> None:
    # The tagger may take a common noun for a name; in a text written with capitals, a
    # toponym is written with one.
    text = "The raiders burned a clinic in Macomia before withdrawing into the bush."
    assert set(_mentions(resources, text)) == {"Macomia"}
