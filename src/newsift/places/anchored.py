"""Places told by their distance from a better-known one: "Dorovka, 40km south of Bakhmut",
"the village of Hale, about 12 miles north-west of Lisburn".

News places a small town for readers by its distance from a city they know. Of the
town's namesakes, the one about that far from the city is meant: a namesake hundreds of
kilometres away cannot be "40km south" of it. Distances are rounded and by road, so the
namesake may lie up to :data:`SLACK_FACTOR` times the stated distance away (plus
:data:`SLACK_KM` for short ones).
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


def near_anchor(
    hits: list[GeoHit], index: int, mentions: list[Mention], first: list[list[GeoHit]], text: str
) -> list[GeoHit]:
    """The namesakes of mention ``index`` about as far from the city named next as the
    text says ("Dorovka, 40km south of Bakhmut"); all of them where none is, or no
    distance is stated."""
    if len(hits) < 2 or index + 1 >= len(mentions) or not first[index + 1]:
        return hits
    km = stated_distance(text, mentions[index].end, mentions[index + 1].start)
    if km is None:
        return hits
    anchor = first[index + 1][0]
    reach = km * SLACK_FACTOR + SLACK_KM
    near = [
        h for h in hits
        if km_between((h.latitude, h.longitude), (anchor.latitude, anchor.longitude)) <= reach
    ]  # fmt: skip
    return near or hits
