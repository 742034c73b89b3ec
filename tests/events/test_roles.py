"""What was hit: targets read from the parse (own news-style text)."""

from __future__ import annotations

from newsift.events.casualties import casualties
from newsift.events.roles import target_of
from newsift.events.triggers import real_triggers
from newsift.resources import Resources


def target_in(resources: Resources, text: str) -> str | None:
    sentence = next(iter(resources.nlp(text).sents))
    return target_of(real_triggers(sentence), casualties(sentence)[2], [])


def test_a_manner_of_injury_is_no_target(resources: Resources) -> None:
    assert target_in(resources, "Three people were injured to various degrees.") is None


def test_a_struck_building_is_the_target(resources: Resources) -> None:
    assert target_in(resources, "A missile hit a bakery on Monday, killing two men.") == "bakery"


def test_what_a_weapon_came_down_on_is_the_target(resources: Resources) -> None:
    text = "Shells landed among the tents of displaced families, killing six."
    assert target_in(resources, text) == "tents of displaced families"
    assert target_in(resources, "Rockets slammed into a bus depot, killing four.") == "bus depot"
