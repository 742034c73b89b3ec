"""A Doc's tokens of some parts of speech, picked from one array."""

from __future__ import annotations

from newsift.resources import Resources
from newsift.text.tagged import tagged


def test_tagged_gives_the_tokens_of_those_parts_of_speech_in_order(resources: Resources) -> None:
    doc = resources.nlp(
        "Officials said rockets struck a depot near the harbour, and firefighters were "
        "still working at the scene on Sunday."
    )
    for parts in [("VERB",), ("NOUN",), ("VERB", "AUX"), ("PROPN", "ADJ")]:
        expected = [t.i for t in doc if t.pos_ in parts]
        assert [t.i for t in tagged(doc, *parts)] == expected
    assert [t.text for t in tagged(doc, "VERB")][:2] == ["said", "struck"]
    assert tagged(resources.nlp(""), "NOUN") == []
