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
