"""Stage `quotes`: direct quotes (in quote marks) and reported speech, with speakers and dates.

A stretch in quote marks is a quote when something says so: an attribution after it
("…,” he added), before it (Putin said, “…”), a speech verb governing it (Syrsky said
Kharkiv would be a “fatal city”), or its being whole sentences on its own. A term in
marks that no speech verb governs (a “double-tap” tactic) is a scare quote and skipped.
Reported speech is read from the dependency parse: a clause with its own subject
under a speech verb ("Klymenko said Russia launched seven guided bombs"), an
attribution set off by commas ("…, the mayor said earlier."), "according to X",
a "NAME: …" transcript line, and for a few verbs an infinitive, object or topic
("vowed to retaliate", "denied the reports", "complained about delays"). Reported
clauses that hold quote marks are left to their direct quotes; speech reported inside
reported speech stays part of the outer clause.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsift.model import DateMention, Quote
from newsift.speakers import (
    OBJECT_CUES,
    TOPIC_CUES,
    TOPIC_PREPS,
    XCOMP_CUES,
    SpeechContext,
    build_name_index,
    country_table,
    is_speech,
    speaker_of_token,
    subject_of,
)
from newsift.timex import resolve_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsift.article import Article
    from newsift.pipeline import Resources

MIN_SENTENCE_WORDS = 4
QUOTE_CHARS = '“”"„«»'
OPENING = "“„«"
CLOSING = "”»"


@dataclass
class Marked:
    """Words between quote marks: ``start``/``end`` span them without the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: runs on into the next paragraph
    chain: int  # paragraphs of one multi-paragraph quote share it; -1 alone


def find_marked(text: str) -> list[Marked]:
    """Quoted stretches, paragraph by paragraph, curly and straight marks alike.

    A quote running over paragraphs opens each paragraph with a mark and closes only
    in the last, so an unclosed paragraph chains to the next one that opens with a mark.
    """
    # Two apostrophes stand for a straight quote mark in some wire copy: ''like this''.
    text = text.replace("''", ' "')
    found: list[Marked] = []
    chain = -1
    pos = 0
    for para in text.split("\n"):
        base, pos = pos, pos + len(para) + 1
        opened: int | None = None
        continuing = chain >= 0 and para.lstrip()[:1] in OPENING + '"'
        if not continuing:
            chain = -1
        for i, ch in enumerate(para):
            if ch in OPENING or (ch == '"' and opened is None):
                opened = i
            elif opened is not None and (ch in CLOSING or ch == '"'):
                found.append(_marked(text, base + opened, base + i, chain))
                opened, chain = None, -1
        if opened is not None and not para[opened + 1 :].strip():
            opened = None
        if opened is not None:
            if chain < 0:
                chain = base + opened
            found.append(_marked(text, base + opened, None, chain, base + len(para)))
        elif not para.strip():
            continue
        else:
            chain = -1
    return found


def has_marks(text: str) -> bool:
    return any(c in text for c in QUOTE_CHARS) or "''" in text


def _marked(text: str, open_at: int, close_at: int | None, chain: int, stop: int = 0) -> Marked:
    start, end = open_at + 1, close_at if close_at is not None else stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(start, end, open_at, close_at, chain)


@dataclass
class _Found:
    start: int
    end: int
    direct: bool
    verb: Token | None  # the speech verb, when one was found
    subject: Token | None  # who it names as speaker
    chain: int  # multi-paragraph quotes share a chain id; -1 alone
    region: tuple[int, int]  # where the attribution is written (for its date)
    speaker: str | None = None
    date: str | None = None


def find_quotes(article: Article, resources: Resources) -> list[Quote]:
    doc = article.doc
    if doc is None or article.document is None:
        return []
    text = article.document.text
    index = build_name_index(doc, country_table())
    ctx = SpeechContext(doc=doc, index=index)
    marked = find_marked(text)
    found = _direct(doc, marked)
    found += _reported(doc, marked, found)
    found.sort(key=lambda f: (f.start, f.end))
    _resolve_speakers(found, ctx)
    _resolve_dates(found, article, doc)
    return [
        Quote(
            speaker=f.speaker,
            text=text[f.start : f.end],
            direct=f.direct,
            date=f.date,
            start=f.start,
            end=f.end,
        )
        for f in found
    ]


