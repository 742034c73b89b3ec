"""The ACLED class of an incident told by one or more sentences.

:func:`classify_incident` is what an incident model calls once it knows which sentences
tell one incident: it reads their triggers (:func:`newsift.events.cues.incident_triggers`,
as the events stage does), weapons, victims and toll, lets the
rules of :mod:`newsift.events.taxonomy` decide by the means of attack, and lets the
learned layer (:mod:`newsift.events.classifier`) choose where the rules leave the choice
open. :func:`type_inputs` gives the same inputs to the training script.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsift.events.casualties import casualties, civilian_words
from newsift.events.cues import incident_triggers
from newsift.events.recalled_clauses import without_recalled
from newsift.events.taxonomy import EventClass, Roles, classify, find_weapon
from newsift.events.type_words import CIVILIAN_VEHICLE, SHOOT_WORDS
from newsift.events.weapons import Weapon, deciding_weapon, find_weapons
from newsift.text.numbers import parse_count

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass(frozen=True)
class TypeInputs:
    actions: frozenset[str]
    weapon: Weapon | None
    lemmas: frozenset[str]  # of every sentence of the incident, lower case
    civilian: bool
    casualties: bool
    roles: Roles = Roles(frozenset(), frozenset())


def type_inputs(sentences: Sequence[SpacySpan]) -> TypeInputs:
    """What the typing rules and model read from the sentences of one incident."""
    actions: set[str] = set()
    lemmas: set[str] = set()
    weapons: list[Weapon] = []
    civilian = harmed = False
    roles: list[Roles] = []
    for sentence in sentences:
        triggers = incident_triggers(sentence)  # as the events stage reads them
        sentence_lemmas = [token.lemma_.lower() for token in sentence]
        own = without_recalled(sentence, sentence_lemmas)  # not an incident recalled
        actions |= {action for _, action in triggers}
        lemmas |= set(sentence_lemmas) | {token.lower_ for token, _ in triggers}
        weapons += [weapon for _, weapon in find_weapons(own)]
        fatalities, injured, victims = casualties(sentence)
        harmed = harmed or bool(fatalities or injured)
        civilian = civilian or civilian_words(sentence, victims)
        roles.append(trigger_roles(triggers, victims))
    return TypeInputs(
        frozenset(actions), deciding_weapon(weapons), frozenset(lemmas), civilian, harmed,
        joined_roles(roles),
    )  # fmt: skip


def trigger_roles(triggers: Sequence[tuple[Token, str]], victims: Sequence[Token]) -> Roles:
    """Who did what one sentence's triggers tell, and to whom (victims of its toll too)."""
    attackers: set[str] = set()
    hit = {victim.lemma_.lower() for victim in victims} | _members_of(victims)
    attacked: set[str] = set()
    for token, action in triggers:
        doers, done_to = _parties(token)
        attackers |= doers
        hit |= done_to
        if action in {"strike", "clash"}:
            attacked |= done_to
    # "killed six at a wedding": a bare number names no one, nor does a word that counts
    # the hit (a note closing on its count of fatalities).
    hit = {word for word in hit if parse_count(word) is None and word not in COUNTS}
    return Roles(frozenset(attackers), frozenset(hit), frozenset(attacked))


# Nouns a toll hangs on that name no one: "the death toll ... has risen to 52".
COUNTS = frozenset({"toll", "number", "figure", "count", "tally", "fatality", "casualty",
                    "death", "injury", "dead", "loss"})  # fmt: skip


def _members_of(victims: Sequence[Token]) -> set[str]:
    """Who the victims were members of: "four members of one family" were of a family,
    "two members of an armed group" of a group; "members" alone says neither."""
    return {
        obj.lemma_.lower()
        for victim in victims
        if victim.lemma_.lower() == "member"
        for prep in victim.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    }


def joined_roles(roles: Sequence[Roles]) -> Roles:
    """The roles of an incident told by several sentences."""
    return Roles(
        frozenset().union(*(r.attackers for r in roles)),
        frozenset().union(*(r.victims for r in roles)),
        frozenset().union(*(r.attacked for r in roles)),
    )


