"""A place with its district and region in brackets after it: "Kutum (Kutum, North
Darfur)", "Tawila town (Tawila locality, North Darfur state)", "Pisky (Pokrovsk
district, Donetsk oblast)".

ACLED's notes and the monitors that write like them qualify a place this way, and the
brackets settle it better than any ranking of namesakes: the place is inside that
region. It resolves, in this order, to

1. the town of that name inside the region, as written, as a romanisation variant, or
   by its consonant skeleton (:func:`newsift.places.gazetteer.names.skeleton`: "Abu
   Jubaiha" is GeoNames' Abu Jubayhah) -- the place itself (precision 1);
2. else the town the district is named after ("Sirba (Sirba, West Darfur)": a village
   GeoNames lacks, near its district's seat), or the district itself: ACLED's "near a
   known place" (precision 2);
3. else the region, at its capital (precision 3): where ACLED codes a place it can only
   place in its region.

The names inside the brackets are mentions too: the region resolves as a region, and
the district as its seat town inside the region, else the region.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsift.model import Place
from newsift.places.coded import coded_mentions
from newsift.places.gazetteer.lookup import Gazetteer, GeoHit, fold_name
from newsift.places.gazetteer.names import skeleton
from newsift.places.model import Mention, own_named
from newsift.places.note_names import CODED
from newsift.places.note_names import NAME as _NAME

# What a place or a unit may be called after its name: "Mellit town", "Kutum
# locality", "West Darfur state".
_PLACE_KIND = r"(?:\s+(?:town|village|city|area|camp))?"
_UNIT_KIND = (
    r"(?:\s+(?:locality|state|district|province|region|oblast|governorate|county|raion|rayon))?"
)
BRACKETED = re.compile(
    rf"(?P<town>{_NAME}){_PLACE_KIND}\s*\(\s*(?:(?P<admin2>{_NAME}){_UNIT_KIND}\s*,\s*)?"
    rf"(?P<admin1>{_NAME})(?P<unit>{_UNIT_KIND})\s*\)"
)
# ACLED's note of where it placed an event: "(coded to Beryslav)", "[coded to Kulbus
# locality in West Darfur state]", "location coded as Hamdab".
CODED_TO = re.compile(rf"{CODED}(?P<name>{_NAME})")
# Words that open a sentence or a clause before a place without being part of its name.
_OPENERS = frozenset(
    [
        "in",
        "on",
        "at",
        "near",
        "from",
        "to",
        "into",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "between",
        "around",
        "outside",
        "west",
        "east",
        "north",
        "south",
        "western",
        "eastern",
        "northern",
        "southern",
        "central",
    ]
)
_DISTRICT_WORDS = re.compile(
    r"\s+(?:district|raion|rayon|locality|county|municipality|state|province|region)$",
    re.IGNORECASE,
)
_SKELETON_LETTERS = 3  # shorter skeletons match too many names
_REGION_CHOICES = 5  # regions of one name worth trying


@dataclass(frozen=True)
class Bracketed:
    """What a bracketed place resolves to; ``exact`` when it is the place itself."""

    hit: GeoHit
    exact: bool


def _town_start(text: str, start: int, end: int) -> int:
    """Where the place's name begins: "In Kutum" is "Kutum", "Khartoum - Jabra" stays."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and words[0].group().casefold() in _OPENERS:
        words.pop(0)
    return start + words[0].start()


def bracket_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """The place, its district and its region for every bracket whose last name is a
    first-level region the gazetteer knows; and the place a note says it "coded to"."""
    found: list[Mention] = []
    for match in BRACKETED.finditer(text):
        if gazetteer.admin1(match["admin1"]) is None:
            continue
        region = match["admin1"] + match["unit"]  # "Northern state": the unit word tells
        start = _town_start(text, match.start("town"), match.end("town"))
        town = text[start : match.end("town")]
        district = match["admin2"]
        found.append(Mention(start, match.end("town"), "entity", town, within=(district, region)))
        if district:
            start2, end2 = match.span("admin2")
            found.append(Mention(start2, end2, "entity", district, within=(None, region)))
        found.append(Mention(*match.span("admin1"), "admin1", match["admin1"]))
    found += coded_mentions(text, gazetteer)
    for match in CODED_TO.finditer(text):
        if not any(m.start == match.start("name") for m in found):
            found.append(Mention(*match.span("name"), "entity", match["name"]))
    return found


def _named(name: str, region: GeoHit, gazetteer: Gazetteer) -> GeoHit | None:
    """The town called ``name`` inside ``region``: as written or a romanisation variant,
    else by its consonant skeleton; the biggest of several."""
    for spelling in (name, *_article_spellings(name)):
        written = [
            h
            for h in gazetteer.lookup(spelling, (region.country_code or "",), ("city",))
            if h.admin1 == region.admin1 and h.country_code == region.country_code
        ]
        written = own_named(written, spelling) or written
        if written:
            return written[0]
    key = skeleton(name)
    if len(key) < _SKELETON_LETTERS:
        return None
    alike = [
        h
        for h in gazetteer.towns_in(region.admin1 or "", region.country_code or "")
        if skeleton(h.name) == key
    ]
    return max(alike, key=lambda h: h.population) if alike else None


# The Arabic article as notes write it before a name: "El", "Ed", "Er", "Es", "Al"...
_ARTICLE = re.compile(r"^(?:[ae][lndrstz]|ash|esh)[\s-]+(?=\w)", re.IGNORECASE)


