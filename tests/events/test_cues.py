"""Incidents told without a violent trigger word: protests, seizures, groups, deals."""

from __future__ import annotations

import pytest

from newsift.events.cues import extra_triggers
from newsift.resources import Resources


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Nurses staged a sit-in outside the health ministry on Monday.", "protest"),
        ("Hundreds of demonstrators gathered in the main square of the town.", "protest"),
        ("Angry residents blocked the highway into the city with tyres.", "protest"),
        ("Customs officers seized 300 rifles hidden in a lorry.", "defuse"),
        ("Three rebel factions formed a joint force in the north.", "organise"),
        ("The army set up a new base near the border crossing.", "base"),
        ("The two sides signed a ceasefire in the capital on Friday.", "agree"),
        ("The warring parties exchanged 40 prisoners on Sunday.", "agree"),
        ("The governor imposed a curfew on the town after the clashes.", "organise"),
        ("Fighters overran the army barracks outside the town.", "capture"),
        ("Masked agents took the lawyer from his office on Tuesday night.", "abduct"),
        ("Two bloggers were forcibly disappeared after the elections.", "abduct"),
        ("A suspected thief was stoned to death by a crowd in the market.", "execute"),
        ("The rebels handed over the town to the regular army on Monday.", "handover"),
    ],
)
def test_each_cue_gives_its_action(resources: Resources, text: str, action: str) -> None:
    sentence = next(iter(resources.nlp(text).sents))
    assert action in {found for _, found in extra_triggers(sentence)}


@pytest.mark.parametrize(
    "text",
    [
        "The unions threatened to stage a sit-in next week.",
        "The two sides did not sign a ceasefire.",
        "Residents closed their shops early for the holiday.",
        "The army said it might set up a base in the region.",
        "They are now forming new battalions in every district.",
    ],
)
def test_unreal_or_harmless_phrasings_give_no_cue(resources: Resources, text: str) -> None:
    sentence = next(iter(resources.nlp(text).sents))
    assert extra_triggers(sentence) == []
