"""Stage `quotes`: direct quotes (in quote marks) and reported speech, with speakers and dates.

A stretch in quote marks is a quote when something says so: an attribution after it
("…,” he added), before it (Putin said, “…”), a speech verb governing it (Syrsky said
Kharkiv would be a “fatal city”), or its being whole sentences on its own. A term in
marks that no speech verb governs (a “double-tap” tactic) is a scare quote and skipped.
Reported speech comes from :mod:`newsift.quotes.reported`; speakers and dates of both
are resolved in :mod:`newsift.quotes.resolve`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.entities.coref import build_coreference
from newsift.entities.speakers import build_name_index
from newsift.entities.speech_verbs import is_speech, lemma_of, subject_of
from newsift.model import Quote
from newsift.quotes.found import Found
from newsift.quotes.marks import (
    COLON_SPEAKER,
    QUOTE_CHARS,
    Marked,
    find_marked,
    inside_marks,
)
from newsift.quotes.reported import find_reported
from newsift.quotes.resolve import resolve_dates, resolve_speakers
from newsift.quotes.turns import transcript_turns
from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsift.article import Article
    from newsift.resources import Resources

MIN_SENTENCE_WORDS = 4
# Verbs of knowing, finding and showing: speech only through the clause they report.
COGNITION = frozenset(
    {"show", "find", "know", "understand", "hear", "learn", "fear", "expect", "believe",
     "think", "reveal", "indicate", "estimate", "conclude"}
)


# Words opening a clause about the occasion after a quote: what follows is not its
# attribution ("as Koval put it" is, so "as" is not here).
TIME_CLAUSES = frozenset({"when", "while", "after", "before", "because", "since", "until", "if"})


def find_quotes(article: Article, resources: Resources) -> list[Quote]:
    doc = article.doc
    if doc is None or article.document is None:
        return []
    text = article.document.text
    marked = find_marked(text)
    quoted = [(m.start, m.end) for m in marked]
    index = build_name_index(doc, resources.countries, quoted)
    coref = build_coreference(doc, index, quoted)
    found = _direct(doc, marked) + transcript_turns(text, index)
    found += find_reported(doc, marked, found)
    found.sort(key=lambda f: (f.start, f.end))
    resolve_speakers(found, coref)
    resolve_dates(found, article, doc)
    return [
        Quote(
            speaker=f.speaker,
            text=text[f.start : f.end],
            direct=f.direct,
            date=f.date,
            start=f.start,
            end=f.end,
            speaker_role=index.role_of(f.speaker),
        )
        for f in found
    ]


# --- direct quotes ------------------------------------------------------------------------


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens wholly inside ``start``-``end`` (characters)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if t.idx >= start and t.idx + len(t) <= end]


def _tokens_before(doc: Doc, offset: int) -> Span:
    """The tokens that end at or before character ``offset``."""
    before = doc.char_span(0, offset, alignment_mode="contract") if offset > 0 else None
    return before if before is not None else doc[0:0]


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
    if after.lstrip(" ,").split(" ", 1)[0].lower() in TIME_CLAUSES:
        return None  # "“…,” when Koval blasted him": when it was said, not who said it
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
    thing: Token | None = None  # "what it calls “…”" when no one else speaks
    for top in tops:
        node = top
        for _ in range(12):
            # The quoted words must not be who speaks; "it would tell a story" is a
            # thing's, and the clause is someone else's report.
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if (
                node.i not in ids and is_speech(node) and not any(c.i in ids for c in subjects)
                and not _knows_only(node, ids)
            ):
                # "Koval said Ruiz would discuss it “in a few weeks”": a speech yet to
                # come cannot be quoted; the one who said so is.
                modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children)
                if not any(c.lower_ == "it" for c in subjects) and not modal:
                    return node
                thing = thing or node
            if node.head.i == node.i:
                break
            node = node.head
    return thing


def _knows_only(verb: Token, ids: set[int]) -> bool:
    """ "Koval had shown bad judgment in using Ruiz “as a prop”": verbs of knowing and
    showing report a clause ("polls show that …"); the quote is outside any clause of
    theirs, so someone else's words are quoted."""
    if lemma_of(verb) not in COGNITION:
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return not any(c.left_edge.i <= min(ids) <= c.right_edge.i for c in clauses)


def _is_sentences(text: str, m: Marked) -> bool:
    inner = text[m.start : m.end].strip()
    return (
        len(inner.split()) >= MIN_SENTENCE_WORDS
        and inner[:1].isupper()
        and inner.rstrip('”"’ ').endswith((".", "?", "!", ",", "…"))
    )


