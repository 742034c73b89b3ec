"""A war's running toll is no incident (own news-style sentences)."""

from __future__ import annotations

import pytest

from newsift.events.background import HABITUAL, campaign_told, unanchored_total
from newsift.resources import Resources


def verb_of(resources: Resources, text: str, word: str) -> bool:
    doc = resources.nlp(text)
    (token,) = [t for t in doc if t.lower_ == word]
    return unanchored_total(token)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Thousands counted in the present perfect with nothing to place them: a war's sum.
        ("More than 30,000 people have been killed and millions displaced.", True),
        ("Thousands of villagers have been killed, aid groups say.", True),
        # A place, a day or an incident ties the same tense to one incident ...
        ("At least 1,500 people have been killed in the fighting this week.", False),
        ("Some 2,000 people have been killed by the floods' aftermath on the coast.", False),
        # ... a handful is an incident's toll however it is told ...
        ("Two people have been killed, the mayor said.", False),
        # ... and the past tense tells what happened once.
        ("More than 1,200 people were killed.", False),
    ],
)
def test_unanchored_total(resources: Resources, text: str, total: bool) -> None:
    assert verb_of(resources, text, "killed") is total


@pytest.mark.parametrize(
    ("text", "word", "campaign"),
    [
        ("Fighting has spread to the southern provinces, the agency said.", "Fighting", True),
        ("Foreign troops are fighting alongside the army in the north.", "fighting", True),
        # A day, a count or a determined target make it one incident.
        ("The militia has been shelling the hills for a week.", "shelling", True),
        ("The militia has been shelling the hills, killing 12 herders.", "shelling", False),
        ("Troops are fighting rebels on the bridge this morning.", "fighting", False),
        ("Fighting raged in the town on Monday.", "Fighting", False),
    ],
)
def test_campaign_told(resources: Resources, text: str, word: str, campaign: bool) -> None:
    (token,) = [t for t in resources.nlp(text) if t.text == word]
    assert campaign_told(token) is campaign


def test_a_week_and_a_half_after_is_a_gap_not_a_habit() -> None:
    assert HABITUAL.search("marched on Sunday, a week and a half after the raid") is None
    assert HABITUAL.search("a day and a half before the vote") is None
    assert HABITUAL.search("the militia raids the villages twice a week") is not None
