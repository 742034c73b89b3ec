"""Which of several same-named Ukrainian settlements in one oblast a text means.

"Shelled near Vesele, Donetsk" names one of a dozen Veseles in Donetsk Oblast. The
text's own clues come first: a district written with it ("Vesele, Pokrovskyi
district") keeps the namesakes near that district's seat, and another town the text
names ("... from their positions in Siversk") the namesake near it. With no clue, a settlement
far bigger than its namesakes is the one meant; failing that, the war's geography
breaks the tie: the namesake nearest the contact line
(:mod:`newsift.places.ukraine_frontline`), coded "near a known place" (geo_precision 2: no
GeoNames id) since it is a guess, not a located town.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import GeoHit
from newsift.places.ukraine_frontline import nearest_front

# Namesakes closer than this to each other may be coded as one place (precision 2).
SAME_PLACE_KM = 25.0
# A district's namesake lies within this of the district's seat (raions are ~50-100 km
# across since 2020).
DISTRICT_KM = 60.0
# A town this many times bigger than every namesake is the one meant ("Pokrovsk", not
# a hamlet of the same name); GeoNames gives most villages no population at all.
BIGGER_FACTOR = 10
TOWN_POPULATION = 5_000
# A namesake this near another town the text names is taken to be the one meant.
CONTEXT_KM = 30.0


def namesake_in_oblast(
    inside: list[GeoHit], container: GeoHit, context: Sequence[GeoHit] = ()
) -> GeoHit | None:
    """The one of several far-apart Ukrainian namesakes in the region a text names, or
    None when they are not such namesakes (one place, or not in Ukraine). ``context``
    are the other towns the text names: a namesake near one of them is the one meant."""
    towns = [h for h in inside if h.feature == "city"]
    if len(towns) < 2 or len(towns) < len(inside) or any(h.country_code != "UA" for h in towns):
        return None
    if not _spread(towns):
        return None
    if container.feature == "admin2":
        seat = (container.latitude, container.longitude)
        in_district = [
            h for h in towns if km_between(seat, (h.latitude, h.longitude)) <= DISTRICT_KM
        ]
        if len(in_district) == 1:
            return in_district[0]
        towns = in_district or towns
    if context:

        def to_context(hit: GeoHit) -> float:
            return min(
                km_between((hit.latitude, hit.longitude), (c.latitude, c.longitude))
                for c in context
            )

        nearest = min(towns, key=to_context)
        if to_context(nearest) <= CONTEXT_KM:
            return nearest
    biggest = max(towns, key=lambda h: h.population)
    rivals = max((h.population for h in towns if h is not biggest), default=0)
    if biggest.population >= max(TOWN_POPULATION, BIGGER_FACTOR * rivals):
        return biggest
    guess = nearest_front(towns)
    return replace(guess, geonameid=None) if guess is not None else None


def _spread(towns: list[GeoHit]) -> bool:
    """Whether some two namesakes are too far apart to be coded as one place."""
    return any(
        km_between((a.latitude, a.longitude), (b.latitude, b.longitude)) > SAME_PLACE_KM
        for a, b in combinations(towns[:30], 2)
    )
