"""Local features: streets, squares, buildings, neighbourhoods, rivers ("Harbour Street",
"the Lower Quarter", "St Mary's Hospital", "Lake Travis").

The gazetteer holds towns and regions, not these, and their names often repeat a town
elsewhere ("Marion Square", "Harbour Street"). So a local feature is found by the
word that says what it is, never looked up as a town, and placed at the town it is in:
the one written after it ("Harbour Street in Tulsa", "Maple Avenue, Dayton"), else the
town the article is about (its most named town). Its Place keeps its own name and gets
that town's coordinates; :func:`newsift.places.stage.geo_precision` reads the feature
word in the name and reports precision 2, since the point is the town, not the feature.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsift.places.anchored import in_countryside
from newsift.places.cues import GENERIC
from newsift.places.distance import km_between
from newsift.places.gazetteer.landmarks import is_landmark
from newsift.places.gazetteer.lookup import (
    Gazetteer,
    GeoHit,
    demonym_place,
    fold_name,
    normalize_name,
)
from newsift.places.model import EMBEDDED_CITY, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsift.model import Place

# Words that end a local feature's name. Facilities named after their town ("Kharkiv
# National University", "Lviv Airport") are left to the town mention inside them.
_THOROUGHFARES = (
    "Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Lane|Drive|Highway|Square|"
    "Plaza|Quarter|Heights|Canal|River|Creek|Bridge|Park|Gardens|Railroad|Harbor|Harbour|"
    "Beach|Pier|Wharf|Promenade|Embankment"
)
_BUILDINGS = (
    "Church|Cathedral|Chapel|Basilica|Mosque|Synagogue|Monastery|Hospital|Embassy|"
    "Consulate|City Hall|Town Hall|Castle|Palace|Library|Stadium|Arena|Museum|Prison|"
    "Courthouse|Cemetery|Station|Center|Centre|Theatre|Theater|Hotel|Mall|Airport|"
    "Racecourse|Hall|School"
)
FEATURE_WORDS = f"{_THOROUGHFARES}|{_BUILDINGS}"
_NAME_WORD = r"(?:[A-Z][\w’'\-]*|St\.|Saint|de|du|la|of|the)"
FEATURE_NAME = re.compile(
    rf"\b(?P<name>(?:[A-Z][\w’'\-]*[\w’'])(?:\s+{_NAME_WORD}){{0,3}}?)\s+"
    rf"(?P<kind>{FEATURE_WORDS})(?![\w])"
    rf"|\b(?P<lake>Lake\s+[A-Z][\w’'\-]+)"
)
# Names that open a feature's name without belonging to a place: "The Harbour Street".
_OPENERS = frozenset({"The", "A", "An", "This", "That", "On", "In", "At", "Near", "From"})
# "in Tulsa", ", Dayton", "of Queens": what may stand between a feature and
# the town it is in.
ANCHOR_GAP = re.compile(
    r"\s*(?:(?:neighbou?rhood|district|area|section|part|borough)\s+)?"
    r"(?:,|\bin\b|\bat\b|\bof\b|\bnear\b|\bon\b)?\s*(?:the\s+)?"
    r"(?:(?:city|town|village|borough|neighbou?rhood|district|area)\s+of\s+)?",
    re.IGNORECASE,
)
_ANCHOR_FEATURES = frozenset({"city", "admin2", "admin1"})


@dataclass(frozen=True)
class Home:
    """Where an article is: the country and the first-level region it names most."""

    country: str | None
    region: str | None


@dataclass(frozen=True)
class FeatureSpan:
    start: int
    end: int
    name: str


_POSSESSIVE = re.compile(r"[’']s?\s+")
_FEATURE_END = re.compile(rf"(?:\s(?:{FEATURE_WORDS})|^Lake\s.+)$")


def is_feature_name(name: str) -> bool:
    """Whether a place's name is a local feature's ("Harbour Street", "Lake Travis")."""
    return _FEATURE_END.search(name) is not None


_FACILITY_WORDS = frozenset(_BUILDINGS.replace(" ", "|").split("|")) | {"Bridge", "Railroad"}


def leading_town_names(name: str) -> list[str]:
    """The words that may name a facility's town ("Mykolaiv Oncology Hospital", "Kerch
    Bridge"), longest first; none for streets and squares, which are named after people
    as often as after towns ("Marion Square")."""
    words = name.split()
    if words[-1] not in _FACILITY_WORDS:
        return []
    return [" ".join(words[:size]) for size in (2, 1) if size < len(words)]


_NOT_TOWN_LEADS = frozenset(
    {"airport", "national", "royal", "state", "general", "memorial", "st", "saint"}
    | {"holy", "new", "old"}
)


def town_named(name: str, gazetteer: Gazetteer) -> bool:
    """A facility named after its town ("Kherson Art Museum"): the town is the mention."""
    for lead in leading_town_names(name):
        if normalize_name(lead) in GENERIC | _NOT_TOWN_LEADS:
            continue  # "Central Mental Hospital", "Airport Courthouse"
        hits = gazetteer.lookup(lead, fuzzy=False)
        if lead.endswith(" County") and any(h.feature == "admin2" for h in hits):
            return True  # "Montgomery County History Center"
        if hits and hits[0].feature in ("city", "admin1", "country"):
            top = hits[0]
            if top.feature != "city" or (
                top.population >= EMBEDDED_CITY and fold_name(top.name).startswith(fold_name(lead))
            ):
                return True
    return False


# Numbered roads: British "A417", "M4" once the story writes "the A417" somewhere (a
# bare "A1" may be a grade or a paper size), American "I-95" always.
_NUMBERED_ROAD = re.compile(r"(?<![\w\-])(?:[AM]\d{1,4}|I-\d{1,3})(?![\w\-])")
_THE_ROAD = re.compile(r"\b(?:the|The)\s+[AM]\d{1,4}\b")
# "M23 rebels", "the M23 group": a number that names an armed group, not a road.
_GROUP_AFTER = re.compile(
    r"\s+(?:rebels?|fighters?|militia|militiamen|group|movement|insurgents?|forces|"
    r"commanders?|members?|combatants?|spokes(?:man|woman|person))\b"
)


def road_spans(text: str) -> list[FeatureSpan]:
    """ "The A417 southbound", "via the A436, A40 and A429", "I-95 north"."""
    british = _THE_ROAD.search(text) is not None
    roads = list(_NUMBERED_ROAD.finditer(text))
    groups = {m.group() for m in roads if _GROUP_AFTER.match(text, m.end())}
    return [
        FeatureSpan(m.start(), m.end(), m.group())
        for m in roads
        if (british or m.group().startswith("I-")) and m.group() not in groups
    ]


# "the corner of State and Hubbard streets": two streets sharing one plural word.
_STREET_PAIR = re.compile(
    r"\b(?P<first>[A-Z][\w’'\-]+)\s+(?:and|&)\s+(?P<second>[A-Z][\w’'\-]+)\s+"
    r"(?:streets|avenues|roads|boulevards|drives|lanes)\b"
)
# "14th St.", "Third street", "5th Avenue": numbered streets, the word in any case.
_NUMBERED_STREET = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|"
    r"Ninth|Tenth)\s+(?:[Ss]treet|St\.|[Aa]venue|Ave\.)(?![\w])"
)


def street_spans(text: str) -> list[FeatureSpan]:
    """ "State and Hubbard streets" (each name a street), "14th St.", "Third street"."""
    found = [
        FeatureSpan(m.start(group), m.end(group), m.group(group))
        for m in _STREET_PAIR.finditer(text)
        for group in ("first", "second")
    ]
    numbered = _NUMBERED_STREET.finditer(text)
    return found + [FeatureSpan(m.start(), m.end(), m.group()) for m in numbered]


def feature_spans(text: str) -> list[FeatureSpan]:
    """Every "Harbour Street", "Lake Travis", "Marion Square" in ``text``; after a
    possessive only the feature ("Tulsa's Harbour Street"); numbered roads and
    streets, and pairs of streets (:func:`street_spans`)."""
    found: list[FeatureSpan] = road_spans(text) + street_spans(text)
    for match in FEATURE_NAME.finditer(text):
        start, end = match.start(), match.end()
        owners = list(_POSSESSIVE.finditer(text, start, end))
        if owners and len(text[owners[-1].end() : end].split()) > 1:
            start = owners[-1].end()
        while True:
            first = text[start:end].split(maxsplit=1)
            if len(first) < 2 or not (first[0] in _OPENERS or first[0].islower()):
                break
            start = text.index(first[1], start + len(first[0]))
        inner = text.rfind(" the ", start, end)
        if inner > start:
            start = inner + len(" the ")  # "Meanwhile the Idlib Media Center"
        if len(text[start:end].split()) < 2:
            continue
        found.append(FeatureSpan(start, end, text[start:end]))
    return found


def focus_town(
    places: list[Place], hits: list[GeoHit | None], home: Home | None = None
) -> GeoHit | None:
    """The town the article is about: its most named town, the biggest among equals
    (a story naming Tulsa and Norman once each is about Tulsa). Only a
    town in the article's own country counts, if any does (a person's name read as a
    town abroad, "David", Panama, is no focus); among towns named equally often, one in
    its main region wins (Centreville, Virginia, not Orange, California)."""
    towns = [h for h in hits if h is not None and h.feature == "city"]
    region = home.region if home is not None else None
    if home is not None:
        towns = [h for h in towns if h.country_code == home.country] or towns
    counts: Counter[int] = Counter()
    first: dict[int, GeoHit] = {}
    for hit in towns:
        key = hit.geonameid or hash((hit.name, hit.latitude, hit.longitude))
        counts[key] += 1
        first.setdefault(key, hit)
    if not counts:
        return None
    return first[
        max(
            counts,
            key=lambda key: (counts[key], first[key].admin1 == region, first[key].population),
        )
    ]


_OWNER_GAP = re.compile(r"[’']s?\s+")


def anchor_of(
    index: int,
    places: list[Place],
    hits: list[GeoHit | None],
    text: str,
    home: Home | None = None,
    counted: list[GeoHit | None] | None = None,
) -> GeoHit | None:
    """The town the feature at ``index`` stands in: the town whose possessive it
    follows ("Derry's Altnagelvin Hospital"), the place written right after it ("Harbour
    Street in Tulsa"), else the article's focus town, counted over ``counted``
    (default ``hits``)."""
    place = places[index]
    owner = hits[index - 1] if index > 0 else None
    if (
        owner is not None
        and owner.feature in _ANCHOR_FEATURES
        and _OWNER_GAP.fullmatch(text[places[index - 1].end : place.start])
    ):
        return owner
    for later, hit in zip(places[index + 1 : index + 3], hits[index + 1 : index + 3], strict=False):
        if not ANCHOR_GAP.fullmatch(text[place.end : later.start]):
            break
        # "Oulton Park, Cheshire": a county the gazetteer curates is a region of one country.
        if hit is not None and (
            hit.feature in _ANCHOR_FEATURES
            or (hit.feature == "region" and hit.country_code is not None)
        ):
            return hit
        if hit is None:
            break
    return focus_town(places, hits if counted is None else counted, home)


# "the Kalininsky district in Donetsk", "the Bustan quarter of eastern Aleppo" (a side
# of the town is still the town).
_PART_OF = re.compile(
    r"\s+(?:neighbou?rhood|district|quarter|suburb|area|section)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?P<side>(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?"
    r"|central)\s+|old\s+)?(?:(?:city|town)\s+of\s+)?",
    re.IGNORECASE,
)


_PART_WORDS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "suburb"})
# "Shaar in eastern Aleppo", "Aleppo's Shaar district": a name inside a town, placed at
# it when its own namesake lies elsewhere.
# "in eastern Aleppo", "in the rebel-held Douma", "in the disputed Abyei area".
_IN_TOWN = re.compile(
    r"\s+in\s+(?:the\s+(?-i:[a-z][a-z\-]+\s+)?)?(?:(?:north|south|east|west|northeast|"
    r"northwest|southeast|southwest)(?:ern)?\s+|central\s+)?",
    re.IGNORECASE,
)
_TOWN_OWNS = re.compile(r"[’']s\s+")


def part_of(index: int, places: list[Place], hits: list[GeoHit | None], text: str) -> GeoHit | None:
    """The town a neighbourhood is written as part of (its "neighbourhood of" the town,
    "Aleppo's Shaar district", "Shaar in eastern Aleppo"), which settles it better than
    any namesake of the neighbourhood's own name."""
    own = hits[index]
    if index > 0:
        owner = hits[index - 1]
        if (
            owner is not None
            and owner.feature == "city"
            and _TOWN_OWNS.fullmatch(text, places[index - 1].end, places[index].start)
            and _elsewhere(own, owner, far=True)
        ):
            return owner
    if index + 1 >= len(places):
        return None
    later, hit = places[index + 1], hits[index + 1]
    if hit is None or hit.feature != "city":
        return None
    inside = _IN_TOWN.fullmatch(text, places[index].end, later.start) or in_countryside(
        text, places[index].end, later.start, later.end
    )
    if inside and _elsewhere(own, hit):
        return hit
    if own is not None and own.population >= hit.population:
        return None  # "the Damascus suburb of Daraya": the suburb is the smaller place
    start = places[index].end
    if places[index].name.rsplit(maxsplit=1)[-1].casefold() in _PART_WORDS:
        start -= len(places[index].name.rsplit(maxsplit=1)[-1]) + 1  # "Sulemaniyeh district"
    gap = _PART_OF.fullmatch(text, start, later.start)
    if (gap and gap.group("side") and own is not None and own.feature in ("city", "admin2")
            and own.admin1 == hit.admin1 and _named_for_region(hit)):
        # "the Nuseirat area in central Gaza": a side of a city named for its region
        # is the region, and a town of its own in that region is that town.
        return None
    return hit if gap else None


def _named_for_region(town: GeoHit) -> bool:
    """A city that shares its name with its region ("Gaza" in the Gaza Strip)."""
    return town.admin1 is not None and fold_name(town.admin1.split()[0]) == fold_name(town.name)


def _elsewhere(own: GeoHit | None, town: GeoHit, far: bool = False) -> bool:
    """Whether a name said to lie in ``town`` resolved to nothing or to a namesake in
    another country: it is then a part of the town the gazetteer does not hold. (A
    namesake in the same country may be the place itself: "Kramatorsk in Donetsk".)
    ``far``: the town owns the name ("Kherson's Dniprovskyi district"), so a namesake
    in another region far from it is elsewhere too."""
    if own is None:
        return True
    if own.feature in ("country", "admin1", "continent", "region"):
        return False
    if own.country_code != town.country_code:
        return True
    apart = km_between((own.latitude, own.longitude), (town.latitude, town.longitude))
    return far and own.admin1 != town.admin1 and apart > NAMESAKE_KM


# A namesake this far from the town, in another region, is not a part of it.
NAMESAKE_KM = 60.0


_RIVER_AFTER = re.compile(r"\s+river\b", re.IGNORECASE)


def river_named(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, list[GeoHit]]:
    """ "the Dnipro river": a name followed by a lower-case "river" the recogniser left out
    is the river, not the town of that name. Gives the mention's new end and the river's
    hits, or ``(end, [])`` when the gazetteer knows no such river."""
    after = _RIVER_AFTER.match(text, end)
    if after is None:
        return end, []
    hits = [
        hit
        for hit in gazetteer.lookup(text[start : after.end()], fuzzy=False)
        if hit.feature == "region"
    ]
    return (after.end(), hits) if hits else (end, [])


# Last words of a feature name that also end towns' names ("Long Beach").
_TOWN_ENDINGS = frozenset({"Beach", "Park", "Heights", "Gardens", "Harbor", "Harbour", "Bridge"})


def feature_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Streets, squares, buildings ("Harbour Street"), unless the recogniser calls the whole
    name a person ("Nathan Lane") or it is a town's own name ("Long Beach")."""
    people = {e.end_char for e in doc.ents if e.label_ == "PERSON"}
    found: list[Mention] = []
    for feature in feature_spans(text):
        if feature.end in people or town_named(feature.name, gazetteer):
            continue
        if is_landmark(feature.name):  # "Downing Street", "Wembley Stadium": looked up
            found.append(Mention(feature.start, feature.end, "entity", feature.name))
            continue
        words = feature.name.split()
        if words[-1] in ("Embassy", "Consulate") and demonym_place(words[0]) is not None:
            continue  # "the Norwegian Embassy": the nationality is the place named
        if feature.name.rsplit(maxsplit=1)[-1] in _TOWN_ENDINGS:
            hits = gazetteer.lookup(feature.name, fuzzy=False)
            if hits and hits[0].feature == "city" and hits[0].population >= EMBEDDED_CITY:
                continue
        found.append(Mention(feature.start, feature.end, "feature", feature.name))
    return found
