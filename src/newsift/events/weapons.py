"""The means of attack a text names, and which one decides an incident's type.

ACLED's strike sub-types follow the weapon, not the verb: a drone or a bomb dropped from
aircraft is an air strike, a shell, rocket or missile is shelling, a mine or a car bomb
is a remote explosive. Small arms and blades are ground violence: they make a clash or
an attack on civilians, never a remote strike.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Weapon:
    name: str  # the short phrase written to Event.weapon
    # "air" | "shelling" | "explosive" | "chemical" | "suicide" | "grenade", remote weapons;
    # "ground" (guns and blades) and "riot" (tear gas, rubber bullets) are used at close range
    kind: str
    # Named by the form of the attack ("airstrike", "air raid"), not by what was fired.
    generic: bool = field(default=False, compare=False)


# Words for an attack from the air that do not say what was fired: news calls missile
# barrages "airstrikes" and "air raids" too (see :func:`deciding_weapon`).
GENERIC_AIR = frozenset(
    {"airstrike", "air strike", "air raid", "air force", "aerial", "air - strike"}
)
# Words after a weapon that make it a warning or a place, not the means of an attack.
NOT_MEANS = frozenset({"alarm", "alert", "siren", "warning", "shelter", "defence", "defense"})
# Words beside "mine" that make it a pit, not a charge: "coal mines", "the mine shaft".
PITS_BEFORE = frozenset(
    {"coal", "gold", "copper", "salt", "iron", "diamond", "uranium", "lithium", "cobalt",
     "tin", "silver", "jade", "artisanal", "opencast"}
)  # fmt: skip
PITS_AFTER = frozenset({"worker", "shaft", "site", "owner", "company", "operator", "pit"})
# Words after "chemical" that make it an industry, not a weapon: "a chemical plant was
# shelled", "a chemical spill".
WORKS_AFTER = frozenset(
    {"plant", "factory", "works", "company", "industry", "facility", "warehouse", "depot",
     "storage", "tank", "enterprise", "complex", "firm", "spill", "leak", "fire", "worker"}
)  # fmt: skip
# Prefixes that make a weapon what was defended against: "anti-aircraft guns shot down a
# missile" names the missile as the means, the aircraft as nobody's.
AGAINST = frozenset({"anti", "counter"})


# Lemma sequences (lower case) naming a weapon, longest first so "guided bomb" beats "bomb".
WEAPONS: tuple[tuple[tuple[str, ...], Weapon], ...] = tuple(
    sorted(
        (
            (tuple(phrase.split()), Weapon(name, kind, phrase in GENERIC_AIR))
            for phrase, name, kind in (
                ("guide bomb", "guided bomb", "air"), ("guided bomb", "guided bomb", "air"),
                ("glide bomb", "glide bomb", "air"), ("aerial bomb", "aerial bomb", "air"),
                ("air bomb", "aerial bomb", "air"), ("barrel bomb", "barrel bomb", "air"),
                ("cluster bomb", "cluster bomb", "air"), ("drone", "drone", "air"),
                ("shahed", "drone", "air"), ("uav", "drone", "air"),
                ("kamikaze drone", "drone", "air"), ("quadcopter", "drone", "air"),
                ("warplane", "aircraft", "air"), ("aircraft", "aircraft", "air"),
                ("jet", "aircraft", "air"), ("fighter jet", "aircraft", "air"),
                ("helicopter", "helicopter", "air"), ("airstrike", "aircraft", "air"),
                ("air strike", "aircraft", "air"), ("air raid", "aircraft", "air"),
                ("air force", "aircraft", "air"), ("aerial", "aircraft", "air"),
                ("gunship", "helicopter", "air"), ("air - strike", "aircraft", "air"),
                ("missile", "missile", "shelling"),
                ("cruise missile", "cruise missile", "shelling"),
                ("ballistic missile", "ballistic missile", "shelling"),
                ("rocket", "rocket", "shelling"), ("artillery", "artillery", "shelling"),
                ("mortar", "mortar", "shelling"), ("shell", "artillery", "shelling"),
                ("shelling", "artillery", "shelling"), ("howitzer", "artillery", "shelling"),
                ("mlrs", "rocket", "shelling"), ("grad", "rocket", "shelling"),
                ("himars", "rocket", "shelling"), ("iskander", "missile", "shelling"),
                ("kalibr", "cruise missile", "shelling"), ("s-300", "missile", "shelling"),
                ("tank", "tank", "shelling"), ("rpg", "grenade launcher", "shelling"),
                ("mine", "landmine", "explosive"), ("landmine", "landmine", "explosive"),
                ("ied", "IED", "explosive"), ("car bomb", "car bomb", "explosive"),
                ("explosive device", "explosive device", "explosive"),
                ("explosive", "explosive device", "explosive"),
                ("roadside bomb", "roadside bomb", "explosive"),
                ("booby trap", "explosive device", "explosive"),
                ("bomb", "bomb", "explosive"), ("tripwire", "explosive device", "explosive"),
                ("chemical", "chemical weapon", "chemical"), ("chlorine", "chlorine", "chemical"),
                ("sarin", "sarin", "chemical"), ("toxic gas", "toxic gas", "chemical"),
                ("poison gas", "toxic gas", "chemical"), ("nerve agent", "nerve agent", "chemical"),
                ("mustard gas", "toxic gas", "chemical"),
                ("mustard agent", "toxic gas", "chemical"),
                ("nerve gas", "nerve agent", "chemical"),
                ("toxic agent", "toxic gas", "chemical"), ("phosgene", "toxic gas", "chemical"),
                # A bomber who dies with the charge, however the outlet names him or it.
                ("suicide attacker", "suicide bomb", "suicide"),
                ("suicide car bomber", "suicide bomb", "suicide"),
                ("suicide truck bomb", "suicide bomb", "suicide"),
                ("suicide belt", "suicide bomb", "suicide"),
                ("explosive vest", "suicide bomb", "suicide"),
                ("explosive belt", "suicide bomb", "suicide"),
                ("blow himself up", "suicide bomb", "suicide"),
                ("blow herself up", "suicide bomb", "suicide"),
                ("blow themselves up", "suicide bomb", "suicide"),
                ("suicide bomber", "suicide bomb", "suicide"),
                ("suicide bombing", "suicide bomb", "suicide"),
                ("suicide attack", "suicide bomb", "suicide"),
                ("suicide vest", "suicide bomb", "suicide"),
                ("suicide bomb", "suicide bomb", "suicide"),
                ("suicide car bomb", "suicide bomb", "suicide"),
                ("grenade", "grenade", "grenade"), ("hand grenade", "grenade", "grenade"),
                ("grenade launcher", "grenade launcher", "shelling"),
                ("small arm", "small arms", "ground"), ("small arms", "small arms", "ground"),
                ("machine gun", "machine gun", "ground"), ("machinegun", "machine gun", "ground"),
                ("heavy machinegun", "machine gun", "ground"), ("rifle", "rifle", "ground"),
                ("firearm", "firearm", "ground"),
                ("pistol", "firearm", "ground"), ("live ammunition", "firearm", "ground"),
                ("live bullet", "firearm", "ground"), ("live round", "firearm", "ground"),
                ("kalashnikov", "rifle", "ground"), ("ak-47", "rifle", "ground"),
                ("knife", "knife", "ground"), ("machete", "machete", "ground"),
                ("axe", "axe", "ground"),
                ("bullet", "firearm", "ground"), ("gunshot", "firearm", "ground"),
                ("tear gas", "tear gas", "riot"), ("teargas", "tear gas", "riot"),
                ("rubber bullet", "rubber bullets", "riot"),
                ("water cannon", "water cannon", "riot"),
                ("stun grenade", "stun grenade", "riot"), ("baton", "batons", "riot"),
                # What rioters throw: a crowd's weapons, not an armed group's bombs.
                ("petrol bomb", "petrol bombs", "riot"),
                ("molotov cocktail", "petrol bombs", "riot"),
            )
        ),
        key=lambda item: -len(item[0]),
    )
)  # fmt: skip


def _by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], Weapon], ...]]:
    table: dict[str, list[tuple[tuple[str, ...], Weapon]]] = {}
    for phrase, weapon in WEAPONS:  # longest first within each word, as in WEAPONS
        table.setdefault(phrase[0], []).append((phrase, weapon))
    return {word: tuple(entries) for word, entries in table.items()}


# WEAPONS by the phrase's first lemma: each position of a sentence tries only its own.
BY_FIRST_WORD = _by_first_word()


def find_weapon(lemmas: list[str]) -> tuple[int, Weapon] | None:
    """The first weapon named in ``lemmas`` (lower case) and the index where it starts."""
    found = find_weapons(lemmas)
    return found[0] if found else None


def find_weapons(lemmas: list[str]) -> list[tuple[int, Weapon]]:
    """Every weapon named in ``lemmas``, in order, longest phrase first at each position."""
    found: list[tuple[int, Weapon]] = []
    index = 0
    while index < len(lemmas):
        word = lemmas[index]
        if word not in BY_FIRST_WORD and word.endswith("s"):
            # "Rockets slammed into ...": a plural the tagger took for a name keeps its "s".
            word = word[:-1]
        for phrase, weapon in BY_FIRST_WORD.get(word, ()):
            if (word, *lemmas[index + 1 : index + len(phrase)]) == phrase:
                after = lemmas[index + len(phrase)] if index + len(phrase) < len(lemmas) else ""
                # a pit, a chemical works, or a word saying what kind another weapon is
                # ("an explosive grenade", "explosive drones"), not a weapon of its own
                other = phrase == ("mine",) and _a_pit(lemmas, index, after)
                other = other or phrase == ("chemical",) and after in WORKS_AFTER
                other = other or phrase == ("explosive",) and after.rstrip("s") in BY_FIRST_WORD
                # "an air raid alarm", "missile defence"; "anti-aircraft", "anti - tank"
                if after not in NOT_MEANS and not _defended_against(lemmas, index) and not other:
                    found.append((index, weapon))
                index += len(phrase) - 1
                break
        index += 1
    return found


def _a_pit(lemmas: list[str], index: int, after: str) -> bool:
    return (index > 0 and lemmas[index - 1] in PITS_BEFORE) or after in PITS_AFTER


def _defended_against(lemmas: list[str], index: int) -> bool:
    before = lemmas[max(0, index - 2) : index]
    return bool(before) and (before[-1] in AGAINST or before[-1] == "-" and before[0] in AGAINST)


# When a report names several weapons, the one that decides the sub-event type: gas
# makes a chemical attack, a suicide bomber beats the car he drove, small arms make
# ground fighting (ACLED codes "fired mortars and small arms at positions" as a clash),
# aircraft beat artillery. Tear gas and rubber bullets decide nothing but a protest's.
# Names of a charge that say nothing of what it was: a grenade named beside them is it.
VAGUE_CHARGES = frozenset({"explosive device", "bomb"})
KIND_PRIORITY = (
    "chemical", "suicide", "ground", "air", "shelling", "explosive", "grenade", "riot",
)


def deciding_weapon(weapons: list[Weapon]) -> Weapon | None:
    """The weapon that decides the type (:data:`KIND_PRIORITY`), first named among equals.

    A missile or rocket named beside a generic air word ("the airstrikes", "an air raid")
    is what was fired: ACLED codes missile attacks as shelling whatever launched them,
    while a named drone, bomb or aircraft keeps the strike an air strike."""
    if any(w.kind == "grenade" for w in weapons):
        # "threw an explosive device ... the grenade": the generic word names the grenade
        weapons = [w for w in weapons if not (w.kind == "explosive" and w.name in VAGUE_CHARGES)]
    ranked = sorted(enumerate(weapons), key=lambda item: (KIND_PRIORITY.index(item[1].kind),
                                                          item[0]))  # fmt: skip
    if not ranked:
        return None
    first = ranked[0][1]
    if first.generic and all(w.generic for w in weapons if w.kind == "air"):
        fired = [w for w in weapons if w.name.endswith(("missile", "rocket"))]
        if fired:
            return fired[0]
    return first
