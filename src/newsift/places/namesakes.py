"""A city and the region that shares its name: "Washington" is the capital in a story
about Congress but the state in one about Seattle and Tacoma; "New York" the state in
one about Albany and Buffalo.

The gazetteer ranks the bigger-known city first. The region wins when the place is
written right after a town that lies in it ("Tacoma, Washington"), or when the
article's unambiguous places lie in that region at least twice and more often than in
the city's own region (:func:`region_counts`). Of same-named counties, the one in the
region the article's places lie in most wins (:func:`county_in_region`).
"""

from __future__ import annotations

from collections import Counter

from newsift.places.gazetteer.lookup import GeoHit, fold_name
from newsift.places.model import UNAMBIGUOUS_FACTOR, UNKNOWN_POPULATION

# How many of the article's places must lie in the region before its name means it.
MIN_REGION_MENTIONS = 2
_REGION_WORDS = ("state", "province", "region", "oblast", "governorate")


def region_counts(resolved: list[list[GeoHit]]) -> Counter[str]:
    """How many mentions name a first-level region or a town that no namesake in
    another region competes with, per region."""
    counts: Counter[str] = Counter()
    for hits in resolved:
        top = hits[0] if hits else None
        if top is None or top.admin1 is None or top.feature not in ("city", "admin1"):
            continue
        rivals = [h for h in hits[1:] if h.admin1 != top.admin1]
        if (
            top.feature == "admin1"
            or not rivals
            or top.population
            >= UNAMBIGUOUS_FACTOR * max(max(h.population, UNKNOWN_POPULATION) for h in rivals)
        ):
            counts[top.admin1] += 1
    return counts


def _base(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _REGION_WORDS:
        words = words[:-1]
    return fold_name(" ".join(words))


def region_namesake(
    hit: GeoHit,
    hits: list[GeoHit],
    counts: Counter[str],
    after_town: GeoHit | None,
    listed: bool = False,
) -> GeoHit:
    """The region called like the chosen city, when the article is about that region.

    ``after_town`` is the place written just before, separated by a comma; ``listed``
    says the name follows a region in a list ("California or Washington")."""
    if hit.feature != "city":
        return hit
    for other in hits[:10]:
        if (
            other.feature != "admin1"
            or other.country_code != hit.country_code
            or other.admin1 == hit.admin1
            or _base(other.name) != fold_name(hit.name)
        ):
            continue
        if listed or (after_town is not None and after_town.admin1 == other.admin1):
            return other
        region = counts[other.admin1 or ""]
        if region >= MIN_REGION_MENTIONS and region > counts[hit.admin1 or ""]:
            return other
    return hit


def county_in_region(hit: GeoHit, hits: list[GeoHit], counts: Counter[str]) -> GeoHit:
    """Of same-named counties ("Pike County" is in ten states), the one in the region
    the article's places lie in most ("Daviess County ... Pike County" in Kentucky)."""
    if hit.feature != "admin2":
        return hit
    rivals = [
        h
        for h in hits[:20]
        if h.feature == "admin2" and h.country_code == hit.country_code and h.name == hit.name
    ]
    best = max(rivals, key=lambda h: counts[h.admin1 or ""], default=hit)
    return best if counts[best.admin1 or ""] > counts[hit.admin1 or ""] else hit
