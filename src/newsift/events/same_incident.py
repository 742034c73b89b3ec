"""Do two event reports describe one incident? A pure, store-independent rule.

ACLED links reports of one incident by hand; newsift does it as it ingests, so the rule
is cheap (no model) and conservative: a wrong merge hides an incident, a missed one
counts it twice. Outlets word one incident very differently (two reports of one strike
often share a tenth of their words), so it weighs what an analyst weighs: kind, place,
day, toll, target, weapon. Two reports match when no gate refuses them and their score
reaches :data:`THRESHOLD`.

Gates (any failing one refuses the pair):

- the same ``event_type``; types outlets confuse (:data:`TYPE_FAMILIES`: a strike on a
  market is remote violence to one, an attack on civilians to another) only with a
  telling toll tie on overlapping days in one area, a battle and a strike
  (:data:`BATTLE_FAMILIES`: a raid on a depot read as fighting; likewise a battle and
  an attack on civilians: gunmen storming a village read as a clash) only with a
  telling toll tie (:func:`telling`) of its :data:`BATTLE_TOLLS` count on one day (a day apart,
  one count of :data:`~newsift.events.toll_ties.LARGE_TOLL` or more), which then
  ties them as a toll tie of one type would; related types on one weekday weeks apart
  (:func:`week_shift`) need rare words in common besides;
- places the same or containing each other: both precise (geo_precision 1 or 2) within
  :data:`NEAR_KM` (two towns over :data:`SAME_PLACE_KM` apart only on a toll or target
  tie), or a region and a place in it (same admin1); a report with no place
  only on strong text, or on a large toll that agrees or rises and a name rare in the
  store (a follow-up naming only a village the gazetteer lacks). Precise places up to
  :data:`FAR_KM` apart, and a region beside a place or a region in another admin1
  (Kyiv and Kyiv Oblast), only on one day with a telling toll of :data:`FAR_TOLL` or
  more and some text in common, or a toll of
  :data:`~newsift.events.toll_ties.LARGE_TOLL` or more; two towns across an admin1
  border always need the larger toll;
- days within the reporting lag (:mod:`newsift.events.incident_days`). A report's
  days are its date's period, or, undated, the
  :data:`~newsift.events.incident_days.UNDATED_DAYS` days up to its article's
  publication. Periods a day apart (a
  strike late on Friday is "Saturday's attack") or overlapping but not one known day
  need a reason: alike text, a telling toll, the same target, rare words in common, or
  a rising toll with some text. Up to :data:`LAG_DAYS` apart (a follow-up dating the
  incident by its own day) they need a toll tie and the target, alike text or rare
  words, unless one is a follow-up that states no day of its own (:func:`follow_up`:
  a count of :data:`~newsift.events.toll_ties.LARGE_TOLL` or more that agrees or has
  risen, in a town or a town and its region); farther apart, only a story told again
  (:func:`retold`: its toll and much of its wording), one weekday read against two
  weeks in one town (:func:`week_shift`), or a mass-casualty count told again
  (:func:`~newsift.events.incident_days.mass_retold`:
  :data:`~newsift.events.incident_days.MASS_TOLL` or more), up to :data:`RETOLD_DAYS`.
  A date that is only the publication day (``date_basis`` "publication") is as weak as
  none; a year alone is read as none (it may be the war's year), and then only a
  telling toll ties;
- targets of different kinds that neither report names for the other (a port, a
  school: :mod:`newsift.events.incident_targets`): never.

Score: the token-set (Jaccard) similarity of the evidence, :data:`RARE_WORD` per shared
word rare in the store, bonuses for agreement (sub-type, day, toll, target), penalties
for conflicts (tolls far apart, a related type, another sub-type, actor1 or weapon). An
air strike and a missile attack (:data:`MEANS_UNCLEAR`) are no conflict unless the
weapons tell the means apart, nor are a bombing and a suicide bombing
(:data:`BOMBER_UNCLEAR`). One target and a toll that agrees or rises, in one area
within a day, merge however differently the reports are worded. A toll tie weighs
more for counts of twenty or more (:mod:`newsift.events.toll_ties`). Tolls rise as
bodies are found ("at least 7", then 12, then 21): a higher toll published later is a
*rising* tie (:func:`toll_relation`). The report and the measures both tests use are
in :mod:`newsift.events.incident_report`. One place and day with nothing else in
common scores 0.3 and does not merge. :func:`conflict` gives the gates alone, so a
store can refuse to link two events through a third.
"""

