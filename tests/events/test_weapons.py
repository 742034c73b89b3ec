"""The means of attack named in a text, and which one decides the type."""

from __future__ import annotations

from newsift.events.weapons import Weapon, deciding_weapon, find_weapons


def _kinds(words: str) -> list[str]:
    return [weapon.kind for _, weapon in find_weapons(words.split())]


def test_close_range_and_crowd_control_weapons_are_found() -> None:
    assert _kinds("police fire tear gas and rubber bullet") == ["riot", "riot"]
    assert _kinds("kill with machete and knife") == ["ground", "ground"]
    assert _kinds("fire live ammunition") == ["ground"]
    assert _kinds("a suicide car bomb explode") == ["suicide"]


def test_small_arms_decide_a_fight_and_crowd_weapons_decide_nothing_else() -> None:
    rifle, mortar = Weapon("rifle", "ground"), Weapon("mortar", "shelling")
    assert deciding_weapon([mortar, rifle]) == rifle
    gas = Weapon("tear gas", "riot")
    assert deciding_weapon([gas, mortar]) == mortar
    assert deciding_weapon([]) is None


def _deciding(words: str) -> str | None:
    weapon = deciding_weapon([w for _, w in find_weapons(words.split())])
    return weapon.name if weapon else None


def test_a_missile_named_beside_a_generic_air_word_decides() -> None:
    assert _deciding("the airstrike hit a depot with two cruise missile") == "cruise missile"
    assert _deciding("an air raid on the port , with rocket fire") == "rocket"
    assert _deciding("an airstrike hit a depot") == "aircraft"


def test_a_named_drone_or_bomb_keeps_an_air_strike() -> None:
    assert _deciding("a drone and a missile hit the city") == "drone"
    assert _deciding("an airstrike with guide bomb , then missile") == "aircraft"


def test_an_air_raid_alarm_is_no_weapon() -> None:
    assert _kinds("the air raid alarm sound before missile hit") == ["shelling"]
    assert _kinds("missile defence intercept a drone") == ["air"]


def test_a_weapon_defended_against_is_not_the_means() -> None:
    # "Anti-aircraft guns downed a rocket": the rocket was fired, no aircraft was.
    assert _deciding("airstrike hit the depot ; anti - aircraft gun down a rocket") == "rocket"
    assert _kinds("counter - drone system and anti - tank mine") == ["explosive"]
    # the missile that was fired, not the tank it was made against
    assert _deciding("an anti tank missile hit") == "missile"


def test_a_pit_named_a_mine_is_no_weapon() -> None:
    assert _kinds("gunman raid two coal mine in the hill") == []
    assert _kinds("the mine worker flee") == []
    assert _kinds("a mine explode under the bus") == ["explosive"]


def test_a_plural_the_tagger_left_unlemmatised_is_still_the_weapon() -> None:
    # "Rockets slammed into ..." at the head of a sentence is read as a name, "rockets".
    assert _kinds("rockets slam into the camp") == _kinds("rocket slam into the camp") != []
    assert _kinds("the towns") == []


def test_a_chemical_works_is_no_chemical_weapon() -> None:
    assert _kinds("hit a chemical plant near the river") == []
    assert _kinds("a chemical spill follow the strike") == []
    assert _kinds("drop chemical weapon on the town") == ["chemical"]
    assert _kinds("a chemical attack kill 40") == ["chemical"]


def test_a_bomber_named_by_his_vest_or_his_death_and_a_gas_by_its_agent() -> None:
    assert _kinds("a suicide attacker ram a car into the gate") == ["suicide"]
    assert _kinds("a man blow himself up at the checkpoint") == ["suicide"]
    assert _kinds("shell contain mustard agent") == ["shelling", "chemical"]
    assert _deciding("shell contain mustard agent") == "toxic gas"


def test_explosive_before_another_weapon_says_what_kind_it_is() -> None:
    assert _deciding("throw an explosive grenade into the bar") == "grenade"
    assert _deciding("an explosive device go off by the road") == "explosive device"


def test_a_grenade_named_beside_a_vague_charge_is_the_charge() -> None:
    # "an explosive device ... police said it was a grenade"
    assert _deciding("throw an explosive device at the bar it be a grenade") == "grenade"
    # a car bomb is no grenade, whatever else was thrown
    assert _deciding("a car bomb and a grenade") == "car bomb"


def test_rioters_petrol_bombs_are_a_crowds_weapons() -> None:
    assert _kinds("youth hurl petrol bomb at police") == ["riot"]
