"""Raids that harmed no one: property destroyed or taken is the incident.

ACLED codes a raid that burned homes, stalls or cars, or drove off livestock, and hurt
no one ("No casualties were reported") as looting and property destruction, not as an
attack on people. A strike from afar stays a strike, whoever it spared.
"""

from __future__ import annotations

from newsift.events.taxonomy import from_afar
from newsift.events.weapons import Weapon

# Words of burning or taking what belongs to someone ("fire" only as "set fire": fired
# shots burn nothing).
WRECKING = frozenset(
    {"burn", "torch", "arson", "ablaze", "loot", "looting", "plunder", "pillage",
     "ransack", "rob", "steal", "vandalise", "vandalize", "incendiary"}
)  # fmt: skip
# Sub-event types a raid on property may have been read as.
HARM_TYPES = frozenset({"Attack", "Armed clash", "Shelling/artillery/missile attack"})


def spared_property(
    sub_event_type: str,
    words: frozenset[str],
    weapon: Weapon | None,
    fatalities: int | None,
    injured: int | None,
) -> str:
    """"Looting/property destruction" for a raid that states no one was killed or hurt
    and burned or took property; every other type as it was."""
    wrecked = words & WRECKING or {"set", "fire"} <= words
    if sub_event_type not in HARM_TYPES or not wrecked:
        return sub_event_type
    if from_afar(weapon):
        return sub_event_type
    stated = [figure for figure in (fatalities, injured) if figure is not None]
    if not stated or any(stated):
        return sub_event_type  # a toll, or nothing said of one
    return "Looting/property destruction"
