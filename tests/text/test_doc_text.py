"""The Doc's text, joined once."""

from __future__ import annotations

from newsift.resources import Resources
from newsift.text.doc_text import text_of


def test_text_of_is_the_docs_text_and_is_kept(resources: Resources) -> None:
    doc = resources.nlp("Shelling hit Kherson overnight.  Two people were hurt.")
    assert text_of(doc) == doc.text
    assert doc.user_data["newsift.text"] == doc.text
    doc.user_data["newsift.text"] = "kept"  # a second call reads the kept copy
    assert text_of(doc) == "kept"
