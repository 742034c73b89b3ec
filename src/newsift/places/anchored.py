"""Places told by their distance from a better-known one: "Dorovka, 40km south of Bakhmut",
"the village of Hale, about 12 miles north-west of Lisburn"; or as lying in a city's
countryside: "Talbiseh in the Homs countryside", "Arbin, in the countryside of Damascus".

News places a small town for readers by its distance from a city they know. Of the
town's namesakes, the one about that far from the city is meant: a namesake hundreds of
kilometres away cannot be "40km south" of it. Distances are rounded and by road, so the
namesake may lie up to :data:`SLACK_FACTOR` times the stated distance away (plus
:data:`SLACK_KM` for short ones).

Syrian and other Arab news place a village in "the countryside" of the city its
province is named after (Damascus's is the governorate around it, Rif Dimashq). Only a
namesake in the city's first-level region or within :data:`COUNTRYSIDE_KM` of it can be
meant; where the gazetteer holds none, the village stays unresolved rather than taking
a namesake in another province or abroad.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.places.distance import km_between

if TYPE_CHECKING:
    from newsift.places.gazetteer.lookup import GeoHit
    from newsift.places.model import Mention

SLACK_FACTOR = 2.0
SLACK_KM = 30.0
COUNTRYSIDE_KM = 80.0
KM_PER_MILE = 1.609

# What lies between the place and the city it is measured from: ", about 40km south of",
# " (25 miles north-east of", ", 30 kilometres from the city of".
_DISTANCE = re.compile(
    r"\s*[,(–—-]?\s*(?:some|about|around|roughly|nearly|almost|just|approximately|"
    r"less than|more than|over|under|only)?\s*"
    r"(?P<amount>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>km|kms|kilomet(?:re|er)s?|miles?)\b"
    r"(?:\s*\([^)]{1,20}\))?\s*"
    r"(?:(?:to the\s+)?(?:north|south|east|west)(?:\s*-?\s*(?:east|west))?(?:ern)?\s+)?"
    r"(?:of|from|outside)\s+(?:the\s+(?:(?:regional|provincial)\s+)?"
    r"(?:city|town|capital|village|port)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)


def stated_distance(text: str, start: int, end: int) -> float | None:
    """The km between the place ending at ``start`` and the one starting at ``end``,
    where the text between them states it; else None."""
    match = _DISTANCE.fullmatch(text, start, end)
    if match is None:
        return None
    amount = float(match["amount"])
    return amount * KM_PER_MILE if match["unit"].lower().startswith("mile") else amount


# "X in the Homs countryside", "X, in the countryside of Homs", "X on the outskirts of Homs".
_COUNTRYSIDE_BEFORE = re.compile(
    r"\s*,?\s*(?:in|of|on)\s+(?:the\s+)?(?:(?:countryside|outskirts|suburbs)\s+of\s+)?",
    re.IGNORECASE,
)
_COUNTRYSIDE_WORDS = re.compile(r"countryside|outskirts|suburbs", re.IGNORECASE)
_COUNTRYSIDE_AFTER = re.compile(r"(?:['’]s)?\s+(?:countryside|outskirts|suburbs)\b", re.IGNORECASE)


def in_countryside(text: str, place_end: int, city_start: int, city_end: int) -> bool:
    """Whether the text between a place and the city named next puts the place in that
    city's countryside ("in the Homs countryside", ", in the countryside of Homs")."""
    gap = _COUNTRYSIDE_BEFORE.fullmatch(text, place_end, city_start)
    if gap is None:
        return False
    return _COUNTRYSIDE_WORDS.search(gap[0]) is not None or (
        _COUNTRYSIDE_AFTER.match(text, city_end) is not None
    )


def _around(hits: list[GeoHit], city: GeoHit) -> list[GeoHit]:
    """The namesakes in a city's region or within :data:`COUNTRYSIDE_KM` of it (of the
    region itself, where the countryside was read as one: "the Homs countryside")."""
    point = (city.latitude, city.longitude)
    return [
        h for h in hits
        if (h.country_code == city.country_code and h.admin1 == city.admin1)
        or km_between((h.latitude, h.longitude), point) <= COUNTRYSIDE_KM
    ]  # fmt: skip


def near_anchor(
    hits: list[GeoHit], index: int, mentions: list[Mention], first: list[list[GeoHit]], text: str
) -> list[GeoHit]:
    """The namesakes of mention ``index`` about as far from the city named next as the
    text says ("Dorovka, 40km south of Bakhmut"); all of them where none is, or no
    distance is stated. In a city's countryside (", in the countryside of Homs"), only
    the namesakes around that city, which may be none."""
    if not hits or index + 1 >= len(mentions) or not first[index + 1]:
        return hits
    city = first[index + 1][0]
    if city.feature in ("city", "admin1") and in_countryside(
        text, mentions[index].end, mentions[index + 1].start, mentions[index + 1].end
    ):
        return _around(hits, city)
    if len(hits) < 2:
        return hits
    km = stated_distance(text, mentions[index].end, mentions[index + 1].start)
    if km is None:
        return hits
    reach = km * SLACK_FACTOR + SLACK_KM
    near = [
        h for h in hits
        if km_between((h.latitude, h.longitude), (city.latitude, city.longitude)) <= reach
    ]  # fmt: skip
    return near or hits
