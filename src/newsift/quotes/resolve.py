"""Who said each quote and when, for the `quotes` stage: speakers through the article's
coreference (:mod:`newsift.entities.coref`), transcript labels and chains of quoted
paragraphs; dates from the day-precise dates written around the attribution.

A source given by name speaks as named. "He" and "she" go to the coreference, which
weighs gender and the clause around them; any other source not given by name (a
description, a document, "they", "it", "I") is the source last given by name, as
attribution corpora such as PolNeAR resolve it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from newsift.dates.timex import resolve_date
from newsift.entities.coref import NAME_LABELS, Coreference, speaker_of_token
from newsift.model import DateMention
from newsift.quotes.turns import interviewee
from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsift.article import Article
    from newsift.quotes.found import Found

# Pronouns the coreference resolves by gender.
PERSONAL = frozenset({"he", "she"})
# "critics, including Senator Ruiz": the group's first named member.
EXAMPLE_PREPS = frozenset({"including", "like"})


def resolve_speakers(found: list[Found], coref: Coreference) -> None:
    asked: list[Found] = []
    sources: list[tuple[int, str]] = []  # (offset, speaker) of sources given by name
    # Sources given by a description ("the commission", "a spokeswoman for Koval", "the
    # Koval campaign") or by a pronoun other than "he" and "she" ("they", "it", "I").
    described: list[Found] = []
    for f in found:
        if f.subject is not None:
            by_name = _by_name(f.subject)
            within = None if by_name else _named_within(f.subject, coref)
            f.speaker = within or speaker_of_token(f.subject, coref)
            if f.speaker is not None and (within or by_name):
                sources.append((f.subject.idx, f.speaker))
            elif not by_name and f.subject.lower_ not in PERSONAL:
                described.append(f)
            if f.subject is f.verb and f.speaker is not None:  # "“…” ― Ana Koval"
                coref.note(f.start, f.speaker)
        elif f.speaker is not None:  # a transcript label: "KOVAL" is "Petro Koval"
            canonical = coref.index.canonical(f.speaker)
            f.speaker = canonical if canonical and not canonical.isupper() else f.speaker
            if len(f.speaker) == 1:  # "Q:" asks, unnamed; "A:" is who the interview is with
                asked += [f] if f.speaker != "A" else []
                f.speaker = interviewee(coref.index) if f.speaker == "A" else None
            if f.speaker is not None:
                coref.note(f.start, f.speaker)
        if f.speaker is None and f.verb is not None and f.direct:
            # "KYIV -- President Koval, opening the museum, said …": the parse lost the
            # subject; the person last named before the verb in its sentence speaks.
            sent = f.verb.sent
            named = [
                n for at, n in coref.index.mentions
                if sent.start_char <= at < f.verb.idx and not _possessor(f.verb.doc, at)
            ]
            f.speaker = named[-1] if named else None
    # A source not given by name refers back to the source last given by name: a
    # description names no one ("the commission", "aides", "the Koval campaign" is not
    # Koval), and "they", "it" or "I" carry no gender to find anyone else by. "He" and
    # "she" are left to the coreference, which can tell two people apart by gender.
    for f in described:
        assert f.subject is not None
        earlier = [(at, name) for at, name in sources if at < f.subject.idx]
        # With no source named before, the person the passage is about.
        f.speaker = max(earlier)[1] if earlier else coref.recent(f.subject.idx) or f.speaker
    # The paragraphs of one quote have one speaker; in a transcript one chain of marks
    # may run over several turns, so a paragraph takes its chain's latest speaker.
    chain_speaker: dict[int, str] = {}
    for f in found:
        if f.chain < 0:
            continue
        if f.speaker is not None:
            chain_speaker[f.chain] = f.speaker
        elif f.chain in chain_speaker:
            f.speaker = chain_speaker[f.chain]
    for f in reversed(found):  # "“…\n\n“…,” she said.": named in the last paragraph
        if f.chain < 0:
            continue
        if f.speaker is not None:
            chain_speaker[f.chain] = f.speaker
        else:
            f.speaker = chain_speaker.get(f.chain)
    # A quote standing alone with no attribution, or whose verb of saying lost its
    # subject in the parse, is the person the passage is about (not a question an
    # interview's "Q:" asks; not "it says", whose subject is a thing).
    for f in found:
        if f.speaker is None and f.direct and f not in asked and f.subject is None:
            f.speaker = coref.recent(f.start) or _named_next(f, coref)


def _named_next(quote: Found, coref: Coreference) -> str | None:
    """ "“We will not close the port.” ¶ That was the message from Mayor Koval …": a quote
    that opens a passage, no one named before it, is the first person the text names
    after it, in its own paragraph or the next."""
    text = text_of(coref.doc)
    limit = text.find("\n", quote.end)  # the end of the quote's paragraph
    if limit >= 0:
        start = len(text) - len(text[limit:].lstrip("\n"))  # the next paragraph
        limit = text.find("\n", start)
    limit = len(text) if limit < 0 else limit
    return next(
        (name for at, name in coref.index.mentions
         if quote.end <= at < limit and not coref.inside_quotes(at)),
        None,
    )


def _possessor(doc: Doc, at: int) -> bool:
    """ "treating Mrs. Ruiz's charge as praise": a name that owns something is talked
    about, not talking."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and tok.dep_ == "compound":
        tok = doc[tok.i + 1]
    return tok.dep_ == "poss"


