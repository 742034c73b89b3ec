"""Strategic developments without a violent word: demining, looting, evacuations (own text)."""

from __future__ import annotations

import pytest

from newsift.events.strategic import strategic_action
from newsift.resources import Resources


def action_of(resources: Resources, text: str, verb: str) -> str | None:
    doc = resources.nlp(text)
    token = next(t for t in doc if t.text == verb)
    return strategic_action(token)


@pytest.mark.parametrize(
    ("text", "verb", "action"),
    [
        ("Sappers cleared 20 hectares of farmland near the village.", "cleared", "defuse"),
        ("Engineers cleared the fields of anti-tank mines on Monday.", "cleared", "defuse"),
        ("Workers cleared the road after the storm on Monday.", "cleared", None),
        ("Russian forces exported 30 wagons of wheat from the town.", "exported", "loot"),
        ("The company exported 30 tonnes of wheat to Egypt last year.", "exported", None),
        ("About 400 people were evacuated from the district on Sunday.", "evacuated", "displace"),
        ("The wounded were evacuated to a hospital in the city.", "evacuated", None),
    ],
)
def test_each_development_needs_what_makes_it_one(
    resources: Resources, text: str, verb: str, action: str | None
) -> None:
    assert action_of(resources, text, verb) == action
