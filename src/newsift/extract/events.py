"""Stage `events`: violent and strategic incidents, one Event per incident, ACLED-coded.

How it works, in three steps:

1. Each sentence is read for *triggers* (verbs and nouns of :data:`newsift.taxonomy.TRIGGERS`
   such as "killed", "strike", "shelled", "clashes") and each trigger is checked in the
   dependency parse: negated ("did not strike"), hypothetical or future ("could attack",
   "will allow missiles to hit"), habitual/campaign wording ("since 2022", "throughout the
   invasion", "intensified bombing campaigns") and compounds ("attack drones") are not
   incidents. A sentence with at least one real trigger becomes a :class:`Mention` with
   the weapon, target, actor, casualties, places and date the sentence gives
   (the ``event_*`` modules beside this one read them from the parse).
2. Mentions are merged into incidents: a mention joins an earlier incident when it
   refers back to it ("the attack", "Saturday's strike", "the victims") or names the
   same place, and nothing (date, place, kind of action) contradicts it.
3. Each incident becomes an :class:`~newsift.model.Event`: type from the actions and
   weapon (:func:`newsift.taxonomy.classify`), the most specific place, the first date,
   and casualty figures (see :func:`~newsift.extract.event_casualties.combined_figure`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from newsift.actors import civilians_of
from newsift.extract.event_capital import CapitalLookup
from newsift.extract.event_casualties import (
    TOLL_UPDATE,
    casualties,
    civilian_words,
    combined_figure,
    more_exact,
)
from newsift.extract.event_location import incident_location
from newsift.extract.event_roles import sentence_actor, target_of
from newsift.extract.event_sentences import event_sentences
from newsift.extract.event_setting import PlaceRef, date_of, main_country, place_refs
from newsift.extract.event_triggers import real_triggers, toll_triggers
from newsift.model import Event, Location, Span, span_of
from newsift.taxonomy import EventClass, Weapon, classify, deciding_weapon, find_weapons
from newsift.timex import ResolvedDate

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsift.article import Article
    from newsift.pipeline import Resources

# Actions that describe one kind of incident; mentions of different families never merge.
FAMILY: dict[str, str] = {
    "strike": "violence", "harm": "any", "shoot": "violence", "clash": "battle",
    "capture": "battle", "regain": "battle", "withdraw": "any", "intercept": "intercept",
    "defuse": "intercept", "arrest": "arrest", "abduct": "violence", "rape": "violence",
    "execute": "violence", "protest": "protest", "riot": "protest", "loot": "loot",
}  # fmt: skip
COMPATIBLE = {("violence", "battle"), ("battle", "violence")}
AMONG_THEM = re.compile(r"\s*(?:they|these|those|both|all)\b[^.]{0,30}?\bwere among\b", re.I)
ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their"})


@dataclass
class Mention:
    """What one sentence says about one incident."""

    evidence: Span
    actions: frozenset[str]
    lemmas: frozenset[str]
    weapons: list[Weapon]
    target: str | None
    fatalities: int | None
    injured: int | None
    actor1: str | None
    civilian: bool
    places: list[PlaceRef]
    date: ResolvedDate | None
    anaphoric: bool
    standalone: bool = True  # False: can only add to an incident already told
    update: bool = False  # the sentence revises a toll already given ("rose to 12")

    @property
    def families(self) -> set[str]:
        return {FAMILY.get(action, "any") for action in self.actions} - {"any"}

    @property
    def substantive(self) -> bool:
        """Enough detail to stand as an incident of its own, not just talk about one."""
        return bool(
            self.places or self.date or self.weapons or self.actor1
            or self.fatalities is not None or self.injured is not None
        )  # fmt: skip


@dataclass
class Incident:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def date(self) -> ResolvedDate | None:
        return next((m.date for m in self.mentions if m.date), None)

    @property
    def place_keys(self) -> set[str]:
        return {key for m in self.mentions for ref in m.places for key in ref.keys}

    @property
    def regions(self) -> set[str]:
        return {r.place.admin1 for m in self.mentions for r in m.places if r.place.admin1}

    @property
    def families(self) -> set[str]:
        return set().union(*(m.families for m in self.mentions))


def find_events(article: Article, resources: Resources) -> list[Event]:
    if article.document is None or article.doc is None:
        return []
    gazetteer = getattr(resources, "gazetteer", None)
    mentions = [
        mention
        for sentence in event_sentences(article, getattr(resources, "nlp", None))
        if (mention := _mention(sentence, article, gazetteer)) is not None
    ]
    return [_event(incident, article) for incident in merge(mentions)]


def _mention(
    sentence: SpacySpan, article: Article, gazetteer: CapitalLookup | None = None
) -> Mention | None:
    triggers = real_triggers(sentence) or toll_triggers(sentence)
    if not triggers:
        return _toll_only(sentence, article)
    actions = frozenset(action for _, action in triggers)
    if actions <= {"withdraw"}:
        return None
    if "each other" in sentence.text.lower() and actions & {"strike", "shoot"}:
        actions |= {"clash"}  # "the two sides shelled each other": a fight, not a strike
    assert article.document is not None
    text = article.document.text
    lemmas = [token.lemma_.lower() for token in sentence]
    fatalities, injured, victims = casualties(sentence)
    first = triggers[0][0]
    places = place_refs(sentence, article, triggers, gazetteer)
    start, end = sentence.start_char, sentence.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return Mention(
        evidence=span_of(text, start, end),
        actions=actions,
        lemmas=frozenset(lemmas) | {token.lemma_.lower() for token, _ in triggers},
        weapons=[weapon for _, weapon in find_weapons(lemmas)],
        target=target_of(triggers, victims, places),
        fatalities=fatalities,
        injured=injured,
        actor1=sentence_actor(triggers),
        civilian=civilian_words(sentence, victims),
        places=places,
        date=date_of(sentence, article, first.idx),
        anaphoric=_anaphoric(triggers, sentence),
        update=bool(TOLL_UPDATE.search(sentence.text) or AMONG_THEM.match(sentence.text)),
    )


def _toll_only(sentence: SpacySpan, article: Article) -> Mention | None:
    """A sentence that only gives a toll ("There were no casualties.") of the incident told."""
    fatalities, injured, _ = casualties(sentence)
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
        date=None,
        anaphoric=True,
        standalone=False,
        update=TOLL_UPDATE.search(sentence.text) is not None,
    )


def _anaphoric(triggers: list[tuple[Token, str]], sentence: SpacySpan) -> bool:
    """Does the sentence point back at an incident already told ("the attack", "the victims")?"""
    for token, _ in triggers:
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


def merge(mentions: list[Mention]) -> list[Incident]:
    """Group mentions into incidents, in text order (see the module docstring)."""
    incidents: list[Incident] = []
    for mention in mentions:
        home = next(
            (
                incident
                for incident in reversed(incidents)
                if _compatible(incident, mention) and _continues(incident, mention)
            ),
            None,
        )
        if home is not None:
            home.mentions.append(mention)
        elif mention.substantive and mention.standalone:
            incidents.append(Incident([mention]))
    return _refined(incidents)


def _refined(incidents: list[Incident]) -> list[Incident]:
    """Fold an incident that only restates an earlier one's toll more exactly into it.

    Reports lead with a round or early figure ("more than 200 killed", "34 fighters")
    and later give the count they settled on ("at least 213", "35") in a sentence the
    parse cannot tie back: a slightly higher toll for the same kind of incident in the
    same region on no other day is that update, not a new incident.
    """
    kept: list[Incident] = []
    for incident in incidents:
        first = next((m for m in incident.mentions if m.fatalities), None)
        earlier = next(
            (
                other
                for other in reversed(kept)
                if first is not None
                and _refines(other, incident, first.fatalities or 0, other is kept[-1])
            ),
            None,
        )
        if earlier is None or first is None:
            kept.append(incident)
            continue
        earlier.mentions.extend(
            replace(m, update=True) if m is first else m for m in incident.mentions
        )
    return kept


def _refines(earlier: Incident, later: Incident, figure: int, latest: bool) -> bool:
    told = combined_figure([(m.fatalities, m.update) for m in earlier.mentions])
    update = next(m for m in later.mentions if m.fatalities == figure)
    told_by = [m.evidence.text for m in earlier.mentions if m.fatalities == told]
    if not told:
        return False
    # "They were among 19 people killed across the province": the victims just told
    # are part of a larger toll of the same incident.
    superset = latest and figure > told and AMONG_THEM.match(update.evidence.text) is not None
    if not superset and not more_exact(told, told_by, figure, update.evidence.text):
        return False
    if earlier.date and later.date and earlier.date != later.date:
        return False
    ours, theirs = earlier.families, later.families
    if ours and theirs and not ours & theirs:
        return False
    return not (earlier.regions and later.regions) or bool(earlier.regions & later.regions)


def _continues(incident: Incident, mention: Mention) -> bool:
    """Does a compatible mention tell more of this incident rather than a new one?

    It does when it points back ("the attack"), says too little to stand alone, or names
    the same place; but a mention with a toll of its own at the same place and no shared
    date is a new incident ("in Aleppo ... killed 3" twice on unknown days are two),
    unless it restates the toll already told (a headline, then its lede).
    """
    if mention.anaphoric or not mention.substantive:
        return True
    if _bare_toll(mention) and all(
        m.fatalities is None and m.injured is None for m in incident.mentions
    ):
        return True  # "Troops opened fire on a car. One woman was killed."
    restated = mention.fatalities is not None and any(
        m.fatalities == mention.fatalities for m in incident.mentions
    )
    if restated and not incident.place_keys:  # a placeless headline, then the lede
        return True
    if not (mention.places and _shares_place(incident, mention)):
        return False
    same_day = mention.date is not None and mention.date == incident.date
    has_toll = mention.fatalities is not None or mention.injured is not None
    return same_day or restated or not has_toll


def _bare_toll(mention: Mention) -> bool:
    """A toll with nothing else to place it: no place, date, weapon or actor."""
    return (mention.fatalities is not None or mention.injured is not None) and not (
        mention.places or mention.date or mention.weapons or mention.actor1
    )


def _shares_place(incident: Incident, mention: Mention) -> bool:
    if incident.place_keys & {key for ref in mention.places for key in ref.keys}:
        return True
    # A region-only mention and a town in that region can tell the same incident.
    regional = any(r.precision == 3 for m in incident.mentions for r in m.places) or any(
        r.precision == 3 for r in mention.places
    )
    return regional and bool(
        incident.regions & {r.place.admin1 for r in mention.places if r.place.admin1}
    )


def _compatible(incident: Incident, mention: Mention) -> bool:
    date = incident.date
    if date and mention.date and date != mention.date:
        return False
    keys = incident.place_keys
    if keys and mention.places and not _shares_place(incident, mention):
        return False
    ours, theirs = incident.families, mention.families
    if ours and theirs and not ours & theirs:
        return any((a, b) in COMPATIBLE for a in ours for b in theirs)
    return True


def _event(incident: Incident, article: Article) -> Event:
    assert article.document is not None
    mentions = incident.mentions
    weapon = deciding_weapon([w for m in mentions for w in m.weapons])
    civilian = any(m.civilian for m in mentions)
    fatalities = combined_figure([(m.fatalities, m.update) for m in mentions])
    injured = combined_figure([(m.injured, m.update) for m in mentions])
    kind: EventClass = classify(
        frozenset().union(*(m.actions for m in mentions)),
        weapon,
        frozenset().union(*(m.lemmas for m in mentions)),
        civilian,
        casualties=bool(fatalities or injured),
    )
    location = incident_location(
        [ref for m in mentions for ref in m.places], article, [m.evidence for m in mentions]
    )
    actor1 = next((m.actor1 for m in mentions if m.actor1), None)
    disrupted = kind.sub_event_type == "Disrupted weapons use"
    date = incident.date
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
        actor1=actor1,
        actor2=_actor2(kind, civilian, location, actor1, article),
        weapon=weapon.name if weapon else None,
        target=next((m.target for m in mentions if m.target), None),
        location=location,
        fatalities=None if disrupted else fatalities,
        injured=None if disrupted else injured,
        evidence=[m.evidence for m in mentions],
    )


def calendar_day(value: str) -> str:
    """The contract's event date is a full day: a month or year stands as its first day,
    and ``date_precision`` says how much of it is known (ACLED's habit)."""
    return {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)


def _actor2(
    kind: EventClass,
    civilian: bool,
    location: Location | None,
    actor1: str | None,
    article: Article,
) -> str | None:
    if kind.event_type in {"Protests", "Riots"} or kind.sub_event_type in {
        "Disrupted weapons use", "Arrests", "Other",
    }:  # fmt: skip
        return None
    if civilian or kind.event_type == "Violence against civilians":
        country = location.country if location and location.country else None
        if country is None:
            country = main_country(article, exclude=actor1)
        return civilians_of(country)
    return None
