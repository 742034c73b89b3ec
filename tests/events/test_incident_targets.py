"""Targets named in other words agree; targets of other kinds tell incidents apart."""

from __future__ import annotations

import dataclasses

from newsift.events.incident_report import Report, tokens
from newsift.events.incident_targets import kinds, targets_agree, targets_conflict
from newsift.events.same_incident import match


def report(text: str, target: str | None, **changes: object) -> Report:
    base = Report(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        date="2024-09-14", date_precision="day", latitude=46.48572, longitude=30.74383,
        geo_precision=1, admin1="Odesa Oblast", country="Ukraine", actor1="Russia",
        weapon="missile", fatalities=8, tokens=tokens(text), target=target)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


WIRE = "A missile tore through a crowded supermarket in Odesa, killing eight shoppers."
PAPER = ("The toll from the bombing of a shopping centre on the edge of Odesa rose to eleven,"
         " officials said.")


def test_a_store_in_other_words_is_one_target() -> None:
    assert kinds(tokens("crowded supermarket")) == kinds(tokens("shopping centre"))
    assert targets_agree(report(WIRE, "crowded supermarket"), report(PAPER, "shopping centre"))
    jail = report("Warplanes bombed the jail.", "jail")
    assert targets_agree(jail, report("The detention centre was hit.", "detention centre"))


def test_targets_of_other_kinds_conflict_and_people_hit_do_not() -> None:
    school = report("Shells landed on a school in the east of the city.", "school")
    port = report("Missiles struck grain silos at the harbour.", "harbour")
    assert targets_conflict(school, port)
    assert not targets_agree(school, port)
    # "dozens" is who was hit, not where: no kind, no conflict.
    assert not targets_conflict(school, report("Dozens were wounded.", "dozens"))


def test_two_homes_do_not_tie_two_reports() -> None:
    assert not targets_agree(report(WIRE, "family home"), report(PAPER, "two houses"))


def test_a_rising_toll_and_one_target_join_a_next_day_report() -> None:
    first = report(WIRE, "crowded supermarket", published="2024-09-14")
    later = report(PAPER, "shopping centre", date="2024-09-15", fatalities=11,
                   sub_event_type="Shelling/artillery/missile attack", published="2024-09-15")
    assert match(first, later).ok
    # The same day and toll with a target of another kind is another incident.
    elsewhere = dataclasses.replace(later, target="kindergarten",
                                    tokens=tokens("The toll from the bombing of a"
                                                  " kindergarten in Odesa rose to eleven."))
    assert not match(first, elsewhere).ok


def test_farms_factories_and_theatres_are_kinds_of_place_too() -> None:
    farm = report("Shells hit a farm on the edge of the city, killing three workers.", "farm")
    station = report("A drone struck a petrol station on the ring road.", "petrol station")
    assert targets_conflict(farm, station)
    theatre = report("The drama theatre where hundreds sheltered was bombed.", "drama theatre")
    pool = report("A bomb fell on the swimming pool complex.", "swimming pool complex")
    assert targets_conflict(theatre, pool)


def test_a_common_word_of_a_target_does_not_name_it() -> None:
    # "the station district" names no petrol station.
    farm = report("Shelling hit a farm in the station district of the city.", "farm")
    station = report("A drone struck a petrol station on the ring road.", "petrol station")
    assert targets_conflict(farm, station)
    assert targets_conflict(station, farm)


def test_people_hit_are_placed_by_the_place_their_report_names() -> None:
    school = report("A missile hit a school on the edge of the city on Monday.", "school")
    drivers = report("Lorry drivers queuing at the fuel depot were among the dead.",
                     "lorry drivers")
    assert targets_conflict(school, drivers)
    # Where the wounded were taken, or who gave the toll, places nothing.
    told = report("Police said the wounded drivers were taken to hospital.", "drivers")
    assert not targets_conflict(school, told)
    # A report that names the school too is no conflict.
    near = report("Drivers sheltering in a school basement near the depot died.", "drivers")
    assert not targets_conflict(school, near)


def test_a_target_of_no_kind_is_read_by_its_reports_words() -> None:
    # The army names what it aimed at; the outlet names the building it stood in.
    army = report("The army said its jets struck a militant command post set up inside a"
                  " college campus.", "command post", fatalities=None)
    outlet = report("An air strike on a college sheltering displaced families killed eight.",
                    "college")
    assert targets_agree(army, outlet)
    # Where the wounded were taken says nothing of what was hit.
    ward = report("A strike hit a militant post; the wounded went to a hospital.", "post")
    assert not targets_agree(ward, report("A strike hit the hospital.", "hospital"))


def test_a_concert_and_a_celebration_are_one_kind_of_gathering() -> None:
    concert = report("Jets bombed a concert in the hills, killing dozens.", "concert")
    party = report("Bombs fell on a celebration, killing about 60.", "celebration")
    assert targets_agree(concert, party)
    assert targets_conflict(concert, report("Jets bombed a school.", "school"))