def _by_name(tok: Token) -> bool:
    """ "Koval said", "the Kremlin said": a source given by its name."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS


def _named_within(subject: Token, coref: Coreference) -> str | None:
    """ "the state's campaign chairman, Ana Koval, said", "critics, like Senator Ruiz,
    say": a description that names its holder, or a group that names its first
    example, is given by that name."""
    for child in subject.children:
        named: Token | None = None
        if child.dep_ == "appos" and _by_name(child):
            named = child
        elif child.dep_ == "prep" and (
            child.lower_ in EXAMPLE_PREPS
            or (child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))
        ):
            named = next((o for o in child.children if o.dep_ == "pobj" and _by_name(o)), None)
        if named is not None:
            return speaker_of_token(named, coref)
    return None


def _day_dates(article: Article, doc: Doc) -> list[DateMention]:
    """Day-precise date mentions no later than publication: a statement is not made later.

    The `dates` stage's mentions when it found any, else spaCy's DATE entities resolved
    here with the shared resolver.
    """
    assert article.document is not None
    published = _parse_day(article.document.published)
    mentions = list(article.dates)
    if not mentions:
        for ent in doc.ents:
            if ent.label_ == "DATE":
                resolved = resolve_date(ent.text, published)
                value = resolved.value if resolved and resolved.precision == "day" else None
                mentions.append(DateMention(ent.text, ent.start_char, ent.end_char, value))
    days = []
    for mention in mentions:
        day = _parse_day(mention.value) if mention.value and len(mention.value) == 10 else None
        if day is not None and (published is None or day <= published):
            days.append(mention)
    return days


def resolve_dates(found: list[Found], article: Article, doc: Doc) -> None:
    days = _day_dates(article, doc)
    for f in found:
        lo, hi = f.region
        for mention in days:
            inside_quote = f.start <= mention.start < f.end
            if lo <= mention.start < hi and not inside_quote:
                f.date = mention.value
                break
    # What one speaker says in one run of quotes was said on one occasion.
    runs: list[list[Found]] = []
    for f in found:
        if runs and f.speaker is not None and runs[-1][-1].speaker == f.speaker:
            runs[-1].append(f)
        else:
            runs.append([f])
    for run in runs:
        values = [f.date for f in run if f.date]
        if values:
            for f in run:
                f.date = f.date or values[0]


def _parse_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
