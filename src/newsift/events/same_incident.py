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
  (:data:`BATTLE_FAMILY`: a raid on a depot read as fighting) only with a telling toll
  tie (:func:`telling`) of :data:`BATTLE_STRIKE_TOLL` or more on one day;
- places the same or containing each other: both precise (geo_precision 1 or 2) within
  :data:`NEAR_KM` (two towns over :data:`SAME_PLACE_KM` apart only on a toll or target
  tie), or a region and a place in it (same admin1); a report with no place
  only on strong text. Precise places up to :data:`FAR_KM` apart in one admin1, and a
  region beside a place in another admin1 (Kyiv and Kyiv Oblast), only on one day with
  a toll tie of :data:`FAR_TOLL` or more;
- days within the reporting lag. A report's days are its date's period, or, undated,
  the :data:`UNDATED_DAYS` days up to its article's publication. Periods a day apart (a
  strike late on Friday is "Saturday's attack") or overlapping but not one known day
  need a reason: alike text, a telling toll, the same target, rare words in common, or
  a rising toll with some text. Up to :data:`LAG_DAYS` apart (a follow-up dating the
  incident by its own day) they need a toll tie and the target, alike text or rare
  words; farther apart, only a story told again (:func:`retold`: its toll and much of
  its wording) or one weekday read against two weeks in one town (:func:`week_shift`),
  up to :data:`RETOLD_DAYS`. A date that is only the publication day (``date_basis``
  "publication") is as weak as none;
- reports on different days whose targets differ (a port, then a school): never.

Score: the token-set (Jaccard) similarity of the evidence, :data:`RARE_WORD` per shared
word rare in the store, bonuses for agreement (sub-type, day, toll, target), penalties
for conflicts (tolls far apart, a related type, another sub-type, actor1 or weapon,
targets neither names). Tolls rise as bodies are found ("at least 7", then 12, then
21): a higher toll published later is a *rising* tie (:func:`toll_relation`). One place
and day with nothing else in common scores 0.3 and does not merge. :func:`conflict`
gives the gates alone, so a store can refuse to link two events through a third.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsift.events.toll_ties import (
    LARGE_TOLL,
    telling,
    toll_relation,
    toll_score,
    toll_tie,
)
from newsift.places.distance import km_between

NEAR_KM = 25.0
SAME_PLACE_KM = 5.0  # one town, geocoded at two of its points
DAY_TOLERANCE = 1
# A follow-up may date an incident by its own day: days apart that a strong tie bridges.
LAG_DAYS = 3
THRESHOLD = 0.45
OTHER_DAY_TEXT = 0.3
UNPLACED_TEXT = 0.5
TOLL_TEXT = 0.15
UNDATED_DAYS = 3
PUBLICATION_DAYS = 2
CUMULATIVE_TYPE = "Battles"
# A story retold (reprinted, or its "on Saturday" read against another publication day)
# keeps its wording and its count while its date drifts: the same toll of RETOLD_TOLL or
# more in text RETOLD_TEXT alike bridges up to RETOLD_DAYS, unless both dates are written.
RETOLD_TOLL = 10
RETOLD_TEXT = 0.4
RETOLD_DAYS = 31
# Precise places in one admin1 up to FAR_KM apart (a town, the city a geocoder took for
# it) match only on the same day with a telling toll of FAR_TOLL or more.
FAR_KM = 100.0
FAR_TOLL = 10
RARE_WORD = 0.1
TARGET_CONFLICT = 0.25
TARGET_AGREES = 0.15
RARE_WORDS_COUNTED = 3
COARSE_OTHER_DAY_TEXT = 0.45
# Types outlets confuse: a strike on a market is remote violence or an attack on civilians.
TYPE_FAMILIES = frozenset({frozenset({"Explosions/Remote violence", "Violence against civilians"})})
# A strike on a depot or a position is sometimes read as fighting: one toll ties them.
BATTLE_FAMILY = frozenset({"Battles", "Explosions/Remote violence"})
BATTLE_STRIKE_TOLL = 5

# Words many targets share: a bus station and a petrol station are not one target.
_GENERIC_TARGET = frozenset(
    "station building buildings block blocks area areas site facility facilities centre"  # noqa: SIM905
    " center house houses home homes infrastructure target targets civilian civilians"
    " people residential city town village district military civil public".split())
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A word list reads better as words than as a list of quoted strings.
_STOP = frozenset(
    "a an the and or of in on at to for from by with as was were is are be been has have"  # noqa: SIM905
    " had it its this that these those said says say told according after before during while"
    " who which when where there their they them he she his her we our us i you also than"
    " but not no into over about against least more some other including among".split()
)


