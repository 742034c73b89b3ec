"""The Doc's text, joined once."""

from __future__ import annotations

from newsift.resources import Resources
from newsift.text.doc_text import parsed, text_of


def test_text_of_is_the_docs_text_and_is_kept(resources: Resources) -> None:
    doc = resources.nlp("Shelling hit Kherson overnight.  Two people were hurt.")
    assert text_of(doc) == doc.text
    assert doc.user_data["newsift.text"] == doc.text
    doc.user_data["newsift.text"] = "kept"  # a second call reads the kept copy
    assert text_of(doc) == "kept"


def test_parsed_keeps_the_text_the_parse_was_given(resources: Resources) -> None:
    text = "Drones hit a grain terminal.\n\nThe port reopened on Friday."
    doc = parsed(resources.nlp(text), text)
    assert text_of(doc) == text == doc.text
