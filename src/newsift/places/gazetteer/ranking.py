"""Ordering the entries a name matches: the story's countries first, then what the name
most likely means (a country before its namesake town, a city before its own province,
a town's own name before another place's former one, bigger before smaller).

Used by :class:`newsift.places.gazetteer.lookup.Gazetteer`; :func:`base_name` also
serves its region and district lookups.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from newsift.places.gazetteer.hit import Feature, GeoHit
from newsift.places.gazetteer.names import fold_name, normalize_name, similar

# Tie-breaks when a name is shared: a country beats its namesake town, an admin1 beats
# a small town (Hawaii, Donetsk Oblast is not "Donetsk" though: cities win on size), a
# sea or macro-region beats a hamlet ("Middle East", Maryland); a county competes with
# towns on size (Hampshire) but gives way to its own namesake town (Milan).
PROVINCE_FACTOR = 50  # a province this many times a namesake town's size wins
_FEATURE_RANK: dict[str, int] = {
    "country": 4, "continent": 3, "region": 3, "admin1": 2, "city": 1, "admin2": 1,
}  # fmt: skip

_SUFFIX_WORDS = re.compile(
    r"\s+(oblast|region|province|governorate|krai|kray|raion|rayon|district|county|"
    r"municipality|republic|state|urban raion)$"
)


_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _expand(key: str) -> str:
    return " ".join(_SHORT_WORDS.get(word, word) for word in key.split())


def spelling_of(key: str, official: str) -> int:
    """1 when an alternate name is a spelling or a short form of the place's own
    ("Kiev", "Odessa", "New York" for New York City), not "Florida" for Floridablanca."""
    key, official = _expand(key), _expand(normalize_name(official))
    if official.startswith(key + " "):
        return 1
    a, b = fold_name(key), fold_name(official)
    close = (
        a[:1] == b[:1]  # "Kobani" is no spelling of Mkoani
        and abs(len(a) - len(b)) <= 2
        and similar(a, b, 0.7)
    )
    return int(a == b or close)


def base_name(name: str) -> str:
    """A region's name without its kind word: "Kharkiv Oblast" -> "kharkiv"."""
    return _SUFFIX_WORDS.sub("", normalize_name(name)).strip()


def ranked(
    found: list[tuple[GeoHit, int]], codes: Sequence[str | None], features: Sequence[Feature]
) -> list[GeoHit]:
    """The hits of ``found`` (each with its match strength, see
    :meth:`Gazetteer._candidates`) of the kinds in ``features`` (all when empty), best
    first; ``codes`` are the preferred countries, in order."""
    # "Kherson" is the city, not Kherson Oblast; but "Iowa" is the state, not Iowa, LA.
    namesakes = {
        (fold_name(base_name(h.name)), h.name)
        for h, _ in found
        if h.feature == "admin1" and base_name(h.name) != normalize_name(h.name)
    }
    # A county or province gives way to its namesake town: Milan the city.
    towns = {(fold_name(h.name), h.admin1) for h, _ in found if h.feature == "city"}
    # But a province far bigger than a town elsewhere is what its name means:
    # Ontario the province, not Ontario, California.
    provinces = {
        fold_name(base_name(h.name)): (h.admin1, h.population)
        for h, _ in found
        if h.feature == "admin1"
    }

    # A region known by an alternate name ("Gedaref" for Al Qaḑārif, "Babylon" for
    # Babil) gives way to a town that answers to the name as well.
    town_strength = max((s for h, s in found if h.feature == "city"), default=-1)

    def gives_way(hit: GeoHit, strength: int) -> bool:
        regional = hit.feature in ("admin1", "admin2")
        return regional and 0 < strength <= min(town_strength, 2)

    def overshadowed(hit: GeoHit) -> bool:
        admin1, population = provinces.get(fold_name(hit.name), (None, 0))
        return admin1 != hit.admin1 and population >= PROVINCE_FACTOR * hit.population

    def rank(item: tuple[GeoHit, int]) -> tuple[float, ...]:
        hit, strength = item
        pref = len(codes) - codes.index(hit.country_code) if hit.country_code in codes else 0
        feature = _FEATURE_RANK[hit.feature]
        if hit.feature == "city" and (
            (hit.population >= 100_000 and strength >= 2 and not overshadowed(hit))
            or (hit.population >= 1_000_000 and strength == 1)  # Mecca, Calcutta
            or (fold_name(hit.name), hit.admin1) in namesakes
        ):
            feature = 3  # Kharkiv the city, not the oblast; New York, not the state
        if hit.feature == "admin2" and (fold_name(base_name(hit.name)), hit.admin1) in towns:
            feature = 0
        if gives_way(hit, strength):
            feature = 0
        size = math.log10(hit.population + 1)
        # A town's own name, or a spelling of it, counts like a tenfold population over
        # a romanisation variant ("Vinnitsa" is Vinnytsia, 370,000, not the Russian
        # village spelt that way) and over another place's former or foreign name
        # (Venice, Italy, not Dayton; but Calcutta is still Kolkata).
        bonus = (0, 0, 1, 1)[strength]
        return (pref, feature, math.floor(size) + bonus, strength, size)

    hits = [h for h in found if not features or h[0].feature in features]
    return [hit for hit, _ in sorted(hits, key=rank, reverse=True)]
