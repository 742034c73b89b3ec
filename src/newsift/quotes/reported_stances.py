"""Stances and intentions read from the parse, for :mod:`reported` (PolNeAR annotates
them as attributions though nobody is said to speak): "wants to rebuild the bridge",
"endorsed the package", "called for an inquiry", "called the vote a sham", "is worried
about the shortages". The cue words are in :mod:`stances`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.entities.speech_verbs import OBJECT_CUES, is_speech, lemma_of
from newsift.quotes.reported_nominal import is_strike
from newsift.quotes.stances import (
    APPEAL_CUES,
    CLAUSE_CUES,
    FOR_CUES,
    INTENT_CUES,
    NAMING_CUES,
    NAMING_DEPS,
    NOT_ABOUT,
    STANCE_ADJECTIVES,
    STANCE_OBJECT_CUES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# A reported clause has a subject of its own: "that paying no taxes was smart" (csubj).
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def clause_of(head: Token) -> list[Token]:
    """The clause under ``head`` without its "that"."""
    return [t for t in head.subtree if t.dep_ != "mark" or t.head != head]


def stance_contents(verb: Token) -> list[list[Token]]:
    """The stance or intention ``verb`` reports (see the cue tables in stances.py)."""
    lemma = lemma_of(verb)
    found = []
    if lemma in NAMING_CUES:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
        names = [c for c in verb.children if c.dep_ in NAMING_DEPS and c.i > verb.i]
        if objects and names:
            first, last = objects[0].left_edge.i, max(n.right_edge.i for n in names)
            return [list(verb.doc[first : last + 1])]
    by_agent = any(c.dep_ == "agent" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubjpass" and by_agent and lemma in STANCE_OBJECT_CUES:
            found.append(list(child.subtree))  # "the plan is backed by Sanders"
        elif (
            child.dep_ == "xcomp" and lemma in INTENT_CUES | APPEAL_CUES and follows(verb, child)
        ) or (
            child.dep_ == "dobj"
            and lemma in STANCE_OBJECT_CUES
            and child.pos_ != "PRON"
            and not is_strike(verb)
            and not (lemma in OBJECT_CUES and is_speech(verb))  # already read as speech
        ):
            found.append(list(child.subtree))
        elif (
            child.dep_ == "ccomp"
            and lemma in CLAUSE_CUES
            and any(c.dep_ in CLAUSE_SUBJECTS for c in child.children)
        ):
            found.append(clause_of(child))
        elif child.dep_ == "prep" and (
            (child.lower_ == "for" and lemma in FOR_CUES)
            or (child.lower_ == "about" and lemma not in NOT_ABOUT)
        ):  # "called for an inquiry"; "fretted about the cost", "wrote about her exile"
            found += [list(o.subtree) for o in child.children if o.dep_ in ("pobj", "pcomp")]
    return found


def hypothetical(verb: Token) -> bool:
    """ "if Moscow decides to attack", "should Moscow decide to attack": nobody holds it."""
    subject = min((c.i for c in verb.children if c.dep_ == "nsubj"), default=-1)
    return any(
        (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
        or (c.dep_ == "aux" and c.lower_ in ("should", "were", "had") and c.i < subject)
        for c in verb.children
    )


def follows(verb: Token, xcomp: Token) -> bool:
    """ "wants to", "persuaded voters to", "voted on Monday to": only the object, an adverb
    or a time between; not "… proposed last year nowhere to be seen" (passive)."""
    if any(c.dep_ == "auxpass" for c in xcomp.children):
        return False
    between = verb.doc[verb.i + 1 : xcomp.left_edge.i]
    # "decided after a long review not to renew it": a phrase saying when or how.
    allowed = {
        t.i for c in verb.children if c.dep_ in ("dobj", "npadvmod", "prep") for t in c.subtree
    }
    return len(between) < 8 and all(t.i in allowed or t.pos_ in ("ADV", "PART") for t in between)


def held_about(verb: Token) -> list[list[Token]]:
    """ "Mr. Koval is worried about the cost" → "the cost"; "... afraid that ..." → the clause."""
    found = []
    for adj in verb.children:
        if adj.dep_ != "acomp" or adj.lemma_.lower() not in STANCE_ADJECTIVES:
            continue
        for child in adj.children:
            if child.dep_ == "xcomp":  # "is determined to win", "was ready to move on"
                found.append(list(child.subtree))
            elif child.dep_ == "prep":
                found += [list(o.subtree) for o in child.children if o.dep_ in ("pobj", "pcomp")]
            elif child.dep_ == "ccomp":
                found.append(clause_of(child))
    return found
