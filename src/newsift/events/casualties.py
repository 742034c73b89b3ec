"""Casualty figures read from the parse: only numbers tied to a kill/injure word count.

So "seven guided bombs" is no toll, "the seven killed" is, and victims described inside
a count ("two teenagers were among the five killed") add nobody.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.counts import (
    PERSONS,
    count,
    left_count,
    per_period,
    right_count,
    vague,
    with_companions,
)
from newsift.events.people_lists import (
    lead_person,
    others,
    out_of_aside,
    past_aside,
    subgroup,
)
from newsift.events.reality import is_real
from newsift.events.sides import Side, side_of, summed
from newsift.events.toll_phrases import PERIODS, ZERO_DEAD, ZERO_HURT
from newsift.events.triggers import CIVILIAN, GENERIC_VICTIMS, base_lemma
from newsift.text.doc_text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


KILL = frozenset(
    {"kill", "die", "dead", "death", "perish", "killing", "fatality", "toll", "execute",
     "massacre", "behead", "eliminate", "martyr", "execution", "murder", "crucify",
     "assassinate", "assassination", "body", "lynch"}
)  # fmt: skip
INJURE = frozenset({"wound", "injure", "injury", "hurt", "injured", "wounded"})


def _candidates(token: Token) -> list[Token]:
    """Nouns and numbers that may carry a casualty figure for a kill/injure word."""
    nouns: list[Token] = []
    number = _number_of_dead(token)
    if number is not None:
        return _candidates(number.head)  # "the number of people killed rose to 52"
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
        if token.dep_ == "dobj":  # "put the death toll at 16"
            nouns.extend(
                c
                for prep in [*token.children, *token.head.children]
                if prep.dep_ == "prep" and prep.lower_ == "at"
                for c in prep.subtree
                if c.like_num and c.i <= prep.i + 4
            )
    if (
        token.dep_ == "conj"
        and token.pos_ == "VERB"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in token.children)
    ):  # "41 rebels were rounded up and executed": the passive subject is shared
        nouns.extend(c for c in token.head.children if c.dep_ == "nsubjpass")
    if token.head.lemma_ in LEFT_DEAD and token.dep_ in {
        "oprd", "acomp", "xcomp", "ccomp", "amod", "prep", "advmod", "dep"
    }:
        # "left 11 dead", "shot dead four guards", "three men were found dead"; the
        # parse sometimes hangs "dead" on the verb as a preposition or an adverb
        nouns.extend(c for c in token.head.children if c.dep_ in {"dobj", "nsubjpass"})
    if token.lemma_ == "death" and token.dep_ == "pobj" and token.head.lower_ == "to" and (
            token.head.head.pos_ == "VERB" and token.head.head.lemma_ not in NOT_KILLING):
        # "four men were beaten to death", "gunmen hacked two farmers to death"; not
        # "three men were sentenced to death"
        nouns.extend(c for c in token.head.head.children if c.dep_ in {"dobj", "nsubjpass"})
    if token.pos_ == "NOUN" and any(
        c.dep_ == "nummod" or c.dep_ == "compound" and c.like_num for c in token.children
    ):
        nouns.append(token)  # "14 bodies", "Thirty bodies"
    nouns.extend(_swallowed_subject(token))
    return nouns


def _swallowed_subject(verb: Token) -> list[Token]:
    """ "In the province of Daraa 16 civilians were killed": without its comma the opening
    phrase swallows the passive's subject, which stands just before the auxiliary."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if aux is None or aux.i == 0 or aux.i > verb.i:
        return []
    noun = verb.doc[aux.i - 1]
    before = verb.doc[noun.i - 1] if noun.i > verb.sent.start else None
    # "... of Daraa 14 civilians were killed": the parse may hang the count on the place.
    counted = any(c.dep_ == "nummod" for c in noun.children) or (
        before is not None and before.like_num and before.dep_ == "nummod"
    )
    return [noun] if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and counted else []


# Verbs that tell of bodies counted as dead: "recovered 14 bodies", "20 bodies were found".
RECOVER = frozenset(
    {"recover", "pull", "retrieve", "find", "discover", "unearth", "exhume", "count", "collect",
     "remove", "receive", "extract", "dig"}
)  # fmt: skip


def _recovered(body: Token) -> bool:
    """Bodies recovered or found, several of them: the dead of an incident, not a scene."""
    return (
        body.tag_ == "NNS"
        and body.head.lemma_.lower() in RECOVER
        and (body.dep_ in {"dobj", "nsubjpass"})
    )


LEFT_DEAD = frozenset({"leave", "shoot", "gun", "stab", "beat", "hack", "burn", "find"})
# Verbs "to death" follows without anyone killed: "sentenced to death", "bored to death".
NOT_KILLING = frozenset({"sentence", "condemn", "bore", "scare", "frighten", "love", "worry"})


