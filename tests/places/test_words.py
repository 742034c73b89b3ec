"""Capitalised words the recogniser left out (own news-style text)."""

from __future__ import annotations

from newsift.places.words import word_mentions
from newsift.resources import Resources


def test_an_untagged_name_after_a_place_word_may_be_another_romanisation(
    resources: Resources,
) -> None:
    # The recogniser left the name out (as it does after "the Red Sea port of ..."); a
    # place word before it lets a romanisation the gazetteer folds stand as a town.
    text = "Warplanes hit the port of Qamishly and a fuel depot on Monday."
    doc = resources.nlp(text)
    doc.ents = []
    assert "Qamishly" in [m.lookup for m in word_mentions(doc, resources.gazetteer, [])]
    # Without such a word a bare capitalised word needs the town's own name.
    text = "Warplanes hit Qamishly and a fuel depot on Monday."
    doc = resources.nlp(text)
    doc.ents = []
    assert "Qamishly" not in [m.lookup for m in word_mentions(doc, resources.gazetteer, [])]
