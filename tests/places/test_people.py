"""Names shown to be people, groups or agencies are dropped from the place mentions."""

from __future__ import annotations

from newsift.places.model import Mention
from newsift.places.people import without_people
from newsift.resources import Resources


def _kept(resources: Resources, text: str, names: list[str]) -> list[str]:
    mentions = [Mention(text.index(n), text.index(n) + len(n), "entity", n) for n in names]
    kept = without_people(mentions, resources.nlp(text), text, resources.gazetteer)
    return [text[m.start : m.end] for m in kept]


def test_surnames_groups_and_agencies_are_no_places(resources: Resources) -> None:
    text = "Lloyd Austin met Hamas envoys. Austin told the Anadolu news agency in Ankara."
    assert _kept(resources, text, ["Hamas", "Anadolu", "Ankara"]) == ["Ankara"]
    later = text.index("Austin told")
    mention = Mention(later, later + len("Austin"), "entity", "Austin")
    assert without_people([mention], resources.nlp(text), text, resources.gazetteer) == []
