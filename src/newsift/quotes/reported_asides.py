"""Attributions written around the words they report, for :mod:`reported`: set off by
commas ("Rescuers found four people, the mayor said."), "according to X", and a
headline's "Koval: Talks Will Resume" label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.entities.coref import NAME_LABELS
from newsift.entities.speech_verbs import is_speech
from newsift.quotes.bounds import paragraph_of, trimmed
from newsift.quotes.found import Found
from newsift.quotes.marks import COLON_SPEAKER, Marked, has_marks, inside_marks
from newsift.quotes.reported_stances import CLAUSE_SUBJECTS
from newsift.text.doc_text import text_of
from newsift.text.tagged import tagged

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words opening a clause about the occasion of the attribution: ", lawmakers said, as
# they …". Not "because", "since": a reason given after the attribution is often part
# of what was said.
ATTRIBUTION_ASIDES = frozenset({"as", "while", "after", "before", "when"})


def parenthetical(doc: Doc, marked: list[Marked]) -> list[Found]:
    """Attributions set off by commas: "Rescuers found four people, the mayor said." and
    "The museum, Mr. Bush said, celebrated his heroes." (the whole sentence is reported)."""
    spans = []
    for verb in tagged(doc, "VERB", "AUX"):  # the parts of speech is_speech takes
        if not is_speech(verb) or inside_marks(verb, marked):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        named = set_off_name(verb)
        if named is not None:
            subject, first = verb.nbor(-1), named
        elif subjects:
            subject = min(subjects, key=lambda c: abs(c.i - verb.i))
            first = min(subject.left_edge.i, verb.i)
        else:
            continue
        sent = verb.sent
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
        # "Asked about the convoy, she said so": a clause with a subject, not a phrase.
        if len(left) < 2 or not any(t.dep_ in CLAUSE_SUBJECTS for t in left + right):
            continue
        # "The museum, Mr. Bush said, celebrated …" goes on after the attribution;
        # "X is an insult, lawmakers said, as they …" ends at it: what follows is theirs.
        goes_on = right and right[0].lower_ not in ATTRIBUTION_ASIDES
        if goes_on and left[-1].lower_ in ("which", "who"):
            # "… the square, which, the mayor said, is packed …": only the relative
            # clause is the mayor's; the sentence it hangs on is the writer's.
            left = left[-1:]
        start, end = trimmed(doc, left + list(doc[first - 1 : sent.end]) if goes_on else left)
        region = (doc[first].idx, doc[last].idx + len(doc[last]))
        spans.append(Found(start, end, False, verb, subject, -1, region))
    return spans


def set_off_name(verb: Token) -> int | None:
    """ "To see it, Chief Justice Roberts said, one should …": the parse took the name for
    part of the clause before it; a capitalised name set off by a comma right before the
    verb is who speaks. The index of its first word."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].pos_ == "PROPN":
        i -= 1
    return i + 1 if i < verb.i - 1 and doc[i].text == "," else None


def according_to(doc: Doc, marked: list[Marked]) -> list[Found]:
    from spacy.attrs import LOWER  # spaCy loads with the parser, not with newsift

    text = text_of(doc)
    spans = []
    # Only the tokens whose lower-case form hashes as "according" can be it: picked from
    # one array instead of building every token of the article (the test below stays).
    key = doc.vocab.strings["according"]
    for i in (doc.to_array(LOWER) == key).nonzero()[0].tolist():
        tok = doc[i]
        if tok.lower_ != "according" or inside_marks(tok, marked):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "to":
            continue
        source = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        phrase = {t.i for t in tok.subtree} | {t.i for t in nxt.subtree} | {tok.i, nxt.i}
        # The parse may run a sentence on over a paragraph break; the content cannot.
        first, end = paragraph_of(text, tok.idx)
        toks = [t for t in tok.sent if t.i not in phrase and first <= t.idx < end]
        start, end = trimmed(doc, toks)
        region = (tok.idx, source.idx + len(source))
        spans.append(Found(start, end, False, None, source, -1, region))
    return spans


def colon_lines(doc: Doc) -> list[Found]:
    """Headlines and summaries: "Koval: Talks Will Resume Next Week" (no marks)."""
    text = text_of(doc)
    spans = []
    pos = 0
    for para in text.split("\n"):
        base, pos = pos, pos + len(para) + 1
        m = COLON_SPEAKER.match(para)
        if m is None or has_marks(para[m.end() :]) or m.group(1).strip().isupper():
            continue  # an all-capitals label is a transcript turn: a direct quote
        start, end = base + m.end(), base + len(para.rstrip(" .\u00a0"))
        name = doc.char_span(base + m.start(1), base + m.end(1), alignment_mode="expand")
        # "The Latest: …", "Update: …": a heading, unless the label names someone.
        if name is not None and (
            name[0].pos_ != "DET" or any(t.ent_type_ in NAME_LABELS for t in name)
        ):
            # The label is a name by its place, though the parse may take "Trump" in
            # "Trump: That is a lie" for a noun: resolved as a label, not a subject.
            label = m.group(1).strip()
            spans.append(Found(start, end, False, None, None, -1, (base, start), label))
    return spans
