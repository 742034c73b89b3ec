"""Merging the sentences that tell of incidents into incidents (step 2 of
:mod:`newsift.events.stage`).

A mention joins an earlier incident when it refers back to it ("the attack", "Saturday's
strike", "the victims") or names the same place (a city district counts as its city), and
nothing (date, place, kind of action) contradicts it; an incident that only restates an
earlier one's toll more exactly is folded into it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsift.dates.timex import ResolvedDate, within
from newsift.events.casualties import combined_figure, more_exact
from newsift.events.incident import Incident, Mention
from newsift.events.reporting import may_open, places_it
from newsift.events.setting import DISTRICT_WORD, PlaceRef
from newsift.events.toll_phrases import OF_THE_WOUNDED, TOLL_UPDATE
from newsift.places.distance import km_between
from newsift.text.numbers import parse_count

# Ground fighting goes with strikes and with taking ground; taking ground is another kind
# of action than a strike ("Russia shelled Kharkiv", then "troops retook a village near
# Kharkiv" are two incidents).
# Raiders kill and loot in one raid ("stormed the village, killing 30 and looting shops").
COMPATIBLE = {
    ("violence", "battle"), ("battle", "violence"), ("battle", "territory"),
    ("territory", "battle"), ("violence", "loot"), ("loot", "violence"),
}  # fmt: skip
AMONG_THEM = re.compile(r"\s*(?:they|these|those|both|all)\b[^.]{0,30}?\bwere among\b", re.I)


def merge(mentions: list[Mention]) -> list[Incident]:
    """Group mentions into incidents, in text order (see the module docstring)."""
    incidents: list[Incident] = []
    for mention in mentions:
        home = next(
            (
                incident
                for incident in reversed(incidents)
                if not incident.provisional
                and _compatible(incident, mention)
                and _continues(incident, mention)
            ),
            None,
        )
        if home is not None:
            more = _died_of_wounds(home, mention)
            if more is not None:  # "one of the wounded died": the toll told, plus them
                mention = replace(mention, fatalities=more, update=True)
            elif _total_after_part(home, mention):
                mention = replace(mention, update=True)
            home.mentions.append(mention)
        elif mention.substantive and mention.standalone:
            told = [incident for incident in incidents if not incident.provisional]
            # "One person was killed by artillery fire, officials said", right after the
            # lede's strike on the city: a lede sentence that places and dates nothing
            # tells more of the incident just told, unless something in it differs.
            # A second toll in a lede that places nothing may be another incident's.
            near = _told_nearby(told, mention)
            # Nor does a day that is the incident's or that dates it first ("The market
            # was hit by warplanes on Tuesday", after the massacre in the town).
            same_day = near is not None and mention.date is not None and (
                near.date is None or mention.date == near.date
            )
            placeless_lede = mention.lede and (mention.date is None or same_day)
            second_toll = mention.fatalities and _has_toll(near) and not _restates(near, mention)
            if placeless_lede and near is not None and not second_toll:
                near.mentions.append(mention)
            elif may_open(mention, told):
                incidents.append(Incident([mention]))
            elif near is not None:
                near.mentions.append(mention)
            else:
                incidents.append(Incident([mention], provisional=True))
    return _refined(_scenes_joined(incidents))


def _scenes_joined(incidents: list[Incident]) -> list[Incident]:
    """Fold a lede's scene into the incident told right after it.

    A feature opens on a scene ("When the gunmen arrived, she hid her children") and
    only then says where, when and how many ("at least 50 people were killed in the
    village of ..."). An opening incident that gives no place, day or toll, told only in
    the lede, is that next incident's opening, when nothing in their kinds differs.
    """
    if len(incidents) < 2:
        return incidents
    scene, told = incidents[0], incidents[1]
    if (
        scene.provisional
        or _has_toll(scene)
        or not all(m.lede and not m.places and not m.date for m in scene.mentions)
        or not all(_compatible(told, m) for m in scene.mentions)
    ):
        return incidents
    return [Incident(scene.mentions + told.mentions, told.provisional), *incidents[2:]]


def _has_toll(incident: Incident | None) -> bool:
    return incident is not None and any(
        m.fatalities is not None or m.injured is not None for m in incident.mentions
    )


def _restates(incident: Incident | None, mention: Mention) -> bool:
    """Does the mention give the same count of dead the incident already gave?"""
    return incident is not None and any(
        m.fatalities == mention.fatalities for m in incident.mentions
    )


def _told_nearby(told: list[Incident], mention: Mention) -> Incident | None:
    """The incident a sentence that places nothing continues: the latest one it does not
    contradict ("Gunmen then opened fire on the market, killing nine" after the lede
    named the town). Talk (a quote, an accusation) adds to no incident it does not point back to."""
    if mention.talk or mention.other or places_it(mention):
        return None
    return next((incident for incident in reversed(told) if _compatible(incident, mention)), None)


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
            if not incident.provisional:
                kept.append(incident)
            continue
        earlier.mentions.extend(
            replace(m, update=True) if m is first else m for m in incident.mentions
        )
    return kept


def _refines(earlier: Incident, later: Incident, figure: int, latest: bool) -> bool:
    told = _told(earlier)
    update = next(m for m in later.mentions if m.fatalities == figure)
    told_by = [m.evidence.text for m in earlier.mentions if m.fatalities == told]
    if not told:
        return False
    # "They were among 19 people killed across the province": the victims just told
    # are part of a larger toll of the same incident.
    superset = latest and figure > told and AMONG_THEM.match(update.evidence.text) is not None
    # "27 children were killed in the attack", then "some 80 people were killed": the
    # first toll counted only some of the victims, the later one all of them.
    superset = superset or _part_then_total(told, told_by, figure, update.evidence.text)
    if not superset and not more_exact(told, told_by, figure, update.evidence.text):
        return False
    if earlier.date and later.date and earlier.date != later.date:
        return False
    ours, theirs = earlier.families, later.families
    if ours and theirs and not ours & theirs:
        return False
    return not (earlier.regions and later.regions) or bool(earlier.regions & later.regions)


# Victims a toll can count alone, leaving out the rest: "27 children", "12 women".
SUBGROUP = re.compile(
    r"^\s+(?:(?!people|persons|civilians|including|and|among)[a-z]+\s+)?"
    r"(?:children|kids|minors|infants|babies|girls|boys|schoolchildren|women)\b",
    re.IGNORECASE,
)


# How much the total must exceed the part: "four children", then "five killed" is as
# likely a second source's count of the same victims as a total of all of them.
PART_RISE = 1.5


def _told(incident: Incident) -> int | None:
    """The toll the incident's mentions give so far (:func:`combined_figure`)."""
    return combined_figure([(m.fatalities, m.update) for m in incident.mentions])


def _died_of_wounds(incident: Incident, mention: Mention) -> int | None:
    """The toll once the wounded who died are added to the one told, or None."""
    told = _told(incident)
    text = mention.evidence.text
    if not told or not mention.fatalities or not OF_THE_WOUNDED.search(text):
        return None
    if TOLL_UPDATE.search(text):
        return None  # "... died, bringing the toll to three": the sentence gives the total
    return told + mention.fatalities


def _total_after_part(incident: Incident, mention: Mention) -> bool:
    """Does the mention give the total of a toll the incident told only in part?"""
    told = _told(incident)
    if not told or mention.fatalities is None:
        return False
    told_by = [m.evidence.text for m in incident.mentions if m.fatalities == told]
    return _part_then_total(told, told_by, mention.fatalities, mention.evidence.text)


def _part_then_total(told: int, told_by: list[str], figure: int, text: str) -> bool:
    return (
        figure >= told * PART_RISE
        and any(_only_part(told, sentence) for sentence in told_by)
        and not _only_part(figure, text)
    )


def _only_part(figure: int, sentence: str) -> bool:
    """Does the sentence give ``figure`` as a count of one group of victims ("27 children")?"""
    return any(
        parse_count(word[0]) == figure and SUBGROUP.match(sentence[word.end() :]) is not None
        for word in re.finditer(r"\w[\w,]*\w|\w", sentence)
    )


def _continues(incident: Incident, mention: Mention) -> bool:
    """Does a compatible mention tell more of this incident rather than a new one?

    It does when it points back ("the attack"), says too little to stand alone, or names
    the same place; but a mention with a toll of its own at the same place and no shared
    date is a new incident ("in Aleppo ... killed 3" twice on unknown days are two),
    unless it restates the toll already told (a headline, then its lede).
    """
    if mention.other or _lower_than_told(incident, mention):
        return False
    if mention.anaphoric:
        return True
    if _told_by_headline(incident, mention):
        return True
    next_one = incident.mentions[-1].index >= mention.index - 1
    same_day = mention.date is None or mention.date == incident.date
    crowd = mention.crowd_force or mention.police_arrests and next_one and same_day
    if crowd and "protest" in incident.families and (
        not mention.places or _shares_place(incident, mention)
    ):
        # "Police fired tear gas to disperse them", and arrests by police told right
        # after the protest: how the protest went.
        return True
    if not mention.substantive:
        # "The blast shattered windows": more of the incident just told, not of one
        # told paragraphs before ("Officials say the shelling has emptied the villages").
        return next_one
    if _bare_toll(mention) and (_adds_figure(incident, mention) or mention.update):
        # "Troops opened fire on a car. One woman was killed." "One civilian was killed.
        # Two were wounded.": a toll the incident has not yet told; "the toll has risen
        # to 19" (no lower than the incident's, above): a toll it told, risen.
        return True
    restated = mention.fatalities is not None and _restates(incident, mention)
    if restated and not incident.place_keys:  # a placeless headline, then the lede
        return True
    if not (mention.places and _shares_place(incident, mention)):
        return False
    same_day = mention.date is not None and mention.date == incident.date
    has_toll = mention.fatalities is not None or mention.injured is not None
    # "Raids on Pavlohrad killed several people", then "at least 12 people died in
    # Monday's raids on Pavlohrad": the first toll the incident is given.
    untold = all(m.fatalities is None and m.injured is None for m in incident.mentions)
    # "A hospital in the town received 15 wounded": the wounded of the dead just told.
    return same_day or restated or not has_toll or untold or _adds_figure(incident, mention)


def _lower_than_told(incident: Incident, mention: Mention) -> bool:
    """A toll that rose to a figure below the incident's ("the toll has risen to 19",
    after "an attack on another restaurant killed 37" recalled) is another incident's."""
    if not mention.update or mention.fatalities is None:
        return False
    told = _told(incident)
    return told is not None and told > mention.fatalities


def _told_by_headline(incident: Incident, mention: Mention) -> bool:
    """Does a lede sentence tell in full the incident the headline announced?

    A headline states the article's main incident and the lede tells it again with its
    day, place and figures ("Strike on school kills 19", then "An air strike on a school
    in the camp killed at least 19 people on Thursday"). Unless the lede says it is
    another incident, talks of one, or counts other dead, it is the headline's incident.
    A lede toll above the headline's is the headline's incident too: the headline
    counts one group of the dead ("kill 17 soldiers", then "17 soldiers and 36
    volunteers were killed") or was written before the toll rose.
    """
    if not mention.lede or mention.headline or mention.talk or mention.other:
        return False
    if not incident.mentions or not all(m.headline for m in incident.mentions):
        return False
    told = {m.fatalities for m in incident.mentions if m.fatalities is not None}
    # A lower lede toll in the headline's place is its first count: the headline gives
    # the toll as it stood when it was written ("kills 8", then "killing at least five").
    lower_here = bool(mention.places) and _shares_place(incident, mention)
    return mention.fatalities is None or not told or mention.fatalities >= max(told) or (
        lower_here)


def _bare_toll(mention: Mention) -> bool:
    """A toll with nothing else to place it: no place, date, weapon or actor."""
    return (mention.fatalities is not None or mention.injured is not None) and not (
        mention.places or mention.date or mention.weapons or mention.actor1
    )


def _adds_figure(incident: Incident, mention: Mention) -> bool:
    """Does the mention give a kind of figure (dead, wounded) the incident lacks?"""
    if all(m.fatalities is None and m.injured is None for m in incident.mentions):
        return True
    # The wounded after the dead; not the dead after the wounded, which is as often a
    # summary of the war ("a conflict that has killed 280,000") as the same incident.
    return mention.fatalities is None and all(m.injured is None for m in incident.mentions)


def _shares_place(incident: Incident, mention: Mention) -> bool:
    if incident.place_keys & {key for ref in mention.places for key in ref.keys}:
        return True
    # A region-only mention and a town in that region can tell the same incident.
    regional = any(r.precision == 3 for m in incident.mentions for r in m.places) or any(
        r.precision == 3 for r in mention.places
    )
    if regional and incident.regions & {r.place.admin1 for r in mention.places if r.place.admin1}:
        return True
    ours = [r for m in incident.mentions for r in m.places]
    # A district of the city the incident names is that city's, not a town's nearby:
    # "Kherson's Korabelnyi district", then "a drone hit a car in Bilozerka".
    return any(
        _within_city(a, b) and not any(
            c.place.resolved != b.place.resolved and _within_city(a, c) for c in ours)
        or _within_city(b, a)
        for a in ours for b in mention.places
    )


CITY_KM = 15.0
NEARBY_KM = 30.0  # how far a village "near" a town may lie from it


def _nearby(incident: Incident, mention: Mention) -> bool:
    """Does the mention name a place within :data:`NEARBY_KM` of one the incident names?"""
    ours = [r.place for m in incident.mentions for r in m.places if r.place.latitude is not None]
    return any(
        km_between((a.latitude, a.longitude), (b.place.latitude, b.place.longitude)) <= NEARBY_KM
        for a in ours
        for b in mention.places
        if a.longitude is not None and b.place.latitude is not None
        and b.place.longitude is not None and a.latitude is not None
    )


def _within_city(district: PlaceRef, city: PlaceRef) -> bool:
    """ "Saltivskyi district" after "Kharkiv": a city district and its city are one place."""
    one, two = district.place, city.place
    if not DISTRICT_WORD.search(district.name) or DISTRICT_WORD.search(city.name):
        return False
    if city.precision == 3:
        return False
    if one.latitude is None or one.longitude is None or two.latitude is None:
        return False
    if two.longitude is None or one.admin1 != two.admin1:
        return False
    return km_between((one.latitude, one.longitude), (two.latitude, two.longitude)) <= CITY_KM


def _compatible(incident: Incident, mention: Mention) -> bool:
    date = incident.date
    if date and mention.date and not within(date, mention.date):
        return False
    if date and mention.said_date and _said_before(mention.said_date, date):
        return False  # said on Sunday, so not of Monday's incident
    keys = incident.place_keys
    # "A shell killed two farmers near Orikhiv", then "the attack on the tractor near
    # Mala Tokmachka": a sentence pointing back may place the incident more closely.
    # The lede may place the headline's incident more closely too ("Looters ransack
    # warehouses in the capital", then "... in a suburb of the capital on Sunday").
    closer = mention.anaphoric or _told_by_headline(incident, mention)
    closer = closer and not mention.other and _nearby(incident, mention)
    if keys and mention.places and not _shares_place(incident, mention) and not closer:
        return False
    ours, theirs = incident.families, mention.families
    if ours and theirs and not ours & theirs:
        return any((a, b) in COMPATIBLE for a in ours for b in theirs)
    return True


def _said_before(said: ResolvedDate, date: ResolvedDate) -> bool:
    """Was a statement made before the incident's day? Then it tells another incident."""
    day = len("YYYY-MM-DD")
    return len(said.value) == day and len(date.value) == day and said.value < date.value
