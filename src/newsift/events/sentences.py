"""The sentences the events stage reads, with headlines given a parse they can use.

spaCy's small model misreads three things news scrapes are full of: a wire dateline
before the lede ("GAO, Mali (AP) — Gunmen killed ..."), whose capitals it takes for the
verb's subject; a paragraph break it does not treat as a sentence end ("6 September
2016\\n\\n10 civilians killed ..."), so a date stamp's digits run into a toll; and Title
Case headlines ("58 Killed in Suspected Gas Attack in Idlib"), whose words it tags as
names, so "Killed" governs nothing. Such pieces are parsed again on their own, Title
Case folded to lower case outside the place names the places stage found. The new
parse keeps the document's character offsets (the piece is parsed behind as many
spaces as it stands from the start), so evidence spans, places and dates line up as
for any other sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsift.text.datelines import LEDE_DATELINE

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from newsift.article import Article
    from newsift.resources import Resources

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
TITLE_SHARE = 0.7  # share of longer words capitalised that marks a headline
TITLE_MIN_WORDS = 4
# Re-parsed pieces are short (a headline, a paragraph's first words): a batch of articles
# has about a hundred, parsed in one step (steps of 256 took 8% less CPU than steps of 64).
PIECE_BATCH = 256


@dataclass
class SentencePlan:
    """The sentences of one article as :func:`event_sentences` gives them, before the
    pieces it parses again are parsed: each item a sentence of the parse, or the index
    of a piece among ``unparsed``."""

    order: list[SpacySpan | int] = field(default_factory=list)
    unparsed: list[Doc] = field(default_factory=list)


def plan_sentences(article: Article, nlp: Language | None) -> SentencePlan:
    """Which sentences stand as parsed and which pieces are parsed again (module docstring)."""
    assert article.doc is not None and article.document is not None
    text = article.document.text
    plan = SentencePlan()
    for sentence in article.doc.sents:
        pieces = _pieces(sentence.start_char, sentence.end_char, text)
        whole = text[sentence.start_char : sentence.end_char]  # its text, not joined anew
        if nlp is None or (len(pieces) == 1 and not title_case(whole)):
            plan.order.append(sentence)
            continue
        for start, end in pieces:
            piece = text[start:end]
            if title_case(piece):
                piece = _fold(piece, start, article)
            plan.order.append(len(plan.unparsed))
            plan.unparsed.append(_tokens_at(nlp, piece, start))
    return plan


def parse_pieces(nlp: Language | None, pieces: list[Doc]) -> list[Doc]:
    """The pieces parsed, in one ``nlp.pipe`` call: a third cheaper than one call each,
    and the same parse (the pieces of many articles may share a call)."""
    return list(nlp.pipe(pieces, batch_size=PIECE_BATCH)) if nlp is not None and pieces else []


def planned_sentences(plan: SentencePlan, parsed: list[Doc]) -> Iterator[SpacySpan]:
    """The sentences of ``plan``, ``parsed`` holding its pieces parsed, in its order."""
    for item in plan.order:
        if not isinstance(item, int):
            yield item
            continue
        doc = parsed[item]
        for sent in doc.sents:
            first = sent.start + (1 if doc[sent.start].is_space else 0)
            if first < sent.end:
                yield doc[first : sent.end]


def event_sentences(article: Article, nlp: Language | None) -> Iterator[SpacySpan]:
    """The parse's sentences; pieces the parse misreads, parsed again (module docstring)."""
    plan = plan_sentences(article, nlp)
    return planned_sentences(plan, parse_pieces(nlp, plan.unparsed))


def read_sentences(article: Article, resources: Resources) -> list[SpacySpan]:
    """Stage ``sentences``: the sentences the events stage reads (:func:`event_sentences`)."""
    if article.document is None or article.doc is None:
        return []
    return list(event_sentences(article, getattr(resources, "nlp", None)))


def read_sentences_many(articles: list[Article], resources: Resources) -> list[list[SpacySpan]]:
    """:func:`read_sentences` of each article, the pieces of all of them parsed in one
    ``nlp.pipe`` call (one call per article cost a fifth more)."""
    nlp = getattr(resources, "nlp", None)
    plans = [
        plan_sentences(a, nlp) if a.document is not None and a.doc is not None else None
        for a in articles
    ]
    parsed = parse_pieces(nlp, [doc for plan in plans if plan for doc in plan.unparsed])
    found: list[list[SpacySpan]] = []
    for plan in plans:
        if plan is None:
            found.append([])
            continue
        own, parsed = parsed[: len(plan.unparsed)], parsed[len(plan.unparsed) :]
        found.append(list(planned_sentences(plan, own)))
    return found


def _tokens_at(nlp: Language, piece: str, start: int) -> Doc:
    """The tokens of ``piece`` at their document offsets, unparsed: one whitespace
    token of ``start`` characters stands before it (tokenising that many spaces for
    every late piece cost more than the parse of the piece itself)."""
    from spacy.tokens import Doc

    tokens = nlp.make_doc(piece)
    if start == 0:
        return tokens
    words = [" " * start, *(t.text for t in tokens)]
    spaces = [False, *(bool(t.whitespace_) for t in tokens)]
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _pieces(start: int, end: int, text: str) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for match in PARAGRAPH_BREAK.finditer(text, start, end):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, end))
    split: list[tuple[int, int]] = []
    for s, e in pieces:
        dateline = LEDE_DATELINE.match(text, s, e)
        if dateline is not None and dateline.end() < e:
            split += [(s, dateline.end()), (dateline.end(), e)]
        else:
            split.append((s, e))
    return [(s, e) for s, e in split if text[s:e].strip()]


def title_case(text: str) -> bool:
    """Does this read as a Title Case headline rather than a sentence?"""
    words = LONG_WORD.findall(text)
    if len(words) < TITLE_MIN_WORDS:
        return False
    return sum(word[0].isupper() for word in words) >= TITLE_SHARE * len(words)


def _fold(piece: str, offset: int, article: Article) -> str:
    """Lower case outside known place names, keeping every character's position."""
    keep = [False] * len(piece)
    for place in article.places:
        for i in range(max(place.start - offset, 0), min(place.end - offset, len(piece))):
            keep[i] = True
    keep[: len(piece) - len(piece.lstrip()) + 1] = [True] * (len(piece) - len(piece.lstrip()) + 1)
    return "".join(c if keep[i] or len(c.lower()) != 1 else c.lower() for i, c in enumerate(piece))
