"""Places a sentence names that locate no incident: a capital that acts ("Kyiv said",
"a rebuke from Rome"), a word of a person's, unit's or weapon's name ("the Dnipro
Battalion", "a Tornado rocket"). The events stage skips them when it places an incident.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.entities.coref import entity_of
from newsift.events.actors import names_armed_group, normalise_actor
from newsift.events.reality import SPEECH
from newsift.places.embedded import NAME_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsift.model import Place

TITLES = frozenset(
    {"governor", "mayor", "official", "administration", "authority", "minister", "ministry",
     "police", "prosecutor", "head", "chief", "spokesman", "spokesperson", "council",
     "military", "army", "government", "president", "leader", "service"}
)  # fmt: skip
# Nouns a capital's name makes an actor of: "the Minsk pledge", "Moscow's allies".
AGENTS = frozenset({"regime", "promise", "pledge", "ally", "backer", "force", "troop", "claim"})
# "the Dnipro Battalion", "the Donetsk militia": the place names a unit, not a setting.
AFTER_UNIT = re.compile(
    r"^\s*(?:battalion|batalion|brigade|regiment|division|militia|people'?s|republic|"
    r"army|group)\b",
    re.I,
)


def in_name(span: SpacySpan, places: list[Place]) -> bool:
    """Is the place part of a longer person's name ("Volodymyr Zelenskiy")? A place the
    recogniser calls a person on its own ("shelled Sosnivka"), or with other places
    ("shelled Idlib Hama"), is still a place."""
    ent = entity_of(span.root)
    if ent is None or ent.label_ != "PERSON" or not ent.start <= span.start < span.end <= ent.end:
        return False
    return any(not any(p.start <= t.idx < p.end for p in places) for t in ent)


def names_unit(place: Place, text: str) -> bool:
    """Is the place part of a unit's name (a town's name before "Battalion", "People's
    Militia", a word opening "Swift Action Forces"), a weapon's ("a Tornado rocket"),
    or an armed group's name itself ("a Hamas commander"), whatever town shares it?"""
    after = AFTER_UNIT.match(text[place.end : place.end + 20]) is not None
    model = AFTER_MODEL.match(text, place.end) is not None
    return after or model or names_armed_group(place.name) or _opens_a_name(place, text)


# A weapon's model named like a town ("Tornado rockets", "a Sumy-class drone");
# not a town's strike ("the Kharkiv missile strike").
AFTER_MODEL = re.compile(
    r"[ \t-]+(?:cruise\s+|ballistic\s+|hypersonic\s+|guided\s+)?"
    r"(?:missile|rocket|drone|launcher|bomb)s?\b(?!\s+(?:strikes?|attacks?|raids?|fire))",
    re.I)


# Capitalised words after a place that close in a group's word: "Swift Action Forces".
NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")


def _opens_a_name(place: Place, text: str) -> bool:
    """Does the place's word open a longer name that closes as a group's or a body's
    ("Swift Action Forces", "Southern Command")? Then it is a word of that name."""
    run = NAME_AFTER.match(text, place.end)
    if run is None or len(place.name.split()) > 1:
        return False
    words = run.group().split()
    return words[-1].casefold() in NAME_HEADS and len(words) >= 2


def metonymic(token: Token) -> bool:
    """ "Kyiv said", "Moscow's invasion", "the Lviv mayor": the place names an actor."""
    if token.dep_ == "nsubj" and (token.head.lemma_ in SPEECH or normalise_actor(token.text)):
        return True
    if token.dep_ == "poss" and any(child.tag_ == "POS" for child in token.children):
        return True  # not a parse's guess in text without apostrophes ("of Aleppo and")
    if token.dep_ in {"compound", "nmod", "amod"} and token.head.lemma_.lower() in TITLES | AGENTS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "a rebuke from Rome, Paris and the AU"
    if token.dep_ != "pobj" or token.head.lower_ != "from":
        return False
    sent = token.head.head  # "a rebuke from", or "drew a rebuke from"
    return sent.lemma_.lower() in REACTIONS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in REACTIONS for c in sent.children)


# What governments send from their capitals: "a rebuke from Rome".
REACTIONS = frozenset(
    {"condemnation", "criticism", "reaction", "response", "outcry", "outrage", "condolence",
     "statement", "appeal", "warning", "praise", "support", "sympathy", "rebuke", "protest"})
