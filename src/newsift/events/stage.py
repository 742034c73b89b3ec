"""Stage `events`: violent and strategic incidents, one Event per incident, ACLED-coded.

How it works, in three steps:

1. Each sentence is read for *triggers* (verbs and nouns of :data:`newsift.events.taxonomy.TRIGGERS`
   such as "killed", "strike", "shelled", "clashes") and each trigger is checked in the
   dependency parse: negated ("did not strike"), hypothetical or future ("could attack",
   "will allow missiles to hit"), habitual/campaign wording ("since 2022", "throughout the
   invasion", "intensified bombing campaigns") and compounds ("attack drones") are not
   incidents. A sentence with at least one real trigger becomes a :class:`Mention` with
   the weapon, target, actor, casualties, places and date the sentence gives
   (:func:`newsift.events.mention.sentence_mention`).
2. Mentions are merged into incidents: a mention joins an earlier incident when it
   refers back to it ("the attack", "Saturday's strike", "the victims") or names the
   same place, and nothing (date, place, kind of action) contradicts it
   (:mod:`newsift.events.merge`).
3. Each incident becomes an :class:`~newsift.model.Event`: type from the actions and
   weapon (:func:`newsift.events.taxonomy.classify`), the most specific place, the first date,
   and casualty figures (see :func:`~newsift.events.casualties.combined_figure`).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING

from newsift.dates.timex import ResolvedDate
from newsift.events.actors import attack_by_ground, incident_actors, named_first, strike_by
from newsift.events.casualties import combined_figure
from newsift.events.claims import Claim, claimant_between, responsibility_claims
from newsift.events.dates import RECALLED, DateBasis, fallback_date
from newsift.events.incident import Incident, Mention
from newsift.events.incident_type import joined_roles
from newsift.events.location import incident_location
from newsift.events.mention import sentence_mention
from newsift.events.merge import merge
from newsift.events.property import spared_property
from newsift.events.reporting import LEDE_MIN_WORDS, LEDE_SENTENCES, recalled
from newsift.events.roundup import without_roundups
from newsift.events.sentences import event_sentences
from newsift.events.setting import main_country
from newsift.events.taxonomy import SUB_TYPES, EventClass, classify, deciding_weapon
from newsift.model import Document, Event

if TYPE_CHECKING:

    from newsift.article import Article
    from newsift.resources import Resources

def find_events(article: Article, resources: Resources) -> list[Event]:
    if article.document is None or article.doc is None:
        return []
    mentions: list[Mention] = []
    told = 0  # sentences of the body so far, datelines and bylines aside
    headline_end = _headline_end(article.document)
    # The pipeline's ``sentences`` stage reads them (a batch at a time); a caller that
    # runs this stage alone has them read here.
    sentences = article.sentences
    if sentences is None:
        sentences = list(event_sentences(article, getattr(resources, "nlp", None)))
    for index, sentence in enumerate(sentences):
        mention = sentence_mention(sentence, article, told < LEDE_SENTENCES)
        told += len(sentence) >= LEDE_MIN_WORDS
        if mention is not None:
            headline = mention.evidence.end <= headline_end
            mentions.append(replace(mention, index=index, headline=headline))
    published = article.document.published
    incidents = [i for i in without_roundups(merge(mentions)) if not recalled(i, published)]
    claims = responsibility_claims(article.doc)
    starts = sorted(i.mentions[0].evidence.start for i in incidents)
    events: list[Event] = []
    for number, incident in enumerate(incidents):
        before = (incidents[number - 1], events[-1]) if events else None
        events.append(_event(incident, article, _claimant(incident, starts, claims), before))
    return [_plausible(event, article.document) for event in events]


def _headline_end(document: Document) -> int:
    """Where the headline ends when the text opens with it, else 0."""
    title = (document.title or "").strip()
    body = document.text.lstrip()
    if not title or not body.startswith(title):
        return 0
    return len(document.text) - len(body) + len(title)


# More dead or hurt than any one incident of these wars has left: such a figure is a
# misread number ("10000000000 killed" in a scrape, a population, a sum of money),
# so the toll is left unknown and the document says why.
MAX_TOLL = 100_000


def _plausible(event: Event, document: Document) -> Event:
    figures = (("fatalities", event.fatalities), ("injured", event.injured))
    absurd = {name: value for name, value in figures if value is not None and value > MAX_TOLL}
    if not absurd:
        return event
    where = event.evidence[0].start if event.evidence else 0
    warnings = [
        f"the text gives {value:,} {name}, more than any one incident; left unknown"
        for name, value in absurd.items()
    ]
    # On the event, and on the document too, which the CLI prints beside the file's name.
    document.warnings += [f"the event at character {where}: {w}" for w in warnings]
    fatalities = None if "fatalities" in absurd else event.fatalities
    injured = None if "injured" in absurd else event.injured
    return replace(
        event, fatalities=fatalities, injured=injured, warnings=event.warnings + warnings
    )


def _claimant(incident: Incident, starts: list[int], claims: list[Claim]) -> str | None:
    """The group that claimed the incident, in the text before the next incident."""
    start = incident.mentions[0].evidence.start
    later = [s for s in starts if s > start]
    return claimant_between(claims, start, later[0] if later else None)


def _event(
    incident: Incident,
    article: Article,
    claimant: str | None = None,
    before: tuple[Incident, Event] | None = None,
) -> Event:
    assert article.document is not None
    mentions = incident.mentions
    weapon = deciding_weapon([w for m in mentions for w in m.weapons])
    civilian = any(m.civilian for m in mentions)
    fatalities = combined_figure(_stated(mentions, "fatalities"))
    injured = combined_figure(_stated(mentions, "injured"))
    typed = _typing_mentions(mentions)
    words = frozenset().union(*(m.lemmas for m in typed))
    kind: EventClass = classify(
        frozenset().union(*(m.actions for m in typed)),
        weapon,
        words,
        civilian,
        casualties=bool(fatalities or injured),
        roles=joined_roles([m.roles for m in typed]),
    )
    acted = named_first([m.actor1 for m in mentions] + [claimant])
    location = incident_location(
        [ref for m in mentions for ref in m.places], article, [m.evidence for m in mentions],
        attacker=acted,
    )
    country = location.country if location and location.country else None
    country = country or main_country(article, exclude=acted)
    # The means the text leaves open, read from who struck and where; a raid that hurt
    # no one, by what it wrecked.
    sub = strike_by(kind.sub_event_type, weapon is not None, acted)
    sub = attack_by_ground(sub, weapon is not None, country, words, civilian)
    sub = spared_property(sub, words, weapon, fatalities, injured)
    kind = EventClass(SUB_TYPES[sub], sub)
    actors = incident_actors(kind.sub_event_type, acted, country, civilian)
    disrupted = kind.sub_event_type == "Disrupted weapons use"
    dated = (incident.event_date or _context_date(incident, before)
             or fallback_date(article, mentions[0].evidence.text))  # fmt: skip
    date, basis = dated if dated else (None, None)
    first = mentions[0].evidence
    digest = hashlib.sha256(
        f"{article.document.id}:{first.start}:{first.end}:{kind.event_type}".encode()
    ).hexdigest()[:16]
    return Event(
        id=digest,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        date=calendar_day(date.value) if date else None,
        date_precision=date.precision if date else None,
        actor1=actors.actor1,
        actor2=actors.actor2,
        weapon=weapon.name if weapon else None,
        target=next((m.target for m in mentions if m.target), None),
        location=location,
        fatalities=None if disrupted else fatalities,
        injured=None if disrupted else injured,
        evidence=[m.evidence for m in mentions],
        date_basis=basis,
    )


# How many sentences an undated incident may follow the dated one whose day it takes.
CONTEXT_SENTENCES = 2


def _context_date(
    incident: Incident, before: tuple[Incident, Event] | None
) -> tuple[ResolvedDate, DateBasis] | None:
    """The day of the incident told just before, for one told with no day of its own
    ("An hour later a second bomb went off"): a report's incidents stand in the time
    its lede set, which is not always the day it appeared. Only a day the text wrote
    or resolved counts, and only for an incident told within
    :data:`CONTEXT_SENTENCES` sentences of it that is not recalled as a past one."""
    if before is None:
        return None
    previous, event = before
    if event.date is None or event.date_precision != "day":
        return None
    if event.date_basis not in ("stated", "relative"):
        return None
    first = incident.mentions[0]
    if first.index - previous.mentions[-1].index > CONTEXT_SENTENCES:
        return None
    if RECALLED.search(first.evidence.text):
        return None
    return ResolvedDate(event.date, "day"), "context"


def _typing_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions whose actions type the incident. A headline calls many incidents
    "clashes"; where the body tells the incident and calls it no fight ("militiamen
    attacked a village, killing 15 civilians"), the body's telling decides. Its
    weapons still count (:func:`_event` reads them from every mention)."""
    body = [m for m in mentions if not m.headline]
    if not any(m.actions - {"harm"} for m in body) or any("clash" in m.actions for m in body):
        return mentions
    if not any("clash" in m.actions for m in mentions if m.headline):
        return mentions
    return body


def _stated(mentions: list[Mention], figure: str) -> list[tuple[int | None, bool]]:
    """(figure, is-an-update) of each mention, for :func:`combined_figure`. The body's
    first figure, where it is above the headline's, counts as an update of it: the
    headline counted one group of the dead ("kill 17 soldiers") or an earlier toll."""
    stated = [(getattr(m, figure), m.update) for m in mentions]
    headline = max((value for m, (value, _) in zip(mentions, stated, strict=True)
                    if m.headline and value is not None), default=None)  # fmt: skip
    for index, (mention, (value, _)) in enumerate(zip(mentions, stated, strict=True)):
        if not mention.headline and value is not None:
            if headline is not None and value > headline:
                stated[index] = (value, True)
            break
    return stated


def calendar_day(value: str) -> str:
    """The contract's event date is a full day: a month or year stands as its first day,
    and ``date_precision`` says how much of it is known (ACLED's habit)."""
    return {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)
