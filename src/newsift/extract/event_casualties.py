"""Casualty figures read from the parse: only numbers tied to a kill/injure word count.

So "seven guided bombs" is no toll, "the seven killed" is, and victims described inside
a count ("two teenagers were among the five killed") add nobody.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.extract.event_triggers import CIVILIAN, GENERIC_VICTIMS, base_lemma, is_real
from newsift.numbers import VAGUE, parse_count

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


KILL = frozenset(
    {"kill", "die", "dead", "death", "perish", "killing", "fatality", "toll", "execute",
     "massacre", "behead", "eliminate", "martyr"}
)  # fmt: skip
INJURE = frozenset({"wound", "injure", "injury", "hurt", "injured", "wounded"})
ZERO_DEAD = re.compile(
    r"\bno (?:casualties|deaths|fatalities|victims|one was (?:killed|hurt|injured))\b|"
    r"\bwithout casualties\b|\bno (?:people|civilians|one) (?:were|was) (?:killed|hurt|injured)",
    re.IGNORECASE,
)
ZERO_HURT = re.compile(
    r"\bno (?:casualties|injuries|victims|one was (?:hurt|injured))\b|\bwithout casualties\b",
    re.IGNORECASE,
)

# A sentence that revises a toll already given: its figure replaces the earlier one.
TOLL_UPDATE = re.compile(
    r"\b(?:toll|number of (?:dead|deaths|victims|those killed)|fatalities)\b[^.]{0,60}?"
    r"\b(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|increased|increases|jumped"
    r"|mounted|soared|surpassed|now stands|stood at|has hit)\b"
    r"|\b(?:raising|bringing|taking|pushing) the (?:death )?toll\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"^(?:19|20)\d\d$")
NUMBER_WORDS = frozenset(
    {"at", "least", "more", "than", "over", "about", "around", "nearly", "almost", "some",
     "up", "to", "approximately", "roughly", "estimated", "an", "a", "and", "-", ",", "as",
     "many", "hundred", "thousand", "million"}
)  # fmt: skip


def _number_text(token: Token) -> str:
    """The written figure a number token ends, hedges included ("at least 22")."""
    start = token.i
    while start > 0:
        left = token.doc[start - 1]
        if not (left.like_num or left.lower_ in NUMBER_WORDS) or YEAR.match(left.text):
            break
        if left.lower_ == "to" and (left.i == 0 or token.doc[left.i - 1].lower_ != "up"):
            break  # "rose to 12", unlike "up to 12"
        scale = token.doc[start].lower_ in {"hundred", "thousand", "million", "billion"}
        if left.text[:1].isdigit() and not scale:
            break  # "Apr 092017 At least 15": digits before a figure belong elsewhere
        start -= 1
    return token.doc[start : token.i + 1].text


MONTHS_DAYS = frozenset(
    {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
     "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
     "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
)  # fmt: skip


def _datelike(token: Token) -> bool:
    """Part of a calendar date ("Sun 05 Jul 2015"), so no count of people."""
    if YEAR.match(token.text) or token.lower_ in MONTHS_DAYS:
        return True
    if token.ent_type_ != "DATE":
        return False
    ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    return ent is not None and any(t.lower_ in MONTHS_DAYS or YEAR.match(t.text) for t in ent)


def _count(noun: Token) -> tuple[int | None, Token | None]:
    """A people count a noun carries, and the noun naming the people (the victims)."""
    if _datelike(noun) or noun.ent_type_ in {"TIME", "MONEY", "PERCENT"}:
        return None, None  # "Monday 13 Nov 2017": a year or a day is not a toll
    if noun.pos_ == "NUM" or noun.like_num:
        value = parse_count(_number_text(noun))
        victims = next((c for c in noun.children if c.dep_ == "prep"), None)
        return value, noun if victims is None else next(victims.children, noun)
    if noun.lower_ in VAGUE or noun.lemma_.lower() in VAGUE:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return None, next((c for c in of.children if c.dep_ == "pobj"), noun) if of else noun
    nummod = next(
        (
            c
            for c in noun.children
            if (c.dep_ == "nummod" or c.dep_ == "compound" and c.like_num) and not _datelike(c)
        ),
        None,
    )
    if nummod is None and noun.dep_ == "appos":
        head = noun.head  # "Ten civilians, some of them children, killed"
        while head.dep_ == "appos" and not any(c.dep_ == "nummod" for c in head.children):
            head = head.head
        return _count(head)
    if nummod is None:
        single = noun.tag_ == "NN" and noun.lemma_.lower() in CIVILIAN | GENERIC_VICTIMS
        if single and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
            return 1, noun  # "five women and a child"
        return None, noun
    if _datelike(nummod) or nummod.ent_type_ in {"MONEY", "PERCENT"}:
        return None, noun
    return parse_count(_number_text(nummod)), noun


def _candidates(token: Token) -> list[Token]:
    """Nouns and numbers that may carry a casualty figure for a kill/injure word."""
    nouns: list[Token] = []
    own = [
        c
        for c in token.children
        if c.dep_ in {"npadvmod", "dobj"} and c.like_num and not _names_injured(c, token)
    ]
    if own and token.dep_ in {"acl", "amod", "relcl"}:
        return own  # "killed 4 people injured 11": the 11 are the injured, not the people
    if token.dep_ in {"acl", "amod", "relcl"} and token.head.pos_ in {"NOUN", "NUM", "PROPN"}:
        nouns.append(token.head)
    for child in token.children:
        if (
            child.dep_ == "nsubj"
            and token.lemma_ in {"kill", "wound", "injure", "hurt"}
            and not _headline_victims(token, child)
        ):
            continue  # the killer, not the killed: "a strike killed three people"
        if child.dep_ in {"dobj", "nsubjpass", "nsubj", "attr", "nummod"}:
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"of", "to"}:
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    if token.lemma_ == "toll" and token.head.i != token.i:  # "the toll rose to 22", "is 22"
        nouns.extend(_candidates(token.head))
    if token.head.lemma_ == "leave" and token.dep_ in {"oprd", "acomp", "xcomp", "ccomp", "amod"}:
        nouns.extend(c for c in token.head.children if c.dep_ == "dobj")  # "left 11 dead"
    if token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children):
        nouns.append(token)
    return nouns


def _headline_victims(verb: Token, subject: Token) -> bool:
    """ "Four civilians killed, 12 others injured": a headline's passive parsed as active."""
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return True  # no "has": a reduced passive
    people = subject.lemma_.lower() in CIVILIAN | GENERIC_VICTIMS
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _names_injured(c, verb)]
    return people and not objects


