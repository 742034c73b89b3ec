"""Who did the violence and to whom, as the words of an incident tell it: men on the
ground or a strike from afar, armed men or a crowd, armed or unarmed victims. The
sub-event rules of :mod:`newsift.events.taxonomy` ask these questions of an incident's
:class:`Roles` (from the parse) and its words.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsift.events.type_words import (
    AIRBORNE,
    ARMED_FOES,
    ARMED_PEOPLE,
    ARMED_SITES,
    BRAWLERS,
    CLOSE_ATTACK,
    CROWDS,
    GROUND_ATTACKERS,
    GROUND_FORCES,
    MOB_DEEDS,
    MOB_PEOPLE,
    PERSONS,
    REMOTE_WORDS,
    UNARMED_PEOPLE,
)
from newsift.events.weapons import Weapon


@dataclass(frozen=True)
class Roles:
    """Lemmas of who acted and who was hit, where the parse tells them apart."""

    attackers: frozenset[str]
    victims: frozenset[str]
    # what an attack, raid or assault was made on ("attacked civilians")
    attacked: frozenset[str] = frozenset()



# Strike verbs that say nothing of the means: men on the ground "strike" a village too.
PLAIN_STRIKES = frozenset({"strike", "struck", "hit"})


def close_attack(lemmas: frozenset[str], roles: Roles | None) -> bool:
    """An attack by armed men on the ground: "gunmen attacked the village", "soldiers
    attacked students". An "attack on a warehouse" with no one named doing it is,
    in war reporting, a strike."""
    if not lemmas & CLOSE_ATTACK:
        # "Gunmen struck the village, killing nine": irregulars strike on the ground.
        plain = bool(lemmas & PLAIN_STRIKES) and not lemmas & (REMOTE_WORDS - PLAIN_STRIKES)
        return plain and roles is not None and bool(roles.attackers & GROUND_ATTACKERS)
    if lemmas & REMOTE_WORDS:
        # "Armed men attacked the villages ... the attackers struck at 11 p.m.": a strike
        # verb said of men on the ground, with no shelling, bombing or blast told.
        ground = roles is not None and bool(roles.attackers & GROUND_ATTACKERS)
        return ground and not lemmas & (REMOTE_WORDS - PLAIN_STRIKES)
    if roles is None or not roles.attackers:  # no subject in the parse: any word says it
        return bool(lemmas & GROUND_ATTACKERS or roles and roles.attacked & PERSONS)
    return bool(roles.attackers & GROUND_ATTACKERS or roles.attacked & PERSONS)


def ground_raid(lemmas: frozenset[str], roles: Roles | None) -> bool:
    """A raid or storming by troops or police, with no aircraft named: an operation on the
    ground, though "raid" alone in war reports is as often an air raid."""
    if roles is None or not roles.attackers & GROUND_FORCES or lemmas & AIRBORNE:
        return False
    return bool(lemmas & {"raid", "storm"})


def brawl(weapon: Weapon | None, roles: Roles | None) -> bool:
    """Did unarmed crowds do the fighting (students, supporters), with no weapon of war?"""
    if roles is None or not roles.attackers & BRAWLERS or roles.attackers & ARMED_PEOPLE:
        return False
    return weapon is None or weapon.kind == "riot" or weapon.name in {"knife", "machete", "axe"}


def mob(actions: frozenset[str], weapon: Weapon | None, roles: Roles | None) -> bool:
    """Did civilians (villagers, residents, a crowd) do the violence, by hand?"""
    if roles is None or not roles.attackers & CROWDS:
        return False
    if roles.attackers & (ARMED_PEOPLE | GROUND_ATTACKERS | GROUND_FORCES):
        return False  # "local fighters", "residents and militiamen": armed men fought
    by_hand = weapon is None or weapon.kind == "ground"
    return by_hand and bool(actions & {"harm", "execute", "strike"})


def by_mob(lemmas: frozenset[str], roles: Roles | None) -> bool:
    """Was the violence a mob's: a lynching, or a mob or vigilantes doing it? A gang's
    attack on residents "who had backed a vigilante group" is the gang's, so mob words
    count as people only where they did the deed, when the parse says who did."""
    if lemmas & MOB_DEEDS:
        return True
    if roles is not None and roles.attackers:
        return bool(roles.attackers & MOB_PEOPLE)
    return bool(lemmas & MOB_PEOPLE)


def unarmed_victims(lemmas: frozenset[str], civilian_victims: bool, roles: Roles | None) -> bool:
    """Were the people hit unarmed? Civilians named and no armed side hit or fighting.

    With the parse's victims, an armed one among them says no. Without it, soldiers
    named may be the attackers ("soldiers opened fire on a car"): only armed places
    (a patrol, a checkpoint) say no, or soldiers where no civilian victim is known."""
    if roles is not None and roles.victims:
        hit = roles.victims
        named = civilian_victims or bool(hit & UNARMED_PEOPLE) or any(map(occupation, hit))
        return named and not hit & ARMED_PEOPLE
    if lemmas & ARMED_SITES or lemmas & ARMED_PEOPLE and not civilian_victims:
        return False
    return civilian_victims or bool(lemmas & UNARMED_PEOPLE)


# Endings of nouns for what a person does ("presenter", "lawyer", "florist", "musician"):
# no list of occupations is ever complete, and an armed one is named as such.
TRADE_ENDINGS = ("er", "or", "ist", "ian", "ant")
NOT_TRADES = ARMED_PEOPLE | GROUND_ATTACKERS | ARMED_FOES | frozenset(
    {"member", "leader", "commander", "sergeant", "major", "sniper", "gunner", "trooper",
     "mercenary", "defender", "bomber", "partisan", "combatant", "shooter", "ranger",
     "rioter", "looter", "invader", "occupier", "operator", "terrorist", "extremist",
     "separatist", "islamist", "loyalist", "secessionist", "guerrilla",
     # things named like trades: what is fired, flown or hit
     "launcher", "helicopter", "tanker", "carrier", "container", "trailer", "shelter",
     "reactor", "generator", "transformer", "computer", "monitor", "destroyer", "cruiser",
     "interceptor", "transporter", "loader", "excavator", "tractor", "bunker", "barrier",
     "tower", "center", "border", "corner", "water", "power", "order", "quarter", "sector",
     "corridor", "number", "river", "counter"}
)  # fmt: skip


def occupation(lemma: str) -> bool:
    """A noun for a person by their trade or pursuit, not an armed one (see above)."""
    return lemma.endswith(TRADE_ENDINGS) and len(lemma) > 5 and lemma not in NOT_TRADES
