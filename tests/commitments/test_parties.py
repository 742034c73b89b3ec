"""Donors and recipients of a commitment verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.commitments.parties import actor, find_donor, find_recipient
from newsift.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Token


def _verb(resources: Resources, text: str, lemma: str) -> Token:
    doc = resources.nlp(text)
    return next(t for t in doc if t.lemma_ == lemma)


def test_a_pronoun_donor_is_who_said_so(resources: Resources) -> None:
    verb = _verb(resources, "Denmark said it would donate 19 fighter jets to Kyiv.", "donate")
    assert find_donor(verb, {}) == "Denmark"


def test_the_recipient_is_the_to_phrase(resources: Resources) -> None:
    text = "Norway will send two air defence systems to Ukraine this spring."
    verb = _verb(resources, text, "send")
    items = next(t for t in verb.doc if t.text == "systems")
    assert find_recipient(verb, items, {}) == "Ukraine"


def test_the_latter_is_the_last_actor_named(resources: Resources) -> None:
    doc = resources.nlp("Talks between France and Poland ended; the latter pledged more shells.")
    latter = next(t for t in doc if t.lower_ == "latter")
    assert actor(latter, {}) == "Poland"
