"""Regions around a place: the region phrases themselves ("Kharkiv region", "the
province of Idlib"), a village followed by its region ("Petrivka, Donetsk"), and what a
region written after a place does to it (:func:`within`): keep the namesake inside, or,
when the gazetteer holds none there, stand the place at that region (precision 3)
rather than at a namesake hundreds of kilometres away. Also the regions an article is
about (:func:`article_regions`), which settle namesakes within a country.

Ukrainian places get more help inside a named region: several namesakes there are
settled by :mod:`newsift.places.ua_namesakes`; a name found nowhere there is
retried under other spellings, a community's adjective ("Shalyhynska territorial
community") stands at its centre, and a city district ("Donetsk - Kuibyshivskyi") at its
city (:mod:`newsift.places.ua_spellings`)."""

from __future__ import annotations

import re
from dataclasses import replace

from newsift.dates.timex import MONTHS, WEEKDAYS
from newsift.places.cues import NAME_PATTERN, REGION_WORD, word_set
from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import (
    Gazetteer,
    GeoHit,
    demonym_place,
    fold_name,
    normalize_name,
)
from newsift.places.model import (
    BIG_CITY,
    PREFERENCE_FACTOR,
    UNKNOWN_POPULATION,
    Mention,
    own_named,
    same_name,
)
from newsift.places.namesakes import region_counts
from newsift.places.ua_namesakes import namesake_in_oblast
from newsift.places.ua_spellings import (
    COMMUNITY_AFTER,
    community_centres,
    district_city,
    spelling_variants,
)

_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_DISTRICT_WORD = r"(?:[Dd]istrict|[Rr]aion|[Rr]ayon)"
REGION_AFTER = re.compile(
    rf"\b(?P<name>{NAME_PATTERN})\s+(?P<kind>{REGION_WORD}|{_DISTRICT_WORD})\b"
)
# "Pechenihy, Kharkiv", "Pisky (Pokrovsk district, ...)", "Vesele in the Donetsk region".
QUALIFIED = re.compile(
    rf"\b(?P<town>{NAME_PATTERN})(?=(?:\s*,\s*|\s+\(\s*|\s+in\s+the\s+)(?P<region>{NAME_PATTERN})"
    rf"(?P<kind>\s+(?:{REGION_WORD}|{_DISTRICT_WORD}))?\b)"
)
REGION_OF = re.compile(
    rf"\b(?:the\s+)?(?:[a-z\-]+\s+)?(?P<kind>region|province|oblast|governorate|district|state)"
    # "the province of the capital, Kabul": the region of that city
    rf"\s+of\s+(?P<capital>the\s+capital,\s+)?(?P<name>{NAME_PATTERN})"
)


# Words that start a sentence or a title, not a place: "The region", "Its district".
_NOT_NAMES = word_set(
    "the this that a an its his her their our each every whole entire same "
    "border frontline front eastern western southern northern central"
)
# Namesake villages closer than this to the first one may be coded as it (precision 2).
SAME_PLACE_KM = 25.0
_REGION_SUFFIXES = frozenset({"oblast", "region", "province", "governorate", "krai", "kray"})


def region_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    for match in REGION_AFTER.finditer(text):
        name, start = match["name"], match.start()
        first = name.split()[0]
        possessive = first.endswith(("'s", "’s")) and first != name
        if first.casefold() in _NOT_NAMES or possessive:
            if first == name:
                continue
            # "The Sumy region", "Myanmar's Sagaing region": the name starts after the
            # capitalised article or the country's possessive.
            start += len(name) - len(name[len(first) :].lstrip())
            name = name[len(first) :].lstrip()
        if demonym_place(name) is not None:
            continue  # "the Syrian province of Idlib": the region is named after "of"
        kind = "district" if re.fullmatch(_DISTRICT_WORD, match["kind"]) else "admin1"
        found.append(Mention(start, match.end(), kind, name))
    for match in REGION_OF.finditer(text):
        # "the Kalininsky district of Donetsk" is a district of the city of Donetsk.
        kind = "entity" if match["kind"] == "district" else "admin1"
        # "the capital, Kabul" is one name of the region's city: the span holds both words.
        start = match.start("capital") if match["capital"] else match.start("name")
        found.append(Mention(start, match.end("name"), kind, match["name"]))
    return found


