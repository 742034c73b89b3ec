"""Counts of the dead of two sides in one sentence add up; one side's counts do not."""

from __future__ import annotations

import pytest

from newsift.events.casualties import casualties
from newsift.events.sides import side_of, summed
from newsift.resources import Resources


def test_the_side_a_noun_names() -> None:
    assert side_of("gunman") == side_of("terrorist") == "irregular"
    assert side_of("policeman") == side_of("soldier") == "state"
    assert side_of("villager") == "unarmed"
    assert side_of("people") is None and side_of(None) is None


def test_counts_add_up_only_across_sides() -> None:
    assert summed([9, 2], ["irregular", "state"]) == 11
    assert summed([12, 12], ["unarmed", "unarmed"]) == 12
    assert summed([12, 3], [None, "state"]) == 12  # "12 people, among them 3 soldiers"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Troops killed seven raiders while three guards were martyred at the depot.", 10),
        ("Eight insurgents killed, two soldiers martyred in Tank ambush: army", 10),
        ("Bandits shot dead six farmers and vigilantes killed two of the bandits.", 8),
        # One side named twice, or a group and a part of it, count once.
        ("The bomb killed 15 people, among them four policemen, the governor said.", 15),
        ("Gunmen killed nine villagers, and the nine villagers were buried on Sunday.", 9),
    ],
)
def test_a_sentence_counts_everyone_the_incident_killed(
    resources: Resources, text: str, killed: int
) -> None:
    assert casualties(resources.nlp(text)[:])[0] == killed
