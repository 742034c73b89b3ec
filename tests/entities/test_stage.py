"""Stage `entities`: canonical names, merged mentions, cheap label fixes."""

from __future__ import annotations

from newsift.article import Article
from newsift.entities.stage import find_entities
from newsift.model import Document, Entity, RawInput
from newsift.resources import Resources

TEXT = (
    "Russian President Vladimir Putin met Chinese officials in Moscow on Tuesday. "
    "The North Atlantic Treaty Organization warned that Putin was preparing a new offensive.\n\n"
    "NATO Secretary General Jens Stoltenberg said the alliance would meet in Brussels. "
    "Stoltenberg’s deputy added that Vladimir Putin had rejected every proposal."
)


def entities_of(resources: Resources, text: str) -> dict[str, Entity]:
    raw = RawInput(source="test", kind="text", content=text, digest="test")
    document = Document(
        id="test", source="test", title=None, published="2024-03-05",
        published_basis="header", language="en", text=text,
    )
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    return {e.name: e for e in find_entities(article, resources)}


def test_person_mentions_merge_under_the_full_name(resources: Resources) -> None:
    found = entities_of(resources, TEXT)
    assert found["Vladimir Putin"].label == "PERSON"
    assert found["Vladimir Putin"].mentions == 3
    assert "Putin" not in found
    assert "Russian President Vladimir Putin" not in found


def test_possessives_and_surnames_join_the_person(resources: Resources) -> None:
    found = entities_of(resources, TEXT)
    assert found["Jens Stoltenberg"].label == "PERSON"
    assert found["Jens Stoltenberg"].mentions == 2
    assert not any(name.endswith("’s") for name in found)


def test_an_acronym_and_its_long_form_are_one_organisation(resources: Resources) -> None:
    found = entities_of(resources, TEXT)
    assert found["NATO"].label == "ORG"
    assert found["NATO"].mentions == 2
    assert "North Atlantic Treaty Organization" not in found


def test_places(resources: Resources) -> None:
    found = entities_of(resources, TEXT)
    assert found["Moscow"].label == "GPE"
    assert found["Brussels"].label == "GPE"


def test_a_capital_spacy_takes_for_a_person_is_a_place(resources: Resources) -> None:
    found = entities_of(resources, "Kyiv has been taking every possible measure, Kyiv said.")
    assert all(e.label != "PERSON" for e in found.values())
