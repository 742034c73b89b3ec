""" "The capital", "the Syrian capital": the country's capital city as an event's place.

News names a capital by its role as often as by its name ("shelling near the Syrian
capital killed 19"); the places stage finds names only, so the events stage turns the
phrase into a :class:`~newsift.model.Place` at the capital when the sentence does not
name it ("the capital Damascus" already has its place).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from newsift.events.actors import CAPITALS
from newsift.model import Place
from newsift.places.gazetteer.lookup import GeoHit, demonym_place

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan


class CapitalLookup(Protocol):
    def best(self, name: str, countries: tuple[str, ...] = ()) -> GeoHit | None: ...


# "the capital", "the Syrian capital"; not "the capital of the revolution", not "the
# capital Damascus" (named already), not "the provincial capital" (some other town).
CAPITAL = re.compile(r"\bthe\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?capital\b(?!\s+(?:of\b|city\b|[A-Z]))")


def capital_places(
    sentence: SpacySpan, home: str | None, gazetteer: CapitalLookup | None
) -> list[Place]:
    """Places for the unnamed capitals the sentence refers to (``home``: the story's country)."""
    if gazetteer is None:
        return []
    found: list[Place] = []
    offset = sentence.start_char
    for match in CAPITAL.finditer(sentence.text):
        adjective = match.group("adj")
        country = demonym_place(adjective) if adjective else home
        capital = CAPITALS.get(country or "")
        if capital is None:
            continue  # "the rebel capital", or a country we hold no capital for
        hit = gazetteer.best(capital)
        if hit is None or hit.country != country:
            continue
        start = offset + match.start()
        found.append(
            Place(
                name=match.group(0), start=start, end=offset + match.end(), resolved=hit.name,
                admin1=hit.admin1, country=hit.country, latitude=hit.latitude,
                longitude=hit.longitude, geonameid=hit.geonameid,
            )
        )  # fmt: skip
    return found