def _direct(doc: Doc, marked: list[Marked]) -> list[Found]:
    text = text_of(doc)
    found: list[Found] = []
    for m in marked:
        if m.end <= m.start or _titled(doc, text, m) or _stage_direction(text, m):
            continue
        verb = _tail_verb(doc, text, m) or _head_verb(doc, text, m)
        if verb is None and not _names_a_thing(doc, m):
            verb = _governing_verb(doc, m) or _speech_in_sentence(doc, text, m, marked)
        dash = _dash_source(doc, text, m)
        source = _according_to_source(doc, m) if verb is None else None
        if verb is None and not (
            _is_sentences(text, m) or _opens_sentence(text, m) or m.chain >= 0
            or dash is not None or source is not None
        ):
            continue  # a scare quote or a title
        subject = subject_of(verb) if verb is not None else source
        if subject is not None and m.start <= subject.idx < m.end:
            subject = None  # the parse took a word of the quote for who says it
        start, speaker = m.start, None
        label = COLON_SPEAKER.match(text[m.start : m.end])
        if label is not None and label.group(1).strip().isupper():  # "WALLACE: Let's start"
            start, verb, subject = m.start + label.end(), None, None
            speaker = label.group(1).strip().title()
        if dash is not None:
            verb, subject = dash, dash
        found.append(
            Found(start, m.end, True, verb, subject, m.chain, _sentence_around(text, m), speaker)
        )
    return found


def _opens_sentence(text: str, m: Marked) -> bool:
    """ "… said Koval. “It is a tax increase” for the rich.": quoted words that open a
    sentence are someone's, though the sentence goes on after them."""
    inner = text[m.start : m.end].strip()
    before = text[: m.open_at].rstrip(" \u00a0")
    return (
        len(inner.split()) >= MIN_SENTENCE_WORDS
        and (inner[:1].isupper() or inner[:1].isdigit())
        and before[-1:] in ("", ".", "!", "?", "\n", ":")
    )


def _speech_in_sentence(doc: Doc, text: str, m: Marked, marked: list[Marked]) -> Token | None:
    """ "African-Americans, he said, can “stir the pot like a comedian.”": a speech verb
    with a subject elsewhere in the sentence, for quoted clauses (4+ words, a verb)."""
    inside = _tokens_between(doc, m.start, m.end)
    if len(inside) < MIN_SENTENCE_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in inside):
        return None
    sent = doc[inside[0].i].sent
    verbs = [
        t for t in sent
        if is_speech(t) and not inside_marks(t, marked) and subject_of(t) is not None
    ]
    return min(verbs, key=lambda t: abs(t.idx - m.start), default=None)


def _according_to_source(doc: Doc, m: Marked) -> Token | None:
    """ "According to the complaint, the firm ran a “massive fraudulent scheme”."""
    inside = _tokens_between(doc, m.start, m.end)
    if not inside:
        return None
    for tok in doc[inside[0].i].sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    return None


def _titled(doc: Doc, text: str, m: Marked) -> bool:
    """CBS's “Face the Nation”, his book, “Make Your Kid a Millionaire”: words in title
    case right after a noun, a possessive or a preposition name a work, not a quote."""
    words = [w for w in text[m.start : m.end].split() if any(c.isalpha() for c in w)]
    if not 1 <= len(words) <= 8 or not all(w[:1].isupper() for w in words if len(w) > 3):
        return False
    before = list(_tokens_before(doc, m.open_at)[-2:])
    if before and before[-1].text == "," and len(before) == 2:
        before = before[:1]
    return bool(before) and (
        before[-1].pos_ in ("NOUN", "ADP") or before[-1].tag_ == "POS"
        or (before[-1].pos_ == "PROPN" and not before[-1].is_sent_start)
    )


def _stage_direction(text: str, m: Marked) -> bool:
    """ "(CROSSTALK)" in a transcript."""
    inner = text[m.start : m.end].strip().rstrip(".,")
    return inner.startswith("(") and inner.endswith(")")


def _names_a_thing(doc: Doc, m: Marked) -> bool:
    """A village “workshop of an agriculture firm”, MSNBC’s “Morning Joe”: a quoted name
    right after a noun or a possessive names something; nobody is quoted."""
    before = _tokens_before(doc, m.open_at)
    inside = _tokens_between(doc, m.start, m.end)
    return (
        bool(before)
        and (before[-1].pos_ == "NOUN" or before[-1].tag_ == "POS")
        and bool(inside)
        and inside[0].pos_ not in ("ADP", "SCONJ", "PART")  # “in a few weeks” is said
        and not any(t.pos_ in ("VERB", "AUX") for t in inside)
    )


def _dash_source(doc: Doc, text: str, m: Marked) -> Token | None:
    """“…” ― Pamela Padilla: a name after a dash closing the quote's paragraph; it signs
    every quote of the paragraph (“…” And so on “…” ― Pamela Padilla)."""
    if m.close_at is None:
        return None
    line_end = text.find("\n", m.close_at)
    para = text[m.close_at + 1 : len(text) if line_end < 0 else line_end]
    last = max(para.rfind(c) for c in QUOTE_CHARS)
    after = para[last + 1 :]
    stripped = after.lstrip(" \u00a0")
    if stripped[:1] not in ("―", "—", "–", "-"):
        return None
    begin = m.close_at + 1 + last + 1 + (len(after) - len(stripped)) + 1
    toks = _tokens_between(doc, begin, len(text) if line_end < 0 else line_end)
    names = [t for t in toks if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"]
    return names[-1] if names and len(toks) <= 12 else None


def _sentence_around(text: str, m: Marked) -> tuple[int, int]:
    begin = max(text.rfind("\n", 0, m.open_at), 0)
    end = text.find("\n", m.end)
    return (begin, len(text) if end < 0 else end)
