""" "Syrias Aleppo", "Iraqs Anbar province": a town after its country's possessive, where
the feed lost the apostrophe.

Wire copy stripped of punctuation writes "Syria's Deir Ezzor" as "Syrias Deir Ezzor";
the recogniser then reads one person or organisation ("Syrias Deir Ezzor Monitor AFP")
and the places stage finds no town there. The pattern itself says where to look: the
words after the possessive name a place inside that country, so a name the gazetteer
holds there (a region, or a town of some size) is taken as the place, whatever the
recogniser said.
"""

from __future__ import annotations

import re
from typing import Protocol

from newsift.model import Place
from newsift.places.gazetteer.lookup import GeoHit
from newsift.places.model import Mention

# A capitalised word, then up to two more ("Deir Ezzor", "Ras al-Ain" with its particle).
POSSESSIVE = re.compile(
    r"\b(?P<country>[A-Z][a-z]{2,})s\s+"
    r"(?P<name>[A-Z][\w’'\-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|ez|az)-)?[A-Z][\w’'\-]+){0,2})"
)
# A town this small is as likely a surname or a word ("Syrias Assad regime").
MIN_TOWN = 10_000
_PLACE_FEATURES = frozenset({"admin1", "admin2", "region"})


class PlaceLookup(Protocol):
    def best(self, name: str, countries: tuple[str, ...] = ()) -> GeoHit | None: ...


def possessive_places(text: str, start: int, end: int, gazetteer: PlaceLookup) -> list[Place]:
    """Places named after a country's bare possessive in ``text[start:end]``."""
    found: list[Place] = []
    for match in POSSESSIVE.finditer(text, start, end):
        country = gazetteer.best(match["country"])
        if country is None or country.feature != "country" or country.country_code is None:
            continue
        words = list(re.finditer(r"\S+", match["name"]))
        # The longest run of words the gazetteer knows there: "Deir Ezzor", not "Deir".
        for size in range(len(words), 0, -1):
            written = match["name"][: words[size - 1].end()]
            hit = gazetteer.best(written, (country.country_code,))
            if hit is not None and _inside(hit, country.country_code):
                begin = match.start("name")
                found.append(place_of(written, begin, begin + len(written), hit))
                break
    return found


def _inside(hit: GeoHit, code: str) -> bool:
    if hit.country_code != code:
        return False
    return hit.feature in _PLACE_FEATURES or (hit.feature == "city" and hit.population >= MIN_TOWN)


def place_of(written: str, start: int, end: int, hit: GeoHit) -> Place:
    """The Place for ``written`` at ``start:end``, resolved to ``hit``."""
    # A region stands at itself: the contract's region Place has resolved == admin1.
    resolved = hit.admin1 if hit.feature == "admin1" and hit.admin1 else hit.name
    return Place(
        name=written, start=start, end=end, resolved=resolved, admin1=hit.admin1,
        country=hit.country, latitude=hit.latitude, longitude=hit.longitude,
        geonameid=hit.geonameid,
    )  # fmt: skip


def possessive_mentions(text: str, gazetteer: PlaceLookup) -> list[Mention]:
    """The places stage's mentions for the same names, anywhere in ``text``."""
    return [
        Mention(p.start, p.end, "word", p.name)
        for p in possessive_places(text, 0, len(text), gazetteer)
    ]


def after_country_possessive(written: str, gazetteer: PlaceLookup) -> bool:
    """Does ``written`` open with a country's bare possessive ("Syrias Aleppo")?"""
    first, _, rest = written.partition(" ")
    if not rest or not first.endswith("s") or not first[:1].isupper():
        return False
    hit = gazetteer.best(first[:-1])
    return hit is not None and hit.feature == "country"
