"""What one sentence tells of an incident: a :class:`~newsift.events.incident.Mention`.

The events stage reads each sentence on its own (:func:`sentence_mention`): its real
triggers (:func:`newsift.events.cues.incident_triggers`), and what the sentence gives of
the incident they tell: the weapon, target, actor, casualties, places and date, whether
it points back at an incident already told ("the attack"), revises a toll, or only
talks of one. A sentence with no trigger may still give a toll of the incident just
told ("There were no casualties."). :mod:`newsift.events.merge` then joins mentions into
incidents.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.events.casualties import casualties, civilian_words, toll_clause
from newsift.events.cues import incident_triggers
from newsift.events.dates import basis_of, interval_shifted, speech_date
from newsift.events.grievances import blank_grievances, only_aired
from newsift.events.incident import Mention
from newsift.events.incident_type import trigger_roles
from newsift.events.merge import AMONG_THEM
from newsift.events.recalled_clauses import without_recalled
from newsift.events.reporting import another, talk
from newsift.events.roles import sentence_actor, target_of
from newsift.events.setting import date_of, place_refs
from newsift.events.taxonomy import find_weapons
from newsift.events.toll_phrases import OF_THE_WOUNDED, PERIOD_TALLY, TOLL_UPDATE
from newsift.events.type_words import GROUND_ATTACKERS
from newsift.model import span_of
from newsift.text.doc_text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsift.article import Article

ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their"})


def sentence_mention(
    sentence: SpacySpan, article: Article, lede: bool = False
) -> Mention | None:
    triggers = incident_triggers(sentence)
    if not triggers:
        return _toll_only(sentence, article)
    actions = frozenset(action for _, action in triggers)
    if actions <= {"withdraw"}:
        return None
    written = span_text(sentence)  # as parsed: a headline's pieces are parsed folded
    if "each other" in written.lower() and actions & {"strike", "shoot"}:
        actions |= {"clash"}  # "the two sides shelled each other": a fight, not a strike
    assert article.document is not None
    text = article.document.text
    lemmas = [token.lemma_.lower() for token in sentence]
    own = without_recalled(sentence, lemmas)  # the words not of an incident recalled
    aired = blank_grievances(triggers, sentence, own)  # nor of what a protest is about
    if all(own[token.i - sentence.start] == "" for token, _ in triggers):
        # "They buried their dead on Friday, three days after air strikes killed 31":
        # the clause recalled is the only incident the sentence tells.
        own = lemmas
    fatalities, injured, victims = casualties(sentence)
    if only_aired(victims, aired) or PERIOD_TALLY.search(sentence.text):
        # "protested against the killing of 12 villagers"; "killed 187 in the past week"
        fatalities, injured, victims = None, None, []
    first = triggers[0][0]
    places = place_refs(sentence, article, triggers)
    verb = first if first.pos_ == "VERB" and first.dep_ in {"acl", "relcl"} else None
    clause = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)) if verb else None
    date = interval_shifted(date_of(sentence, article, first.idx, clause),
                            [token for token, _ in triggers], sentence, article)
    said = speech_date(sentence, article, date)
    start, end = sentence.start_char, sentence.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return Mention(
        evidence=span_of(text, start, end),
        actions=actions,
        lemmas=frozenset(own) - {""} | {token.lemma_.lower() for token, _ in triggers},
        weapons=[weapon for _, weapon in find_weapons(own)],
        target=target_of(triggers, victims, places),
        fatalities=fatalities,
        injured=injured,
        actor1=sentence_actor(triggers),
        civilian=civilian_words(sentence, victims),
        places=places,
        date=None if said else date,
        said_date=date if said else None,
        date_basis=basis_of(sentence, article, date),
        anaphoric=_anaphoric(triggers, sentence) or _told_target(triggers, text, start)
        or OF_THE_WOUNDED.search(written) is not None,
        update=bool(TOLL_UPDATE.search(written) or AMONG_THEM.match(written)),
        lede=lede,
        other=any(another(token) for token, _ in triggers),
        talk=talk(triggers, article, bool(places and (fatalities or injured or date))),
        roles=trigger_roles(triggers, victims),
    )


def _toll_only(sentence: SpacySpan, article: Article) -> Mention | None:
    """A sentence that only gives a toll ("There were no casualties.") of the incident told."""
    fatalities, injured, victims = casualties(sentence)
    if fatalities is None and injured is None:
        return None
    assert article.document is not None
    start, end = sentence.start_char, sentence.end_char
    while end > start and article.document.text[end - 1].isspace():
        end -= 1
    return Mention(
        evidence=span_of(article.document.text, start, end),
        actions=frozenset({"harm"}),
        lemmas=frozenset(),
        weapons=[],
        target=None,
        fatalities=fatalities,
        injured=injured,
        actor1=None,
        civilian=False,
        places=[],
        # "On April 4 the attack claimed 80 lives": the toll's own date, if it gives one.
        date=(date := date_of(sentence, article, start, only=toll_clause(sentence, victims))),
        date_basis=basis_of(sentence, article, date),
        anaphoric=True,
        standalone=False,
        update=TOLL_UPDATE.search(span_text(sentence)) is not None,
        roles=trigger_roles([], victims),
    )


def _anaphoric(triggers: list[tuple[Token, str]], sentence: SpacySpan) -> bool:
    """Does the sentence point back at an incident already told ("the attack", "the victims")?"""
    for token, _ in triggers:
        if token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in {"them", "him", "her"}
            or c.dep_ == "nsubjpass" and c.lower_ in {"they", "he", "she"}
            for c in token.children
        ):
            return True  # "... and shot them", "they were beaten": people just told of
        if token.pos_ == "VERB" and _also_by_them(token):
            return True  # "the attackers also burned houses": more of what they did
        if token.pos_ != "NOUN":
            continue
        for child in token.children:
            if child.dep_ == "det" and child.lower_ in ANAPHORIC_DETS:
                return True
            if child.dep_ == "poss" and (child.ent_type_ == "DATE" or child.pos_ == "PRON"):
                return True
    return any(
        token.lower_ in {"victims", "dead", "wounded", "injured"}
        and any(c.lower_ == "the" for c in token.children)
        for token in sentence
    )


# Who did the violence, when the sentence calls them by what they did or were.
DOERS = GROUND_ATTACKERS | {"attacker", "assailant", "raider", "perpetrator", "killer", "mob"}


def _also_by_them(verb: Token) -> bool:
    """ "They also looted shops", "the gunmen also torched a church": doers already told
    of (a pronoun, or a noun the sentence takes as known) doing more."""
    also = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "also"]
    # "Also, the army seized a town": another development, not more of the same deed
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and also and c.i < also[0].i]
    return any(
        c.lower_ in {"they", "he", "she"} or c.lemma_.lower() in DOERS and any(
            d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS for d in c.children)
        for c in subjects
    )


def _told_target(triggers: list[tuple[Token, str]], text: str, start: int) -> bool:
    """Is what was hit a thing already told of, before ``start`` ("an ambush on a supply
    convoy", then "the convoy was attacked on Saturday")? A definite target the text
    named before points back at that incident as "the attack" does."""
    for token, _ in triggers:
        if token.pos_ != "VERB":
            continue
        hit = [c for c in token.children if c.dep_ in {"nsubjpass", "dobj"}]
        # "struck a command post inside the compound": the compound is the thing told.
        hit += [pobj for noun in hit for prep in noun.children
                if prep.dep_ == "prep" and prep.lower_ in {"inside", "within", "in", "at"}
                for pobj in prep.children if pobj.dep_ == "pobj"]
        for child in hit:
            if child.pos_ != "NOUN":
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in child.children):
                continue
            told = re.compile(rf"\b{re.escape(child.lemma_.lower())}s?\b", re.IGNORECASE)
            if told.search(text, 0, start):
                return True
    return False
