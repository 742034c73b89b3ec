"""Who gives and who receives in a commitment: the donor and recipient of its verb.

Names go through :func:`newsift.places.country_names.country_of`, so "Washington" and "the US"
both give "United States"; a pronoun subject climbs to the clause that says who
("Denmark said it would donate ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.entities.coref import entity_of
from newsift.entities.speakers import clean_name
from newsift.places.country_names import country_of

if TYPE_CHECKING:
    from spacy.tokens import Token

LATTER = frozenset({"latter", "former"})


def find_donor(verb: Token, countries: dict[str, str]) -> str | None:
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ != "PRON":
            return actor(subjects[0], countries)
        # "Denmark said it would donate ...": the pronoun stands for who said so;
        # "announced an agreement to provide ...": the announcer provides.
        if node.dep_ == "acl" and node.head.head.pos_ == "VERB":
            node = node.head.head
        elif node.dep_ in ("xcomp", "conj", "advcl", "ccomp") and node.head.i != node.i:
            node = node.head
        else:
            break
    return None


def actor(tok: Token, countries: dict[str, str]) -> str | None:
    """A named actor: "Washington" → "United States"; "the latter" → the last one named."""
    doc = tok.doc
    if tok.lower_ in LATTER:
        for prev in reversed(doc[tok.sent.start : tok.i]):
            if prev.ent_type_ in ("GPE", "ORG", "NORP") and prev.dep_ != "poss":
                return actor(prev, countries)
        return None
    country = country_of(tok.text, countries)
    if country is not None:
        return country
    ent = entity_of(tok)
    if ent is not None and ent.label_ in ("GPE", "ORG", "NORP", "PERSON"):
        name = clean_name(re.split(r"['’]s\s", ent.text)[0])
        name = name[4:] if name.lower().startswith("the ") else name
        return country_of(name, countries) or name
    for child in tok.children:
        # "the German government": only a real country counts, not "Western allies".
        if child.dep_ in ("compound", "amod") and country_of(child.text, countries):
            return country_of(child.text, countries)
    return None


def find_recipient(verb: Token, noun: Token, countries: dict[str, str]) -> str | None:
    # "to Ukraine" / "for Ukraine" on the items or the verb, nearest first.
    for tok in sorted({*noun.subtree, *verb.subtree}, key=lambda t: abs(t.i - noun.i)):
        if tok.dep_ == "dative" and tok.head == verb and tok.ent_type_:
            return actor(tok, countries)  # "sold Ukraine armed drones"
        if tok.dep_ in ("prep", "dative") and tok.lower_ in ("to", "for"):
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
                    return actor(obj, countries)
    sent = verb.sent
    for tok in sent:
        if tok.dep_ == "poss" and tok.ent_type_ and tok.head.lemma_.lower() in ("ally", "partner"):
            return actor(tok, countries)  # "Kyiv's Western allies"
    for tok in sent:
        if tok.lower_ == "to":
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    return actor(obj, countries)
    return None
