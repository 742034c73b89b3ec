"""What a gazetteer lookup returns: one entry (:class:`GeoHit`) and its kind (:data:`Feature`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# "region": a sea, river, desert, peninsula or macro-region ("Black Sea", "Middle East",
# "Donbas"); its country_code is None when it spans several countries.
Feature = Literal["city", "admin2", "admin1", "country", "continent", "region"]


@dataclass(frozen=True)
class GeoHit:
    """One gazetteer entry. ``admin1`` is the canonical region name ("Kharkiv Oblast")."""

    name: str
    admin1: str | None
    country: str | None
    country_code: str | None
    latitude: float
    longitude: float
    geonameid: int | None
    feature: Feature
    population: int
    # The second-level unit a town lies in (GeoNames' admin2, or the county news names);
    # a district's own name for a district; None for larger places.
    admin2: str | None = None