from __future__ import annotations

from newsift.events.incident_days import (
    DAY_TOLERANCE,
    LAG_DAYS,
    RETOLD_DAYS,
    day_gap,
    retold,
    week_shift,
    year_only,
)
from newsift.events.incident_report import (
    NEAR_KM,
    Match,
    Report,
    jaccard,
    km_apart,
    names_place,
    precise,
)
from newsift.events.incident_targets import targets_agree, targets_conflict
from newsift.events.toll_ties import (
    LARGE_TOLL,
    NEAR_TOLLS,
    RISE_MIN,
    WOUNDED_TIE,
    telling,
    toll_relation,
    toll_score,
    wounded_tie,
)
from newsift.events.weapons import WEAPONS
from newsift.places.distance import km_between

SAME_PLACE_KM = 5.0  # one town, geocoded at two of its points
THRESHOLD = 0.45
OTHER_DAY_TEXT = 0.3
UNPLACED_TEXT = 0.5
TOLL_TEXT = 0.15
CUMULATIVE_TYPE = "Battles"
# Precise places in one admin1 up to FAR_KM apart (a town, the city a geocoder took for
# it) match only on the same day with a telling toll of FAR_TOLL or more.
FAR_KM = 100.0
FAR_TOLL = 10
RARE_WORD = 0.1
TARGET_AGREES = 0.15
RARE_WORDS_COUNTED = 3
WOUNDED_ONLY = 0.25
COARSE_OTHER_DAY_TEXT = 0.45
# Types outlets confuse: a strike on a market is remote violence or an attack on civilians.
TYPE_FAMILIES = frozenset({frozenset({"Explosions/Remote violence", "Violence against civilians"})})
# Sub-types outlets confuse when the means is unclear: "an Israeli missile hit the house"
# is an air strike to one outlet and a missile attack to another, a guided bomb shelling.
MEANS_UNCLEAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
# A car bomb is a suicide bombing to an outlet that learns its driver died with it.
BOMBER_UNCLEAR = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
_WEAPON_KINDS = {weapon.name: weapon.kind for _, weapon in WEAPONS}
_UPDATE_WORDS = frozenset({"risen", "rose", "rises", "climbed", "climbs", "reached", "reaches"})
_COUNT_WORDS = frozenset({"toll", "number", "dead", "killed"})
RELATED_TYPES_UNTIED = "related event types without the same toll, day and place"
# A strike on a depot or a position is sometimes read as fighting: one toll ties them.
BATTLE_STRIKE_TOLL = 5
# Each with the least count that ties it: a battle and an attack on civilians with a few
# dead each in one town (soldiers at a base, villagers at their fields) are two incidents.
BATTLE_TOLLS = {frozenset({"Battles", "Explosions/Remote violence"}): BATTLE_STRIKE_TOLL,
                frozenset({"Battles", "Violence against civilians"}): LARGE_TOLL}
BATTLE_FAMILIES = frozenset(BATTLE_TOLLS)


def _fold(value: str | None) -> str | None:
    return value.casefold().strip() if value else None


def _place(a: Report, b: Report, km: float | None) -> tuple[bool | None, str]:
    """True: same area; False: different; None: unknown (a side has no place). Precise
    places up to :data:`FAR_KM` apart are the same area here, in one admin1 or across a
    border (a capital that is its own admin1 and a town of the region around it, the
    town the geocoder took for the capital); :func:`match` asks more of them. ``km``:
    :func:`~newsift.events.incident_report.km_apart`."""
    if km is not None:
        return km <= FAR_KM, f"{km:.0f} km apart"
    if _fold(a.admin1) and _fold(b.admin1):
        same = _fold(a.admin1) == _fold(b.admin1)
        if not same and _beside(a, b):
            return True, "a region beside the place"
        return same, "same admin1" if same else "different admin1"
    if (a.latitude is None and a.admin1 is None) or (b.latitude is None and b.admin1 is None):
        if _fold(a.country) and _fold(b.country) and _fold(a.country) != _fold(b.country):
            return False, "different country"
        if names_place(a, b) or names_place(b, a):
            return True, "the place named in the other's text"
        return None, "no place on one side"
    same = bool(_fold(a.country)) and _fold(a.country) == _fold(b.country)
    return same, "same country, coarse place" if same else "different country"