@dataclass(frozen=True)
class Report:
    """What matching needs of one event, stored or new. ``tokens`` is :func:`tokens`."""

    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    admin1: str | None
    country: str | None
    actor1: str | None
    weapon: str | None
    fatalities: int | None
    tokens: frozenset[str]
    target: str | None = None
    published: str | None = None  # the article's date: undated reports, rising tolls
    # How ``date`` was decided (Event.date_basis): "publication" is no stated day, only
    # the day the article came out, so it is as weak as no date (:func:`report_period`).
    date_basis: str | None = None


@dataclass(frozen=True)
class Match:
    """The verdict on a pair: ``ok``: merge; ``gated``: a gate refused it, whatever the text."""

    ok: bool
    score: float
    reason: str
    gated: bool = False


def tokens(text: str) -> frozenset[str]:
    """Content words (folded, stop words out, digits kept) for a token-set similarity."""
    return frozenset(
        word for word in (w.casefold() for w in _WORD.findall(text))
        if word not in _STOP and (len(word) > 2 or word.isdigit())
    )


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def period(value: str, precision: str | None) -> tuple[date, date]:
    """The days a (possibly partial) date may mean: "2024-03" is all of March."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31)
    return day, day


def report_period(report: Report) -> tuple[date, date] | None:
    """The days a report may mean: its date's period; for a date that is only the
    publication day (``date_basis`` "publication"), that day and the one before ("last
    night" told the next morning, :data:`PUBLICATION_DAYS`); undated, the
    :data:`UNDATED_DAYS` days up to its publication."""
    weak = report.date_basis == "publication" and len(report.date or "") == len("YYYY-MM-DD")
    if report.date is not None and not weak:
        return period(report.date, report.date_precision)
    end = report.date if weak else report.published
    if end is not None and len(end) == len("YYYY-MM-DD"):
        day = date.fromisoformat(end)
        return day - timedelta(days=(PUBLICATION_DAYS if weak else UNDATED_DAYS) - 1), day
    return None


def _fold(value: str | None) -> str | None:
    return value.casefold().strip() if value else None


def _precise(a: Report, b: Report) -> bool:
    return all(r.geo_precision in (1, 2) and r.latitude is not None
               and r.longitude is not None for r in (a, b))


def _km(a: Report, b: Report) -> float | None:
    if not _precise(a, b):
        return None
    return km_between((a.latitude, a.longitude), (b.latitude, b.longitude))  # type: ignore[arg-type]


def _place(a: Report, b: Report, km: float | None) -> tuple[bool | None, str]:
    """True: same area; False: different; None: unknown (a side has no place). Precise
    places up to :data:`FAR_KM` apart are the same area here, in one admin1 or across a
    border (a capital that is its own admin1 and a town of the region around it, the
    town the geocoder took for the capital); :func:`match` asks more of them. ``km``:
    :func:`_km`."""
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
        return None, "no place on one side"
    same = bool(_fold(a.country)) and _fold(a.country) == _fold(b.country)
    return same, "same country, coarse place" if same else "different country"


def _beside(a: Report, b: Report) -> bool:
    """One side a region (geo_precision 3), the other a place in another admin1 within
    :data:`FAR_KM` of the region's point: a capital that is its own admin1 and the
    region around it (Kyiv and Kyiv Oblast), a town on a region's border. :func:`match`
    asks a large toll tie on one day of such a pair."""
    coarse = [r for r in (a, b) if r.geo_precision == 3]
    if len(coarse) != 1 or any(r.latitude is None or r.longitude is None for r in (a, b)):
        return False
    if _fold(a.country) != _fold(b.country):
        return False
    return km_between((a.latitude, a.longitude),  # type: ignore[arg-type]
                      (b.latitude, b.longitude)) <= FAR_KM  # type: ignore[arg-type]


def targets_conflict(a: Report, b: Report) -> bool:
    """Both name a target and neither's is named by the other report: a school versus a
    port. A target one side names and the other's evidence mentions is no conflict."""
    if not (a.target and b.target):
        return False
    a_words, b_words = tokens(a.target), tokens(b.target)
    return not (a_words & (b_words | b.tokens) or b_words & (a_words | a.tokens))


def targets_agree(a: Report, b: Report) -> bool:
    """Both name a target and share a telling word of it: "the maternity hospital" and
    "a hospital" agree, a bus station and a petrol station do not."""
    if not (a.target and b.target):
        return False
    return bool((tokens(a.target) & tokens(b.target)) - _GENERIC_TARGET)


def _types_agree(a: Report, b: Report) -> bool | None:
    """True: one event type; None: types outlets confuse (see :data:`TYPE_FAMILIES`)."""
    if a.event_type == b.event_type:
        return True
    pair = frozenset((a.event_type, b.event_type))
    return None if pair in TYPE_FAMILIES or pair == BATTLE_FAMILY else False


def likely_day(report: Report) -> date | None:
    """The one day a report most likely means: its day, or for a date that is only the
    publication day, that day (most reports are of the day's news); None when vaguer."""
    if report.date is None or len(report.date) != len("YYYY-MM-DD"):
        return None
    if report.date_basis != "publication" and report.date_precision not in (None, "day"):
        return None
    return date.fromisoformat(report.date)


def retold(a: Report, b: Report) -> bool:
    """One story told again: the same type, the same toll of :data:`RETOLD_TOLL` or more,
    text :data:`RETOLD_TEXT` alike, and at least one date not written as a calendar date
    (a weekday or a publication day may be read against the wrong day)."""
    return (a.event_type == b.event_type and a.fatalities is not None
            and a.fatalities == b.fatalities and a.fatalities >= RETOLD_TOLL
            and not (a.date_basis == b.date_basis == "stated")
            and jaccard(a.tokens, b.tokens) >= RETOLD_TEXT)


def week_shift(a: Report, b: Report) -> bool:
    """Two weekdays read against different weeks: both dates resolved from words like
    "on Monday" (``date_basis`` "relative"), whole weeks apart up to :data:`RETOLD_DAYS`,
    with a telling toll (see :func:`toll_tie`) of :data:`RETOLD_TOLL` or more, in one
    town (both places precise, :data:`NEAR_KM` apart at most). The weekday is what both
    texts say; the week comes from a publication date, which may be wrong. Round counts
    in one region on one weekday a week apart are often two incidents: hence the town."""
    if not (a.date_basis == b.date_basis == "relative" and a.date and b.date
            and len(a.date) == len(b.date) == len("YYYY-MM-DD")
            and a.date_precision == b.date_precision == "day"):
        return False
    km = _km(a, b)
    if km is None or km > NEAR_KM:
        return False
    days = abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)
    return (0 < days <= RETOLD_DAYS and days % 7 == 0
            and min(a.fatalities or 0, b.fatalities or 0) >= RETOLD_TOLL
            and telling(toll_tie(a.fatalities, b.fatalities)))


