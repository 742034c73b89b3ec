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


def test_tagged_asked_again_gives_the_same_tokens_and_keeps_only_positions(
    resources: Resources,
) -> None:
    doc = resources.nlp("Troops shelled the bridge and the police closed the road on Monday.")
    first = tagged(doc, "VERB")
    assert [t.i for t in tagged(doc, "VERB")] == [t.i for t in first] == [1, 7]
    kept = [value for value in doc.user_data.values() if isinstance(value, dict)]
    assert kept and all(
        isinstance(i, int) for positions in kept[0].values() for i in positions
    )  # integers only: the Doc holds no reference to itself through user_data
