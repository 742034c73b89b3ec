"""The Doc's text, joined once."""

from __future__ import annotations

from newsift.resources import Resources
from newsift.text.doc_text import capitalised, parsed, span_text, text_of


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


def test_span_text_is_the_spans_own_text(resources: Resources) -> None:
    text = "Rockets hit Odesa port.\n\nThree dock workers were hurt, officials said.  "
    doc = parsed(resources.nlp(text), text)
    spans = [*doc.sents, doc[1:3], doc[len(doc) - 3 : len(doc) - 1]]
    assert [span_text(span) for span in spans] == [span.text for span in spans]
    assert span_text(doc[0:2]) == "Rockets hit"


def test_capitalised_is_whether_each_token_opens_with_a_capital(resources: Resources) -> None:
    text = "Ukrainian drones struck Belgorod.\n\n\u00c9lite units said “Nothing” was hit."
    doc = parsed(resources.nlp(text), text)
    assert capitalised(doc) == [t.text[:1].isupper() for t in doc]
    assert capitalised(doc)[:4] == [True, False, False, True]
