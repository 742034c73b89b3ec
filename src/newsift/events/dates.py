"""Speech dates: "UNICEF said in a statement on Thursday" dates the saying, not the attack.

A report often dates only its source's words; the attack itself may be a day or two
older and told again, with a larger toll, under its own date ("On Tuesday some 80 people
were killed"). A date whose nearest governing word is a verb or noun of saying is kept
only as a fallback for the incident's date, so it neither blocks that merge nor wins
over a date the attack is told with. ("Claim" is no verb of saying here: an attack
"claimed 100 lives last week".)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsift.dates.timex import ResolvedDate

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsift.article import Article

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


# How an event's date was decided (``Event.date_basis``): written as a calendar date
# ("on 3 March"), resolved from words relative to the publication ("on Tuesday",
# "last night"), or, with no day stated, the publication date of a same-day report, or
# the day the article's lede states (a note or dispatch without a publication date).
DateBasis = Literal["stated", "relative", "publication", "lede"]
CALENDAR = re.compile(
    r"\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)",
    re.IGNORECASE,
)


def basis_of(sentence: SpacySpan, article: Article, date: ResolvedDate | None) -> DateBasis | None:
    """ "stated" when the sentence writes ``date`` as a calendar date, "relative" when
    it resolves it from words like "on Tuesday" or "yesterday"; None without a date."""
    if date is None:
        return None
    texts = [
        m.text for m in article.dates
        if m.value == date.value and sentence.start_char <= m.start < sentence.end_char
    ]  # fmt: skip
    return "stated" if any(CALENDAR.search(text) for text in texts) else "relative"


# An incident told as one of the past, on a day the text does not give: "one of the
# recent strikes", "an earlier attack", "previous raids".
RECALLED = re.compile(r"\b(?:recent|earlier|previous|past|prior|former)\b", re.IGNORECASE)


def fallback_date(article: Article, told: str) -> tuple[ResolvedDate, DateBasis] | None:
    """The day an incident the text gives no day for took place, as ACLED codes it.

    A news report tells of what happened the day it appeared: its publication date,
    when the document states one (not one inferred from the dates it mentions) and the
    incident (first told in ``told``) is not recalled as a past one. A text without a
    publication date (an incident note, a dispatch) states its day in the lede: the
    first full date of its first sentence.
    """
    assert article.document is not None
    published = article.document.published
    if published and len(published) >= len("YYYY-MM-DD"):
        if article.document.published_basis == "inferred" or RECALLED.search(told):
            return None
        return ResolvedDate(published[:10], "day"), "publication"
    if article.doc is None:
        return None
    first = next(iter(article.doc.sents), None)
    for mention in sorted(article.dates, key=lambda m: m.start):
        if first is None or mention.start >= first.end_char:
            break
        if mention.value and len(mention.value) == len("YYYY-MM-DD") and (
            mention.precision in (None, "day")
        ):
            return ResolvedDate(mention.value, "day"), "lede"
    return None
