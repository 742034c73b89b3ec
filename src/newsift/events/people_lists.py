"""How a list of people adds up: "he and his wife" are two, "23 civilians - including
nine children - and 16 fighters" are 39, "12 civilians and four children" are 12.

The casualty reader (:mod:`newsift.events.casualties`) walks the people a kill or injure
word is tied to; these read which of them add to the count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.events.counts import PERSONS

if TYPE_CHECKING:
    from spacy.tokens import Token


def lead_person(noun: Token) -> bool:
    """One person who heads a list of people ("he and his wife", "a banker and his
    son", "he and two of his guards"): alone, "he died" points back at someone told
    before; in a list, each is one."""
    conjuncts = [c for c in noun.children if c.dep_ == "conj"]
    if not conjuncts or not all(
        c.tag_ == "NN" and c.lemma_.lower() in PERSONS or counted(c) for c in conjuncts
    ):
        return False
    if noun.lower_ in {"he", "she"}:
        return True
    return noun.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in noun.children
    )


def counted(noun: Token) -> bool:
    """A group of people with a number of its own: "two other fighters", "three of
    her children"."""
    if noun.like_num:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return noun.tag_ == "NNS" and any(
        c.dep_ == "nummod" and c.like_num for c in noun.children)


ASIDE_MARKS = frozenset({"-", "--", "–", "—", "(", ")"})


def past_aside(noun: Token) -> list[Token]:
    """Groups after a dashed aside: "23 civilians - including nine children - and 16 fighters".

    The parse hangs "16 fighters" on "children" inside the aside; the closing dash before
    "and" shows it is a second group of the count, not a part of the first.
    """
    opened = any(c.dep_ == "punct" and c.text in ASIDE_MARKS for c in noun.children)
    found: list[Token] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"including"}):
        for part in (c for c in prep.children if c.dep_ == "pobj"):
            closing = [c.i for c in part.children if c.dep_ == "punct" and c.text in ASIDE_MARKS]
            found += [
                c for c in part.children
                if c.dep_ == "conj" and opened and closing and min(closing) < c.i
            ]  # fmt: skip
    return found


def out_of_aside(noun: Token) -> Token:
    """ "18 civilians - including four women - and 9 soldiers dead": the parse may tie "dead"
    to the women inside the aside; the count is the one the aside hangs on."""
    prep = noun.head
    closed = any(c.dep_ == "punct" and c.text in ASIDE_MARKS for c in noun.children)
    if noun.dep_ == "pobj" and prep.lower_ == "including" and closed and prep.head.i < prep.i:
        return prep.head
    return noun


def others(noun: Token, verb: Token) -> bool:
    """ "... and executing 23 others": a second group killed beside one already counted."""
    return noun.lower_ == "others" and verb.dep_ == "conj"


GROUPS = frozenset({"civilian", "people", "person", "resident", "victim", "inhabitant"})
SUBGROUPS = frozenset({"child", "woman", "baby", "girl", "boy", "minor", "infant", "teenager"})


def subgroup(member: Token, first: Token) -> bool:
    """Is ``member`` a part of the group ``first`` already counts (children of civilians)?"""
    noun = member.head if member.dep_ == "nummod" else member
    return first.lemma_.lower() in GROUPS and noun.lemma_.lower() in SUBGROUPS

