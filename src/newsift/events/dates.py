"""Speech dates: "UNICEF said in a statement on Thursday" dates the saying, not the attack.

A report often dates only its source's words; the attack itself may be a day or two
older and told again, with a larger toll, under its own date ("On Tuesday some 80 people
were killed"). A date whose nearest governing word is a verb or noun of saying is kept
only as a fallback for the incident's date, so it neither blocks that merge nor wins
over a date the attack is told with. ("Claim" is no verb of saying here: an attack
"claimed 100 lives last week".)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from newsift.dates.timex import ResolvedDate
from newsift.events.taxonomy import TRIGGERS
from newsift.text.numbers import parse_count

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsift.article import Article

SAY_VERBS = frozenset(
    {"say", "state", "announce", "report", "tell", "add", "confirm", "declare",
     "write", "note", "warn", "accuse", "blame", "deny", "insist", "estimate", "post",
     # reactions, dated by when they were voiced: "the UN on Wednesday condemned an attack"
     "condemn", "denounce", "deplore", "decry", "criticise", "criticize", "mourn"}
)  # fmt: skip
SAY_NOUNS = frozenset(
    {"statement", "report", "interview", "briefing", "communique", "announcement", "tweet",
     "press", "conference", "remarks", "declaration"}
)  # fmt: skip


def _said(token: Token) -> bool:
    """Is the date at ``token`` governed by a word of saying, or by a toll's revision,
    before any other verb?"""
    if token.dep_ in {"poss", "compound"} and token.head.lemma_.lower() in TRIGGERS:
        return False  # "yesterday's massacre": the incident's own day, whoever counts it
    for head in token.ancestors:
        if head.lemma_.lower() in SAY_NOUNS and head.pos_ in {"NOUN", "PROPN"}:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            # "The league condemns the shooting of marchers on Thursday": a statement in
            # the present is made now; the day it names is the incident's.
            now = head.tag_ in {"VBZ", "VBP"}
            return head.lemma_.lower() in SAY_VERBS and not now or _recount(head)
    return False


# "The number of officers killed rose to 14 on Wednesday": the day the count was given.
RECOUNT_VERBS = frozenset({"rise", "climb", "reach", "jump", "increase", "grow", "mount", "stand"})
COUNTS = frozenset({"toll", "number", "count", "figure", "tally"})


def _recount(verb: Token) -> bool:
    return verb.lemma_.lower() in RECOUNT_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in COUNTS for c in verb.children
    )


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
# the day the article's lede states (a note or dispatch without a publication date), or
# the day of the incident told just before ("context": "an hour later a second bomb").
DateBasis = Literal["stated", "relative", "publication", "lede", "context"]
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


# "three days after", "a week before": how far an incident told in such a clause lies
# from the day its sentence is dated by.
_INTERVAL_DAYS = {"day": 1, "week": 7}
_INTERVAL_WORDS = frozenset({"after", "before"})


def interval_shifted(
    date: ResolvedDate | None, triggers: list[Token], sentence: SpacySpan, article: Article
) -> ResolvedDate | None:
    """The day of an incident told in an interval clause ("mourners gathered on Sunday,
    three days after the girl was killed"): the sentence's date dates the main clause,
    so the incident lies that many days before it (after it, for "before"). A date
    written inside the clause itself dates the incident and stands. Without a date,
    a main clause in the present ("Four days after the strike, families have fled")
    tells the day the paper appeared, and the interval counts back from it."""
    undated = date is None
    if date is None:
        date = _now_of(sentence, article)
    if date is None or date.precision != "day":
        return None if undated else date
    # The first trigger; where that is no deed but the dead ("buried their dead, three
    # days after fighters stormed the village"), the first told in an interval clause.
    # A deed told first ("bombed a hospital, a day after a clinic was hit") keeps its day.
    told = triggers if triggers and triggers[0].pos_ not in {"VERB", "AUX"} else triggers[:1]
    found = next((f for t in told if (f := _interval(t)) is not None), None)
    if found is None:
        return None if undated else date
    days, clause = found
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    inside = any(
        start <= m.start < end and m.value == date.value
        for m in article.dates
        if sentence.start_char <= m.start < sentence.end_char
    )
    if inside:
        return date
    try:
        day = dt.date.fromisoformat(date.value) - dt.timedelta(days=days)
    except ValueError:
        return date
    return ResolvedDate(day.isoformat(), "day")


def _now_of(sentence: SpacySpan, article: Article) -> ResolvedDate | None:
    """The paper's day, when the sentence's main verb tells the present ("have fled",
    "say", "remain"): the day an interval in it counts from."""
    published = article.document.published if article.document else None
    root = sentence.root
    present = root.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in root.children)
    if not published or not present or len(published) != len("YYYY-MM-DD"):
        return None
    return ResolvedDate(published, "day")


def _interval(trigger: Token) -> tuple[int, Token] | None:
    """Signed days (positive: the trigger is earlier) and the clause's head, when the
    trigger sits in "N days after ..." or "N days before ..."."""
    for head in [trigger, *trigger.ancestors]:
        word: Token | None = head
        if not (head.lower_ in _INTERVAL_WORDS and head.dep_ == "prep"):
            marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ in _INTERVAL_WORDS]
            word = marks[0] if marks else None
        if word is None:
            continue
        days = _days_under(head)
        if days is None and word is not head:
            days = _days_under(word)  # "three days" hung on "after" itself
        if days is None:
            return None
        return (days if word.lower_ == "after" else -days), head
    return _told_earlier(trigger)


def _told_earlier(trigger: Token) -> tuple[int, Token] | None:
    """ "the victims of a strike that hit the block two days earlier": an adverb of the
    trigger's own phrase that dates it from the sentence's date."""
    for token in trigger.subtree:
        if token.dep_ != "advmod" or token.lower_ not in {"earlier", "before", "later"}:
            continue
        days = _days_under(token)
        if days is not None:
            return (-days if token.lower_ == "later" else days), trigger
    return None


def _days_under(node: Token) -> int | None:
    """The days a "three days" or "a week" hung on ``node`` counts, if it hangs one."""
    for unit in node.children:
        if unit.dep_ != "npadvmod" or unit.lemma_.lower() not in _INTERVAL_DAYS:
            continue
        for child in unit.children:
            if child.dep_ == "det" and child.lower_ in {"a", "an"}:
                return _INTERVAL_DAYS[unit.lemma_.lower()]
            if child.dep_ == "nummod":
                count = parse_count(child.text)
                return None if count is None else count * _INTERVAL_DAYS[unit.lemma_.lower()]
        return None
    return None
