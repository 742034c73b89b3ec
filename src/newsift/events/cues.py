"""Incidents told without a violent trigger word: protests, weapons seizures, new armed
groups and bases, agreements and security measures.

:func:`newsift.events.triggers.real_triggers` reads single trigger words. Much of ACLED's
taxonomy is told in phrasings none of whose words is a trigger on its own: "students
staged a sit-in", "residents blocked the main road", "demonstrators gathered outside the
ministry", "police seized 40 rifles", "the groups formed a joint force", "the two sides
signed a ceasefire", and, told in a clause or a phrase, "gathered outside the ministry
to demand their pay", "agreed to extend their truce", "merged into a single movement",
"entered the town unopposed", "was picked up by men in plain clothes". Each cue here
needs its verb together with what makes it one (a protester subject, a road, weapons,
an armed group, an agreement, a grievance, no fight, who took whom), and a clause that is
real (:func:`newsift.events.reality.is_real`: not negated, hypothetical or planned).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.grievances import grievance_tokens
from newsift.events.reality import SPEECH, is_real
from newsift.events.triggers import real_triggers, toll_triggers
from newsift.events.type_words import GROUND_ATTACKERS, POLICE_DOERS

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
    {"base", "headquarters", "headquarter", "outpost", "camp", "garrison", "barracks", "barrack",
     "checkpoint", "roadblock"}
)  # fmt: skip
AGREE = frozenset({"sign", "reach", "conclude", "agree", "broker", "strike", "accept"})
DEALS = frozenset({"agreement", "deal", "ceasefire", "truce", "accord", "pact", "armistice"})
SWAP = frozenset({"exchange", "swap", "trade", "release"})
MEASURES = frozenset({"curfew", "emergency", "lockdown", "martial", "mobilisation",
                      "mobilization", "conscription"})  # fmt: skip
IMPOSE = frozenset({"impose", "declare", "announce", "extend", "enforce", "introduce", "decree"})
# Why people gathered, when the verb says it: "gathered outside the ministry to demand".
# (Mourners who gather to bury or remember the dead do not protest.)
AIMS = frozenset({"demand", "protest", "oppose", "denounce", "condemn", "decry", "reject",
                  "call", "press", "urge", "voice"})  # fmt: skip
GATHER = frozenset({"gather", "assemble", "converge", "congregate", "rally", "mass"})
# What a gathering carries or chants that makes it a protest.
SIGNS = frozenset({"slogan", "banner", "placard", "sign", "chant", "flag", "portrait"})
MERGE = frozenset({"merge", "unite", "unify", "amalgamate"})
# Nouns that make a group's founding the news: "announced the formation of a militia".
FOUNDING = frozenset({"formation", "creation", "establishment", "founding", "launch"})
# Ground entered with no fight: "entered the town unopposed", "without a fight".
NO_FIGHT = frozenset({"unopposed", "uncontested", "unchallenged", "peacefully"})
NO_FIGHT_NOUNS = frozenset({"fight", "resistance", "shot", "firing", "clash", "bloodshed",
                            "battle", "opposition"})  # fmt: skip
# Those who take people away: doers a passive "picked up by" names.
TAKERS = GROUND_ATTACKERS | POLICE_DOERS | {"man", "men", "agent", "soldier", "troop",
                                            "people", "individual", "unknown"}  # fmt: skip


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
    if lemma in FOUNDING and token.pos_ == "NOUN" and token.dep_ == "dobj" and any(
        w.lemma_.lower() in GROUPS for c in token.children if c.dep_ == "prep"
        and c.lower_ == "of" for w in c.children
    ):
        return "organise"  # "announced the formation of an armed self-defence group"
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
    if lemma == "agree" and _deal_agreed(token):
        return "agree"  # "agreed to extend their truce", "agreed on a ceasefire"
    if lemma in GATHER and _gathered_to_protest(token):
        return "protest"  # "hundreds gathered outside the ministry to demand their pay"
    if lemma in MERGE and any(w.lemma_.lower() in GROUPS for c in token.children
                              if c.dep_ == "prep" for w in c.subtree):
        return "organise"  # "the two factions merged into a single movement"
    if lemma == "join" and "force" in object_heads:
        return "organise"  # "two armed groups joined forces"
    if lemma in {"enter", "move", "take", "occupy"} and _without_a_fight(token):
        return "handover"  # "the rebels entered the town unopposed"
    if lemma == "pick" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        taken = _picked_up(token, subject_words, object_heads)
        if taken is not None:
            return taken  # "police picked up the student leader", "picked up by gunmen"
    if lemma in HAND_OVER and object_heads & ARMS and any(
        w.lemma_.lower() in DEALS | {"surrender", "amnesty"} for w in token.subtree
    ):
        return "agree"  # "handed over their rifles under a surrender deal"
    if lemma in SWAP and object_words & {"prisoner", "detainee", "captive", "pow"}:
        return "agree"  # "the two sides exchanged prisoners"
    if lemma in IMPOSE and object_words & MEASURES:
        return "organise"  # "the governor imposed a curfew"
    return None


def _deal_agreed(verb: Token) -> bool:
    """A deal the verb's clause or its "to"/"on" object names."""
    for child in verb.children:
        if child.dep_ == "xcomp" and any(
            o.lemma_.lower() in DEALS for o in child.children if o.dep_ == "dobj"
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in {"to", "on", "upon"} and any(
            o.lemma_.lower() in DEALS for o in child.children if o.dep_ == "pobj"
        ):
            return True
    return False


def _gathered_to_protest(verb: Token) -> bool:
    """A gathering the clause gives a grievance or a protest's signs: "to demand", "chanting
    slogans", "holding banners". People who gathered for a meal or a match do not protest."""
    for child in verb.children:
        if child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in AIMS:
            return True
        if child.dep_ in {"advcl", "xcomp", "conj"} and any(
            w.lemma_.lower() in SIGNS for w in child.subtree
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(
            w.lemma_.lower() in {"protest", "support", "solidarity"} for w in child.children
        ):
            return True
    return False


def _without_a_fight(verb: Token) -> bool:
    """ "entered the town unopposed", "moved in without firing a shot"."""
    for child in verb.children:
        if child.lower_ in NO_FIGHT:
            return True
        if child.dep_ == "prep" and child.lower_ == "without" and any(
            w.lemma_.lower() in NO_FIGHT_NOUNS for w in child.subtree
        ):
            return True
    return False


def _picked_up(verb: Token, subject_words: set[str], object_heads: set[str]) -> str | None:
    """People "picked up" by police are arrested, by anyone else taken; "picked up the
    pace", "picked up by a rescue boat" are neither."""
    agents = {w.lemma_.lower() for c in verb.children if c.dep_ == "agent" for w in c.subtree}
    doers = subject_words | agents
    people = bool(object_heads & PEOPLE) or bool(agents & TAKERS)
    if not people or not doers & TAKERS:
        return None
    return "arrest" if doers & (POLICE_DOERS | {"gendarme"}) else "abduct"