def _beside(a: Report, b: Report) -> bool:
    """A region (geo_precision 3) and a place or region in another admin1 within
    :data:`FAR_KM` of the region's point: a capital that is its own admin1 and the
    region around it (Kyiv and Kyiv Oblast), a town on a region's border, two
    neighbouring regions that two outlets give for an incident on their border.
    :func:`match` asks a large toll tie on one day of such a pair."""
    coarse = [r for r in (a, b) if r.geo_precision == 3]
    if not coarse or any(r.latitude is None or r.longitude is None for r in (a, b)):
        return False
    if _fold(a.country) != _fold(b.country):
        return False
    return km_between((a.latitude, a.longitude),  # type: ignore[arg-type]
                      (b.latitude, b.longitude)) <= FAR_KM  # type: ignore[arg-type]


def _sub_type_score(a: Report, b: Report) -> float:
    """One sub-type agrees; an air strike and a missile attack (:data:`MEANS_UNCLEAR`)
    neither agree nor disagree unless their weapons tell the means apart (aircraft, a
    rocket), nor do a bombing and a suicide bombing (:data:`BOMBER_UNCLEAR`); other
    sub-types disagree."""
    if a.sub_event_type == b.sub_event_type:
        return 0.15
    means = {_means(a.weapon), _means(b.weapon)}
    told_apart = None not in means and len(means) == 2  # aircraft against a rocket
    pair = {a.sub_event_type, b.sub_event_type}
    unclear = pair <= MEANS_UNCLEAR and not told_apart or pair <= BOMBER_UNCLEAR
    return 0.0 if unclear else -0.05


def _means(weapon: str | None) -> str | None:
    """"air" (aircraft, drones), "ground" (guns, rockets, mortars) or None: a missile or
    a bomb may be fired from either."""
    kind = _WEAPON_KINDS.get(weapon or "")
    if kind == "air":
        return "air"
    return "ground" if kind == "shelling" and "missile" not in (weapon or "") else None


def _wounded_only(a: Report, b: Report) -> bool:
    """``a`` counts wounded and no dead ("a drone attack injured seven") where ``b``,
    published no later, counts :data:`~newsift.events.toll_ties.RISE_MIN` or more dead:
    a later report that tells of no deaths is of another incident (an earlier one may
    only not have known of them yet)."""
    if a.fatalities is not None or not a.injured or (b.fatalities or 0) < RISE_MIN:
        return False
    return not (a.published and b.published and a.published < b.published)


def _stated_day(report: Report) -> bool:
    """The report's text states its day (a date, a weekday, "yesterday")."""
    return (report.date_basis in ("stated", "relative") and report.date is not None
            and len(report.date) == len("YYYY-MM-DD")
            and report.date_precision in (None, "day"))


def _update_day(report: Report) -> bool:
    """A toll update ("the toll has risen to 16, officials said on Sunday") dated on its
    own publication day: the day stated may be the update's, not the incident's."""
    return (report.date == report.published and bool(report.tokens & _COUNT_WORDS)
            and bool(report.tokens & _UPDATE_WORDS))


def follow_up(a: Report, b: Report, toll_tied: bool) -> bool:
    """One report is a later follow-up of the other: it states no day of its own (only
    its paper's day, or none), was published no earlier than the other's day, and gives
    a count of :data:`~newsift.events.toll_ties.LARGE_TOLL` or more that agrees with the
    other's or has risen from it (``toll_tied``). Bodies are found and counts rise over
    days; a new incident of that size is told with its day ("on Tuesday")."""
    if not toll_tied:
        return False
    for late, early in ((a, b), (b, a)):
        if (_undated_side(late) and not _undated_side(early) and late.published and early.date
                and late.published >= early.date and (late.fatalities or 0) >= LARGE_TOLL):
            return True
    return False


def _undated_side(report: Report) -> bool:
    """No day of its own: none, its paper's, or the day a toll update was given
    (:func:`_update_day`: "has risen to 52, officials said on Thursday")."""
    return report.date is None or report.date_basis == "publication" or _update_day(report)


def _types_agree(a: Report, b: Report) -> bool | None:
    """True: one event type; None: types outlets confuse (see :data:`TYPE_FAMILIES`)."""
    if a.event_type == b.event_type:
        return True
    pair = frozenset((a.event_type, b.event_type))
    return None if pair in TYPE_FAMILIES or pair in BATTLE_FAMILIES else False


