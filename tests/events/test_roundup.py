"""Roundup totals over many places give way to the located incident told after them."""

from __future__ import annotations

from builders import events_of

from newsift.resources import Resources

NAWA = dict(resolved="Nawa", admin1="Daraa Governorate", country="Syria",
            latitude=32.89, longitude=36.04, geonameid=172000)  # fmt: skip
DOUMA = dict(resolved="Douma", admin1="Rif Dimashq Governorate", country="Syria",
             latitude=33.57, longitude=36.40, geonameid=170000)  # fmt: skip
PLACES = {"Nawa": NAWA, "Douma": DOUMA}


def first_toll(resources: Resources, text: str) -> int | None:
    events = sorted(events_of(resources, text, places=PLACES), key=lambda e: e.evidence[0].start)
    return next((e.fatalities for e in events if e.fatalities is not None), None)


def test_a_countrywide_total_is_no_incident_toll(resources: Resources) -> None:
    text = (
        "Government air raids on rebel-held districts across the country killed at least 38 "
        "people on Tuesday, a war monitor said. "
        "In Nawa 14 civilians were killed in three raids while 20 others were injured. "
        "Elsewhere raids on Douma killed at least seven civilians, the monitor said."
    )
    assert first_toll(resources, text) == 14


def test_a_total_without_roundup_wording_stands(resources: Resources) -> None:
    text = (
        "Government air raids on rebel-held districts killed at least 38 people on Tuesday, "
        "a war monitor said. "
        "In Nawa 14 civilians were killed in three raids while 20 others were injured."
    )
    assert first_toll(resources, text) == 38


def test_a_roundup_with_no_located_part_keeps_its_toll(resources: Resources) -> None:
    text = (
        "Clashes across the country killed at least 40 fighters on Sunday, the monitor said. "
        "The army said it had advanced on several fronts."
    )
    assert first_toll(resources, text) == 40


def test_a_toll_over_several_days_stands(resources: Resources) -> None:
    # A few days' toll of one offensive is the incident's toll; its parts are details.
    text = (
        "Russian air raids on militant positions in Homs province have killed over 90 "
        "fighters in the past 48 hours, a military source said. "
        "Over 20 fighters were killed in raids on Nawa, the source added."
    )
    assert first_toll(resources, text) == 90
