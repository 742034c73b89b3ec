"""Speech dates: "UNICEF said in a statement on Thursday" dates the saying, not the attack.

A report often dates only its source's words; the attack itself may be a day or two
older and told again, with a larger toll, under its own date ("On Tuesday some 80 people
were killed"). A date whose nearest governing word is a verb or noun of saying is kept
only as a fallback for the incident's date, so it neither blocks that merge nor wins
over a date the attack is told with. ("Claim" is no verb of saying here: an attack
"claimed 100 lives last week".)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsift.article import Article
    from newsift.dates.timex import ResolvedDate

SAY_VERBS = frozenset(
    {"say", "state", "announce", "report", "tell", "add", "confirm", "declare",
     "write", "note", "warn", "accuse", "blame", "deny", "insist", "estimate", "post"}
)  # fmt: skip
SAY_NOUNS = frozenset(
    {"statement", "report", "interview", "briefing", "communique", "announcement", "tweet",
     "press", "conference", "remarks", "declaration"}
)  # fmt: skip


def _said(token: Token) -> bool:
    """Is the date at ``token`` governed by a word of saying before any other verb?"""
    for head in token.ancestors:
        if head.lemma_.lower() in SAY_NOUNS and head.pos_ in {"NOUN", "PROPN"}:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return head.lemma_.lower() in SAY_VERBS
    return False


def speech_date(sentence: SpacySpan, article: Article, date: ResolvedDate | None) -> bool:
    """Is ``date`` (the sentence's date for its incident) the date of a statement?"""
    if date is None:
        return False
    doc = sentence.doc
    for mention in article.dates:
        if mention.value != date.value:
            continue
        if not sentence.start_char <= mention.start < sentence.end_char:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and len(span) and _said(span.root):
            return True
    return False