def _article_spellings(name: str) -> list[str]:
    """The name with its Arabic article spelled the other common ways: GeoNames writes
    "Al-" where a note writes "El " or "Ed ", and a name of three letters after its
    article is too short to be found without it or by its consonants."""
    match = _ARTICLE.match(name)
    if match is None:
        return []
    bare = name[match.end() :]
    return [f"{article} {bare}" for article in ("Al", "El") if f"{article} " != match[0]]


def _at_capital(region: GeoHit, gazetteer: Gazetteer) -> GeoHit:
    """The region at its capital's point, where ACLED codes a place it can only place in
    its region: the town that carries the region's name ("Kassala" in Kassala), else the
    region's biggest town, which is its capital in most regions (El Geneina in West
    Darfur, Nyala in South Darfur)."""
    base = _DISTRICT_WORDS.sub("", region.name).rsplit(" ", 1)
    names = [region.name, base[0]] if len(base) > 1 else [region.name]
    for name in names:
        capital = _named(name, region, gazetteer)
        if capital is not None and fold_name(capital.name)[:4] == fold_name(name)[:4]:
            return replace(region, latitude=capital.latitude, longitude=capital.longitude)
    towns = gazetteer.towns_in(region.admin1 or "", region.country_code or "")
    if not towns:
        return region
    biggest = max(towns, key=lambda h: h.population)
    return replace(region, latitude=biggest.latitude, longitude=biggest.longitude)


def _regions(name: str, gazetteer: Gazetteer, countries: Sequence[str]) -> list[GeoHit]:
    """The first-level regions called ``name``, those in ``countries`` first."""
    first = gazetteer.admin1(name, countries)
    if first is None:
        return []
    others = gazetteer.lookup(
        _DISTRICT_WORDS.sub("", name), countries, features=("admin1",), fuzzy=False
    )
    found = [first, *(h for h in others[:_REGION_CHOICES] if h != first)]
    unit = _DISTRICT_WORDS.search(name)
    if unit is None:
        return found
    # "Northern state" is Sudan's Northern State, not Uganda's Northern Region: of
    # same-named regions, those called by the unit word written come first.
    word = unit[0].strip().casefold()
    called = [
        h
        for h in gazetteer.lookup(name, countries, features=("admin1",), fuzzy=False)
        if h.name.casefold().rsplit(" ", 1)[-1] == word
    ]
    return [*called, *(h for h in found if h not in called)]


def resolve_bracketed(
    mention: Mention, gazetteer: Gazetteer, countries: Sequence[str] = ()
) -> Bracketed | None:
    """Where a place written with its district and region in brackets is (module doc);
    the region is looked for first in ``countries``, the ones the article is about
    (a "Northern" state is Sudan's in a story about Sudan)."""
    if mention.within is None:
        return None
    district, region_name = mention.within
    regions = _regions(region_name, gazetteer, countries)
    if not regions:
        return None
    # Of several regions of that name ("Northern"), the one that holds the place or its
    # district: the names in one bracket lie together.
    for region in regions:
        own = _named(mention.lookup, region, gazetteer)
        if own is not None:
            return Bracketed(own, True)
    for region in regions:
        seat = _named(_DISTRICT_WORDS.sub("", district), region, gazetteer) if district else None
        if seat is not None:
            return Bracketed(seat, False)
    region = regions[0]
    if district:
        unit = [
            h
            for h in gazetteer.lookup(district, (region.country_code or "",), ("admin2",))
            if h.admin1 == region.admin1
        ]
        if unit:
            return Bracketed(unit[0], False)
    return Bracketed(_at_capital(region, gazetteer), False)


# What follows a place its writer qualified: "(Kutum, North Darfur)", "town (Tawila
# locality, North Darfur state)", "(Khartoum)"; the group holds the bracket's last name.
QUALIFIER_AFTER = re.compile(
    rf"{_PLACE_KIND}\s*\(\s*(?:{_NAME}{_UNIT_KIND}\s*,\s*)?(?P<region>{_NAME}){_UNIT_KIND}\s*\)"
)
CODED_BEFORE = re.compile(rf"{CODED}$")
OTHER_EVENT = re.compile(r"\s+(?:event|incident)s?\b", re.IGNORECASE)


def qualified(place: Place, places: Sequence[Place], text: str) -> bool:
    """Did the writer single the place out as where things happened: a bracket after it
    whose last name is a place of the same first-level region ("Abri (Halfa, Northern
    state)"), or a note that it was "coded to" it, in a country the note names elsewhere?

    A bracket naming no place of that region ("Kyiv (Reuters)", "Kharkiv (east)") is an
    aside, not a qualifier.
    """
    if place.admin1 is None:
        return False
    if CODED_BEFORE.search(text[max(0, place.start - 20) : place.start]):
        # "(fatalities coded to the Avdiivka event)": another event's place; and a
        # namesake abroad that no other place of the note stands beside is a misreading.
        return OTHER_EVENT.match(text, place.end) is None and any(
            other is not place and other.country == place.country and other.kind != "demonym"
            for other in places
        )
    match = QUALIFIER_AFTER.match(text, place.end)
    if match is None:
        return False
    start, end = match.span("region")
    return any(
        other is not place and other.start < end and start < other.end
        and other.admin1 == place.admin1
        for other in places
    )
