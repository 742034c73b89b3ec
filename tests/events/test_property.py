from __future__ import annotations

from builders import events_of

from newsift.events.property import spared_property
from newsift.events.weapons import Weapon
from newsift.resources import Resources

ODESA = dict(resolved="Odesa", admin1="Odesa Oblast", country="Ukraine",
             latitude=46.48, longitude=30.72)


def test_a_raid_that_burned_and_hurt_no_one_is_property_destruction() -> None:
    burned = frozenset({"raid", "village", "set", "fire", "stall"})
    assert spared_property("Attack", burned, None, 0, None) == "Looting/property destruction"
    assert spared_property("Attack", frozenset({"loot", "shop"}), None, None, 0) == (
        "Looting/property destruction")
    # a toll, or no word of one, leaves the attack an attack
    assert spared_property("Attack", burned, None, 2, None) == "Attack"
    assert spared_property("Attack", burned, None, None, None) == "Attack"
    # shots fired at positions burn nothing; a shell that spared everyone is still a shell
    fired = frozenset({"fire", "position", "grenade"})
    assert spared_property("Armed clash", fired, None, 0, 0) == "Armed clash"
    shell = Weapon("artillery", "shelling")
    assert spared_property("Shelling/artillery/missile attack", burned, shell, 0, 0) == (
        "Shelling/artillery/missile attack")


def test_settlers_burning_homes_with_no_one_hurt(resources: Resources) -> None:
    text = ("On Sunday, dozens of settlers raided a village near Odesa and set fire to three "
            "homes and two cars. No one was hurt, residents said, most families having fled "
            "after threats in March.")
    (event,) = events_of(resources, text, places={"Odesa": ODESA})
    assert event.sub_event_type == "Looting/property destruction"


def test_a_toll_sentence_is_not_dated_by_its_aside(resources: Resources) -> None:
    text = ("An armed group raided a village near Odesa on Saturday, burning market stalls. "
            "No casualties were reported, most residents having fled after threats in "
            "January.")
    (event,) = events_of(resources, text, places={"Odesa": ODESA},
                         dates={"on Saturday": "2024-03-09", "in January": "2024-01"})
    assert event.date == "2024-03-09"
    assert event.fatalities == 0
    assert event.sub_event_type == "Looting/property destruction"