# The words ACLED and local news put before a village: "shelled near", "in the area of",
# "in the direction of", "fired at", "towards".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|from|to|towards?|around|outside|of|shelled|struck|hit|attacked|"
    r"captured|liberated|entered|seized|took)\s+(?:the\s+)?(?:(?:village|town|city|"
    r"settlement|outskirts|area|vicinity|direction)\s+of\s+)?$"
)


def qualified_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """A village and the region written after it, as ACLED and local news name places:
    "Pechenihy, Kharkiv", "Novoselivka, Donetsk region". The region word alone is the
    region ("Kharkiv" there is Kharkiv Oblast), and the village is a place even when the
    entity recogniser missed it; towns big enough to be listed ("Kyiv, Kharkiv") are not
    read this way."""
    found: list[Mention] = []
    for match in QUALIFIED.finditer(text):
        town, region = match["town"], match["region"]
        if town.split()[0].casefold() in _NOT_NAMES | _DATE_WORDS:
            continue
        district = match["kind"] is not None and re.search(_DISTRICT_WORD, match["kind"])
        outer = gazetteer.district(region) if district else gazetteer.admin1(region)
        if outer is None:
            continue
        hits = gazetteer.lookup(town)
        # "Oleksandrivka" is also an old name of Donetsk: weigh the towns called so now.
        hits = own_named(hits, town) or hits
        # A town the region holds, or any name after a locative word ("shelled near
        # Zolota Nyva, Donetsk"); but "Meanwhile, Kharkiv" names no village.
        held = any(h.admin1 == outer.admin1 for h in hits)
        if not held and not (district or _LOCATIVE_BEFORE.search(text, 0, match.start())):
            continue
        if hits and (hits[0].feature != "city" or hits[0].population >= BIG_CITY):
            continue
        found.append(Mention(match.start("town"), match.end("town"), "entity", town))
        if match["kind"] is None:
            found.append(Mention(match.start("region"), match.end("region"), "admin1", region))
    return found


def region_named(gazetteer: Gazetteer, name: str, countries: list[str]) -> GeoHit | None:
    """The region a "Kyiv region" or "Moscow oblast" names: the oblast, not the capital
    city that is a first-level unit of its own (Kyiv City) and shares the bare name."""
    stem = normalize_name(name)
    suffixed: list[GeoHit] = []
    for hit in gazetteer.lookup(name, countries, features=("admin1",), fuzzy=False)[:5]:
        official = normalize_name(hit.name)
        if official.startswith(stem + " ") and official.rsplit(" ", 1)[1] in _REGION_SUFFIXES:
            suffixed.append(hit)
    # The story's countries in their order: "Red Sea" in a story about Sudan is Sudan's
    # state, though Egypt's governorate carries the name with its unit word.
    for code in countries:
        own = [hit for hit in suffixed if hit.country_code == code]
        plain = own[0] if own else gazetteer.admin1(name, [code])
        if plain is not None and plain.country_code == code:
            return plain
    return suffixed[0] if suffixed else gazetteer.admin1(name, countries)


def article_regions(resolved: list[list[GeoHit]]) -> set[str]:
    """First-level regions the article is about: those it names ("Va.", "Kharkiv Oblast")
    and those of towns no namesake elsewhere competes with."""
    return set(region_counts(resolved))


def in_regions(hit: GeoHit, hits: list[GeoHit], regions: set[str]) -> GeoHit:
    """A town's namesake in a region the article names wins over one elsewhere in the
    same country unless that one is far bigger ("Allendale" in a New Jersey story)."""
    if hit.feature != "city" or hit.admin1 in regions:
        return hit
    for other in hits[:20]:
        if (
            other.feature == "city"
            and other.country_code == hit.country_code
            and other.admin1 in regions
            and same_name(other.name, hit.name)
            and max(other.population, UNKNOWN_POPULATION) * PREFERENCE_FACTOR >= hit.population
        ):
            return other
    return hit