# --- direct quotes ------------------------------------------------------------------------


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc if t.idx >= start and t.idx + len(t) <= end]


def _tail_verb(doc: Doc, text: str, m: Marked) -> Token | None:
    """The attribution after a closing mark: "…,” he added." / "…,” said Stoltenberg."."""
    if m.close_at is None:
        return None
    inner = text[m.start : m.end].rstrip()
    after = text[m.close_at + 1 :].lstrip(" ")
    # "…” he said" without a comma only after quoted sentences, not a quoted phrase.
    lower_ok = after[:1].islower() and inner[:1].isupper()
    if not (
        inner.endswith((",", "?", "!", "—", "–", "-", "…", "..."))
        or after[:1] in (",", "")
        or lower_ok
    ):
        return None
    stop = len(text)
    for i in range(m.close_at + 1, len(text)):
        if text[i] in ".!?\n" or text[i] in QUOTE_CHARS or text[i : i + 2] == "''":
            stop = i
            break
    for tok in _tokens_between(doc, m.close_at + 1, stop)[:25]:
        if is_speech(tok):
            return tok
    return None


def _head_verb(doc: Doc, text: str, m: Marked) -> Token | None:
    """The attribution before an opening mark: "Putin said, “…" / "He said: “…"."""
    before = text[: m.open_at].rstrip(" ")
    if not before.endswith((",", ":")):
        return None
    begin = max(before.rfind(c) for c in '.!?\n”"') + 1
    toks = _tokens_between(doc, begin, len(before))
    for tok in reversed(toks[-25:]):
        if is_speech(tok):
            return tok
    return None


def _governing_verb(doc: Doc, m: Marked) -> Token | None:
    """A speech verb the quoted words depend on: Syrsky said Kharkiv would be a “fatal city”."""
    inside = _tokens_between(doc, m.start, m.end)
    if not inside:
        return None
    ids = {t.i for t in inside}
    tops = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    for top in tops:
        node = top
        for _ in range(12):
            # The quoted words must not be who speaks.
            if (
                node.i not in ids
                and is_speech(node)
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i in ids for c in node.children)
            ):
                return node
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _is_sentences(text: str, m: Marked) -> bool:
    inner = text[m.start : m.end].strip()
    return (
        len(inner.split()) >= MIN_SENTENCE_WORDS
        and inner[:1].isupper()
        and inner.rstrip('”"’ ').endswith((".", "?", "!", ",", "…"))
    )


def _direct(doc: Doc, marked: list[Marked]) -> list[_Found]:
    text = doc.text
    found: list[_Found] = []
    for m in marked:
        if m.end <= m.start:
            continue
        verb = _tail_verb(doc, text, m) or _head_verb(doc, text, m)
        if verb is None and not _names_a_thing(doc, m):
            verb = _governing_verb(doc, m)
        dash = _dash_source(doc, text, m)
        if verb is None and not (_is_sentences(text, m) or m.chain >= 0 or dash is not None):
            continue  # a scare quote or a title
        subject = subject_of(verb) if verb is not None else None
        start, speaker = m.start, None
        label = _COLON_SPEAKER.match(text[m.start : m.end])
        if label is not None and label.group(1).strip().isupper():  # "WALLACE: Let's start"
            start, verb, subject = m.start + label.end(), None, None
            speaker = label.group(1).strip().title()
        if dash is not None:
            verb, subject = dash, dash
        found.append(
            _Found(start, m.end, True, verb, subject, m.chain, _sentence_around(text, m), speaker)
        )
    return found


def _names_a_thing(doc: Doc, m: Marked) -> bool:
    """A village “workshop of an agriculture firm”, MSNBC’s “Morning Joe”: a quoted name
    right after a noun or a possessive names something; nobody is quoted."""
    before = [t for t in doc if t.idx + len(t) <= m.open_at]
    inside = _tokens_between(doc, m.start, m.end)
    return (
        bool(before)
        and (before[-1].pos_ == "NOUN" or before[-1].tag_ == "POS")
        and not any(t.pos_ in ("VERB", "AUX") for t in inside)
    )


