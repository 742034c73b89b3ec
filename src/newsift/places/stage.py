"""Stage `places`: every place mention in the body, resolved against the gazetteer.

Mentions are found by :mod:`newsift.places.mentions`. A demonym ("Russian") is
a mention of its country and resolves to it (``kind`` "demonym"; an event never sits
there). A region written after a place ("Petrivka, Donetsk", "Pisky (Pokrovsk district,
Donetsk oblast)") keeps the namesake inside it; a place it holds no namesake of stands
at that region instead (:func:`newsift.places.regions.within`). A local feature
("Harbour Street", "the Lower Quarter") and a neighbourhood written as part of a town
("the Shahba neighbourhood of Aleppo") stand at that town
(:mod:`newsift.places.features`).

A place written before its county ("Croft, Yorkshire") is the namesake near that county,
else the county itself, and so is the same name written again
(:mod:`newsift.places.counties`). Landmarks ("the White House", "Heathrow") are
gazetteer entries of their own (:mod:`newsift.places.gazetteer.landmarks`) that say nothing of
which country a story is about.

A name the gazetteer lacks stays unresolved, even where the story's town is a good
guess: the recogniser's unknown "places" are as often groups ("Daesh"), and a guessed
point would read as a found one.

Reading the result: :func:`geo_precision` gives ACLED's precision for a Place: 1 a town,
2 a district, a local feature placed at its town, or a village placed at its community's
point or at its district's seat (no GeoNames id); 3 a region or larger (a Place whose
``resolved`` equals its ``admin1``). A Place carries its ``admin1`` and ``admin2`` names.

A place written with its district and region in brackets ("Umtajok (Kereneik, West
Darfur)") is settled by them (:mod:`newsift.places.brackets`).

Ambiguous names are settled by the article: countries it names, and the countries of its
unambiguous mentions, are preferred over same-named places elsewhere unless those are
far bigger (Berlin, Germany, not Berlin, New Hampshire, in a US story) or a big
national capital (Washington in a story about Britain and Russia); a country that
dominates the story wins more strongly still (:func:`_choose`, :func:`_at_home`); within
a country, the regions the story names or places unambiguously win the same way
(:func:`newsift.places.regions.in_regions`). Last, every other place the story resolved
counts: a name settled once by its own words is settled where it is written bare, and
a small town the recogniser took for a person lies near them
(:mod:`newsift.places.nearby`).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Literal

from newsift.model import Place
from newsift.places.anchored import near_anchor
from newsift.places.brackets import resolve_bracketed
from newsift.places.counties import same_sense
from newsift.places.cues import GENERIC
from newsift.places.features import Home, anchor_of, is_feature_name, part_of
from newsift.places.gazetteer.landmarks import is_landmark
from newsift.places.gazetteer.lookup import Feature, Gazetteer, GeoHit, fold_name, normalize_name
from newsift.places.mentions import TRAILING_WORDS, cued, find_mentions
from newsift.places.model import (
    BIG_CAPITAL,
    BIG_CITY,
    BIG_NAMESAKE,
    DOMINANT_FACTOR,
    DOMINANT_MENTIONS,
    DOMINANT_SHARE,
    EMBEDDED_CITY,
    MIN_CITY_POPULATION,
    MISLABELLED_CITY,
    PREFERENCE_FACTOR,
    PREFERENCE_SHARE,
    UNAMBIGUOUS_FACTOR,
    UNKNOWN_POPULATION,
    Mention,
    own_name_first,
    same_name,
)
from newsift.places.namesakes import county_in_region, region_counts, region_namesake
from newsift.places.nearby import nearby_mentions, one_sense
from newsift.places.regions import article_regions, in_regions, region_named, within
from newsift.places.second_look import second_look
from newsift.places.states import expand_state

if TYPE_CHECKING:
    from newsift.article import Article
    from newsift.resources import Resources

_DEMONYM_FEATURES: tuple[Feature, ...] = ("country", "continent", "admin1", "region")
_DISTRICT_END = ("district", "raion", "rayon", "county", "municipality")
_SETTLEMENT_WORDS = frozenset({"village", "town", "settlement", "hamlet"})


def geo_precision(place: Place) -> Literal[1, 2, 3] | None:
    """ACLED geo_precision of a resolved Place: 1 town, 2 district, 3 region or larger."""
    if place.resolved is None:
        return None
    if place.country is None or place.resolved in (place.admin1, place.country):
        return 3
    if place.admin1 is None and not is_landmark(place.resolved):
        return 3  # a sea, a river or a macro-region of one country: "Darfur", "Donbas"
    if (
        place.resolved.casefold().endswith(_DISTRICT_END)
        or place.name.casefold().endswith(_DISTRICT_END)
        or (place.resolved != place.name and is_feature_name(place.name))
    ):
        return 2
    if place.geonameid is None:
        # A village GeoNames lacks, placed at its community's point (see
        # newsift.places.gazetteer.ukraine_settlements): ACLED's "near a known place".
        return 2
    return 1


def _choose(
    hits: list[GeoHit], preferred: set[str], dominant: str | None, capital: bool = False
) -> GeoHit | None:
    """The gazetteer's first choice, unless a comparable place lies in a preferred country.

    In the country an article is mostly about, a hamlet GeoNames gives no population
    (Madaya, Syria) still beats a town abroad; only a far bigger or a world city wins.
    A national capital (``capital``) gives way only to a namesake in that country
    ("Russian envoys leave Washington" in a story about Britain and Russia).
    """
    if not hits:
        return None
    top = hits[0]
    if not preferred or top.country_code in preferred:
        return top
    for hit in hits[1:20]:
        if capital and hit.country_code != dominant:
            continue
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
    if mention.kind == "feature":
        return []  # placed at its town once the towns are known (:func:`anchor_of`)
    if mention.kind == "demonym":
        return gazetteer.lookup(mention.lookup, features=_DEMONYM_FEATURES, fuzzy=False)[:1]
    if normalize_name(mention.lookup) in GENERIC:
        return []
    if mention.kind == "admin1":
        region = region_named(gazetteer, mention.lookup, countries)
        return [region] if region else gazetteer.lookup(mention.lookup, countries)
    if mention.kind == "district":
        district = gazetteer.district(mention.lookup, countries)
        return [district] if district else []
    state = expand_state(mention.lookup)
    if state is not None:  # "Gainesville, Va."
        return gazetteer.lookup(state, features=("admin1",)) or gazetteer.lookup(state)
    hits = gazetteer.lookup(mention.lookup, fuzzy=mention.kind in ("entity", "word"))
    if hits and is_landmark(hits[0].name):
        # "The White House" is also Casablanca's meaning; a town of the same name stays
        # (after the landmark: "Heathrow" alone is the airport, not Heathrow, Florida).
        return [h for h in hits if h is hits[0] or same_name(h.name, mention.lookup)]
    hits = own_name_first(hits, mention.lookup)
    if not hits and mention.kind == "entity":
        hits = _core_name_hits(gazetteer, mention.lookup)
    words = mention.lookup.split()
    if not hits and len(words) > 1 and words[-1].casefold() in _SETTLEMENT_WORDS:
        hits = gazetteer.lookup(" ".join(words[:-1]))  # "Klymentove village"
    if mention.lookup.isupper() and len(mention.lookup) <= 5:
        # "BAE", "CIA", "NATO": acronyms name countries or unions, never a town.
        hits = [h for h in hits if h.feature in ("country", "continent", "admin1", "region")]
    if mention.after_the:
        # "the Middle East" is no Baltimore neighbourhood, "the White House" no Casablanca.
        if not mention.before_noun:
            hits = [h for h in hits if h.feature != "city" or h.population >= BIG_CITY]
        if hits and hits[0].feature == "city" and not same_name(hits[0].name, mention.lookup):
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
    if not preferred or hit.country_code in preferred or hit.feature in (
        "country", "continent", "region"
    ):
        return False
    return hit.feature != "city" or hit.population < MIN_CITY_POPULATION


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
    # "Russian forces" in a story about Ukraine says little about where things are, and
    # "the White House said" little about where a story is.
    named = [
        [] if m.repeat or (hits and is_landmark(hits[0].name)) else hits
        for hits, m in zip(first, mentions, strict=True)
        if m.kind != "demonym"
    ]
    counts = _article_countries(named)
    floor = PREFERENCE_SHARE * max(counts.values(), default=0)
    order = [code for code, n in counts.most_common() if n >= floor]
    preferred = set(order)
    total = sum(counts.values())
    lead = counts[order[0]] if order else 0
    dominant = order[0] if lead >= DOMINANT_MENTIONS and lead > DOMINANT_SHARE * total else None
    regions = article_regions(named)
    per_region = region_counts(named)
    places: list[Place] = []
    chosen: list[GeoHit | None] = []
    free: list[bool] = []  # nothing written beside the mention settled it
    for index, (mention, hits) in enumerate(zip(mentions, first, strict=True)):
        if mention.kind in ("admin1", "district") and order:
            hits = _hits(gazetteer, mention, order)
        narrowed = hits
        if mention.kind != "demonym":
            narrowed = within(hits, index, mentions, first, text, gazetteer)
            narrowed = near_anchor(narrowed, index, mentions, first, text)
            if hits and hits[0].feature == "country" and narrowed and narrowed[0].feature == "city":
                narrowed = hits  # "Mexico, US and Canada": a list of countries, no town
        capital = bool(narrowed) and narrowed[0].population >= BIG_CAPITAL
        capital = capital and gazetteer.is_capital(narrowed[0])
        hit = _choose(narrowed, preferred, dominant, capital)
        if hit is not None and mention.kind != "demonym" and narrowed is hits:
            hit = _at_home(gazetteer, mention, hit, preferred, dominant)
            if hit is not None:
                hit = in_regions(hit, hits, regions)
                before = _town_before(index, mentions, chosen, text)
                listed = _after_region(index, mentions, chosen, text)
                hit = region_namesake(hit, hits, per_region, before, listed)
                hit = county_in_region(hit, hits, per_region)
        if (
            hit is not None
            and mention.kind != "demonym"
            and _stray(hit, preferred)
            and not cued(article.doc, mention.start, mention.end)
        ):
            hit = None
        own_id = True
        bracket = resolve_bracketed(mention, gazetteer, order)
        if bracket is not None and (
            bracket.exact
            or hit is None
            or hit.feature != "city"
            or hit.admin1 != bracket.hit.admin1
        ):
            hit, own_id = bracket.hit, bracket.exact
        free.append(bracket is None and narrowed is hits and mention.kind != "demonym")
        place = Place(
            text[mention.start : mention.end],
            mention.start,
            mention.end,
            kind="demonym" if mention.kind == "demonym" else ("repeat" if mention.repeat else None),
        )
        _resolve(place, hit, geonameid=own_id)
        places.append(place)
        chosen.append(hit)
    for index, hit, own in same_sense(mentions, first, chosen, text):
        chosen[index], free[index] = hit, False
        _resolve(places[index], hit, geonameid=own)
    counted = [None if m.repeat else h for h, m in zip(chosen, mentions, strict=True)]
    home = Home(order[0] if order else None, _main_region(counted) or _first_key(per_region))
    for index, mention in enumerate(mentions):
        if mention.kind == "feature":
            # The town, not the street: no geonameid, and geo_precision says 2.
            anchor = anchor_of(index, places, chosen, text, home, counted)
            _resolve(places[index], anchor, geonameid=False)
        elif mention.kind in ("entity", "word", "district"):
            town = part_of(index, places, chosen, text)
            if town is not None:
                _resolve(places[index], town, geonameid=False)
    settled = {(p.start, p.end) for p, own in zip(places, free, strict=True) if not own}
    places = second_look(article, gazetteer, places)
    held = {i for i, p in enumerate(places) if (p.start, p.end) in settled}
    for index, source in one_sense(places, held):
        _take_place(places[index], places[source])
        held.add(index)
    extra = nearby_mentions(article.doc, places, gazetteer)
    return sorted([*places, *extra], key=lambda p: p.start) if extra else places


def _take_place(place: Place, source: Place) -> None:
    """Resolve ``place`` as ``source`` is: the same name, settled elsewhere in the story."""
    place.resolved, place.admin1, place.country = source.resolved, source.admin1, source.country
    place.admin2, place.geonameid = source.admin2, source.geonameid
    place.latitude, place.longitude = source.latitude, source.longitude


def _first_key(counts: Counter[str]) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


def _main_region(chosen: list[GeoHit | None]) -> str | None:
    """The first-level region the article's places lie in most, as resolved: an
    ambiguous "Gainesville" counts where the story placed it ("Gainesville, Va.")."""
    counts = Counter(
        h.admin1 for h in chosen if h is not None and h.admin1 and h.feature != "country"
    )
    return _first_key(counts)


def _town_before(
    index: int, mentions: list[Mention], chosen: list[GeoHit | None], text: str
) -> GeoHit | None:
    """The town written just before, a comma between: "Tacoma" in "Tacoma, Washington"."""
    if index == 0 or chosen[index - 1] is None:
        return None
    gap = text[mentions[index - 1].end : mentions[index].start]
    return chosen[index - 1] if gap.strip() == "," else None


def _after_region(
    index: int, mentions: list[Mention], chosen: list[GeoHit | None], text: str
) -> bool:
    """Whether a region's name comes just before in a list: "California or Washington"."""
    previous = chosen[index - 1] if index > 0 else None
    if previous is None or previous.feature != "admin1":
        return False
    gap = text[mentions[index - 1].end : mentions[index].start]
    return gap.strip() in ("or", "and", "&", ",")


def _resolve(place: Place, hit: GeoHit | None, geonameid: bool = True) -> None:
    if hit is None:
        return
    place.resolved, place.admin1, place.country = hit.name, hit.admin1, hit.country
    place.admin2 = hit.admin2
    place.latitude, place.longitude = hit.latitude, hit.longitude
    place.geonameid = hit.geonameid if geonameid else None