def _gap(a: Report, b: Report) -> tuple[int, bool] | None:
    """Days between the two reports' periods (0: they overlap), and whether both most
    likely mean one and the same day (:func:`likely_day`); None when a side cannot be
    dated at all."""
    a_period, b_period = report_period(a), report_period(b)
    if a_period is None or b_period is None:
        return None
    (a_first, a_last), (b_first, b_last) = a_period, b_period
    gap = max((b_first - a_last).days, (a_first - b_last).days, 0)
    if gap > LAG_DAYS and week_shift(a, b):
        return 0, False
    day, other = likely_day(a), likely_day(b)
    if day is not None and other is not None:
        # A paper's day reaches back one day ("Saturday's attack" in Sunday's paper),
        # not the follow-up lag: beyond it, and between two papers, their days count.
        likely = abs((day - other).days)
        if likely > LAG_DAYS or a.date_basis == b.date_basis == "publication":
            gap = likely
    return gap, day is not None and day == other


def _other_days(a: Report, b: Report, gap: int) -> bool:
    """Whether two reports are of different days: periods apart, or the days each most
    likely means (:func:`likely_day`) differ, as papers of two days that give no day."""
    days = likely_day(a), likely_day(b)
    return gap > 0 or (None not in days and days[0] != days[1])


def conflict(a: Report, b: Report) -> str | None:
    """Why ``a`` and ``b`` cannot be one incident whatever their text says (None: they
    may be): another kind of event, another place, days beyond the lag, or different
    targets on different days."""
    if _types_agree(a, b) is False:
        return "different event type"
    found = _gap(a, b)
    if found is not None and found[0] > LAG_DAYS and not (
            found[0] <= RETOLD_DAYS and retold(a, b)):
        return f"{found[0]} days apart"
    place, where = _place(a, b, _km(a, b))
    if place is False:
        return where
    if found is not None and _other_days(a, b, found[0]) and targets_conflict(a, b):
        return "different targets on different days"
    return None


