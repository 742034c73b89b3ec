"""Counts of people read from tokens: "at least 22", "Fifteen aid volunteers", "58 Killed".

The casualty reader (:mod:`newsift.events.casualties`) finds which words the parse
ties to a kill or injure word; this module reads the figure those words carry, and falls
back on the words next to the verb when the parse hung the figure elsewhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.triggers import CIVILIAN, CIVILIAN_PLACES, GENERIC_VICTIMS
from newsift.text.numbers import VAGUE, parse_count

if TYPE_CHECKING:
    from spacy.tokens import Token


YEAR = re.compile(r"^(?:19|20)\d\d$")
NUMBER_WORDS = frozenset(
    {"at", "least", "more", "than", "over", "about", "around", "nearly", "almost", "some",
     "up", "to", "approximately", "roughly", "estimated", "an", "a", "and", "-", ",", "as",
     "many", "hundred", "thousand", "million"}
)  # fmt: skip


def number_text(token: Token) -> str:
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
    # Drop words the walk took that make no figure ("at 23", ", over 60").
    while start < token.i and parse_count(token.doc[start : token.i + 1].text) is None:
        start += 1
    return token.doc[start : token.i + 1].text


MONTHS = frozenset(
    {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
     "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
     "november", "dec", "december"}
)  # fmt: skip


WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
     "wed", "thu", "fri", "sat", "sun"}
)  # fmt: skip
MONTHS_DAYS = MONTHS | WEEKDAYS


def datelike(token: Token) -> bool:
    """Part of a calendar date ("Sun 05 Jul 2015"), so no count of people.

    "On Tuesday 25 people were killed": the tagger reads "Tuesday 25" as one date, but a
    number counting people after a bare weekday (no month, no year) is the count.
    """
    if YEAR.match(token.text) or token.lower_ in MONTHS_DAYS or _day_of_month(token):
        return True
    if token.ent_type_ != "DATE":
        return False
    ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    if ent is None or not any(t.lower_ in MONTHS_DAYS or YEAR.match(t.text) for t in ent):
        return False
    weekday_only = all(
        t.lower_ in WEEKDAYS or t.lower_ in HEDGE_WORDS or t.like_num for t in ent if not t.is_punct
    )
    return not (weekday_only and _before_people(token))


def _day_of_month(token: Token) -> bool:
    """ "14 Feb 2024 09.30 Two men were killed": a live page's time stamp, whose day the
    tagger may read as counting the people. A day stands before its month's name, or
    after it with a comma and a year next ("Feb 14, 2024")."""
    if not (token.text.isdigit() and 1 <= int(token.text) <= 31):
        return False
    doc, i = token.doc, token.i
    if i + 1 < len(doc) and _month(doc[i + 1]):
        return True
    return (i > 0 and i + 2 < len(doc) and _month(doc[i - 1]) and doc[i + 1].text == ","
            and bool(YEAR.match(doc[i + 2].text)))


def _month(token: Token) -> bool:
    """A month's name as a date writes it, capitalised ("12 may die" counts)."""
    return token.is_title and token.lower_.rstrip(".") in MONTHS