def _names_injured(noun: Token, trigger: Token) -> bool:
    """Does an injure word, not ``trigger``, qualify this count?

    Not one with a count of its own: in "killed 30 people injured 90" the 30 are dead.
    """
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    words = [*noun.children, *([following] if following is not None else [])]
    return any(
        (w.lemma_.lower() in INJURE or w.lower_ in INJURE)
        and w.i != trigger.i
        and not (w.i + 1 < len(doc) and doc[w.i + 1].like_num)
        for w in words
    )


def casualties(sentence: SpacySpan) -> tuple[int | None, int | None, list[Token]]:
    """Killed and injured figures the sentence states, and the victim nouns it names.

    Only numbers tied in the parse to a kill/injure word count, so figures describing
    the victims ("a 7-year-old ... among the seven killed") or weapons ("seven guided
    bombs") do not. Within one sentence the largest figure of each kind is kept.
    """
    killed: list[int] = []
    hurt: list[int] = []
    victims: list[Token] = []
    unparsed: list[tuple[Token, str]] = []
    for token in sentence:
        lemma = base_lemma(token)
        kind = "kill" if lemma in KILL or token.lower_ in KILL else None
        if lemma in INJURE or token.lower_ in INJURE:
            kind = "injure"
        if lemma == "life" and token.head.lemma_.lower() in {"claim", "take", "cost"}:
            kind = "kill"  # "claiming the lives of ten people"
        if kind is None or not is_real(token, sentence):
            continue
        if not _candidates(token):
            unparsed.append((token, kind))
        for noun in _candidates(token):
            if kind == "kill" and _names_injured(noun, token):
                continue  # "8 killed 58 others injured": the 58 are the injured
            # "31 jihadists and eight civilians": conjoined groups add up, as ACLED sums them.
            total: int | None = 0
            for member in [noun, *(c for c in noun.children if c.dep_ == "conj")]:
                value, victim = _count(member)
                if victim is not None and victim.pos_ in {"NOUN", "PROPN"}:
                    victims.append(victim)
                if member is not noun and _subgroup(member, noun):
                    continue  # "16 civilians and three children": the children are civilians
                total = None if value is None or total is None else total + value
            if total is not None:
                (killed if kind == "kill" else hurt).append(total)
    for token, kind in unparsed:
        figure = _left_count(token)
        if figure is not None and not (killed if kind == "kill" else hurt):
            (killed if kind == "kill" else hurt).append(figure)
    text = sentence.text
    fatalities = max(killed) if killed else (0 if ZERO_DEAD.search(text) else None)
    injured = max(hurt) if hurt else (0 if ZERO_HURT.search(text) else None)
    return fatalities, injured, victims


