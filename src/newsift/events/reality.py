"""Whether a trigger word tells something that happened, as the parse shows it.

A trigger ("killed", "strike", "shelled") counts only when nothing in its clause makes
it unreal: negation, a modal or conditional, a governing threat/plan/prevention word,
habit or campaign wording ("since 2022", "throughout the invasion"), a campaign subject
("the war has killed ..."), an aim ("moved in to attack"), or a present-tense habit
without a figure. :func:`is_real` asks all of this of one trigger.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.background import (
    CAMPAIGNS,
    HABITUAL,
    HABITUAL_MODIFIERS,
    campaign_told,
    fled_from,
    unanchored_total,
)
from newsift.events.taxonomy import TRIGGERS
from newsift.text.doc_text import span_text, text_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


SPEECH = frozenset(
    {"say", "tell", "add", "report", "claim", "announce", "state", "write", "post", "note",
     "confirm", "accuse", "allege", "deny", "insist", "warn", "stress", "explain"}
)  # fmt: skip
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "shall", "must"})
# Governing words that make what they govern unreal: threats, plans, aims, prevention.
UNREAL_HEADS = frozenset(
    {"threaten", "threat", "plan", "vow", "prepare", "intend", "aim", "seek", "want", "try",
     "fear", "risk", "possibility", "prevent", "deter", "counter", "halt", "stop",
     "avoid", "allow", "rule", "capability", "capacity", "ability", "decide", "call", "urge",
     "demand", "order", "campaign", "tactic", "system", "defense", "defence", "production",
     "danger", "warning", "would", "if", "unless", "whether", "practise", "practice",
     "exercise", "drill", "simulate", "rehearse", "train", "training", "scenario"}
)  # fmt: skip
# Unreal only as verbs: "vowed to strike", but a strike on guests who took their vows at
# a wedding is no plan.
VERB_ONLY_UNREAL = frozenset({"vow"})
CLAUSE_LINKS = frozenset({"advcl", "conj", "relcl", "parataxis"})


def ancestors_until_speech(token: Token) -> list[Token]:
    """The trigger and its governors up to a verb of saying or the edge of its clause."""
    chain = [token]
    while (
        chain[-1].head.i != chain[-1].i
        and chain[-1].lemma_ not in SPEECH
        and (chain[-1].dep_ not in CLAUSE_LINKS or chain[-1].pos_ not in {"VERB", "AUX"})
    ):
        chain.append(chain[-1].head)
    return chain


# Past forms the tagger does not know and takes for the present ("troops retook").
PAST_FORMS = frozenset({"retook", "retaken", "overran"})


def is_real(token: Token, sentence: SpacySpan) -> bool:
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False  # "No arrests have been reported", "no attack took place"
    if _without(token):
        return False  # "moved in without firing a shot", "took the town without a fight"
    chain = ancestors_until_speech(token)
    for node in chain:
        if node.lemma_ in SPEECH and node.i != token.i:
            break
        for child in node.children:
            if child.dep_ == "neg":
                return False
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in MODALS and not _month(child):
                return False
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return False
            if child.dep_ == "advmod" and child.lower_ == "yet" and node.lemma_ in {"have", "be"}:
                return False  # "the army has yet to retake the village": not yet happened
        attempt = node.lemma_.lower() == "attempt" and node.pos_ == "NOUN"  # "in an attempt to"
        if node.i != token.i and (_unreal_head(node) or attempt):
            return False
    if token.pos_ in {"NOUN", "PROPN"} and any(
        child.lower_ in HABITUAL_MODIFIERS for child in token.children
    ):
        return False
    if _purpose(token):
        return False
    if any(
        child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() in CAMPAIGNS
        for node in chain
        for child in node.children
    ):
        return False  # "the war has killed more than 230,000 people"
    if any(node.dep_ == "relcl" and node.head.lemma_.lower() in CAMPAIGNS for node in chain):
        return False  # "a conflict that has killed 280,000 people"
    if fled_from(token):
        return False  # "families who fled the fighting": why they left, not an incident
    if unanchored_total(token):
        return False  # "more than 20,000 people have been killed"
    present = token.tag_ in {"VBZ", "VBP"} and token.lower_ not in PAST_FORMS
    if present and not _has_figure(token) and not headline(sentence):
        return False  # present tense: a habit or a state ("as it battles Russian forces")
    if campaign_told(token):
        return False  # "fighting has spread", "has been shelling", "has attacked towns"
    if token.dep_ == "pobj" and token.head.lower_ == "since" and _definite(token):
        return True  # "since the blast late Friday": the incident the span is counted from
    clause = chain[-2] if len(chain) > 1 and chain[-1].lemma_ in SPEECH else chain[-1]
    return HABITUAL.search(_clause_text(clause, token)) is None


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children)


HEADLINE_MAX_WORDS = 15
_LEADING_SPACE = re.compile(r"\s*")


def headline(sentence: SpacySpan) -> bool:
    """Is the sentence the line a text opens with, short and with no full stop, as a
    headline is ("Army retakes border town")? A headline tells the past in the present."""
    text = text_of(sentence.doc)  # Doc.text joins every token again on each access
    if sentence.start_char > _LEADING_SPACE.match(text).end():  # type: ignore[union-attr]
        return False
    line = text[sentence.start_char :].split("\n", 1)[0].strip()
    told = span_text(sentence).strip()
    return (
        line == told and not told.endswith((".", "?", "!", ":"))
        and len(told.split()) <= HEADLINE_MAX_WORDS
    )  # fmt: skip


# Phrases hung on a clause that say something of their own: "..., one of a run of raids
# that increasingly hit depots", "..., as aid convoys resume daily".
ASIDES = frozenset({"appos", "relcl", "advcl", "parataxis", "ccomp", "acl"})


def _clause_text(clause: Token, token: Token) -> str:
    """The clause's words, less the asides hung on it that do not hold the trigger."""
    skipped: set[int] = set()
    for node in clause.subtree:
        if node.dep_ in ASIDES and node.i != clause.i and token not in node.subtree:
            if any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
                continue  # "since the siege began": how long, said of the clause itself
            skipped.update(t.i for t in node.subtree)
    skipped.update(_since_a_record(clause))
    words = [t for t in clause.subtree if t.i not in skipped]
    return " ".join(t.text for t in words)


