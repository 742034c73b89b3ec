"""Reported speech read from the dependency parse, for the `quotes` stage.

A clause with its own subject under a speech verb ("Klymenko said Russia launched
seven guided bombs"), an attribution set off by commas ("…, the mayor said earlier."),
"according to X", a "NAME: …" headline (:mod:`reported_asides`), and for a few verbs an infinitive,
object or topic ("vowed to retaliate", "denied the reports", "complained about
delays"). Stances and intentions are reported too, as PolNeAR annotates them:
"wants to rebuild the bridge", "endorsed the package", "called for an inquiry",
"called the vote a sham", "is worried about the shortages" (:mod:`reported_stances`);
and stances held as nouns or judged as objects (:mod:`reported_nominal`). A clause that
runs into quote marks is left to its direct quotes, not cut before them; speech reported
inside reported speech stays part of the outer clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.entities.speech_verbs import (
    OBJECT_CUES,
    TOPIC_CUES,
    TOPIC_PREPS,
    XCOMP_CUES,
    is_speech,
    lemma_of,
    subject_of,
)
from newsift.quotes.bounds import reader_span, says_when, too_little, trimmed
from newsift.quotes.found import Found
from newsift.quotes.marks import QUOTE_CHARS, Marked, inside_marks
from newsift.quotes.reported_asides import according_to, colon_lines, parenthetical
from newsift.quotes.reported_nominal import (
    in_sources,
    judged_objects,
    nominal_stances,
    passive_by,
    that_clauses,
    topic_stances,
)
from newsift.quotes.reported_stances import (
    CLAUSE_SUBJECTS,
    clause_of,
    held_about,
    hypothetical,
    stance_contents,
)
from newsift.text.doc_text import text_of
from newsift.text.tagged import tagged

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# At most this many words between reported words and quote marks in one clause.
RUN_ON_WORDS = 6
# Holders that name no one: "anyone wanting to …".
INDEFINITE = frozenset(
    {"anyone", "anybody", "someone", "somebody", "some", "everyone", "everybody", "one"}
)
# Verbs whose "to" phrase is what they answer.
ANSWER_CUES = frozenset({"respond", "reply"})
ASKING = frozenset({"request", "question", "inquiry", "query"})


def _contents(verb: Token) -> list[list[Token]]:
    """What ``verb`` reports: a clause with its own subject, an intention ("vowed to
    retaliate"), a topic ("complained about his microphone") or, for verbs that only
    ever report, their object ("cited derogatory comments")."""
    lemma = lemma_of(verb)
    found = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            # "said that because X is so does not mean …": "that" opens a clause even
            # where the parse found no subject in it.
            if any(c.dep_ in CLAUSE_SUBJECTS or _that(c) for c in child.children):
                found.append(clause_of(child) + _modal_conjuncts(verb, child))
            elif split := _split_clause(verb, child):
                found.append(split)
            # else "… that officials said have destroyed …": no clause of its own
        elif child.dep_ == "xcomp" and (lemma in XCOMP_CUES or _gerund_topic(verb, child)):
            found.append(list(child.subtree))
        elif child.dep_ == "dobj" and lemma in OBJECT_CUES and child.pos_ != "PRON":
            objects = list(child.subtree)
            # "urged supporters to monitor polling places": the object and its task.
            for other in verb.children:
                if other.dep_ == "xcomp" and lemma in XCOMP_CUES:
                    objects += list(other.subtree)
            found.append(objects)
        elif (
            child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and lemma in TOPIC_CUES
            and not says_when(child)  # "spoke for an hour": how long, not what
        ):
            found += [list(o.subtree) for o in child.children if o.dep_ in ("pobj", "pcomp")]
        elif child.dep_ == "advcl" and _wh_clause(verb, child):
            found.append(list(child.subtree))
        elif child.dep_ == "prep" and child.lower_ == "to" and lemma in ANSWER_CUES and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ASKING for o in child.children
        ):
            # "did not respond to requests for comment": what is answered, or not; not
            # "responded to a critic", which is whom.
            found.append(list(child.subtree))
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


def _gerund_topic(verb: Token, clause: Token) -> bool:
    """ "mentioned raising the fuel tax", "suggested looking at the statements": a gerund
    after a verb of saying is what was said (not "continued working", which is doing)."""
    return clause.tag_ == "VBG" and clause.i > verb.i and lemma_of(verb) != "continue"


def _modal_conjuncts(verb: Token, clause: Token) -> list[Token]:
    """ "said the budget was careful and, as important, would not swell the debt": the
    parse hangs the second predicate on the verb of saying; with no subject of its own
    and a modal, it goes on with what was said, not with what the speaker did. The
    tokens from the clause's end through the predicate."""
    doc = verb.doc
    last = clause.right_edge.i
    for conj in (c for c in verb.children if c.dep_ in ("conj", "ccomp") and c.i > last):
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children)
        if own_subject or not modal or is_speech(conj):
            break
        last = conj.right_edge.i
    return list(doc[clause.right_edge.i + 1 : last + 1])