# What may stand between a place and the region that qualifies it: "Vesele, Donetsk",
# "Vesele (Bakhmut district, Donetsk oblast)", "Vesele in the Donetsk region".
_QUALIFIER_GAP = re.compile(r"\s*(?:,|\()\s*(?:the\s+)?")
_REGION_GAP = re.compile(r"\s*(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?", re.IGNORECASE)


def _region_capital(hit: GeoHit) -> bool:
    """Donetsk the city, which ACLED and the wires write for Donetsk Oblast after a comma."""
    if hit.feature != "city" or not hit.admin1:
        return False
    words = hit.admin1.rsplit(" ", 1)
    base = words[0] if len(words) > 1 and words[1].casefold() in _REGION_SUFFIXES else hit.admin1
    return fold_name(base) == fold_name(hit.name)


# After "Petrivka, Kharkiv": more names of a list ("Kyiv, Kharkiv and Odesa") rather
# than the region a village lies in.
_LIST_GOES_ON = re.compile(
    r"\s*(?:(?:and|or)\s|,\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?\s*(?:,|and\b|or\b))"
)


def within(
    hits: list[GeoHit],
    index: int,
    mentions: list[Mention],
    first: list[list[GeoHit]],
    text: str,
    gazetteer: Gazetteer,
) -> list[GeoHit]:
    """Keep the namesakes inside the region named next: "Mykolaivka, Kherson Oblast",
    "Novoselivka, Donetsk", "Pisky (Pokrovsk district, Donetsk oblast)".

    A place the gazetteer holds nowhere inside its region is not its namesake elsewhere:
    the village is missing from the gazetteer, so it stands at the region instead
    (precision 3), which at least says where it is. A region phrase ("Donetsk region")
    always qualifies; a bare regional capital after a comma ("Petrivka, Kharkiv") does so
    unless the place is a big city or a list goes on ("Kyiv, Kharkiv and Odesa").
    """
    end = mentions[index].end
    community = COMMUNITY_AFTER.match(text, end)
    if not hits and community is not None:
        hits = _community_centre(gazetteer, mentions[index].lookup)
        end = community.end()
    city = district_city(mentions[index].lookup) if not hits else None
    if city is not None:
        # "Donetsk - Kuibyshivskyi": a district of a city, which stands at the city.
        hits = own_named(gazetteer.lookup(city, features=("city",)), city)
    for following, container in zip(
        mentions[index + 1 : index + 3], first[index + 1 : index + 3], strict=False
    ):
        region = following.kind in ("admin1", "district")
        gap = _REGION_GAP if region else _QUALIFIER_GAP
        if not gap.fullmatch(text[end : following.start]) or not container:
            return hits
        end = following.end
        admin1s = {
            h.admin1
            for h in container[:5]
            if h.feature in ("admin1", "admin2") or _region_capital(h)
        }
        countries = {h.country_code for h in container[:1] if h.feature == "country"}
        if admin1s:
            inside = [
                h for h in hits if h.admin1 in admin1s and h.feature not in ("admin1", "country")
            ]
            if (
                not inside
                and container[0].country_code == "UA"
                and mentions[index].kind in ("entity", "word")
                and not any(h.feature == "city" for h in hits)
            ):
                # A name found as no town at all may be another spelling of one.
                inside = _variant_inside(gazetteer, mentions[index].lookup, admin1s)
            if inside:
                inside = own_named(inside, mentions[index].lookup) or inside
                guess = namesake_in_oblast(inside, container[0], _context(index, first))
                if guess is not None:
                    return [guess]
                if not _scattered_villages(inside):
                    return inside
                # Nine Petrivkas in Kharkiv Oblast, none in GeoNames: any one of them
                # would be a guess dressed as a place, so the region it is.
                outer = _outer_region(gazetteer, container[0])
                return [outer] if outer is not None else inside
            if region and container[0].feature == "admin1":
                outer = _outer_region(gazetteer, container[0])
                return [outer] if outer is not None else container[:1]
            if region or any(h.population >= BIG_CITY for h in hits[:5]):
                return hits
            if _LIST_GOES_ON.match(text, end):
                return hits
            outer = _outer_region(gazetteer, container[0])
            return [outer] if outer is not None else hits
        if countries:
            return [h for h in hits if h.country_code in countries] or hits
    return hits