# "the first strike on the capital since ...": a record is counted from then.
RECORD_WORDS = frozenset({"first", "most", "biggest", "largest", "worst", "heaviest"})


def records(word: Token) -> bool:
    """Does the word say a record ("deadliest", "the first raid")?"""
    return word.tag_ == "JJS" or word.lower_ in RECORD_WORDS


def _since_a_record(clause: Token) -> set[int]:
    """The words of a "since" phrase that measures a record ("the deadliest strike
    since the war began", "the first attack on the city since 2022"): the span a record
    is counted over, not a habit of the incident's."""
    found: set[int] = set()
    for word in clause.subtree:
        if word.lower_ != "since" or word.dep_ not in {"mark", "prep"}:
            continue
        phrase = word.head if word.dep_ == "mark" else word
        noun = phrase.head
        if noun.pos_ in {"NOUN", "PROPN"} and any(records(c) for c in noun.children):
            found.update(t.i for t in phrase.subtree)
    return found


# Verbs whose infinitive tells the deed itself: "kept firing", "began to pull back".
GOING_ON = frozenset({"continue", "begin", "start", "resume", "keep", "manage", "go"})


def _purpose(token: Token) -> bool:
    """Is the incident word only an aim: "tanks gathered for an assault", "forces moved in to
    attack the town", "a base used to shell the coast"?"""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "for":
        return token.head.head.pos_ == "VERB" and token.head.head.lemma_ not in SPEECH
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if TRIGGERS.get(token.lemma_.lower()) == "protest":
        return False  # "crowds gathered to protest": how a protest is told, not an aim
    return (
        token.pos_ == "VERB"
        and infinitive
        and token.dep_ in {"advcl", "xcomp"}  # not "the call to demonstrate": a noun's
        and token.head.lemma_.lower() not in GOING_ON
    )


def _month(word: Token) -> bool:
    """ "On Thursday 14 May a bomb killed ...": the month the tagger took for a modal."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return word.text == "May" and before is not None and before.like_num


def _unreal_head(node: Token) -> bool:
    """Does this governor make what it governs unreal ("threatened to strike")?"""
    lemma = node.lemma_.lower()
    if lemma not in UNREAL_HEADS:
        return False
    if lemma in VERB_ONLY_UNREAL and node.pos_ != "VERB":
        return False
    if lemma == "call":  # "called for strikes" asks; "called the attack a massacre" names it
        return any(c.lower_ in {"for", "on"} or c.dep_ == "xcomp" for c in node.children)
    return True


def _has_figure(token: Token) -> bool:
    return any(child.like_num or child.pos_ == "NUM" for child in token.subtree)


def _without(token: Token) -> bool:
    """Is the word what did not happen, under "without" ("without firing a shot")?"""
    node = token
    for _ in range(3):
        if node.dep_ in {"pcomp", "pobj"} and node.head.lower_ == "without":
            return True
        if node.dep_ not in {"dobj", "pcomp", "pobj", "compound", "amod"}:
            return False
        node = node.head
    return False
