"""Stances and intentions reported as PolNeAR annotates them."""

from __future__ import annotations

from builders import parsed_article

from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def reported(resources: Resources, text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes(parsed_article(resources, text, "2024-06-11"), resources)
    return [(q.text, q.speaker) for q in quotes if not q.direct]


def test_a_decision_is_reported_past_a_phrase_saying_how(resources: Resources) -> None:
    text = "The council decided in a late vote to close the old market hall for repairs."
    assert reported(resources, text) == [("to close the old market hall for repairs", "council")]

