"""The ACLED table and the action/weapon rules that choose a sub-event type."""

from __future__ import annotations

from newsift.events.taxonomy import EVENT_TYPES, EventClass, Weapon, classify, find_weapon, is_valid

DRONE = Weapon("drone", "air")
MISSILE = Weapon("missile", "shelling")


def test_table_holds_the_six_acled_event_types() -> None:
    assert [name for name, _ in EVENT_TYPES] == [
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    ]
    assert is_valid("Explosions/Remote violence", "Air/drone strike")
    assert not is_valid("Battles", "Air/drone strike")


def test_longest_weapon_phrase_wins() -> None:
    found = find_weapon(["russia", "launch", "seven", "guided", "bomb", "in", "the", "district"])
    assert found is not None
    assert found[1].name == "guided bomb"
    assert find_weapon(["a", "strike", "kill", "three", "people"]) is None


def test_weapon_decides_between_air_strike_and_shelling() -> None:
    strike = frozenset({"strike", "harm"})
    assert classify(strike, DRONE).sub_event_type == "Air/drone strike"
    assert classify(strike, MISSILE).sub_event_type == "Shelling/artillery/missile attack"


def test_interception_is_disrupted_weapons_use_unless_people_died() -> None:
    assert classify(frozenset({"intercept"}), DRONE) == EventClass(
        "Strategic developments", "Disrupted weapons use"
    )
    assert classify(frozenset({"intercept", "harm"}), DRONE, casualties=True).sub_event_type != (
        "Disrupted weapons use"
    )


def test_strike_that_kills_civilians_stays_a_strike() -> None:
    kind = classify(frozenset({"strike", "harm"}), MISSILE, civilian_victims=True)
    assert kind.event_type == "Explosions/Remote violence"


def test_other_actions_map_to_their_sub_types() -> None:
    assert classify(frozenset({"clash"}), None).sub_event_type == "Armed clash"
    assert classify(frozenset({"regain"}), None).sub_event_type == "Government regains territory"
    assert classify(frozenset({"capture"}), None).sub_event_type == (
        "Non-state actor overtakes territory"
    )
    assert classify(frozenset({"abduct"}), None).sub_event_type == (
        "Abduction/forced disappearance"
    )
    assert classify(frozenset({"protest"}), None).sub_event_type == "Peaceful protest"
    assert classify(frozenset({"protest", "arrest"}), None).sub_event_type == (
        "Protest with intervention"
    )
    assert classify(frozenset({"arrest"}), None).sub_event_type == "Arrests"
    shelled = classify(frozenset({"strike"}), None, frozenset({"shell"}))
    assert shelled.sub_event_type == "Shelling/artillery/missile attack"


def test_every_class_returned_is_in_the_table() -> None:
    for actions in ({"strike"}, {"harm"}, {"shoot"}, {"loot"}, {"withdraw"}, {"riot"}, set()):
        kind = classify(frozenset(actions), None)
        assert is_valid(kind.event_type, kind.sub_event_type)
