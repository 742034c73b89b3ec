"""Whether a trigger tells something that happened (own sentences)."""

from __future__ import annotations

from newsift.events.reality import is_real
from newsift.model import RawInput
from newsift.pipeline import Pipeline
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


def test_what_was_done_without_is_what_did_not_happen(resources: Resources) -> None:
    text = "The rebels took the town without firing a single shot."
    assert not _real(resources, text, "firing")
    assert not _real(resources, "The army entered the city without a fight.", "fight")
    assert _real(resources, "The army fought for the city without air support.", "fought")


def test_a_headline_tells_the_past_in_the_present(pipeline: Pipeline) -> None:
    text = "Rebels seize Kidal\n\nThe rebels said on Sunday that they held the town."
    raw = RawInput(source="t", kind="text", content=text, digest="head", published="2024-03-04")
    events = pipeline.run(raw).events
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_present_tense_in_running_text_is_a_habit(resources: Resources) -> None:
    text = "Officials fear that rebels seize border towns whenever the army withdraws."
    assert not _real(resources, text, "seize")


def test_the_incident_a_span_is_counted_from_happened(resources: Resources) -> None:
    # "Since the blast on Friday": the blast happened; the span since then is background.
    text = "Since the blast late Friday at the depot, the two sides have traded blame."
    assert _real(resources, text, "blast")
    assert not _real(resources, "Since the war began, shelling has killed thousands.", "shelling")


def test_a_record_counted_since_a_start_is_no_habit(resources: Resources) -> None:
    text = ("A missile hit a fish market in the port on Monday, killing 14 people, the"
            " deadliest strike on the port since the war began.")
    assert _real(resources, text, "killing")
    text = "A drone hit a bus near the border, the first attack on the town since 2022."
    assert _real(resources, text, "hit")
    # A toll counted since a start is still a campaign's.
    assert not _real(resources, "Shelling has killed 40 people in the town since the siege"
                                " began.", "killed")

