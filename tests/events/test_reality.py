"""Whether a trigger tells something that happened (own sentences)."""

from __future__ import annotations

from newsift.events.reality import is_real
from newsift.resources import Resources


def _real(resources: Resources, text: str, word: str) -> bool:
    sentence = next(iter(resources.nlp(text).sents))
    token = next(t for t in sentence if t.text == word)
    return is_real(token, sentence)


def test_negated_planned_and_purposed_triggers_are_not_real(resources: Resources) -> None:
    assert _real(resources, "Drones struck the depot on Monday.", "struck")
    assert not _real(resources, "Drones did not strike the depot on Monday.", "strike")
    assert not _real(resources, "The army threatened to shell the town.", "shell")
    assert not _real(resources, "Troops moved in to attack the town.", "attack")
    assert not _real(resources, "The war has killed thousands of people.", "killed")