def _context(index: int, first: list[list[GeoHit]]) -> list[GeoHit]:
    """The other towns a text names that no namesake competes with, as clues to where
    an ambiguous one lies."""
    found: list[GeoHit] = []
    for other, hits in enumerate(first):
        if other == index or not hits or hits[0].feature != "city" or _region_capital(hits[0]):
            continue  # "Petrivka, Kharkiv": the capital's name stands for its region
        top = (hits[0].latitude, hits[0].longitude)
        if all(
            h.country_code != hits[0].country_code
            or km_between(top, (h.latitude, h.longitude)) <= SAME_PLACE_KM
            for h in hits[1:]
        ):
            found.append(hits[0])
    return found


def _community_centre(gazetteer: Gazetteer, name: str) -> list[GeoHit]:
    """The centre of a Ukrainian community written by its adjective ("Shalyhynska"),
    where ACLED codes it: a community is named after its centre town."""
    found: list[GeoHit] = []
    for centre in community_centres(name):
        found += [h for h in gazetteer.lookup(centre, ("UA",), ("city",)) if h.country_code == "UA"]
    return list(dict.fromkeys(found))


def _variant_inside(gazetteer: Gazetteer, name: str, admin1s: set[str | None]) -> list[GeoHit]:
    """The region's places under another spelling of a Ukrainian name ("Klischiivka")."""
    for variant in spelling_variants(name):
        found = [
            h
            for h in gazetteer.lookup(variant, ("UA",), ("city",))
            if h.admin1 in admin1s
            and h.country_code == "UA"
            and fold_name(h.name) == fold_name(variant)
        ]
        if found:
            return found
    return []


def _scattered_villages(hits: list[GeoHit]) -> bool:
    """Several codifier villages (no GeoNames id) of one name, too far apart to be one
    place near enough (:data:`SAME_PLACE_KM`)."""
    villages = [h for h in hits if h.geonameid is None and h.feature == "city"]
    if len(villages) < 2 or len(villages) < len(hits):
        return False
    first = (villages[0].latitude, villages[0].longitude)
    return any(km_between(first, (v.latitude, v.longitude)) > SAME_PLACE_KM for v in villages)


def _outer_region(gazetteer: Gazetteer, hit: GeoHit) -> GeoHit | None:
    """The first-level region a qualifying name stands for ("Kharkiv" the oblast), at
    its capital's point: ACLED codes a place known only by its region (precision 3) at
    the regional capital, and it is a point people and events are actually near."""
    capital: GeoHit | None = hit if _region_capital(hit) else None
    if hit.feature == "admin1":
        stem = hit.name.rsplit(" ", 1)
        base = stem[0] if len(stem) > 1 and stem[1].casefold() in _REGION_SUFFIXES else hit.name
        towns = gazetteer.lookup(base, (hit.country_code or "",), ("city",), fuzzy=False)
        capital = next(
            (t for t in towns[:5] if t.admin1 == hit.admin1 and _region_capital(t)), None
        )
        region: GeoHit | None = hit
    elif capital is not None and hit.admin1 is not None:
        found = gazetteer.lookup(hit.admin1, (hit.country_code or "",), ("admin1",), fuzzy=False)
        region = found[0] if found else None
    else:
        return None
    if region is None or capital is None:
        return region
    return replace(region, latitude=capital.latitude, longitude=capital.longitude)
