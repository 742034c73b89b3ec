"""Choosing among same-named Ukrainian settlements in the one oblast a text names."""

from __future__ import annotations

from newsift.places.gazetteer.lookup import GeoHit
from newsift.places.ua_namesakes import namesake_in_oblast

_OBLAST = GeoHit("Donetsk Oblast", "Donetsk Oblast", "Ukraine", "UA", 48.0, 37.8, None, "admin1", 0)


def _town(lat: float, lon: float, population: int = 0, geonameid: int | None = None) -> GeoHit:
    return GeoHit(
        "Zorianka", "Donetsk Oblast", "Ukraine", "UA", lat, lon, geonameid, "city", population
    )


def test_no_clue_picks_the_namesake_nearest_the_front_as_a_guess() -> None:
    far, near = _town(47.2, 36.2, 800, 11), _town(48.5, 38.0, 600, 12)
    chosen = namesake_in_oblast([far, near], _OBLAST)
    assert chosen is not None and chosen.latitude == 48.5
    assert chosen.geonameid is None  # coded "near a known place", never a located town


def test_a_far_bigger_town_wins_over_villages() -> None:
    town, village = _town(47.2, 36.2, 40_000, 11), _town(48.5, 38.0, 300, 12)
    assert namesake_in_oblast([town, village], _OBLAST) == town


def test_a_district_keeps_the_namesake_near_its_seat() -> None:
    seat = GeoHit(
        "Volnovakha district", "Donetsk Oblast", "Ukraine", "UA", 47.6, 37.5, None, "admin2", 0
    )
    inside, frontline = _town(47.7, 37.4), _town(48.6, 38.0)
    assert namesake_in_oblast([inside, frontline], seat) == inside


def test_namesakes_near_each_other_are_left_alone() -> None:
    assert namesake_in_oblast([_town(48.5, 38.0), _town(48.55, 38.05)], _OBLAST) is None


def test_outside_ukraine_nothing_is_guessed() -> None:
    a = GeoHit("Springfield", "Ohio", "United States", "US", 39.9, -83.8, 1, "city", 0)
    b = GeoHit("Springfield", "Ohio", "United States", "US", 41.5, -81.0, 2, "city", 0)
    assert namesake_in_oblast([a, b], _OBLAST) is None


def test_another_town_the_text_names_settles_the_namesake() -> None:
    frontline, beside = _town(48.6, 38.0), _town(47.3, 36.0)
    nearby = GeoHit(
        "Tokmak", "Zaporizhzhia Oblast", "Ukraine", "UA", 47.25, 35.7, 5, "city", 30_000
    )
    assert namesake_in_oblast([frontline, beside], _OBLAST, [nearby]) == beside
    far = GeoHit("Lviv", "Lviv Oblast", "Ukraine", "UA", 49.84, 24.03, 6, "city", 700_000)
    chosen = namesake_in_oblast([frontline, beside], _OBLAST, [far])
    assert chosen is not None and chosen.latitude == 48.6  # too far to be a clue