def _before_people(token: Token) -> bool:
    """A number right before the people it counts ("Monday 31 people"), whatever its head."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.like_num and after is not None and after.lemma_.lower() in PEOPLE


CLOCK_WORDS = frozenset(
    {"hour", "hours", "minute", "minutes", "second", "seconds", "am", "pm", "a.m.", "p.m.",
     "gmt", "utc", "o'clock", "night", "morning", "evening", "afternoon", "noon", "midnight",
     "dawn", "overnight", "tonight"}
)  # fmt: skip


def timelike(token: Token) -> bool:
    """Part of a time of day or a span of hours ("3 p.m.", "48 hours"), so no count.

    The tagger also calls "at 16 earlier" a TIME; a number with only "earlier" or
    "later" beside it is still a count.
    """
    if token.ent_type_ != "TIME":
        return False
    ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    return ent is None or ":" in ent.text or any(t.lower_ in CLOCK_WORDS for t in ent)


def count(noun: Token) -> tuple[int | None, Token | None]:
    """A people count a noun carries, and the noun naming the people (the victims)."""
    if datelike(noun) or timelike(noun) or noun.ent_type_ in {"MONEY", "PERCENT"}:
        return None, None  # "Monday 13 Nov 2017": a year or a day is not a toll
    if noun.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return 0, None  # "no one" under "was injured" counts none, not one
    if noun.pos_ == "NUM" or noun.like_num:
        value = parse_count(number_text(noun))
        victims = next((c for c in noun.children if c.dep_ == "prep"), None)
        return value, noun if victims is None else next(victims.children, noun)
    if noun.lemma_.lower() == "total":  # "a total of 14 fighters"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return count(people) if people is not None else (None, None)
    if noun.lower_ in VAGUE or noun.lemma_.lower() in VAGUE:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return None, next((c for c in of.children if c.dep_ == "pobj"), noun) if of else noun
    nummod = next(
        (
            c
            for c in noun.children
            if (c.dep_ == "nummod" or c.dep_ == "compound" and c.like_num) and not datelike(c)
        ),
        None,
    )
    if nummod is None:  # "Fifteen SARC volunteers": the count hangs on a compound's first word
        nummod = next(
            (
                n
                for c in noun.children
                if c.dep_ in {"compound", "nmod"} and c.i < noun.i
                for n in c.children
                if n.dep_ == "nummod" and n.i < c.i and not datelike(n)
            ),
            None,
        )
    if nummod is None and noun.dep_ == "appos":
        head = noun.head  # "Ten civilians, some of them children, killed"
        while head.dep_ == "appos" and not any(c.dep_ == "nummod" for c in head.children):
            head = head.head
        return count(head)
    if nummod is None and noun.lemma_.lower() in HOUSEHOLDS:  # "a family of six"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        size = (
            next((c for c in of.children if c.dep_ == "pobj" and c.like_num), None) if of else None
        )
        if size is not None and not datelike(size):
            return parse_count(number_text(size)), noun
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    if nummod is None and before is not None and _before_people(before) and not datelike(before):
        return parse_count(number_text(before)), noun  # "On Monday 31 people": hung on Monday
    if nummod is None:
        return (1 if one_person(noun) else None), noun
    if datelike(nummod) or nummod.ent_type_ in {"MONEY", "PERCENT"}:
        return None, noun
    return parse_count(number_text(nummod)), noun


# Words for one person by role: "killed a rebel commander".
ROLES = frozenset(
    {"commander", "leader", "chief", "official", "imam", "sheikh", "cleric", "priest", "mufti",
     "activist", "mayor", "judge", "nurse", "teacher", "engineer", "pilot", "emir", "governor",
     "reporter", "photographer", "cameraman", "spokesman", "general", "colonel", "brigadier",
     "lieutenant", "captain", "sergeant", "medic", "paramedic", "lawmaker", "politician"}
)  # fmt: skip


HOUSEHOLDS = frozenset({"family", "household", "group", "crew"})
KIN = frozenset(
    {"mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle",
     "aunt", "nephew", "niece", "cousin", "grandmother", "grandfather", "grandson",
     "granddaughter", "infant", "toddler", "teenager", "baby", "boy", "girl", "youth"}
)  # fmt: skip
# Words for one person: the people words less places, buildings and households.
PERSONS = (CIVILIAN | GENERIC_VICTIMS | KIN) - CIVILIAN_PLACES - {"people", "family"}


def one_person(noun: Token) -> bool:
    """Does an uncounted noun name one person: "a child", a person's name, "himself"?

    Only a singular noun of a single person counts ("a family" is no one person), with
    "a": "killed the pilot" mostly points back at someone an earlier incident told of. A
    role ("a commander") counts only inside a listed group ("... as well as five of his
    men"): alone it is too often a side note before the main toll.
    """
    if noun.tag_ == "NNP" and noun.ent_type_ == "PERSON":
        # The one killed ("killing Sheikh Salman", "the killing of Omar"), not the one who
        # speaks of it ("Rami Abdel Rahman put the toll at dozens").
        if noun.dep_ == "nsubj":
            return noun.head.lemma_.lower() in {"die", "perish"}
        return noun.dep_ in {"dobj", "nsubjpass", "conj", "pobj", "appos"}
    if noun.lower_ in {"himself", "herself"}:
        return True  # "the bomber killed himself and 15 others"
    if noun.tag_ != "NN":
        return False
    lemma = noun.lemma_.lower()
    if _of_what_was_hit(noun):
        return lemma in PERSONS | ROLES
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return False
    if lemma in ROLES:
        return noun.dep_ == "conj" or any(
            c.dep_ == "conj" or c.dep_ == "prep" and c.lower_ in COMPANION_PREPS
            for c in noun.children
        )
    return lemma in PERSONS  # "five women and a child"


def _of_what_was_hit(noun: Token) -> bool:
    """ "A drone struck a car, killing the driver": "the" person of the thing the same
    sentence says was hit, killed in the clause that follows the strike."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    hit = verb.head
    return any(c.dep_ == "dobj" and c.i < verb.i for c in hit.children)


SUBSET_PREPS = frozenset({"including", "among", "of", "like"})
PEOPLE = CIVILIAN | GENERIC_VICTIMS


COMPANION_PREPS = frozenset({"alongside", "with"})


def with_companions(noun: Token, verb: Token, total: int | None) -> int | None:
    """Add the groups told beside the counted one.

    "kill 10 children 5 women" lists groups without "and"; "29 fighters were killed along
    with six militants" and "the commander alongside nine of his comrades was killed"
    name a second group by a preposition. A named person without a count is one.
    """
    extra = 0
    counted = any(c.dep_ == "nummod" for c in noun.children)
    for child in noun.children:  # "10 children 5 women": the parse nests the first group
        if counted and child.dep_ in {"nmod", "compound"} and child.lemma_.lower() in PEOPLE:
            value, _ = count(child)
            extra += value or 0
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in COMPANION_PREPS]
    for along in (c for c in verb.children if c.dep_ == "prt" and c.lower_ == "along"):
        preps += [
            c for c in (*verb.children, *along.children) if c.dep_ == "prep" and c.lower_ == "with"
        ]
    for prep in preps:
        if (
            prep.lower_ == "with"
            and prep.head is noun
            and not any(c.lower_ in {"along", "together"} for c in prep.children)
        ):
            continue  # "a man with a knife"
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            value, _ = count(obj)
            extra += value or 0
    if not extra:
        return total
    if total is None and noun.ent_type_ == "PERSON":
        total = 1
    return None if total is None else total + extra


