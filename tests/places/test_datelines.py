"""Datelines and the abbreviations of states in them."""

from __future__ import annotations

from newsift.places.datelines import datelines
from newsift.places.states import expand_state
from newsift.resources import Resources


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


def test_dateline_after_a_byline(resources: Resources) -> None:
    text = "By JANE DOE, Associated Press NAIROBI (AP) - Rains flooded the capital."
    found = datelines(text, resources.gazetteer)
    assert [d.name for d in found] == ["Nairobi"]


def test_two_towns_share_a_dateline(resources: Resources) -> None:
    text = "EL PASO & JUAREZ,, MAY 2, 2019 -- Border crossings reopened on Thursday."
    names = [d.name for d in datelines(text, resources.gazetteer)]
    assert names[:2] == ["El Paso", "Juarez"]


def test_state_after_the_dateline_town(resources: Resources) -> None:
    text = "FORT LEWISBURGH, Wash. - Soldiers returned from a winter exercise on Friday."
    found = datelines(text, resources.gazetteer)
    # A town the gazetteer lacks stands at its state; the abbreviation is one too.
    assert [(text[d.start : d.end], d.name) for d in found] == [
        ("FORT LEWISBURGH", "Wash."),
        ("Wash.", "Wash."),
    ]
