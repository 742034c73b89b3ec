"""Where reported content ends, as a reader would draw it, for :mod:`reported`.

An object or topic reported by a verb takes the rest of its clause: "complained about
his microphone the morning after the debate", "will present her proposals in a speech
in Tampa on Friday", "cited remarks he made about her as examples of contempt". A
clause set off by a comma is not part of it: neither a new predicate (", but offered
no proof") nor a relative, participial or concessive clause closing the content
(", which makes him an outlier", ", arguing that …", ", although …"). A reported
clause ("said that …") is otherwise whole already; it never starts in the sentence
after its verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.entities.speech_verbs import is_speech
from newsift.text.datelines import LEDE_DATELINE
from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependents of the reporting verb that continue its object or topic.
CONTINUING = frozenset(
    {"prep", "npadvmod", "dative", "advmod", "oprd", "agent", "dobj", "xcomp", "acomp", "attr"}
)
CLAUSES = frozenset({"ccomp", "csubj", "csubjpass", "ROOT", "conj"})
# ", including …", ", excluding …": participles that go on listing what was said about.
LISTING = frozenset({"including", "excluding"})
ASIDES = frozenset({"although", "though", "while", "whereas", "when"})
# Where words are said: "attacked her in a tweet" reports the attack, not the tweet.
MEDIA = frozenset(
    {"tweet", "remark", "speech", "interview", "statement", "post", "diatribe", "letter",
     "address", "op-ed", "column", "broadcast", "video", "ad", "appearance", "rally"}
)
SENTENCE_END = re.compile(r"[.!?][”\"'’]?\s")
# "denied it", "criticized the deal": too little of what was said to report on its own.
MIN_CONTENT_WORDS = 3
# A bare noun phrase in fewer words than this is a topic, not what was said: "the
# border issue" (words as \w+ counts them: "Koval's plan" is three).
MIN_TOPIC_WORDS = 4
WORD = re.compile(r"\w+")
NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PUNCT"})


def _verb_of(cue: Token) -> Token:
    """The verb whose clause holds ``cue``: "raised questions about …" → "raised"."""
    node = cue
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node


def _joined_question(child: Token) -> bool:
    """ "spoke of the flood and why the levees failed": a question joined to a topic, which
    the parse hangs on the verb as a predicate of its own, is more of the topic."""
    first = child.left_edge
    return child.dep_ == "conj" and first.tag_ in ("WRB", "WP") and first.lower_ != "when"


def says_when(child: Token) -> bool:
    """ "on Tuesday", "last week": when it was said, not what."""
    words = [t for t in child.subtree if not (t.is_punct or t.pos_ == "ADP")]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _medium(child: Token) -> bool:
    """ "in a late-night tweet", "in her weekly video", "since 2008": where or since when
    it was said, not what."""
    if child.dep_ != "prep" or child.lower_ not in ("in", "since"):
        return False
    objects = [o for o in child.children if o.dep_ == "pobj"]
    return child.lower_ != "in" or any(o.lemma_.lower() in MEDIA for o in objects)


def reader_span(doc: Doc, start: int, end: int, cue: Token | None) -> tuple[int, int]:
    """``start``/``end`` of reported content, with the rest of an object's clause and
    without a closing relative clause set off by a comma."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or cue is None or not len(span):
        return start, end
    gap = text_of(doc)[cue.idx + len(cue) : start]
    if cue.i < span.start and SENTENCE_END.search(gap):
        return start, start  # the parse ran the verb on into the next sentence
    ids = range(span.start, span.end)
    roots = [t for t in span if t.head.i not in ids or t.head.i == t.i]
    last = span.end - 1
    if cue.i < span.start and not any(r.dep_ in CLAUSES for r in roots):
        verb = _verb_of(cue)
        kinds = {r.tag_[:2] for r in roots}
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.i <= last or child.dep_ in ("cc", "punct"):
                continue
            # "emphasized fairness, and a need to …": a coordinated object of the same
            # kind, misattached to the verb; not a new predicate with its own subject.
            joined = (child.dep_ == "conj" and child.tag_[:2] in kinds and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children
            ) and not is_speech(child)) or _joined_question(child)
            if child.dep_ not in CONTINUING and not joined:
                break
            between = doc[last + 1 : child.left_edge.i]
            if not joined and (len(between) or says_when(child) or _medium(child)):
                break  # a comma or a new predicate between; "on Tuesday" dates the cue
            if joined and any(not (t.is_punct or t.dep_ == "cc") for t in between):
                break
            last = child.right_edge.i
    elif cue.i < span.start:
        last = _through_colon(doc, last)
    last = _before_next_cue(doc, span.start, last, cue)
    # "The plan, Koval said, is dead, which …": a sentence reported around its
    # attribution is reported whole.
    around = span.start < cue.i < last
    for tok in doc[span.start : last] if not around else ():
        nxt = doc[tok.i + 1]
        relative = nxt.lower_ in ("who", "which") and nxt.head.right_edge.i >= last
        # ", arguing that …" is the writer's; ", including …" goes on with the content
        participle = nxt.tag_ == "VBG" and nxt.right_edge.i >= last and nxt.lower_ not in LISTING
        # ", although he refused …": the writer's aside, not what was said
        aside = nxt.lower_ in ASIDES and nxt.head.right_edge.i >= last
        if tok.text == "," and (relative or participle or aside):
            last = tok.i - 1
            break
    while last > span.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    end = doc[last].idx + len(doc[last])
    text = text_of(doc)
    start = _in_cue_paragraph(text, span.start_char, cue)
    if "\n" in text[start:end]:  # content never runs past its paragraph
        cut = text.index("\n", start)
        end = start + len(text[start:cut].rstrip(" .,;:"))
    return start, end