def _parties(trigger: Token) -> tuple[set[str], set[str]]:
    """Lemmas of who did what a trigger verb says (its subject, or the "by" agent of a
    passive) and of whom it was done to (object, passive subject); a verb joined to
    another ("beat and killed") shares that one's subject."""
    if trigger.pos_ == "NOUN":
        # "attacks by gunmen on villages": the agent after "by", the attacked after "on".
        preps = [c for c in trigger.children if c.dep_ == "prep"]
        by = {w.lemma_.lower() for p in preps if p.lower_ == "by"
              for o in p.children if o.dep_ == "pobj" for w in o.subtree if w.pos_ in WORDS}
        on = {_hit_lemma(o) for p in preps if p.lower_ in {"on", "against"}
              for o in p.children if o.dep_ == "pobj"}  # fmt: skip
        return by, on
    if trigger.pos_ != "VERB":
        return set(), set()
    children = list(trigger.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    subjects += [p for c in children if c.dep_ == "agent" for p in c.children]
    if not subjects and trigger.dep_ == "conj":
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    # The whole subject phrase: "armed men", "an unidentified armed group".
    doers = {w.lemma_.lower() for s in subjects for w in s.subtree if w.pos_ in WORDS}
    done_to = {_hit_lemma(c) for c in children if c.dep_ in {"dobj", "nsubjpass"}}
    # "shot at a car", "fired on a bus", "fired live rounds at a car": what the shots were
    # aimed at, named right after the verb or its shots (not "shot a man at a checkpoint",
    # nor "on Monday").
    shots = [c.right_edge.i for c in children if c.dep_ == "dobj" and _shots(c)]
    done_to |= {_hit_lemma(o) for p in children
                if p.dep_ == "prep" and p.lower_ in AIMED_AT and p.i - 1 in [trigger.i, *shots]
                for o in p.children if o.dep_ == "pobj" and not o.ent_type_}
    return doers, done_to


AIMED_AT = frozenset({"at", "on", "upon"})
SHOTS = SHOOT_WORDS | {"round", "bullet", "ammunition"}


def _shots(noun: Token) -> bool:
    """Shots or a weapon fired: "fired live rounds", "fired a rocket"."""
    lemma = noun.lemma_.lower()
    return lemma in SHOTS or find_weapon([lemma]) is not None


# Words that make a convoy or a vehicle civilian: "an aid convoy", "a relief lorry", "a
# commercial truck", "a passenger bus".
CIVILIAN_MARKS = frozenset(
    {"humanitarian", "aid", "relief", "civilian", "evacuation", "food", "commercial",
     "passenger", "private", "public", "cargo", "delivery"}
)  # fmt: skip
# Vehicles that carry armed men or civilians alike: their marks tell which.
TRANSPORT = frozenset({"convoy", "vehicle", "truck", "lorry", "column"})
# Vehicles people travel in: civilians unless marked as armed men's ("an army van").
PRIVATE_VEHICLES = frozenset({"car", "bus", "minibus", "taxi", "rickshaw", "motorbike",
                              "motorcycle", "van"})
ARMED_MARKS = frozenset({"military", "army", "police", "armoured", "armored", "security",
                         "patrol", "troop", "militia"})


def _hit_lemma(noun: Token) -> str:
    """What was hit, as a lemma; an aid convoy or a car on the road is civilians, not an
    armed column."""
    lemma = noun.lemma_.lower()
    if lemma not in TRANSPORT | PRIVATE_VEHICLES:
        return lemma
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    if marks & CIVILIAN_MARKS or lemma in PRIVATE_VEHICLES and not marks & ARMED_MARKS:
        return CIVILIAN_VEHICLE
    return lemma


WORDS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def classify_incident(sentences: Sequence[SpacySpan]) -> EventClass | None:
    """The class of the incident these sentences tell, or None when none reports one."""
    inputs = type_inputs(sentences)
    if not inputs.actions - {"withdraw"}:
        return None
    return classify(
        inputs.actions, inputs.weapon, inputs.lemmas, inputs.civilian, inputs.casualties,
        inputs.roles,
    )  # fmt: skip
