"""Datelines and the abbreviations of states in them."""

from __future__ import annotations

from newsift.extract.place_datelines import datelines
from newsift.extract.place_states import expand_state
from newsift.pipeline import Resources


def test_datelines_in_capitals(resources: Resources) -> None:
    text = (
        "BEIRUT (AP) - Fighting resumed on Monday.\n"
        "MEXICO CITY (Reuters) - The Senate voted.\n"
        "NATO Secretary General spoke. UPDATE: the FBI said nothing."
    )
    names = [d.name for d in datelines(text, resources.gazetteer)]
    assert names == ["Beirut", "Mexico City"]
    assert text[: len("BEIRUT")] == "BEIRUT"


def test_state_abbreviations() -> None:
    assert expand_state("N.J.") == "New Jersey"
    assert expand_state("Va") == "Virginia"
    assert expand_state("IN") is None  # a word far more often than Indiana
