"""Actor names normalised the way event datasets code them."""

from __future__ import annotations

import pytest

from newsift.events.actors import (
    Actors,
    attack_by_ground,
    civilians_of,
    country_of,
    incident_actors,
    named_first,
    normalise_actor,
    strike_by,
    with_country,
)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Russian forces", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Ukrainian military forces", "Ukraine"),
        ("NAF forces supported by Russian forces", "NAF"),
        ("the Islamic State group", "Islamic State"),
        ("IS fighters", "Islamic State"),
        ("U.S. warplanes", "United States"),
    ],
)
def test_normalise_actor(text: str, actor: str) -> None:
    assert normalise_actor(text) == actor


def test_unknown_words_and_lower_case_is_are_no_actor() -> None:
    assert normalise_actor("the petrol station") is None
    assert normalise_actor("it is what it is") is None


def test_civilians_and_countries() -> None:
    assert civilians_of("Ukraine") == "Civilians (Ukraine)"
    assert civilians_of(None) == "Civilians"
    assert country_of("Ukrainian") == "Ukraine"
    assert country_of("Kharkiv") is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("RSF fighters", "Rapid Support Forces"),
        ("the Rapid Support Forces", "Rapid Support Forces"),
        ("JNIM militants", "JNIM"),
        ("M23 rebels", "M23"),
        ("the Pakistani Taliban", "TTP"),
        ("Taliban fighters", "Taliban"),
        ("Sudanese troops", "Sudan"),
        ("the Malian army", "Mali"),
        ("Israeli jets", "Israel"),
        ("Nigerian police", "Nigeria"),
        ("the Burkinabe armed forces", "Burkina Faso"),
    ],
)
def test_groups_and_state_forces_of_any_country(text: str, actor: str) -> None:
    assert normalise_actor(text) == actor


def test_unnamed_armed_people_crowds_and_militias_are_named_by_country() -> None:
    assert normalise_actor("unknown gunmen", "Nigeria") == "Unidentified Armed Group (Nigeria)"
    assert normalise_actor("armed men on motorbikes") == "Unidentified Armed Group"
    assert normalise_actor("hundreds of demonstrators", "Kenya") == "Protesters (Kenya)"
    assert normalise_actor("an angry mob") == "Rioters"
    assert normalise_actor("Fulani militiamen", "Mali") == "Fulani Militia (Mali)"
    assert normalise_actor("security forces", "Chad") == "Chad"
    assert normalise_actor("security forces") is None
    # A nationality on people who are no force is no state actor.
    assert normalise_actor("Sudanese refugees") is None


def test_acled_actor_conventions_by_sub_event_type() -> None:
    protest = incident_actors("Excessive force against protesters", "Kenya", "Kenya", False)
    assert protest == Actors("Protesters (Kenya)", None)
    met = incident_actors("Protest with intervention", "Unidentified Armed Group", "Kenya", False)
    assert met == Actors("Protesters (Kenya)", "Unidentified Armed Group (Kenya)")
    assert incident_actors("Mob violence", None, "Nigeria", False).actor1 == "Rioters (Nigeria)"
    attack = incident_actors("Attack", "Unidentified Armed Group", "Nigeria", True)
    assert attack == Actors("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    assert incident_actors("Arrests", "Nigeria", "Nigeria", True) == Actors("Nigeria", None)
    assert with_country("Rapid Support Forces", "Sudan") == "Rapid Support Forces"
    assert country_of("Malian") == "Mali"


def test_a_group_named_anywhere_in_the_incident_beats_a_generic_actor() -> None:
    assert named_first([None, "Rebels", "ADF"]) == "ADF"
    assert named_first(["Unidentified Armed Group", "Rapid Support Forces"]) == (
        "Rapid Support Forces"
    )
    assert named_first(["Rebels", None]) == "Rebels"
    assert named_first([None, None]) is None


def test_armed_herders_are_a_communal_militia() -> None:
    assert normalise_actor("suspected herdsmen", "Nigeria") == (
        "Unidentified Communal Militia (Nigeria)"
    )


def test_a_strike_with_no_weapon_named_is_typed_by_who_struck() -> None:
    shelling, air = "Shelling/artillery/missile attack", "Air/drone strike"
    # "A US strike on a militia depot": that state's strikes come from the air.
    assert strike_by(shelling, False, "United States") == air
    # Ukraine's and Russia's are mostly missiles and shells; a named weapon decides.
    assert strike_by(shelling, False, "Russia") == shelling
    assert strike_by(shelling, True, "United States") == shelling
    assert strike_by("Armed clash", False, "Israel") == "Armed clash"


def test_an_attack_on_civilians_with_no_means_is_on_the_ground_outside_remote_wars() -> None:
    shelling = "Shelling/artillery/missile attack"
    words = frozenset({"attack", "village", "resident"})
    assert attack_by_ground(shelling, False, "Nigeria", words, True) == "Attack"
    # where wars are fought from afar, or a strike or a weapon is named, it stays
    assert attack_by_ground(shelling, False, "Ukraine", words, True) == shelling
    assert attack_by_ground(shelling, False, "Nigeria", words | {"bomb"}, True) == shelling
    assert attack_by_ground(shelling, True, "Nigeria", words, True) == shelling
    assert attack_by_ground(shelling, False, "Nigeria", words, False) == shelling
