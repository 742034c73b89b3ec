"""Deeds told by a verb and what it acts on (own sentences)."""

from __future__ import annotations

from spacy.tokens import Token

from newsift.events.deed_phrases import (
    broken_into,
    carrying_people,
    fired_on,
    made_safe,
    object_words,
    thing,
    wrecked,
)
from newsift.resources import Resources

PEOPLE = frozenset({"passenger", "trader", "man", "woman", "people"})


def _word(resources: Resources, text: str, word: str) -> Token:
    return next(t for t in resources.nlp(text) if t.text == word)


def test_a_thing_holds_what_it_carries_but_not_the_clauses_hung_on_it(
    resources: Resources,
) -> None:
    canisters = _word(resources, "Soldiers lobbed canisters of chlorine into the trench.",
                      "canisters")  # fmt: skip
    assert "chlorine" in thing(canisters)
    report = _word(resources, "The ministry released a report saying the army used chlorine.",
                   "report")  # fmt: skip
    assert "chlorine" not in thing(report)


def test_fire_opened_on_a_gathering(resources: Resources) -> None:
    assert fired_on(_word(resources, "Troops opened fire on a march in the capital.", "march"))
    assert not fired_on(_word(resources, "Thousands joined a march in the capital.", "march"))


def test_a_charge_set_off_to_make_it_safe(resources: Resources) -> None:
    safely = _word(resources, "Engineers safely detonated the shell near the school.",
                   "detonated")  # fmt: skip
    found = _word(resources, "Sappers detonated a mine found beside the road.", "detonated")
    attack = _word(resources, "Militants detonated a bomb at the checkpoint.", "detonated")
    assert made_safe(safely) and made_safe(found) and not made_safe(attack)


def test_property_wrecked_by_people_not_people_harmed(resources: Resources) -> None:
    houses = _word(resources, "Militiamen burned dozens of houses in the village.", "burned")
    assert wrecked(houses, object_words(houses), PEOPLE)
    tyres = _word(resources, "The cold burned the crops in the north.", "burned")
    assert not wrecked(tyres, object_words(tyres), PEOPLE)


def test_what_was_broken_into(resources: Resources) -> None:
    church = _word(resources, "Thieves broke into a church in the town overnight.", "broke")
    assert broken_into(church) == {"church"}
    assert wrecked(church, broken_into(church), PEOPLE)
    talks = _word(resources, "The talks broke down in the capital.", "broke")
    assert broken_into(talks) == set()


def test_a_vehicle_seized_with_people_aboard(resources: Resources) -> None:
    bus = _word(resources, "Gunmen seized a bus carrying 20 passengers.", "bus")
    lorry = _word(resources, "Gunmen seized a lorry loaded with maize.", "lorry")
    assert carrying_people(bus, PEOPLE) and not carrying_people(lorry, PEOPLE)
