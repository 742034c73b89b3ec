"""Words that tell a war's background rather than one incident.

Background paragraphs give a conflict's toll in the present perfect with nothing to tie
it to one incident: "More than 20,000 people have been killed and two million
displaced." A toll of one incident in the same tense names what, where or when ("have
been killed in a strike on the market", "have been killed this week"). The campaign
subjects of :data:`CAMPAIGNS` ("the conflict has claimed") and the habitual wording of
:data:`HABITUAL` ("since 2015") are read by :func:`newsift.events.reality.is_real`,
with this module's bare forms. They also name fighting as what people fled
("families who fled the fighting", "displaced by clashes"): the cause of their flight,
not an incident the report tells. And they sum a campaign up: fighting that "has
spread", troops that "are fighting alongside" others.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.text.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that make a sentence a campaign summary or habit rather than one incident.
HABITUAL = re.compile(
    r"\b(?:since(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
    r"|dawn|early|last night|this morning|the morning|midnight)\b)"
    # "since it started this week", "since the truce took effect on Monday": a recent start.
    r"(?!(?:\s+[\w'-]+){1,4}\s+(?:this week|yesterday|today|last night|on (?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday))\b)|so far|"
    r"throughout(?!\s+the\s+(?:whole\s+|entire\s+)?(?:day|night|morning|afternoon|evening)\b)|"
    r"to date|in total|every (?:day|night)|"
    r"over the (?:past|last)(?!\s+(?:\d+|one|two|three|few|couple of)\s+(?:hours|days))|"
    r"daily|nightly|regularly|repeatedly|constantly|routinely|increasingly|into (?:a|its) "
    r"\w+ year|in recent (?:days|weeks|months)|(?:last|this|past|previous) (?:month|year)|"
    r"per (?:day|week|month)|each (?:day|week|month)|on average|"
    r"a (?:day|week|month)(?!\s+(?:after|before|earlier|later|ago|of|and a half)\b)|"
    r"so far this|for (?:more than |over |nearly |almost |about )?\w+ (?:years|decades))\b",
    re.IGNORECASE,
)
HABITUAL_MODIFIERS = frozenset(
    {"intensified", "repeated", "continued", "constant", "ongoing", "regular", "frequent",
     "daily", "nightly", "relentless", "persistent", "sustained", "escalating"}
)  # fmt: skip
# Subjects that make a casualty clause a campaign total, not an incident.
CAMPAIGNS = frozenset(
    {"war", "conflict", "violence", "crisis", "revolution", "uprising", "insurgency", "invasion",
     "occupation"}
)  # fmt: skip

# More dead than one incident of these wars usually leaves, told with nothing to place it.
WAR_TOTAL = 1000
MULTITUDES = frozenset({"thousand", "thousands", "million", "millions"})
# Phrases that tie a count to an incident, a place or a time ("in", "during", "by").
ANCHORS = frozenset({"in", "at", "on", "near", "during", "after", "by", "from", "inside", "across"})
OBJECTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def unanchored_total(verb: Token) -> bool:
    """Is this casualty verb a war's running total ("have been killed", "has left dead"
    with thousands counted and no incident, place or day)?"""
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBP", "VBZ"} for c in verb.children
    )
    if not perfect:
        return False
    for child in verb.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in ANCHORS:
            return False
        if child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}:
            return False
    counted = [w for c in verb.children if c.dep_ in OBJECTS for w in c.subtree]
    return any(_multitude(word) for word in counted)


def _multitude(word: Token) -> bool:
    if word.lower_ in MULTITUDES:
        return True
    value = parse_number(word.text) if word.like_num else None
    return value is not None and value >= WAR_TOTAL


FLIGHT = frozenset({"flee", "escape", "evade"})
DISPLACE = frozenset({"displace", "uproot"})


def fled_from(word: Token) -> bool:
    """Is this incident noun what people fled ("fleeing fighting further north", "fled
    from the bombing", "displaced by clashes")?"""
    head = word.head
    if word.dep_ in {"dobj", "xcomp"}:  # the parse makes "fleeing fighting" a verb chain
        return head.lemma_.lower() in FLIGHT
    if word.dep_ == "pobj" and head.lower_ in {"from", "by"}:
        return head.head.lemma_.lower() in FLIGHT | DISPLACE
    return False


# Verbs that tell fighting widening, not one fight: "fighting has spread to Kordofan".
WIDENING = frozenset({"spread", "escalate", "intensify", "widen", "expand"})


def campaign_told(word: Token) -> bool:
    """Is the incident word a campaign summed up: fighting as the subject of a widening
    verb ("fighting has spread"), or a progressive with no day or count ("troops are
    fighting there", "the militia has been shelling the hills")?"""
    head = word.head
    if word.dep_ == "nsubj" and head.lemma_.lower() in WIDENING:
        return True
    if word.pos_ != "VERB":
        return False
    auxes = {c.lower_ for c in word.children if c.dep_ == "aux"}
    dated = any(c.ent_type_ in {"DATE", "TIME"} for c in word.subtree)
    if word.tag_ == "VBG" and auxes & {"is", "are", "'re"} and not dated:
        return not _counted(word)  # "troops are fighting alongside them": a state of the war
    perfect = bool(auxes & {"has", "have", "'ve", "'s"})
    if word.tag_ == "VBG" and "been" in auxes and perfect:
        return not _counted(word)  # "the militia has been fighting the army"
    return False


def _counted(word: Token) -> bool:
    return any(child.like_num or child.pos_ == "NUM" for child in word.subtree)