def vague(noun: Token) -> bool:
    """ "dozens of civilians", "several soldiers": a member whose count is unstated."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"amod", "nummod", "det"})]
    return any(w.lower_ in VAGUE or w.lemma_.lower() in VAGUE for w in words)


def right_count(verb: Token) -> int | None:
    """A count just after an active kill verb the parse hung elsewhere.

    "Air strikes on Homs Monday killed at least 36 people including children activists
    said": the parse may make "people" the subject of "said"; the figure right after the
    verb, behind hedges only, is still its object.
    """
    if verb.tag_ not in {"VBD", "VBG", "VBZ", "VBP"} or any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return None
    doc = verb.doc
    i = verb.i + 1
    while i < verb.sent.end and i < verb.i + 5 and doc[i].lower_ in HEDGE_WORDS:
        i += 1
    if i >= verb.sent.end or not doc[i].like_num or datelike(doc[i]):
        return None
    after = doc[i + 1] if i + 1 < verb.sent.end else None
    if after is not None and after.lemma_.lower() in {"percent", "%", "year", "km", "day"}:
        return None
    return parse_count(number_text(doc[i]))


HEDGE_WORDS = frozenset(
    {"at", "least", "more", "than", "over", "about", "around", "nearly", "almost", "some",
     "up", "to", "approximately", "roughly", "an", "estimated", "as", "many"}
)  # fmt: skip


def left_count(verb: Token) -> int | None:
    """A count of people just before a passive kill verb the parse did not tie to it.

    "MOSCOW (Sputnik) Over 130 people including 67 children were killed": the parse may
    hang the subject elsewhere; the nearest count of people before the verb, in the same
    clause and not inside "including ..." or "among ...", is its subject.
    """
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_ == "die"
    reduced = verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    adjacent = previous is not None and previous.like_num and not datelike(previous)
    if previous is not None and adjacent and (verb.pos_ == "ADJ" or reduced):
        return parse_count(number_text(previous))  # "35 dead, dozens wounded", "58 Killed in"
    if not (passive or reduced):  # "58 Killed in gas attack": a headline's reduced passive
        return None
    if any(a.lower_ in SUBSET_PREPS for a in verb.ancestors):
        return None  # "70 children were among those killed": a part of the toll
    sentence = verb.sent
    for i in range(verb.i - 1, max(sentence.start, verb.i - 12) - 1, -1):
        token = verb.doc[i]
        if token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass"} and token.tag_ != "VBG":
            return None
        if not token.like_num or datelike(token):
            continue
        noun = token.head if token.dep_ in {"nummod", "compound"} else token
        adjacent = token.i == verb.i - 1  # "58 Killed in gas attack"
        if noun is not token and noun.lemma_.lower() not in PEOPLE and not adjacent:
            continue
        # "among the 12 killed" is a part; "of shelling 3 civilians" (a misparse) is not.
        heads = [noun.head] if noun.head.pos_ == "VERB" else [noun.head, noun.head.head]
        if any(h.lower_ in SUBSET_PREPS for h in heads):
            continue
        return parse_count(number_text(token))
    return None


RATE_UNITS = frozenset({"day", "night", "week", "month", "year", "hour"})
RATE_ADVERBS = frozenset({"daily", "nightly", "weekly", "monthly", "hourly"})
_RATE_DETERMINERS = frozenset({"a", "an", "per", "every", "each"})
# "a day after the strike", "a year ago": a unit followed by these dates, not a rate.
_DATING = frozenset({"after", "before", "ago", "earlier", "later", "since", "into", "of", "when"})


def per_period(noun: Token, trigger: Token) -> bool:
    """Is the figure of ``noun`` for ``trigger`` a rate ("losing 80 soldiers a day",
    "dozens are killed every week", "wounded daily")? A rate describes a war, not an
    incident. The rate must belong to the figure's own clause."""
    clause = _clause_of(_common_ancestor(noun, trigger))
    for tok in clause.subtree:
        if tok.lower_ in RATE_ADVERBS and tok.dep_ == "advmod":
            rate = True
        elif tok.lemma_.lower() in RATE_UNITS and tok.tag_ == "NN":
            marked = tok.head.lower_ == "per" or any(
                c.lower_ in _RATE_DETERMINERS and c.dep_ == "det" for c in tok.children
            )
            following = tok.nbor().lower_ if tok.i + 1 < len(tok.doc) else ""
            rate = marked and following not in _DATING
        else:
            continue
        if rate and _clause_of(tok.head).i == clause.i:
            return True
    return False


def _clause_of(tok: Token) -> Token:
    """The verb whose clause holds the token (itself when it is one). A participle with
    no subject of its own ("60 soldiers a day, as killed in action", "300 wounded every
    day") belongs to the clause above it."""
    verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return tok.sent.root
    bare = verb.tag_ in {"VBN", "VBG"} and verb.dep_ in {"advcl", "acl", "conj"} and not any(
        c.dep_.startswith("nsubj") for c in verb.children
    )
    return _clause_of(verb.head) if bare and verb.head.i != verb.i else verb


def _common_ancestor(a: Token, b: Token) -> Token:
    above = {a.i, *(t.i for t in a.ancestors)}
    for tok in [b, *b.ancestors]:
        if tok.i in above:
            return tok
    return a.sent.root