def _through_colon(doc: Doc, last: int) -> int:
    """ "noted that three things were happening at once: prices were rising, …": a
    reported clause goes on through the colon that spells it out, to its sentence's end
    (not into quote marks, which are a quote of their own)."""
    if last + 2 >= len(doc) or doc[last + 1].text != ":":
        return last
    sent = doc[last].sent
    rest = doc[last + 2 : sent.end]
    if not len(rest) or any(t.is_quote or t.is_space for t in rest):
        return last
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest):
        return last  # a list of names, not a clause
    return sent.end - 1


def _in_cue_paragraph(text: str, start: int, cue: Token) -> int:
    """Where content before its verb starts: never in an earlier paragraph (a headline
    the parse ran on into the story), nor in the dateline opening the verb's paragraph."""
    paragraph = text.rfind("\n", 0, cue.idx) + 1
    if start > paragraph:
        return start
    dateline = LEDE_DATELINE.match(text, paragraph)
    return dateline.end() if dateline is not None else paragraph


def _before_next_cue(doc: Doc, first: int, last: int, cue: Token) -> int:
    """ "said he would order a review and warned against hackers": a second verb of
    saying joined on without a subject of its own is the speaker's next attribution,
    not part of the first content; the content ends before its "and". So is one with a
    subject that brings quoted words: "…, and asked about it, the minister replied, “…”"."""
    for tok in doc[first + 1 : last + 1]:
        if (
            tok.dep_ == "conj"
            and tok.i != cue.i
            and first <= tok.head.i <= last
            and is_speech(tok)
            and (
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
                or any(t.is_quote for t in tok.subtree)
            )
        ):
            end = tok.left_edge.i - 1
            while end > first and (doc[end].is_punct or doc[end].dep_ == "cc"):
                end -= 1
            return end
    return last


def too_little(doc: Doc, start: int, end: int) -> bool:
    """ "denied it" says too little to report; so does a bare short noun phrase
    ("criticized the new levy"); "how to apply", "Koval to Ruiz" say something."""
    text = text_of(doc)[start:end]
    words = len(WORD.findall(text))
    if words < MIN_CONTENT_WORDS or len(text.split()) < MIN_CONTENT_WORDS:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    bare = span is not None and all(t.pos_ in NOUN_PHRASE for t in span)
    return words < MIN_TOPIC_WORDS and bare


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the paragraph holding ``offset``."""
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def trimmed(doc: Doc, toks: list[Token]) -> tuple[int, int]:
    """Character bounds of ``toks`` without punctuation or spaces at either end."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    if not toks:
        return (0, 0)
    return (toks[0].idx, toks[-1].idx + len(toks[-1]))