def _dash_source(doc: Doc, text: str, m: Marked) -> Token | None:
    """“…” ― Pamela Padilla: a name after a dash closing the quote's paragraph."""
    if m.close_at is None:
        return None
    after = text[m.close_at + 1 :]
    stripped = after.lstrip(" \u00a0")
    if stripped[:1] not in ("―", "—", "–", "-"):
        return None
    begin = m.close_at + 1 + (len(after) - len(stripped)) + 1
    line_end = text.find("\n", begin)
    toks = _tokens_between(doc, begin, len(text) if line_end < 0 else line_end)
    names = [t for t in toks if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
    return names[-1] if names and len(toks) <= 12 else None


def _sentence_around(text: str, m: Marked) -> tuple[int, int]:
    begin = max(text.rfind("\n", 0, m.open_at), 0)
    end = text.find("\n", m.end)
    return (begin, len(text) if end < 0 else end)


# --- reported speech ----------------------------------------------------------------------


def _inside_marks(tok: Token, marked: list[Marked]) -> bool:
    return any(m.start <= tok.idx < m.end for m in marked)


def _contents(verb: Token) -> list[list[Token]]:
    """What ``verb`` reports: a clause with its own subject, an intention ("vowed to
    retaliate"), a topic ("complained about his microphone") or, for verbs that only
    ever report, their object ("cited derogatory comments")."""
    lemma = verb.lemma_.lower()
    found = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
                found.append(
                    [t for t in child.subtree if not (t.dep_ == "mark" and t.head == child)]
                )
            # else "… that officials said have destroyed …": no clause of its own
        elif child.dep_ == "xcomp" and lemma in XCOMP_CUES:
            found.append(list(child.subtree))
        elif child.dep_ == "dobj" and lemma in OBJECT_CUES and child.pos_ != "PRON":
            objects = list(child.subtree)
            # "urged supporters to monitor polling places": the object and its task.
            for other in verb.children:
                if other.dep_ == "xcomp" and lemma in XCOMP_CUES:
                    objects += list(other.subtree)
            found.append(objects)
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and lemma in TOPIC_CUES:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    found.append(list(obj.subtree))
    if not found:
        # "told a meeting of leaders that few people understood ...": the parse hung the
        # clause under the object; take the first that-clause in the verb's phrase.
        for tok in verb.subtree:
            head = tok.head
            if (
                tok.dep_ == "mark"
                and tok.lower_ == "that"
                and head.i > verb.i
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
            ):
                found.append([t for t in head.subtree if t.i > tok.i])
                break
    return found


_COLON_SPEAKER = re.compile(r"^[\"“]?((?:[A-Z][\w.’'-]*\s?){1,3}):\s+(?=\S)")


def _colon_lines(doc: Doc) -> list[_Found]:
    """Transcripts and headlines: "PENCE: Gennifer Flowers will not attend." (no marks)."""
    text = doc.text
    spans = []
    pos = 0
    for para in text.split("\n"):
        base, pos = pos, pos + len(para) + 1
        m = _COLON_SPEAKER.match(para)
        if m is None or has_marks(para[m.end() :]):
            continue
        start, end = base + m.end(), base + len(para.rstrip(" .\u00a0"))
        name = doc.char_span(base + m.start(1), base + m.end(1), alignment_mode="expand")
        if name is not None:
            spans.append(_Found(start, end, False, None, name.root, -1, (base, start)))
    return spans


def _left_neighbour(verb: Token) -> Token | None:
    """ "… the Washington Post Trump said …": a name just before a verb the parse left bare."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i >= verb.sent.start and verb.doc[i].pos_ in ("PROPN", "PRON"):
        return verb.doc[i]
    return None


def _reported(doc: Doc, marked: list[Marked], direct: list[_Found]) -> list[_Found]:
    spans: list[_Found] = []
    for verb in doc:
        if not is_speech(verb) or _inside_marks(verb, marked):
            continue
        subject = subject_of(verb) or _left_neighbour(verb)
        for toks in _contents(verb) if subject is not None else []:
            start, end = _trimmed(doc, toks)
            spans.append(_Found(start, end, False, verb, subject, -1, _outside(verb, start, end)))
    spans += _according_to(doc, marked)
    spans += _parenthetical(doc, marked)
    spans += _colon_lines(doc)
    text = doc.text
    spans = [
        f
        for f in spans
        if f.end - f.start >= 8
        and len(text[f.start : f.end].split()) >= 2
        and not has_marks(text[f.start : f.end])  # its quoted words are direct quotes
        and not any(d.start < f.end and f.start < d.end for d in direct)
    ]
    # Speech reported inside reported speech stays part of the outer clause.
    spans.sort(key=lambda f: -(f.end - f.start))
    kept: list[_Found] = []
    for span in spans:
        if not any(k.start <= span.start and span.end <= k.end for k in kept):
            kept.append(span)
    return kept


def _parenthetical(doc: Doc, marked: list[Marked]) -> list[_Found]:
    """Attributions set off by commas: "Rescuers found four people, the mayor said." and
    "The museum, Mr. Bush said, celebrated his heroes." (the whole sentence is reported)."""
    spans = []
    for verb in doc:
        if not is_speech(verb) or _inside_marks(verb, marked):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        subject = min(subjects, key=lambda c: abs(c.i - verb.i))
        sent = verb.sent
        first = min(subject.left_edge.i, verb.i)
        last = max(verb.i, subject.right_edge.i)
        while (
            last + 1 < sent.end
            and doc[last + 1].text not in (",", ".", "!", "?", ";")
            and (doc[last + 1].pos_ not in ("VERB", "AUX") and last - verb.i < 6)
        ):
            last += 1
        if first - 1 <= sent.start or doc[first - 1].text != ",":
            continue
        right = [t for t in doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if right and doc[last + 1].text != ",":
            continue
        left = list(doc[sent.start : first - 1])
        if len(left) < 2 or not any(t.pos_ in ("VERB", "AUX") for t in left + right):
            continue
        start, end = _trimmed(doc, left + list(doc[first - 1 : sent.end]) if right else left)
        region = (doc[first].idx, doc[last].idx + len(doc[last]))
        spans.append(_Found(start, end, False, verb, subject, -1, region))
    return spans


def _outside(verb: Token, start: int, end: int) -> tuple[int, int]:
    """The attribution's own words: the sentence without the reported clause."""
    sent = verb.sent
    if start <= sent.start_char + 1:
        return (end, sent.end_char)
    return (sent.start_char, start)


def _trimmed(doc: Doc, toks: list[Token]) -> tuple[int, int]:
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    if not toks:
        return (0, 0)
    return (toks[0].idx, toks[-1].idx + len(toks[-1]))


def _according_to(doc: Doc, marked: list[Marked]) -> list[_Found]:
    spans = []
    for tok in doc:
        if tok.lower_ != "according" or _inside_marks(tok, marked):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "to":
            continue
        source = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        phrase = {t.i for t in tok.subtree} | {t.i for t in nxt.subtree} | {tok.i, nxt.i}
        sent = tok.sent
        toks = [t for t in sent if t.i not in phrase]
        start, end = _trimmed(doc, toks)
        region = (tok.idx, source.idx + len(source))
        spans.append(_Found(start, end, False, None, source, -1, region))
    return spans


# --- speakers and dates -------------------------------------------------------------------


def _resolve_speakers(found: list[_Found], ctx: SpeechContext) -> None:
    last: str | None = None
    chains: dict[int, str] = {}
    for f in found:
        if f.subject is not None:
            f.speaker = speaker_of_token(f.subject, ctx, last)
        elif f.speaker is not None:  # a transcript label
            f.speaker = ctx.index.canonical(f.speaker) or f.speaker
        if f.chain >= 0 and f.speaker is not None:
            chains.setdefault(f.chain, f.speaker)
        if f.speaker is not None and ctx.index.canonical(f.speaker):
            last = f.speaker
    for f in found:
        if f.speaker is None and f.chain >= 0:
            f.speaker = chains.get(f.chain)
    # A quote standing alone with no attribution continues the previous speaker.
    for prev, f in zip(found, found[1:], strict=False):
        if f.speaker is None and f.direct and f.verb is None and prev.direct:
            f.speaker = prev.speaker


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


def _resolve_dates(found: list[_Found], article: Article, doc: Doc) -> None:
    days = _day_dates(article, doc)
    for f in found:
        lo, hi = f.region
        for mention in days:
            inside_quote = f.start <= mention.start < f.end
            if lo <= mention.start < hi and not inside_quote:
                f.date = mention.value
                break
    # What one speaker says in one run of quotes was said on one occasion.
    runs: list[list[_Found]] = []
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
