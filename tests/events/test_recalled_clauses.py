"""Words of a sentence that belong to another incident than its own (own sentences)."""

from __future__ import annotations

from newsift.events.recalled_clauses import without_recalled
from newsift.events.weapons import find_weapons
from newsift.resources import Resources


def _weapons(resources: Resources, text: str) -> list[str]:
    sentence = next(iter(resources.nlp(text).sents))
    kept = without_recalled(sentence, [t.lemma_.lower() for t in sentence])
    return [weapon.name for _, weapon in find_weapons(kept)]


def test_the_reply_to_an_incident_keeps_its_weapon_to_itself(resources: Resources) -> None:
    text = ("Villagers buried the six people killed in the air strike on Monday, as the"
            " militia fired mortars at army posts in response.")
    assert _weapons(resources, text) == ["aircraft"]
    assert _weapons(resources, "The militia fired mortars at army posts on Monday.") == [
        "mortar"]


def test_a_campaign_going_on_keeps_its_weapon_to_itself(resources: Resources) -> None:
    text = "A drone killed two farmers near the town on Friday as shelling continued."
    assert _weapons(resources, text) == ["drone"]
