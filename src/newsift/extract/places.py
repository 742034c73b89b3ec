"""Stage `places`: every place mention in the body, resolved against the gazetteer.

Mentions are found by :mod:`newsift.extract.place_mentions`. A demonym ("Russian") is
a mention of its country and resolves to it; until the model marks such entries, tell
them by :func:`newsift.gazetteer.demonym_place` on the name (an event never sits there).
A region written after a place ("Petrivka, Donetsk", "Pisky (Pokrovsk district, Donetsk
oblast)") keeps the namesake inside it (:func:`_within`).

Reading the result: :func:`geo_precision` gives ACLED's precision for a Place: 1 a town,
2 a district or a village placed at its community's point (no GeoNames id), 3 a region
or larger (a Place whose ``resolved`` equals its ``admin1``).

Ambiguous names are settled by the article: countries it names, and the countries of its
unambiguous mentions, are preferred over same-named places elsewhere unless those are
far bigger (Berlin, Germany, not Berlin, New Hampshire, in a US story); a country that
dominates the story wins more strongly still (:func:`_choose`, :func:`_at_home`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Literal

from newsift.extract.place_mentions import (
    BIG_CITY,
    BIG_NAMESAKE,
    EMBEDDED_CITY,
    GENERIC,
    MIN_CITY_POPULATION,
    MISLABELLED_CITY,
    TRAILING_WORDS,
    Mention,
    cued,
    find_mentions,
    same_name,
)
from newsift.gazetteer import Feature, Gazetteer, GeoHit, fold_name, normalize_name
from newsift.model import Place

if TYPE_CHECKING:
    from newsift.article import Article
    from newsift.pipeline import Resources

_DEMONYM_FEATURES: tuple[Feature, ...] = ("country", "continent", "admin1")
# A town in the article's country wins over a namesake up to this many times bigger.
PREFERENCE_FACTOR = 20
# Countries named at least this share of the most-named one's mentions are preferred.
PREFERENCE_SHARE = 0.3
# A country holding this share of those mentions dominates: its towns win far more.
DOMINANT_SHARE = 0.5
DOMINANT_MENTIONS = 2
DOMINANT_FACTOR = 100
UNKNOWN_POPULATION = 1_000  # GeoNames gives many villages population 0
UNAMBIGUOUS_FACTOR = 10  # a town this many times bigger than its namesakes is meant

_DISTRICT_END = ("district", "raion", "rayon", "county", "municipality")


def geo_precision(place: Place) -> Literal[1, 2, 3] | None:
    """ACLED geo_precision of a resolved Place: 1 town, 2 district, 3 region or larger."""
    if place.resolved is None:
        return None
    if place.country is None or place.resolved in (place.admin1, place.country):
        return 3
    if place.resolved.casefold().endswith(_DISTRICT_END) or place.name.casefold().endswith(
        _DISTRICT_END
    ):
        return 2
    if place.geonameid is None:
        # A village GeoNames lacks, placed at its community's point (see
        # newsift.ukraine_settlements): ACLED's "near a known place".
        return 2
    return 1


def _choose(hits: list[GeoHit], preferred: set[str], dominant: str | None) -> GeoHit | None:
    """The gazetteer's first choice, unless a comparable place lies in a preferred country.

    In the country an article is mostly about, a hamlet GeoNames gives no population
    (Madaya, Syria) still beats a town abroad; only a far bigger or a world city wins.
    """
    if not hits:
        return None
    top = hits[0]
    if not preferred or top.country_code in preferred:
        return top
    for hit in hits[1:20]:
        home = hit.country_code == dominant and top.population < BIG_NAMESAKE
        factor = DOMINANT_FACTOR if home else PREFERENCE_FACTOR
        size = max(hit.population, UNKNOWN_POPULATION)
        if hit.country_code in preferred and (
            hit.feature != "city" or size * factor >= top.population
        ):
            return hit
    return top


def _core_name_hits(gazetteer: Gazetteer, name: str) -> list[GeoHit]:
    """ "Republic of Armenia", "Birmingham City", "Mississippi State": the place inside."""
    words = name.split()
    cores = [name.rsplit(" of ", 1)[1]] if " of " in name else []
    if len(words) > 1 and words[-1].casefold() in TRAILING_WORDS:
        cores.append(" ".join(words[:-1]))
    for core in cores:
        hits = gazetteer.lookup(core)
        if hits and (
            hits[0].feature != "city"
            or (hits[0].population >= EMBEDDED_CITY and same_name(hits[0].name, core))
        ):
            return hits
    return []


def _hits(gazetteer: Gazetteer, mention: Mention, countries: list[str]) -> list[GeoHit]:
    if mention.kind == "demonym":
        return gazetteer.lookup(mention.lookup, features=_DEMONYM_FEATURES, fuzzy=False)[:1]
    if normalize_name(mention.lookup) in GENERIC:
        return []
    if mention.kind == "admin1":
        region = gazetteer.admin1(mention.lookup, countries)
        return [region] if region else gazetteer.lookup(mention.lookup, countries)
    if mention.kind == "district":
        district = gazetteer.district(mention.lookup, countries)
        return [district] if district else []
    hits = gazetteer.lookup(mention.lookup, fuzzy=mention.kind in ("entity", "word"))
    if not hits and mention.kind == "entity":
        hits = _core_name_hits(gazetteer, mention.lookup)
    if mention.lookup.isupper() and len(mention.lookup) <= 5:
        # "BAE", "CIA", "NATO": acronyms name countries or unions, never a town.
        hits = [h for h in hits if h.feature in ("country", "continent", "admin1")]
    if mention.after_the:
        # "the Middle East" is no Baltimore neighbourhood, "the White House" no Casablanca.
        hits = [h for h in hits if h.feature != "city" or h.population >= BIG_CITY]
        if (
            hits
            and hits[0].feature == "city"
            and normalize_name(hits[0].name) != normalize_name(mention.lookup)
        ):
            hits = []
    return hits


def _article_countries(resolved: list[list[GeoHit]]) -> Counter[str]:
    """Countries the article is about: those it names, and those of unambiguous mentions."""
    counts: Counter[str] = Counter()
    for hits in resolved:
        if not hits or hits[0].country_code is None:
            continue
        top, code = hits[0], hits[0].country_code
        rivals = [h for h in hits[1:] if h.country_code != code]
        if (
            top.feature == "country"
            or not rivals
            # A namesake GeoNames gives no population is still a namesake (Madaya).
            or top.population
            >= UNAMBIGUOUS_FACTOR * max(max(h.population, UNKNOWN_POPULATION) for h in rivals)
        ):
            counts[code] += 1
    return counts


def _stray(hit: GeoHit, preferred: set[str]) -> bool:
    """A small town or a region abroad, in a story about elsewhere, named without any
    locative cue: more likely a word that happens to be a place ("God", "Nord")."""
    if not preferred or hit.country_code in preferred or hit.feature in ("country", "continent"):
        return False
    return hit.feature != "city" or hit.population < MIN_CITY_POPULATION


# What may stand between a place and the region that qualifies it: "Vesele, Donetsk",
# "Vesele (Bakhmut district, Donetsk oblast)", "Vesele in the Donetsk region".
_QUALIFIER_GAP = re.compile(r"\s*(?:,|\()\s*(?:the\s+)?")
_REGION_GAP = re.compile(r"\s*(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?", re.IGNORECASE)


def _region_capital(hit: GeoHit) -> bool:
    """Donetsk the city, which ACLED and the wires write for Donetsk Oblast after a comma."""
    if hit.feature != "city" or not hit.admin1:
        return False
    return fold_name(hit.admin1.removesuffix(" Oblast")) == fold_name(hit.name)


def _within(
    hits: list[GeoHit], index: int, mentions: list[Mention], first: list[list[GeoHit]], text: str
) -> list[GeoHit]:
    """Keep the namesakes inside the region named next: "Mykolaivka, Kherson Oblast",
    "Novoselivka, Donetsk", "Pisky (Pokrovsk district, Donetsk oblast)".

    A region phrase ("Donetsk region") that finds no namesake inside it leaves the name
    unresolved: the village is missing from the gazetteer, and a namesake in another
    region is surely wrong. A bare town after a comma may only be the next item of a
    list ("Kyiv, Kharkiv"), so it narrows the choice but never empties it.
    """
    end = mentions[index].end
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
            strict = region and container[0].feature == "admin1"
            return inside if inside or strict else hits
        if countries:
            return [h for h in hits if h.country_code in countries] or hits
    return hits


def _at_home(
    gazetteer: Gazetteer, mention: Mention, hit: GeoHit, preferred: set[str], dominant: str | None
) -> GeoHit | None:
    """In a story mostly about one country, a town abroad gives way to a namesake at home
    that the exact lookup missed ("Madaya" is also Maḑāyā, Syria), and a hamlet abroad in
    no country the story names is dropped ("Arab", Alabama, in a story about Syria)."""
    if dominant is None or hit.country_code in preferred or hit.feature != "city":
        return hit
    if hit.population < BIG_NAMESAKE:
        for home in gazetteer.lookup(mention.lookup, (dominant,))[:5]:
            if home.country_code == dominant and fold_name(home.name) == fold_name(mention.lookup):
                return home
    return None if hit.population < MISLABELLED_CITY else hit


def find_places(article: Article, resources: Resources) -> list[Place]:
    if article.document is None or article.doc is None:
        return []
    text = article.document.text
    gazetteer = resources.gazetteer
    mentions = find_mentions(article.doc, text, gazetteer)

    first = [_hits(gazetteer, m, []) for m in mentions]
    # "Russian forces" in a story about Ukraine says little about where things are.
    counts = _article_countries(
        [h for h, m in zip(first, mentions, strict=True) if m.kind != "demonym"]
    )
    floor = PREFERENCE_SHARE * max(counts.values(), default=0)
    order = [code for code, n in counts.most_common() if n >= floor]
    preferred = set(order)
    total = sum(counts.values())
    lead = counts[order[0]] if order else 0
    dominant = order[0] if lead >= DOMINANT_MENTIONS and lead > DOMINANT_SHARE * total else None
    places: list[Place] = []
    for index, (mention, hits) in enumerate(zip(mentions, first, strict=True)):
        if mention.kind in ("admin1", "district") and order:
            hits = _hits(gazetteer, mention, order)
        narrowed = hits
        if mention.kind != "demonym":
            narrowed = _within(hits, index, mentions, first, text)
        hit = _choose(narrowed, preferred, dominant)
        if hit is not None and mention.kind != "demonym" and narrowed is hits:
            hit = _at_home(gazetteer, mention, hit, preferred, dominant)
        if (
            hit is not None
            and mention.kind != "demonym"
            and _stray(hit, preferred)
            and not cued(article.doc, mention.start, mention.end)
        ):
            hit = None
        place = Place(
            text[mention.start : mention.end],
            mention.start,
            mention.end,
            kind="demonym" if mention.kind == "demonym" else None,
        )
        if hit is not None:
            place.resolved, place.admin1, place.country = hit.name, hit.admin1, hit.country
            place.latitude, place.longitude = hit.latitude, hit.longitude
            place.geonameid = hit.geonameid
        places.append(place)
    return places
