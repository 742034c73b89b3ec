"""Deeds told by a verb together with what it acts on, where neither word alone tells
the deed: a weapon thrown, dropped or released ("lobbed a grenade", "jets dropped bombs");
property burned, smashed, stolen or broken into by people; a charge set off on purpose
to make it safe; fire opened on a gathering; a vehicle seized with people aboard.

:func:`newsift.events.triggers.real_triggers` asks these of a word and its parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.weapons import find_weapon

if TYPE_CHECKING:
    from spacy.tokens import Token

# Military things: destroying them is a strike, not sabotage of property.
MILITARY = frozenset(
    {"position", "convoy", "vehicle", "tank", "equipment", "carrier", "depot", "column",
     "artillery", "launcher", "system", "howitzer", "base", "headquarters", "post"}
)  # fmt: skip
# Verbs that send a thing at someone: an attack when the thing is a weapon.
THROW = frozenset({"throw", "hurl", "lob", "toss", "drop", "release"})
# Gatherings that are protests (a crowd or a meeting may be anything).
GATHERING_NOUNS = frozenset(
    {"march", "protest", "rally", "demonstration", "sit-in", "vigil", "procession", "picket"}
)
# Verbs that wreck or take property, and the property they act on.
WRECK = frozenset({"burn", "raze", "smash", "steal", "rob", "torch", "ransack", "vandalise",
                   "vandalize"})  # fmt: skip
PROPERTY = frozenset(
    {"house", "home", "hut", "shop", "store", "vehicle", "car", "truck", "lorry", "bus", "crop",
     "field", "church", "mosque", "temple", "school", "market", "office", "building", "village",
     "granary", "farm", "property", "dwelling", "shelter", "tent", "equipment", "goods",
     "window", "clinic", "warehouse", "stall", "business", "livestock", "cattle", "villa"}
)  # fmt: skip
WRECKERS = frozenset(
    {"militiaman", "militia", "gunman", "rebel", "militant", "fighter", "soldier", "troop",
     "thief", "robber", "rioter", "youth", "attacker", "herder", "raider", "looter", "bandit"}
)  # fmt: skip


def thing(noun: Token) -> list[str]:
    """A noun phrase's words, prepositions included ("canisters of gas", "bombs from a
    drone"), less the clauses hung on it ("a report saying the army used gas")."""
    inside: list[Token] = []
    stack = [noun]
    while stack:
        word = stack.pop()
        inside.append(word)
        stack += [c for c in word.children if c.dep_ not in CLAUSES]
    return [w.lemma_.lower() for w in sorted(inside, key=lambda w: w.i)]


CLAUSES = frozenset({"acl", "relcl", "ccomp", "advcl", "xcomp", "conj", "appos"})


def fired_on(noun: Token) -> bool:
    """The object of shooting: "opened fire on a march", "shot at the rally"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"on", "at", "into"}:
        return False
    verb = prep.head
    return verb.lemma_.lower() in {"fire", "shoot", "open"} or (
        verb.lemma_.lower() == "fire" and verb.head.lemma_.lower() == "open")


def made_safe(verb: Token) -> bool:
    """A charge set off on purpose to destroy it: "safely", "in a controlled explosion",
    or one "found" or "discovered" before it went off."""
    if any(c.lower_ in {"safely", "harmlessly"} for c in verb.children):
        return True
    return any(w.lemma_.lower() in {"find", "discover", "uncover", "recover"} and w.tag_ == "VBN"
               for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for w in c.subtree)


def wrecked(verb: Token, things: set[str] | frozenset[str], people: frozenset[str]) -> bool:
    """People (armed or not) who burned, smashed, stole or broke into ``things`` (lemmas),
    property and not ``people``."""
    if not things & PROPERTY or things & people:
        return False
    if saboteur(verb, things):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(w.lemma_.lower() in WRECKERS for s in subjects for w in s.subtree)


def object_words(verb: Token) -> set[str]:
    """The lemmas of what the verb acts on, its whole phrase: "burned dozens of houses"
    (the count heads the object, the property is below it)."""
    return {w.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
            for w in c.subtree}


def broken_into(verb: Token) -> set[str]:
    """What was broken into: "thieves broke into a church" gives {"church"}."""
    if verb.lemma_.lower() != "break":
        return set()
    return {o.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "into"
            for o in c.children if o.dep_ == "pobj"}


SABOTEURS = frozenset(
    {"partisan", "saboteur", "group", "man", "men", "people", "resident", "activist", "mob",
     "settler", "unknown", "individual", "assailant", "vandal", "arsonist", "perpetrator"}
)  # fmt: skip


CROWD_WRECKERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "crowd"})


def saboteur(token: Token, object_lemmas: set[str] | frozenset[str]) -> bool:
    """Did people (not a weapon or a strike) wreck property that is not military? A crowd
    wrecks whatever it burns: "protesters set fire to a police post"."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if object_lemmas and any(s.lemma_.lower() in CROWD_WRECKERS for s in subjects):
        return True
    if object_lemmas & (MILITARY | {"drone", "missile", "rocket", "uav", "aircraft"}):
        return False
    return bool(object_lemmas) and any(
        subject.lemma_.lower() in SABOTEURS | WRECKERS
        and not find_weapon([t.lemma_.lower() for t in subject.subtree])
        for subject in subjects
    )


VEHICLES = frozenset({"bus", "minibus", "lorry", "truck", "car", "vehicle", "boat", "train",
                      "van", "convoy", "coach", "taxi"})  # fmt: skip


def carrying_people(vehicle: Token, people: frozenset[str]) -> bool:
    """ "a bus carrying 14 passengers", "a lorry with 30 traders on board": a vehicle
    seized with ``people`` in it takes them."""
    if vehicle.lemma_.lower() not in VEHICLES:
        return False
    return any(
        w.lemma_.lower() in people
        for c in vehicle.children
        if c.dep_ == "acl" and c.lemma_.lower() in {"carry", "transport", "ferry"}
        or c.dep_ == "prep" and c.lower_ in {"with", "full"}
        for w in c.subtree
    )