GROUPS = frozenset({"civilian", "people", "person", "resident", "victim", "inhabitant"})
SUBGROUPS = frozenset({"child", "woman", "baby", "girl", "boy", "minor", "infant", "teenager"})


def _subgroup(member: Token, first: Token) -> bool:
    """Is ``member`` a part of the group ``first`` already counts (children of civilians)?"""
    noun = member.head if member.dep_ == "nummod" else member
    return first.lemma_.lower() in GROUPS and noun.lemma_.lower() in SUBGROUPS


SUBSET_PREPS = frozenset({"including", "among", "of", "like"})
PEOPLE = CIVILIAN | GENERIC_VICTIMS


def _left_count(verb: Token) -> int | None:
    """A count of people just before a passive kill verb the parse did not tie to it.

    "MOSCOW (Sputnik) Over 130 people including 67 children were killed": the parse may
    hang the subject elsewhere; the nearest count of people before the verb, in the same
    clause and not inside "including ..." or "among ...", is its subject.
    """
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_ == "die"
    if not passive:
        return None
    sentence = verb.sent
    for i in range(verb.i - 1, max(sentence.start, verb.i - 12) - 1, -1):
        token = verb.doc[i]
        if token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass"} and token.tag_ != "VBG":
            return None
        if not token.like_num or _datelike(token):
            continue
        noun = token.head if token.dep_ in {"nummod", "compound"} else token
        if noun is not token and noun.lemma_.lower() not in PEOPLE:
            continue
        heads = [noun.head, noun.head.head]
        if any(h.lower_ in SUBSET_PREPS for h in heads):
            continue
        return parse_count(_number_text(token))
    return None


def combined_figure(stated: list[tuple[int | None, bool]]) -> int | None:
    """One casualty figure from the (figure, is-an-update) of each mention of an incident.

    The first figure told is the one the report leads with (the headline and lede total);
    later figures in the same incident are mostly subsets ("six civilians were among the
    22 killed", children, women) or a second source's count, so they do not replace it.
    An explicit update that raises it does ("the death toll rose to 12"): tolls rise as
    reports come in, and a smaller "toll reached 3 in one district" is a part. ``0``
    ("no casualties") counts only when no mention gives a positive figure.
    """
    given = [(value, update) for value, update in stated if value is not None]
    positive = [(value, update) for value, update in given if value]
    if not positive:
        return 0 if given else None
    figure = positive[0][0]
    for value, update in positive[1:]:
        if update and value > figure:
            figure = value
    return figure


def civilian_words(sentence: SpacySpan, victims: list[Token]) -> bool:
    """Are the people or things hit civilian ("seven people", "a petrol station")?"""
    if any(v.lemma_.lower() in CIVILIAN for v in victims):
        return True
    return any(t.lemma_.lower() in {"civilian", "resident", "residential"} for t in sentence)