def _wh_clause(verb: Token, clause: Token) -> bool:
    """ "have not said when they would reopen it": the parse hangs a question the verb
    reports (when, how, why, where) as an adverbial clause; right after the verb and
    with its own subject, it is what was said, not when it was said."""
    first = clause.left_edge
    # "what she said when she resigned": "when" is only asked about something yet to
    # come ("when they would reopen it"); a verb that has its object already is done.
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return (
        first.i == verb.i + 1
        and first.tag_ == "WRB"
        and (first.lower_ != "when" or modal)
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _that(tok: Token) -> bool:
    return tok.dep_ == "mark" and tok.lower_ == "that"


def _split_clause(verb: Token, clause: Token) -> list[Token]:
    """ "has said single people would qualify": the parse made the clause's subject the
    verb's object; the object and the clause after it are one reported clause."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    if not objects or any(c.dep_ == "mark" for c in clause.children):
        return []
    return list(verb.doc[objects[0].left_edge.i : clause.right_edge.i + 1])


def _left_neighbour(verb: Token) -> Token | None:
    """ "… the Washington Post Trump said …": a name just before a verb the parse left bare."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    if i >= verb.sent.start and verb.doc[i].pos_ in ("PROPN", "PRON"):
        return verb.doc[i]
    return None


def find_reported(doc: Doc, marked: list[Marked], direct: list[Found]) -> list[Found]:
    spans: list[Found] = []
    for verb in tagged(doc, "VERB", "AUX"):  # the parts of speech is_speech takes
        if not is_speech(verb) or inside_marks(verb, marked):
            continue
        subject = subject_of(verb) or _left_neighbour(verb)
        for toks in _contents(verb) if subject is not None else []:
            start, end = trimmed(doc, toks)
            spans.append(Found(start, end, False, verb, subject, -1, _outside(verb, start, end)))
    spans += according_to(doc, marked)
    spans += parenthetical(doc, marked)
    spans += colon_lines(doc)
    spans += _nominal(doc, marked)
    text = text_of(doc)
    spans = [f for f in spans if f.end - f.start >= 8 and len(text[f.start : f.end].split()) >= 2]
    spans += [f for f in _stances(doc, marked) if not _fragment(text, f)]
    for f in spans:
        f.start, f.end = reader_span(doc, f.start, f.end, f.verb)
    spans = [
        f
        for f in spans
        if not _mixed(text, f) and not any(d.start < f.end and f.start < d.end for d in direct)
        and not too_little(doc, f.start, f.end)
    ]
    # Speech reported inside reported speech stays part of the outer clause.
    spans.sort(key=lambda f: -(f.end - f.start))
    kept: list[Found] = []
    for span in spans:
        if not any(k.start <= span.start and span.end <= k.end for k in kept):
            kept.append(span)
    return kept


def _anyone(holder: Token, verb: Token) -> bool:
    """ "advice for anyone wanting to borrow", "some were hoping to leave": a stance of
    no one in particular is the writer's generality, not a source's ("everyone I asked"
    is someone)."""
    return holder.lower_ in INDEFINITE and all(
        c.left_edge.i <= verb.i <= c.right_edge.i for c in holder.children
    )


def _fragment(text: str, found: Found) -> bool:
    """Part of a hyphenated word: "worried about re-election" read as "re"."""
    return (
        found.end - found.start < 3
        or text[found.end : found.end + 1] == "-"
        or text[found.start - 1 : found.start] == "-"
    )


def _mixed(text: str, found: Found) -> bool:
    """Reported words that run into quote marks: "said the plan was “dead on arrival”",
    "described the deal as “the gold standard”". The quoted words and the clause around
    them are one attribution, read as a direct quote; no reported part is cut from it.

    A quote the reporting verb's clause reaches only after a comma or a few words more
    ("…, and added: “…”") is another attribution, and the content stands.
    """
    inner = text[found.start : found.end].replace("''", '"')
    if any(ch in QUOTE_CHARS for ch in inner):
        return True
    if found.verb is None:
        return False
    if found.end <= found.verb.idx and _quote_follows(text, found.verb):
        return True
    last = found.verb.right_edge
    rest = text[found.end : max(found.end, last.idx + len(last))].replace("''", '"')
    at = min((rest.find(c) for c in QUOTE_CHARS if c in rest), default=-1)
    return at >= 0 and len(rest[:at].split()) <= RUN_ON_WORDS and not any(
        c in rest[:at] for c in ",;:.—–"
    )


def _quote_follows(text: str, verb: Token) -> bool:
    """ "The port will reopen, the mayor said: “We are ready.”": the verb after the words
    it reports opens quote marks at once; the paraphrase and the quote are one
    attribution."""
    after = text[verb.idx + len(verb) :].replace("''", '"').lstrip(" ")
    return after[:1] in (":", ",") and after[1:].lstrip(" ")[:1] in QUOTE_CHARS


def _nominal(doc: Doc, marked: list[Marked]) -> list[Found]:
    """Stances held as nouns or judged as objects (see :mod:`reported_nominal`)."""
    spans = []
    found = nominal_stances(doc) + judged_objects(doc) + topic_stances(doc)
    found += that_clauses(doc) + passive_by(doc) + in_sources(doc)
    for toks, cue, holder in found:
        if inside_marks(cue, marked):
            continue
        start, end = trimmed(doc, toks)
        spans.append(Found(start, end, False, cue, holder, -1, _outside(cue, start, end)))
    return spans


def _outside(verb: Token, start: int, end: int) -> tuple[int, int]:
    """The attribution's own words: the sentence without the reported clause."""
    sent = verb.sent
    if start <= sent.start_char + 1:
        return (end, sent.end_char)
    return (sent.start_char, start)


def _stances(doc: Doc, marked: list[Marked]) -> list[Found]:
    """What someone wants, plans, backs or attacks: "Trump wants to repeal the law",
    "Sanders endorsed Clinton", "Democrats called for a repeal"."""
    spans = []
    for verb in tagged(doc, "VERB", "AUX"):
        if inside_marks(verb, marked):
            continue
        contents = stance_contents(verb) if verb.pos_ == "VERB" else held_about(verb)
        # "… production to support Ukraine" is a purpose, not a stance anyone states.
        purpose = verb.dep_ in ("advcl", "acl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        )
        subject = subject_of(verb) if contents and not (purpose or hypothetical(verb)) else None
        if subject is None or _anyone(subject, verb):
            continue
        for start, end in (trimmed(doc, toks) for toks in contents):
            region = _outside(verb, start, end)
            spans += [Found(start, end, False, verb, subject, -1, region)] if end > start else []
    return spans
