"""Verbs of saying and who speaks through them."""

from __future__ import annotations

from newsift.entities.speech_verbs import subject_of
from newsift.resources import Resources


def test_a_second_verb_of_saying_joined_to_a_content_has_the_first_ones_subject(
    resources: Resources,
) -> None:
    doc = resources.nlp(
        "Governor Petro Koval said the dam would be repaired by June and criticized the "
        "contractors for the long delays."
    )
    criticized = next(t for t in doc if t.text == "criticized")
    subject = subject_of(criticized)
    assert subject is not None and subject.text == "Koval"
