"""Stage `dates`: every date expression in the body, resolved against the publication date.

Candidates come from patterns (news dates are formulaic, and spaCy misses bare weekdays
and "on 15 February" often enough) and from spaCy DATE entities the patterns do not
cover; a spaCy entity is kept only when it resolves, so durations ("two years") and
vague phrases ("recent days") stay out.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsift.dates.anaphora import anaphoric_dates
from newsift.dates.holidays import OBJECT_AFTER
from newsift.dates.holidays import TEXT_PATTERN as _HOLIDAY
from newsift.dates.night import night_pattern
from newsift.dates.timex import resolve_date
from newsift.model import DateMention
from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsift.article import Article
    from newsift.resources import Resources

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_SHORT_MONTH = (
    r"(?:January|February|April|June|July|August|September|October|November|"
    r"December)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_YEAR = r"(?:(?:1[89]|20)\d\d)"
_PART = r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+|the\s+(?:start|beginning|middle|end)\s+of\s+)"
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPOKEN_YEAR = (
    r"(?i:(?:nineteen|twenty)[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:-[a-z]+)?|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty(?:-[a-z]+)?))?)\b"
)
_TIME = r"(?:\s+(?:morning|afternoon|evening|night))?"
_PREP = r"(?:(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate)\s+)"

# Ordered longest-first within one alternation, so "Wednesday, April 10" beats "Wednesday".
# Every alternative opens with a letter or a digit: the lookahead turns down the end of
# each word at once instead of trying every alternative there (the search took 40% less).
DATE_PATTERN = re.compile(
    rf"\b(?=\w)(?:[Oo]n\s+|[Ii]n\s+)?(?:"
    rf"{night_pattern(_MONTH, _WEEKDAY, _DAY, _YEAR)}"
    rf"|\d{{4}}-\d\d-\d\d"
    rf"|(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"
    rf"|(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"
    rf"|{_PART}?{_MONTH},?\s+(?:of\s+)?(?:{_YEAR}\b|{_SPOKEN_YEAR}|(?:last|this|next)\s+year\b)"
    rf"|(?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?)\s+{_MONTH}\b(?!\.?\s+{_DAY}\b)"
    rf"|{_PART}?{_SHORT_MONTH}\b(?!\s+{_DAY}\b)"
    rf"|(?:{_PREP}|{_PART}){_PART}?(?:March|May)\b(?!\s+{_DAY}\b)"
    rf"|(?:(?:[Ll]ate|[Ee]arly)\s+(?:on\s+)?)?"
    rf"(?:(?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?)\s+)?{_WEEKDAY}{_TIME}"
    rf"|{_HOLIDAY}"
    rf"|(?i:(?:earlier\s+|later\s+)?(?:today|tonight|yesterday|tomorrow)){_TIME}"
    rf"|(?i:last\s+night|this\s+(?:morning|afternoon|evening))"
    rf"|(?i:(?:earlier\s+|later\s+)?(?:last|next|this|the\s+past|past|the\s+previous|"
    rf"the\s+coming)\s+(?:week|weekend|month|year))"
    rf"|(?i:(?:at|over)\s+the\s+weekend)"
    rf"|(?i:{_NUMBER}\s+(?:day|week|month|year)s?\s+ago)"
    rf"|(?:the\s+year\s+)?{_SPOKEN_YEAR}"
    rf"|(?:the\s+year\s+)?(?<![\d$€£.,-]){_YEAR}(?![\d%]|,\d|\.\d|-\d|\s+(?:people|percent))"
    rf")\b"
)


def publication_date(article: Article) -> dt.date | None:
    """The anchor for relative expressions: the document's publication date, if known."""
    published = article.document.published if article.document else None
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "would"})
# Words just before a date that make it a deadline or a due date, so it lies ahead.
_FORWARD_CUE = re.compile(
    r"\b(?:until|till|by|as (?:soon|early) as|no later than|payable|effective|due"
    r"|deadline of|expires?|expiring)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_OPEN_CUES = frozenset({"until", "till", "by"})  # ahead unless told in the past
_STATIVE = frozenset({"be", "have", "say", "tell", "report", "remain", "include", "mean"})
_PAST_PREPS = frozenset({"on", "in", "during", "at", "since"})
_PRESENT_AUX = frozenset({"is", "are", "am", "has", "have", "does", "do", "'s", "'re"})
_LOOKING_AHEAD = frozenset({"due", "scheduled", "set", "expected", "plans", "planned", "going"})


def _governor(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return token


def looks_ahead(doc: Doc, start: int, end: int) -> bool:
    """Whether the span points ahead: "will meet on Friday", "until March 6", "payable
    Dec. 15", "meet separately Monday" (a present tense with a date is an arrangement)."""
    token = _governor(doc, start, end)
    if token is None:
        return False
    cue = _FORWARD_CUE.search(text_of(doc)[max(0, start - 24) : start])
    if cue and cue[0].split()[0].lower() not in _OPEN_CUES:
        return True
    if cue and not any(child.lower_ == "had" for child in token.children):
        return True  # "postponed until Tuesday", but not "until Thursday they had not"
    if any(child.lower_ in _FUTURE_AUX for child in token.children):
        return True
    verb = _attached_verb(doc, start, end)
    if verb is not None:
        auxes = {child.lower_ for child in verb.children if child.dep_ == "aux"}
        if verb.tag_ in ("VBP", "VBZ") and verb.lemma_ not in _STATIVE and not auxes:
            return True
        if verb.tag_ == "VBG" and auxes & {"is", "are", "'re"}:
            return True  # "is travelling Thursday"
    # "talks are due to resume on Monday", "is scheduled to arrive", "plans to visit"
    governor = token.head if token.dep_ == "xcomp" else token
    # "is set for Friday", "set to resume on Monday", but not "a mob set fire ... on
    # Thursday": "set" arranges only as a participle or with what it sets going.
    arranged = governor.lower_ != "set" or token.dep_ == "xcomp" or governor.tag_ == "VBN" or any(
        child.dep_ in {"aux", "auxpass"} for child in governor.children
    )
    return (governor.lower_ in _LOOKING_AHEAD and arranged) or any(
        child.lower_ in _FUTURE_AUX for child in governor.children
    )


def _attached_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb a date modifies directly ("left Tuesday", "met on Aug. 6"), if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root.head
    if token.pos_ == "ADP" and token.lower_ in _PAST_PREPS and span.root.dep_ == "pobj":
        token = token.head
    elif span.root.dep_ not in ("npadvmod", "tmod", "obl"):
        return None
    return token if token.pos_ in ("VERB", "AUX") else None


def _past(token: Token) -> bool:
    auxes = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in _FUTURE_AUX or aux.lower_ in _PRESENT_AUX for aux in auxes):
        return False
    if token.tag_ == "VBD" and not auxes:
        return True
    return any(aux.tag_ == "VBD" for aux in auxes)


def looks_back(doc: Doc, start: int, end: int) -> bool:
    """Whether the date says when a past action happened: "was killed in March".

    Only a date tied straight to a past verb ("left Tuesday", "met on Aug. 6", "had
    fallen in March") counts; "extended to Nov. 16" or "a cut in September" say nothing
    of when the date lies.
    """
    token = _attached_verb(doc, start, end)
    return token is not None and _past(token)


def find_dates(article: Article, resources: Resources) -> list[DateMention]:
    if article.document is None:
        return []
    text = article.document.text
    anchor = publication_date(article)
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    doc = article.doc
    for match in DATE_PATTERN.finditer(text):
        start, end = match.span()
        future = doc is not None and looks_ahead(doc, start, end)
        past = doc is not None and not future and looks_back(doc, start, end)
        resolved = resolve_date(match.group(), anchor, future=future, past=past)
        mentions.append(
            DateMention(
                text[start:end],
                start,
                end,
                resolved.value if resolved else None,
                resolved.precision if resolved else None,
            )
        )
        taken.append((start, end))
    if article.doc is not None:
        for ent in article.doc.ents:
            if ent.label_ != "DATE":
                continue
            start, end = ent.start_char, ent.end_char
            if any(start < e and s < end for s, e in taken) or OBJECT_AFTER.match(text, end):
                continue
            future = looks_ahead(article.doc, start, end)
            past = not future and looks_back(article.doc, start, end)
            resolved = resolve_date(ent.text, anchor, future=future, past=past)
            if resolved is not None:
                mentions.append(
                    DateMention(text[start:end], start, end, resolved.value, resolved.precision)
                )
                taken.append((start, end))
    mentions.sort(key=lambda m: m.start)
    mentions.extend(anaphoric_dates(text, mentions, anchor))
    mentions.sort(key=lambda m: m.start)
    return mentions
