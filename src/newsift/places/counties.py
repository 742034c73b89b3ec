"""A place written before its county or region, a comma between: "Croft, Yorkshire",
"New Quay, Ceredigion", "Knockhill, Fife".

The region settles which namesake is meant: the one lying near it, whatever the story's
countries say (Rockingham, Northamptonshire, not Rockingham, Western Australia). A place
with no namesake near the region, or one the gazetteer lacks, stands at the region
instead, which at least says where it is. The same name written again in the story
means the same place ("New Quay, Ceredigion ... the New Quay lifeboat").

First-level regions ("Paris, Texas", "Petrivka, Kharkiv Oblast") are left to
:func:`newsift.places.regions.within`; this covers the counties and the areas
below them that English news writes after a town.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.places.distance import km_between
from newsift.places.model import Mention

if TYPE_CHECKING:
    from newsift.places.gazetteer.lookup import Gazetteer, GeoHit

# A county is rarely more than this across: a namesake farther from its point is
# another place.
NEAR_KM = 100.0
_COMMA = re.compile(r"\s*,\s*")
_REGION_AFTER = re.compile(r"\s*,\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?![\w’'\-])")
_BESIDE_KINDS = frozenset({"entity", "word"})


def _county(hit: GeoHit | None) -> bool:
    """A region inside one country below its first level: a county, a curated area."""
    return hit is not None and hit.country_code is not None and hit.feature in ("admin2", "region")


def county_follows(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a county or a region of one country is written right after ``end``, a
    comma between ("Knockhill, Fife"): the name before it is a place."""
    match = _REGION_AFTER.match(text, end)
    if match is None:
        return False
    hits = gazetteer.lookup(match.group(1), fuzzy=False)
    return any(_county(hit) for hit in hits[:3])


def county_beside(
    index: int, mentions: list[Mention], chosen: list[GeoHit | None], text: str
) -> GeoHit | None:
    """The county the mention at ``index`` is written before, a comma between."""
    if index + 1 >= len(mentions):
        return None
    mention, following = mentions[index], mentions[index + 1]
    county = chosen[index + 1]
    if (
        mention.kind not in _BESIDE_KINDS
        or following.kind not in _BESIDE_KINDS
        or not _county(county)
        or not _COMMA.fullmatch(text[mention.end : following.start])
    ):
        return None
    return county


def _near(hit: GeoHit, county: GeoHit) -> bool:
    return km_between((hit.latitude, hit.longitude), (county.latitude, county.longitude)) <= (
        NEAR_KM
    )


def settle_in_county(
    hit: GeoHit | None, hits: list[GeoHit], county: GeoHit
) -> tuple[GeoHit | None, bool]:
    """The place meant by a name written before ``county``, and whether it is the
    namesake itself (True) or the county standing in for a place it lacks (False).

    A region or a country before the comma is one item of a list ("Kent, Surrey") and
    keeps its own point; so does a town already near the county."""
    if hit is not None and (hit.feature != "city" or _near(hit, county)):
        return hit, True
    nearby = [h for h in hits if h.feature == "city" and _near(h, county)]
    if nearby:
        return max(nearby, key=lambda h: h.population), True
    return county, False


def same_sense(
    mentions: list[Mention],
    first: list[list[GeoHit]],
    chosen: list[GeoHit | None],
    text: str,
) -> list[tuple[int, GeoHit, bool]]:
    """Each mention a county settles, and each other mention of the same written name
    whose own choice lies elsewhere: (index, the place, whether it is the namesake)."""
    settled: dict[int, tuple[GeoHit, bool]] = {}
    sense: dict[str, tuple[GeoHit, bool]] = {}
    for index, mention in enumerate(mentions):
        county = county_beside(index, mentions, chosen, text)
        if county is None:
            continue
        hit, own = settle_in_county(chosen[index], first[index], county)
        if hit is not None:
            settled[index] = (hit, own)
            sense.setdefault(text[mention.start : mention.end], (hit, own))
    for index, mention in enumerate(mentions):
        found = sense.get(text[mention.start : mention.end])
        if index in settled or found is None or mention.kind not in _BESIDE_KINDS:
            continue
        current = chosen[index]
        if current is None or (current.feature == "city" and not _near(current, found[0])):
            settled[index] = found
    return [(index, hit, own) for index, (hit, own) in sorted(settled.items())]
