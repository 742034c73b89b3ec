"""The spaCy model is loaded with the components the stages read, and nothing else."""

from __future__ import annotations

from newsift.resources import Resources
from newsift.text.nlp import COMPONENTS


def test_only_the_components_the_stages_read_run(resources: Resources) -> None:
    nlp = resources.nlp
    assert tuple(nlp.pipe_names) == COMPONENTS
    assert "senter" not in nlp.component_names  # not loaded at all, not merely disabled
    doc = nlp("Russian drones struck a depot in Odesa on Monday, officials said.")
    assert [t.lemma_ for t in doc if t.text == "struck"] == ["strike"]
    assert {e.label_ for e in doc.ents} >= {"NORP", "DATE"}
    assert any(t.dep_ == "nsubj" for t in doc) and len(list(doc.sents)) == 1
