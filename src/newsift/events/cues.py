"""Incidents told without a violent trigger word: protests, weapons seizures, new armed
groups and bases, agreements and security measures.

:func:`newsift.events.triggers.real_triggers` reads single trigger words. Much of ACLED's
taxonomy is told in phrasings none of whose words is a trigger on its own: "students
staged a sit-in", "residents blocked the main road", "demonstrators gathered outside the
ministry", "police seized 40 rifles", "the groups formed a joint force", "the two sides
signed a ceasefire". Each cue here needs its verb together with what makes it one (a
protester subject, a road, weapons, an armed group, an agreement), and a clause that is
real (:func:`newsift.events.reality.is_real`: not negated, hypothetical or planned).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.grievances import grievance_tokens
from newsift.events.reality import SPEECH, is_real
from newsift.events.triggers import real_triggers, toll_triggers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

DONE = frozenset({"VBD", "VBN", "VBZ", "VBP"})  # not "are creating", not "to create"
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "picketer", "marcher"})
CROWD = PROTESTERS | frozenset(
    {"resident", "student", "youth", "villager", "farmer", "worker", "trader", "member",
     "group", "people", "committee", "activist", "family", "citizen", "woman", "teacher",
     "employee", "hundred", "thousand", "dozen", "local", "driver", "merchant", "crowd"}
)  # fmt: skip
BLOCK = frozenset({"block", "close", "barricade", "shut", "occupy"})
WAYS = frozenset(
    {"road", "street", "highway", "bridge", "entrance", "route", "square", "junction",
     "intersection", "office", "gate", "market", "field", "airport", "port", "railway"}
)  # fmt: skip
TAKE = frozenset({"seize", "capture", "overrun", "storm"})
SNATCH = frozenset({"take", "snatch", "grab", "drag", "whisk", "pick"})
PEOPLE = frozenset(
    {"journalist", "activist", "man", "woman", "girl", "boy", "child", "student", "teacher",
     "priest", "doctor", "lawyer", "official", "leader", "chief", "farmer", "worker",
     "villager", "resident", "people", "son", "daughter", "husband", "brother", "father"}
)  # fmt: skip
BY_HAND = frozenset({"beat", "stone", "burn", "hack", "club", "lynch", "stab", "torture"})
HAND_OVER = frozenset({"hand", "cede", "transfer", "surrender", "relinquish"})
TERRITORY_WORDS = frozenset(
    {"base", "town", "city", "village", "territory", "control", "area", "region", "camp",
     "position", "district", "airport", "garrison"}
)  # fmt: skip
SEIZE = frozenset({"seize", "confiscate", "impound", "recover", "find", "discover", "uncover"})
ARMS = frozenset(
    {"weapon", "gun", "rifle", "ammunition", "arm", "explosive", "grenade", "bullet",
     "pistol", "firearm", "kalashnikov", "cache", "rocket", "mortar", "missile", "round"}
)  # fmt: skip
FORM = frozenset({"form", "establish", "create", "found", "launch", "set", "announce"})
GROUPS = frozenset(
    {"group", "militia", "force", "brigade", "battalion", "movement", "alliance", "unit",
     "coalition", "front", "army", "faction", "wing"}
)  # fmt: skip
BASES = frozenset(
    {"base", "headquarters", "headquarter", "outpost", "camp", "garrison", "barracks", "barrack"}
)
AGREE = frozenset({"sign", "reach", "conclude", "agree", "broker", "strike", "accept"})
DEALS = frozenset({"agreement", "deal", "ceasefire", "truce", "accord", "pact", "armistice"})
SWAP = frozenset({"exchange", "swap", "trade", "release"})
MEASURES = frozenset({"curfew", "emergency", "lockdown", "martial"})
IMPOSE = frozenset({"impose", "declare", "announce", "extend", "enforce", "introduce"})


def incident_triggers(sentence: SpacySpan) -> list[tuple[Token, str]]:
    """Every incident cue of a sentence: single trigger words, then the phrasings of
    :func:`extra_triggers` on tokens no trigger word took."""
    found = real_triggers(sentence) or toll_triggers(sentence)
    seen = {token.i for token, _ in found}
    found += [(t, action) for t, action in extra_triggers(sentence) if t.i not in seen]
    # What a protest is about is no incident of the sentence (grievances.py).
    aired = grievance_tokens(found)
    return [(token, action) for token, action in found if token.i not in aired]


def _away(token: Token) -> bool:
    return any(c.dep_ in {"prep", "prt"} and c.lower_ in {"from", "away"} for c in token.children)


def _left_ground(verb: Token) -> bool:
    """ "withdrew from three villages", "pulled out of the town": ground given up."""
    return verb.lemma_.lower() in {"withdraw", "pull", "retreat", "leave"} and any(
        w.lemma_.lower() in TERRITORY_WORDS for c in verb.children if c.dep_ in {"prep", "dobj"}
        for w in c.subtree)


def _death(prep: Token) -> bool:
    return any(c.lemma_.lower() == "death" for c in prep.children)


def extra_triggers(sentence: SpacySpan) -> list[tuple[Token, str]]:
    """Cue tokens of :data:`newsift.events.taxonomy.TRIGGERS`-style actions for the
    phrasings of the module docstring, each with its action."""
    found: list[tuple[Token, str]] = []
    for token in sentence:
        action = _cue(token)
        if action is not None and is_real(token, sentence):
            found.append((token, action))
    return found


def _cue(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if lemma == "sit" and token.i + 2 < len(token.doc) and token.nbor(1).text in {"-", "‑"} and (
        token.nbor(2).lower_ == "in"
    ):
        return "protest"  # "staged a sit-in"
    # Done, not doing or to be done: "are creating new battalions" is a plan's progress.
    if token.pos_ != "VERB" or token.dep_ in {"amod", "compound"} or token.tag_ not in DONE:
        return None
    subject_words = {
        w.lemma_.lower() for c in token.children if c.dep_ in {"nsubj", "agent"} for w in c.subtree
    }
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    object_words = {w.lemma_.lower() for o in objects for w in o.subtree}
    object_heads = {o.lemma_.lower() for o in objects}
    if subject_words & PROTESTERS and token.tag_ == "VBD" and lemma not in SPEECH:
        return "protest"  # "demonstrators gathered", "hundreds of protesters marched"
    if lemma in BLOCK and object_heads & WAYS and subject_words & CROWD:
        return "protest"  # "residents blocked the main road"
    if lemma in TAKE and object_heads & (BASES | {"post", "checkpoint"}):
        return "capture"  # "insurgents seized the district headquarters"
    if lemma in SNATCH and object_heads & PEOPLE and _away(token):
        return "abduct"  # "agents took the journalist from his home"
    if lemma == "disappear" and any(c.lower_ in {"forcibly", "forcefully"} for c in token.children):
        return "abduct"  # "activists were forcibly disappeared"
    if lemma in BY_HAND and any(c.lower_ == "to" and _death(c) for c in token.children):
        return "execute"  # "villagers beat a man to death"
    if lemma in HAND_OVER and object_words & TERRITORY_WORDS:
        return "handover"  # "troops handed over their last base to the army"
    if lemma in HAND_OVER and object_heads & {"it", "they"} and _left_ground(token.head):
        return "handover"  # "withdrew from three villages and handed them over to the army"
    if lemma in SEIZE and object_words & ARMS:
        return "defuse"  # "police seized 127 guns": weapons taken before use
    if lemma in FORM and object_heads & GROUPS and not object_heads & BASES:
        return "organise"  # "the movements formed a joint force"
    if lemma in FORM | {"build", "open"} and object_heads & BASES:
        return "base"  # "troops set up a base"
    if lemma in AGREE and object_heads & DEALS:
        return "agree"  # "the sides signed a ceasefire"
    if lemma in SWAP and object_words & {"prisoner", "detainee", "captive", "pow"}:
        return "agree"  # "the two sides exchanged prisoners"
    if lemma in IMPOSE and object_words & MEASURES:
        return "organise"  # "the governor imposed a curfew"
    return None