def conflict(a: Report, b: Report) -> str | None:
    """Why ``a`` and ``b`` cannot be one incident whatever their text says (None: they
    may be): another kind of event, another place, days beyond the lag, or targets of
    different kinds (:func:`~newsift.events.incident_targets.targets_conflict`)."""
    if _types_agree(a, b) is False:
        return "different event type"
    found = day_gap(a, b)
    if found is not None and found[0] > LAG_DAYS and not (
            found[0] <= RETOLD_DAYS and retold(a, b)):
        return f"{found[0]} days apart"
    place, where = _place(a, b, km_apart(a, b))
    if place is False:
        return where
    if targets_conflict(a, b):
        # Kinds of place neither report names for the other (a school, a house): two
        # strikes, on one day or two.
        return "different targets"
    return None


def match(a: Report, b: Report, rare: int = 0) -> Match:
    """Whether ``a`` and ``b`` report one incident (see the module docstring). ``rare``:
    how many words they share that are rare in the store (village, victim, group names)."""
    refused = conflict(a, b)
    if refused:
        return Match(False, 0.0, refused, gated=True)
    found = day_gap(a, b)
    if found is None:
        return Match(False, 0.0, "undated", gated=True)
    gap, same_day = found
    relation = toll_relation(a, b)
    tells = telling(relation)
    if (year_only(a) or year_only(b)) and not tells:
        # A year read as no date: only one telling count ties it (it may be the war's
        # year, or an old incident the article recalls).
        return Match(False, 0.0, "a year for a date without one toll", gated=True)
    types = _types_agree(a, b)
    km = km_apart(a, b)
    place, where = _place(a, b, km)
    text = jaccard(a.tokens, b.tokens)
    target = targets_agree(a, b)
    far = (km is not None and km > NEAR_KM) or where == "a region beside the place"
    least = min(a.fatalities or 0, b.fatalities or 0)
    # Text may tell two such places apart; a count of LARGE_TOLL or more tells enough.
    # Two towns across an admin1 border (a capital and a town of the region around it)
    # are one more doubt: they need such a count.
    border = km is not None and _fold(a.admin1) != _fold(b.admin1)
    if far and not (tells and gap == 0 and least >= (LARGE_TOLL if border else FAR_TOLL)
                    and (text >= TOLL_TEXT or least >= LARGE_TOLL)):
        return Match(False, 0.0, f"{where} without a large toll tie on one day", gated=True)
    # A mass-casualty strike one outlet reads as fighting, dated a day off by another
    # ("Saturday's attack" in Sunday's paper): one count of LARGE_TOLL or more (within
    # NEAR_TOLLS) bridges the day; smaller or looser counts a day apart are the everyday
    # toll of fighting.
    pair = frozenset((a.event_type, b.event_type))
    if types is None and pair in BATTLE_FAMILIES:
        one_day = gap == 0 or (gap <= DAY_TOLERANCE and least >= LARGE_TOLL
                               and max(a.fatalities or 0, b.fatalities or 0) <= NEAR_TOLLS * least)
        if not (tells and least >= BATTLE_TOLLS[pair] and one_day and place):
            return Match(False, 0.0, "a battle and a strike or attack without one toll,"
                         " day and place", gated=True)
    elif types is None and not (tells and gap == 0 and place):
        return Match(False, 0.0, RELATED_TYPES_UNTIED, gated=True)
    if types is None and rare < 2 and week_shift(a, b):
        # A related type is one guess and a weekday read against another week a second:
        # together they need names in common (not a gate: the store counts rare words).
        return Match(False, text, "related types weeks apart without rare words in common")
    same_toll = relation == "same"  # one or two dead tie nothing: many incidents kill so few
    # An updated toll is no tie for battles, whose tolls add up over a campaign; a battle
    # and a strike have passed the gate above on a telling toll, which ties them.
    cumulative = a.event_type == b.event_type == CUMULATIVE_TYPE
    # Small counts often rise by chance: a rising toll ties only with text or a target.
    rising = relation == "rising" and not cumulative
    wounded = wounded_tie(a.injured, b.injured)
    tie = same_toll or (relation in ("large", "near") and not cumulative) or wounded
    # The wider the place, the more a report on another day must read alike.
    needed = OTHER_DAY_TEXT if precise(a, b) and not far else COARSE_OTHER_DAY_TEXT
    alike = text >= needed
    if km is not None and km > SAME_PLACE_KM and not (tie or target or (rising and alike)):
        # Two towns a few km apart are two places: one incident only on a toll or target.
        return Match(False, text, f"{where}, no toll or target in common", gated=True)
    # A count in one town (or a town and its region) days later; two region-wide counts
    # days apart are two of the region's many incidents.
    town = a.geo_precision in (1, 2) or b.geo_precision in (1, 2)
    later = (follow_up(a, b, tie or rising) and types is True and place is True and not far
             and town)
    if gap > DAY_TOLERANCE and not ((tie or rising) and (target or alike or rare >= 2)
                                    or retold(a, b) or later):
        return Match(False, text, f"{gap} days apart without a toll and a target or text")
    # A follow-up often names only a village the gazetteer lacks ("the toll from the
    # weekend's air raid on Pazigyi has risen"): a large count that agrees or rises, and
    # a name rare in the store, tie it.
    named_toll = rare >= 1 and (tie or rising) and least >= LARGE_TOLL
    # A count of LARGE_TOLL or more that has risen, in one town over the same days:
    # two such massacres in one town in one weekend are rare; one told twice is not.
    large_rise = rising and least >= LARGE_TOLL and km is not None and not far
    reason_to_link = (alike or tie or target or rare >= 2 or (rising and text >= TOLL_TEXT)
                      or named_toll or large_rise)
    if gap == 1 and not reason_to_link:
        return Match(False, text, f"different days and text only {text:.2f} alike")
    if gap == 1 and _stated_day(a) and _stated_day(b) and not (tie or alike) and not (
            _update_day(a) or _update_day(b)):
        # Days both texts state ("on Monday", "on Tuesday") are two days: a rising toll, a
        # target of one kind or the town's name is no tie then (a market hit each day;
        # the follow-up of Monday's strike says "Monday's"); one count or alike text is,
        # and so is a toll update that its paper's day dated (:func:`_update_day`).
        return Match(False, text, "two stated days without one toll or alike text")
    if gap == 0 and not same_day and not reason_to_link and not tells:
        return Match(False, text, f"vague days and text only {text:.2f} alike")
    # One kind of target and a large count that agrees or rises place a report that
    # names only its country ("a prison in northern Yemen") as well as a rare name does.
    targeted_toll = target and (tie or rising) and least >= LARGE_TOLL
    if place is None and text < UNPLACED_TEXT and not (
            (same_toll and text >= OTHER_DAY_TEXT) or named_toll or targeted_toll):
        return Match(False, text, f"{where} and text only {text:.2f} alike")
    score = text + RARE_WORD * min(rare, RARE_WORDS_COUNTED)
    # Sub-types of related types always differ, and a weapon follows the sub-type: one
    # disagreement is penalised once.
    if types:
        score += _sub_type_score(a, b)
    score += 0.15 if same_day else 0.0
    score += toll_score(a.fatalities, b.fatalities, relation if not cumulative or tells
                         else None)
    score -= 0.1 if types is None else 0.0
    score += TARGET_AGREES if target else 0.0
    score += WOUNDED_TIE if wounded else 0.0
    # Agreeing details are common to many incidents in one place; conflicting ones
    # (a school versus a port) tell incidents apart.
    if a.weapon and b.weapon and a.weapon != b.weapon and a.sub_event_type == b.sub_event_type:
        score -= 0.05
    if _wounded_only(a, b) or _wounded_only(b, a):
        score -= WOUNDED_ONLY
    actors_differ = bool(_fold(a.actor1) and _fold(b.actor1) and _fold(a.actor1) != _fold(b.actor1))
    if actors_differ:
        score -= 0.1
    if target and (tie or rising) and gap <= DAY_TOLERANCE and place and not actors_differ:
        # A target of one kind and a toll that agrees or rises, in one area within a day:
        # what an analyst links outlets' reports by, however differently they word them.
        score = max(score, THRESHOLD)
    if large_rise and types is True and gap == 0 and not actors_differ:
        score = max(score, THRESHOLD)
    if later and not actors_differ:
        # A follow-up that states no day of its own, days later, with a large count
        # that agrees or has risen: how a rising toll is told ("has climbed to 52").
        score = max(score, THRESHOLD)
    days = "same day" if same_day else "overlapping days" if gap == 0 else f"{gap} days apart"
    reason = f"text {text:.2f}, {rare} rare words, {where}, {days}"
    return Match(score >= THRESHOLD, round(score, 3), reason)
