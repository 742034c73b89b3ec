from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pytest
from builders import parsed_article

from newsift.events import sentences
from newsift.events.sentences import event_sentences
from newsift.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Token

TEXT = (
    "9 May 2024\n\nDrone Attack Wounds Six Near Port In Odesa\n\n"
    "Officials said the drones struck a warehouse overnight.\n\n"
    "Regional Governor Says Repairs Will Take Weeks"
)


def _analysis(span: Iterable[Token]) -> list[tuple[str, int, str, str, str, str, str]]:
    return [(t.text, t.idx, t.tag_, t.dep_, t.head.text, t.lemma_, t.ent_type_) for t in span]


def test_pieces_keep_document_offsets(resources: Resources) -> None:
    article = parsed_article(resources, TEXT, "2024-05-09")
    found = list(event_sentences(article, resources.nlp))
    assert "drone attack wounds six near port in odesa" in [s.text.lower() for s in found]
    for sentence in found:
        assert TEXT[sentence.start_char : sentence.end_char].lower() == sentence.text.lower()


def test_pieces_parsed_together_as_each_alone(
    resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pieces of a document go through one nlp.pipe call, for speed only: each
    must read as its own parse would."""
    article = parsed_article(resources, TEXT, "2024-05-09")
    together = [_analysis(s) for s in event_sentences(article, resources.nlp)]
    monkeypatch.setattr(sentences, "PIECE_BATCH", 1)
    alone = [_analysis(s) for s in event_sentences(article, resources.nlp)]
    assert len(together) >= 4
    assert together == alone


def test_a_piece_parses_as_it_does_behind_its_spaces(resources: Resources) -> None:
    """The piece's tokens are built behind one whitespace token: the parse must be the
    one the piece gets parsed as text behind that many spaces."""
    article = parsed_article(resources, TEXT, "2024-05-09")
    pieces = [s for s in event_sentences(article, resources.nlp) if s.doc is not article.doc]
    assert pieces
    for sentence in pieces:
        written = sentence.doc.text
        start = len(written) - len(written.lstrip(" "))
        behind = resources.nlp(" " * start + written[start:])
        words = [t for t in behind if not t.is_space]
        expected = [a for a in _analysis(words) if sentence.start_char <= a[1] < sentence.end_char]
        assert _analysis(sentence) == expected


OTHER = (
    "SUMY, Ukraine (Reuters) — Shelling damaged a school in the border town on Friday.\n\n"
    "Missile Strike Cuts Power To Thousands In Kharkiv"
)


def test_a_batch_reads_each_article_as_alone(resources: Resources) -> None:
    """The sentences stage parses the pieces of a whole batch in one call: each article
    must get the sentences, and the parse, it gets on its own."""
    articles = [
        parsed_article(resources, TEXT, "2024-05-09"),
        parsed_article(resources, "Officials met in the capital on Monday.", "2024-05-09"),
        parsed_article(resources, OTHER, "2024-05-10"),
    ]
    batch = sentences.read_sentences_many(articles, resources)
    alone = [sentences.read_sentences(article, resources) for article in articles]
    assert [len(found) for found in batch] == [len(found) for found in alone]
    assert sum(s.doc is not a.doc for a, found in zip(articles, batch, strict=True)
               for s in found) >= 5
    for found_in_batch, found_alone in zip(batch, alone, strict=True):
        assert [_analysis(s) for s in found_in_batch] == [_analysis(s) for s in found_alone]
