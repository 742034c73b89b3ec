"""Who did it and what was hit: an incident's actor and target, read from the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.actors import normalise_actor
from newsift.events.reality import SPEECH, ancestors_until_speech
from newsift.events.setting import PlaceRef
from newsift.events.taxonomy import TRIGGERS, find_weapon
from newsift.events.triggers import GENERIC_VICTIMS
from newsift.text.numbers import VAGUE

if TYPE_CHECKING:
    from spacy.tokens import Token


PLACE_WORDS = frozenset(
    {"region", "district", "city", "town", "village", "area", "oblast", "province", "location",
     "outskirts", "settlement", "community", "hromada", "territory", "country", "capital",
     "governorate", "neighbourhood", "neighborhood", "suburb", "position", "positions",
     "direction", "front", "frontline", "border"}
)  # fmt: skip
ACTOR_LABELS = frozenset({"NORP", "GPE", "ORG"})
NOUN_PREPS = frozenset({"on", "against", "of", "at"})
# Nouns a parse can take for what was hit that name no thing: "to various degrees".
NOT_TARGETS = frozenset(
    {"degree", "extent", "level", "result", "way", "kind", "type", "number", "toll", "total",
     "figure", "count", "consequence", "wave", "series", "round", "time"}
)  # fmt: skip
TARGETED = frozenset({"hit", "strike", "target", "shell", "bomb", "attack", "pound", "raid"})


def _phrase(noun: Token) -> str:
    """A short noun phrase: modifiers, the noun, and an "of ..." complement."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
        and noun.head.head.lemma_.lower() not in TRIGGERS
    ):
        noun = noun.head.head
    left = [c for c in noun.lefts if c.dep_ in {"compound", "amod"} and c.pos_ != "PUNCT"]
    start = min([noun.i, *(t.left_edge.i for t in left)])
    end = noun.i + 1
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            end = pobj.i + 1
    words = [
        t.text for t in noun.doc[start:end] if not t.is_quote and t.dep_ != "det" or t.i > noun.i
    ]
    return " ".join(w for w in words if w not in {"“", "”", '"', "'", "‘", "’"})


def _is_place_like(noun: Token, places: list[PlaceRef]) -> bool:
    if noun.lemma_.lower() in PLACE_WORDS or noun.ent_type_ in {"GPE", "LOC", "NORP", "DATE"}:
        return True
    return any(ref.place.start <= noun.idx < ref.place.end for ref in places)


def target_of(
    triggers: list[tuple[Token, str]], victims: list[Token], places: list[PlaceRef]
) -> str | None:
    """What was hit: an object of the strike ("a petrol station"), else a named victim group."""
    for token, action in triggers:
        if action not in {"strike", "harm"}:
            continue
        objects: list[Token] = []
        if token.pos_ == "NOUN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in NOUN_PREPS:
                    objects.extend(c for c in prep.children if c.dep_ == "pobj")
        elif token.lemma_ in TARGETED:
            objects.extend(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})
            passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
            if token.dep_ == "relcl" and passive and token.head.pos_ == "NOUN":
                objects.append(token.head)  # "a workshop that was hit"
        if found := _first_target(objects, places):
            return found
    if triggers and (found := _first_target(_landed_on(triggers[0][0]), places)):
        return found
    for victim in victims:
        lemma = victim.lemma_.lower()
        if lemma in TRIGGERS or lemma in NOT_TARGETS:
            continue  # "an attack in which six died", "injured to various degrees"
        if lemma not in GENERIC_VICTIMS | VAGUE and victim.pos_ == "NOUN":
            return victim.lower_ if victim.lower_ == victim.text.lower() else victim.text
    return None


def _first_target(objects: list[Token], places: list[PlaceRef]) -> str | None:
    for obj in objects:
        if obj.lemma_.lower() in NOT_TARGETS:
            continue
        if obj.pos_ == "PRON" or obj.like_num or _is_place_like(obj, places):
            continue
        if normalise_actor(obj.text) or find_weapon([obj.lemma_.lower()]):
            continue
        return _phrase(obj)
    return None


# Where a weapon came down: "shells landed among the tents", "rockets slammed into".
IMPACT_PREPS = frozenset({"on", "onto", "into", "among", "upon"})


def _landed_on(trigger: Token) -> list[Token]:
    """What a weapon fell on, in the trigger's sentence: the object of a verb whose
    subject is a weapon ("Bombs fell on two camps", "Shells landed among the tents")."""
    found = []
    for verb in trigger.sent:
        if verb.pos_ != "VERB" or not any(
                c.dep_ == "nsubj" and find_weapon([c.lemma_.lower()])
                for c in verb.children):
            continue
        found += [pobj for prep in verb.children
                  if prep.dep_ == "prep" and prep.lower_ in IMPACT_PREPS
                  for pobj in prep.children if pobj.dep_ == "pobj"]
    return found


def sentence_actor(triggers: list[tuple[Token, str]]) -> str | None:
    """Who acted: the agent, subject or national adjective of a trigger, never a speaker."""
    for token, _ in triggers:
        for child in token.children:
            if child.dep_ in {"agent", "prep"} and child.lower_ == "by":
                for pobj in child.children:
                    if actor := normalise_actor(_subtree_text(pobj)):
                        return actor
            adjective = child.dep_ in {"amod", "compound"} and child.ent_type_ in ACTOR_LABELS
            if (adjective or child.dep_ == "poss") and (actor := normalise_actor(child.text)):
                return actor
        for node in ancestors_until_speech(token):
            if node.lemma_ in SPEECH:
                break
            for child in node.children:
                if child.dep_ == "nsubj" and (actor := normalise_actor(_subtree_text(child))):
                    return actor
    return None


def _subtree_text(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text
