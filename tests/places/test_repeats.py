"""A place named again where the recogniser missed it or called it a person."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.mentions import find_mentions
from newsift.places.repeats import _occurrences
from newsift.places.stage import find_places
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> list[Place]:
    return find_places(parsed_article(resources, text, "2024-05-02"), resources)


def test_every_occurrence_of_a_place_already_named_is_a_mention(resources: Resources) -> None:
    text = (
        "Firefighters battled a blaze at a warehouse in Slidell, La., on Tuesday night. "
        "(Photo: Slidell PD) Nobody was hurt, the Slidell fire chief said."
    )
    slidells = [p for p in _places(resources, text) if p.name == "Slidell"]
    assert len(slidells) == 3
    assert all(p.admin1 == "Louisiana" for p in slidells)


def test_a_name_inside_a_persons_full_name_is_no_repeat(resources: Resources) -> None:
    text = (
        "Floodwaters rose across Austin on Monday. Volunteers led by the basketball "
        "player Austin Rivers filled sandbags near the river."
    )
    doc = resources.nlp(text)
    assert any(e.text == "Austin Rivers" and e.label_ == "PERSON" for e in doc.ents)
    starts = [m.start for m in find_mentions(doc, text, resources.gazetteer)]
    assert text.index("Austin") in starts
    assert text.rindex("Austin") not in starts


def test_a_repeat_does_not_move_the_storys_focus(resources: Resources) -> None:
    # Slidell is named once, then twice more in credits: New Orleans, as big a part of
    # the story and the bigger town, stays the town Chartres Street is in.
    text = (
        "Police said a fire damaged a bakery on Chartres Street overnight. The owner lives "
        "in Slidell, La., and runs a second bakery in New Orleans. (Photo: Slidell PD) "
        "Slidell PD said the owner was not hurt."
    )
    doc = resources.nlp(text)
    mentions = find_mentions(doc, text, resources.gazetteer)
    slidell = [m.repeat for m in mentions if text[m.start : m.end] == "Slidell"]
    assert slidell == [False, True, True]
    found = {p.name: p for p in _places(resources, text)}
    assert found["Chartres Street"].resolved == "New Orleans"


def test_a_bare_name_called_an_organisation_is_not_repeated(resources: Resources) -> None:
    text = (
        "The bill was debated in Congress on Monday. Congress is expected to vote on it "
        "before the recess, aides said."
    )
    doc = resources.nlp(text)
    second = text.rindex("Congress")
    assert any(e.start_char == second and e.label_ == "ORG" for e in doc.ents)
    starts = [m.start for m in find_mentions(doc, text, resources.gazetteer)]
    assert text.index("Congress") in starts  # "in Congress": a cue makes it a place
    assert second not in starts


def test_a_repeat_is_marked_so_it_does_not_count_again_where_the_story_is(
    resources: Resources,
) -> None:
    text = (
        "Firefighters battled a blaze at a warehouse in Slidell, La., on Tuesday night. "
        "(Photo: Slidell PD) Nobody was hurt, the Slidell fire chief said."
    )
    kinds = [p.kind for p in _places(resources, text) if p.name == "Slidell"]
    assert kinds.count("repeat") >= 1 and kinds[0] is None


def test_occurrences_stand_alone_leftmost_and_longest_first() -> None:
    text = "Kyiv's mayor left Kyiv-based Kyivstar for Kyiv’ska Street, Kyiv’s centre and Kyiv."
    spans = _occurrences(text, ["Kyiv"])
    # "Kyiv-based", "Kyivstar" and "Kyiv’ska" are other words; a possessive is Kyiv.
    assert [text[s : e + 2] for s, e in spans] == ["Kyiv's", "Kyiv’s", "Kyiv."]
    text = "New Kakhovka and Kakhovka"
    assert _occurrences(text, ["New Kakhovka", "Kakhovka"]) == [(0, 12), (17, 25)]