def _number_of_dead(token: Token) -> Token | None:
    """The subject "number" of "the number of people killed rose to 52", for its verb."""
    noun = token.head if token.dep_ in {"acl", "amod", "relcl"} else token
    of = noun.head
    if (
        noun.dep_ != "pobj"
        or of.lower_ != "of"
        or of.head.lemma_.lower() not in {"number", "total"}
    ):
        return None
    number = of.head
    if number.dep_ not in {"nsubj", "nsubjpass"} or number.head.pos_ not in {"VERB", "AUX"}:
        return None
    return number


def _headline_victims(verb: Token, subject: Token) -> bool:
    """ "Four civilians killed, 12 others injured": a headline's passive parsed as active."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and not _names_injured(c, verb)]
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children) and not objects:
        return True  # no "has" and no object: a reduced passive
    if subject.like_num and not any(c.dep_ == "prep" for c in subject.children):
        return True  # "Three killed, 70 injured": a bare number is the dead, not the killers
    people = subject.lemma_.lower() in CIVILIAN | GENERIC_VICTIMS
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
    sides: list[Side | None] = []  # of each count in ``killed``
    hurt: list[int] = []
    victims: list[Token] = []
    unparsed: list[tuple[Token, str]] = []
    for token in sentence:
        lemma, word = base_lemma(token), token.lower_
        kind = "kill" if lemma in KILL or word in KILL else None
        if lemma in INJURE or word in INJURE:
            kind = "injure"
        if lemma == "life" and token.head.lemma_.lower() in {"claim", "take", "cost"}:
            kind = "kill"  # "claiming the lives of ten people"
        if lemma == "pay" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "price"
                and any(a.lower_ in {"supreme", "ultimate"} for a in c.children)
                for c in token.children):
            kind = "kill"  # "two of our soldiers paid the supreme price": they died
        if lemma in DISPATCH and _people_object(token):
            kind = "kill"  # "destroyed some 120 militants"
        if lemma in {"gun", "mow"} and token.pos_ == "VERB" and any(
                c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            kind = "kill"  # "gunmen gunned down six miners": shot dead
        if kind is None or not is_real(token, sentence):
            continue
        if lemma == "toll" and _of_a_period(token):
            continue  # "bringing the season's toll to 41": many incidents, counted together
        if lemma == "body" and not _recovered(token):
            continue  # "the body of a man lay in the street": a scene, not a count
        if kind == "kill" and _joint_with_injured(token):
            continue  # "175 killed or injured": dead and hurt together, no death toll
        if kind == "injure" and _describes_one(token):
            continue  # "after a wounded woman died": who she was, not a count of the hurt
        found, rate = len(killed) + len(hurt), False
        for noun in _candidates(token):
            if kind == "kill" and _names_injured(noun, token):
                continue  # "8 killed 58 others injured": the 58 are the injured
            if per_period(noun, token):
                rate = True  # neither this figure nor the words beside the verb
                continue
            # "31 jihadists and eight civilians": conjoined groups add up, as ACLED sums them.
            total: int | None = 0
            noun = out_of_aside(noun)
            members = [noun, *(c for c in noun.children if c.dep_ == "conj"), *past_aside(noun)]
            lead: Token | None = None  # the noun naming the counted people
            for member in members:
                value, victim = count(member)
                if member is noun:
                    lead = victim
                if member is noun and value is None and lead_person(noun):
                    value = 1  # "he and his wife died", "a banker and his son were killed"
                if victim is not None and victim.pos_ in {"NOUN", "PROPN"}:
                    victims.append(victim)
                if member is not noun and subgroup(member, noun):
                    continue  # "12 civilians and four children": the children are civilians
                if member is not noun and value is None and not vague(member):
                    if member.tag_ == "NN" and member.lemma_.lower() in PERSONS:
                        value = 1  # "a woman and child"
                    else:
                        continue  # "70 regime and rebel fighters": a word of the group
                total = None if value is None or total is None else total + value
            total = with_companions(noun, token, total)
            if total is not None and kind == "kill" and killed and others(noun, token):
                total += killed[-1]  # "crucifying two people and executing 23 others"
            if total is not None:
                (killed if kind == "kill" else hurt).append(total)
                if kind == "kill":
                    sides.append(side_of(base_lemma(lead) if lead is not None else None))
        if len(killed) + len(hurt) == found and not rate:
            unparsed.append((token, kind))
    for token, kind in unparsed:
        if per_period(token, token):
            continue  # "60 soldiers a day, as killed in action": a rate the parse missed
        figure = left_count(token)
        if figure is None:
            figure = right_count(token)
        if figure is not None and not (killed if kind == "kill" else hurt):
            (killed if kind == "kill" else hurt).append(figure)
            if kind == "kill":
                sides.append(None)
    text = span_text(sentence)
    fatalities = summed(killed, sides) if killed else (0 if ZERO_DEAD.search(text) else None)
    injured = max(hurt) if hurt else (0 if ZERO_HURT.search(text) else None)
    return fatalities, injured, victims


def _of_a_period(toll: Token) -> bool:
    return any(c.dep_ == "poss" and c.lemma_.lower() in PERIODS for c in toll.children)


def _describes_one(word: Token) -> bool:
    """An injure word as the adjective of one person with no number ("a wounded woman",
    "the injured driver"): a description of someone, not a count of the hurt."""
    person = word.head
    return (word.dep_ == "amod" and person.tag_ == "NN"
            and not any(c.dep_ == "nummod" for c in person.children))


# Verbs that kill when their object is people ("neutralised 20 fighters").
DISPATCH = frozenset({"destroy", "neutralize", "neutralise", "liquidate", "wipe"})


def _people_object(verb: Token) -> bool:
    return any(
        # people, not the buildings CIVILIAN also holds: "destroyed a school" kills no one
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PERSONS - {"one", "other"}
        for c in verb.children
    )


def _joint_with_injured(token: Token) -> bool:
    """ "killed or injured", "killed, wounded": one figure for the dead and hurt together."""
    doc = token.doc
    i = token.i + 1
    if i < token.sent.end and doc[i].lower_ in {"and", "or", ",", "/"}:
        i += 1
    if i >= token.sent.end or i == token.i + 1 and doc[i].is_punct:
        return False
    word = doc[i]
    if not (word.lemma_.lower() in INJURE or word.lower_ in INJURE):
        return False
    return not any(c.like_num or c.dep_ in {"dobj", "nummod"} for c in word.children)


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


LOWER_BOUND = re.compile(
    r"\b(?:more than|at least|in excess of|upwards of|over (?=\d))", re.IGNORECASE
)
APPROXIMATE = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|up to) (?:\d|[a-z]+ty\b)",
    re.IGNORECASE,
)
OTHER_COUNT = re.compile(
    r"\b(?:gave|gives|put|puts|reported|cited) (?:a|the|its) (?:death |higher )?toll\b",
    re.IGNORECASE,
)
# A figure the report has since replaced: "it had initially given a death toll of 22".
OLDER_COUNT = re.compile(
    r"\b(?:initially|originally|previously|at first)\b[^.]{0,40}?\b(?:toll|figure|count)\b"
    r"|\b(?:an? )?(?:earlier|previous|initial|preliminary) (?:death )?toll\b",
    re.IGNORECASE,
)
REFINE_SLACK = 2  # how far a later, more exact toll may exceed the first (or 15%)


def more_exact(told: int, told_by: list[str], figure: int, text: str) -> bool:
    """Is ``figure``, stated in ``text``, a more exact count of the lower bound ``told``
    (stated in the sentences ``told_by``): "more than 200", then "at least 213"?

    Only a lower bound leaves room for a higher exact count; "nearly 30" is no more
    exact than what it follows, "the monitor gave a toll of 48" is another source's
    count and "it had initially given a toll of 22" an older one, not an update. The
    exact count may exceed the bound by 2, or by 15% ("more than 40", then "45").
    """
    if not told < figure <= told + max(REFINE_SLACK, told * 15 // 100):
        return False
    bounded = any(LOWER_BOUND.search(sentence) for sentence in told_by)
    if APPROXIMATE.search(text) or OTHER_COUNT.search(text) or OLDER_COUNT.search(text):
        return False
    return bounded


def civilian_words(sentence: SpacySpan, victims: list[Token]) -> bool:
    """Are the people or things hit civilian ("seven people", "a petrol station")?"""
    if any(v.lemma_.lower() in CIVILIAN for v in victims):
        return True
    return any(t.lemma_.lower() in {"civilian", "resident", "residential"} for t in sentence)


# Words a toll is told with when no victim is named ("No casualties were reported").
TOLL_WORDS = KILL | INJURE | {"casualty", "life", "victim"}


def toll_clause(sentence: SpacySpan, victims: list[Token]) -> tuple[int, int] | None:
    """The characters of the clause that gives a toll: the phrase of the verb its first
    victim or toll word hangs on ("No casualties were reported"), not an aside beside it
    ("..., most residents having fled after threats in October"). None: no such word."""
    word = victims[0] if victims else next(
        (t for t in sentence if t.lemma_.lower() in TOLL_WORDS), None)
    if word is None:
        return None
    verb = word
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
