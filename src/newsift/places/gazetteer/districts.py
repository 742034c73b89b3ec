"""Second-level units by name: "Sumy district", "Orange County", "Pokrovskyi raion".

A unit GeoNames holds is returned as it is; a raion it lacks stands at the town it is
named after. Called through :meth:`newsift.places.gazetteer.lookup.Gazetteer.district`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsift.places.gazetteer.hit import GeoHit
from newsift.places.gazetteer.ranking import base_name

if TYPE_CHECKING:
    from newsift.places.gazetteer.lookup import Gazetteer

# The adjective a raion's name makes of its seat town: "Pokrovskyi", "Kharkivska".
_ADJECTIVE_END = re.compile(r"(?<=[a-z]{3})s(?:kyi|kyy|kiy|kii|kij|ky|ka|ke|kogo|koho)$")


def find_district(
    gazetteer: Gazetteer, name: str, countries: Sequence[str] = (), admin1: str | None = None
) -> GeoHit | None:
    """A second-level unit as a GeoHit; ``admin1`` keeps only units inside that region."""
    codes = {gazetteer.code_of(c) for c in countries}
    base = base_name(name)
    region = gazetteer.admin1(admin1, countries) if admin1 else None
    if admin1 and region is None:
        return None

    def inside(hit: GeoHit) -> bool:
        return region is None or hit.admin1 == region.admin1

    units = [
        hit
        for written in (name, base)
        for hit in gazetteer.lookup(written, countries, features=("admin2",), fuzzy=False)
        if inside(hit)
    ]
    if units and (not codes or units[0].country_code in codes):
        return units[0]
    # Raions are named after their seat town: place "Sumy district" at Sumy.
    town = _seat(gazetteer, base, countries, codes, inside)
    if units and (town is None or town.country_code not in codes):
        return units[0]  # Orange County, California, in a story about elsewhere
    if town is None:
        return None
    return GeoHit(
        f"{town.name} district",
        town.admin1,
        town.country,
        town.country_code,
        town.latitude,
        town.longitude,
        None,
        "admin2",
        town.population,
    )


def _seat(
    gazetteer: Gazetteer,
    base: str,
    countries: Sequence[str],
    codes: set[str | None],
    inside: Callable[[GeoHit], bool],
) -> GeoHit | None:
    """The town a raion is named after: "Sumy", "Pokrovskyi" (Pokrovsk), "Iziumskyi"."""
    stem = _ADJECTIVE_END.sub("", base)
    names = [base] if stem == base else [stem + "sk", stem, stem + "ka", stem + "y"]
    towns = []
    for written in names:
        found = gazetteer.lookup(written, countries, features=("city",))
        towns += [h for h in found if inside(h)][:1]
    if not towns:
        return None
    return max(towns, key=lambda h: (not codes or h.country_code in codes, h.population))
