"""Distance to the contact line, and the tie it breaks between namesakes."""

from __future__ import annotations

from newsift.places.gazetteer.lookup import GeoHit
from newsift.places.ukraine_frontline import LINES, km_to_front, nearest_front


def _village(latitude: float, longitude: float) -> GeoHit:
    return GeoHit(
        "Vilkhove", "Kharkiv Oblast", "Ukraine", "UA", latitude, longitude, None, "city", 0
    )


def test_points_of_the_line_are_on_it() -> None:
    for line in LINES:
        for latitude, longitude in line:
            assert km_to_front(latitude, longitude) < 0.5


def test_distance_grows_away_from_the_line() -> None:
    # Lviv is far west of any front; a point 20 km off the Donbas line is about 20 km.
    assert km_to_front(49.84, 24.03) > 600
    assert 10 < km_to_front(48.59, 37.73) < 30


def test_nearest_front_picks_the_eastern_namesake() -> None:
    west, east = _village(49.6, 35.2), _village(49.5, 37.2)
    assert nearest_front([west, east]) is east
    assert nearest_front([]) is None