def match(a: Report, b: Report, rare: int = 0) -> Match:
    """Whether ``a`` and ``b`` report one incident (see the module docstring). ``rare``:
    how many words they share that are rare in the store (village, victim, group names)."""
    refused = conflict(a, b)
    if refused:
        return Match(False, 0.0, refused, gated=True)
    found = _gap(a, b)
    if found is None:
        return Match(False, 0.0, "undated", gated=True)
    gap, same_day = found
    types = _types_agree(a, b)
    km = _km(a, b)
    place, where = _place(a, b, km)
    text = jaccard(a.tokens, b.tokens)
    relation = toll_relation(a, b)
    tells = telling(relation)
    target = targets_agree(a, b)
    far = (km is not None and km > NEAR_KM) or where == "a region beside the place"
    least = min(a.fatalities or 0, b.fatalities or 0)
    # Text may tell two such places apart; a count of LARGE_TOLL or more tells enough.
    if far and not (tells and gap == 0 and least >= FAR_TOLL
                    and (text >= TOLL_TEXT or least >= LARGE_TOLL)):
        return Match(False, 0.0, f"{where} without a large toll tie on one day", gated=True)
    if types is None and a.event_type in BATTLE_FAMILY and b.event_type in BATTLE_FAMILY:
        if not (tells and least >= BATTLE_STRIKE_TOLL and gap == 0 and place):
            return Match(False, 0.0, "a battle and a strike without one toll, day and place",
                         gated=True)
    elif types is None and not (tells and gap == 0 and place):
        return Match(False, 0.0, "related event types without the same toll, day and place",
                     gated=True)
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
    tie = same_toll or (relation in ("large", "near") and not cumulative)
    # The wider the place, the more a report on another day must read alike.
    needed = OTHER_DAY_TEXT if _precise(a, b) and not far else COARSE_OTHER_DAY_TEXT
    alike = text >= needed
    if km is not None and km > SAME_PLACE_KM and not (tie or target or (rising and alike)):
        # Two towns a few km apart are two places: one incident only on a toll or target.
        return Match(False, text, f"{where}, no toll or target in common", gated=True)
    if gap > DAY_TOLERANCE and not ((tie or rising) and (target or alike or rare >= 2)
                                    or retold(a, b)):
        return Match(False, text, f"{gap} days apart without a toll and a target or text")
    reason_to_link = alike or tie or target or rare >= 2 or (rising and text >= TOLL_TEXT)
    if gap == 1 and not reason_to_link:
        return Match(False, text, f"different days and text only {text:.2f} alike")
    if gap == 0 and not same_day and not reason_to_link and not tells:
        return Match(False, text, f"vague days and text only {text:.2f} alike")
    if place is None and text < UNPLACED_TEXT and not (same_toll and text >= OTHER_DAY_TEXT):
        return Match(False, text, f"{where} and text only {text:.2f} alike")
    score = text + RARE_WORD * min(rare, RARE_WORDS_COUNTED)
    # Sub-types of related types always differ, and a weapon follows the sub-type: one
    # disagreement is penalised once.
    if types:
        score += 0.15 if a.sub_event_type == b.sub_event_type else -0.05
    score += 0.15 if same_day else 0.0
    score += toll_score(a.fatalities, b.fatalities, relation if not cumulative or tells
                         else None)
    score -= 0.1 if types is None else 0.0
    score += TARGET_AGREES if target else 0.0
    # Agreeing details are common to many incidents in one place; conflicting ones
    # (a school versus a port) tell incidents apart.
    if a.weapon and b.weapon and a.weapon != b.weapon and a.sub_event_type == b.sub_event_type:
        score -= 0.05
    if _fold(a.actor1) and _fold(b.actor1) and _fold(a.actor1) != _fold(b.actor1):
        score -= 0.1
    if targets_conflict(a, b):
        score -= TARGET_CONFLICT
    days = "same day" if same_day else "overlapping days" if gap == 0 else f"{gap} days apart"
    reason = f"text {text:.2f}, {rare} rare words, {where}, {days}"
    return Match(score >= THRESHOLD, round(score, 3), reason)
