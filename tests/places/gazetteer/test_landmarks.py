"""Landmarks: seats of government, venues and airports news names as places."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.distance import km_between
from newsift.places.gazetteer.landmarks import LANDMARKS, is_landmark
from newsift.places.stage import find_places
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> list[Place]:
    return find_places(parsed_article(resources, text, "2024-05-02"), resources)


def _km(place: Place, point: tuple[float, float]) -> float:
    assert place.latitude is not None and place.longitude is not None
    return km_between((place.latitude, place.longitude), point)


def test_every_landmark_has_a_point_and_a_country() -> None:
    for area in LANDMARKS:
        assert -90 <= area.latitude <= 90 and -180 <= area.longitude <= 180
        assert area.country_code is not None
    assert is_landmark("the oval office".removeprefix("the "))
    assert not is_landmark("Washington")


def test_the_white_house_and_its_rooms_stand_in_washington(resources: Resources) -> None:
    text = (
        "The White House said on Monday that the president would sign the bill in the "
        "Oval Office, a day after aides in the West Wing argued over its wording."
    )
    found = {p.name: p for p in _places(resources, text)}
    for name in ("White House", "Oval Office", "West Wing"):
        assert _km(found[name], (38.9, -77.04)) < 20, name


def test_a_landmark_does_not_move_the_story_abroad(resources: Resources) -> None:
    # The airport names no country for the story: Delft is still the Dutch city.
    text = (
        "Flights from Heathrow were delayed on Friday. In the Netherlands, rail strikes "
        "hit Rotterdam and Utrecht, and trains to Delft were cancelled."
    )
    found = {p.name: p for p in _places(resources, text)}
    assert _km(found["Heathrow"], (51.47, -0.45)) < 10  # the airport, not Heathrow, Florida
    assert found["Delft"].country == "The Netherlands"


def test_a_national_capital_beats_a_namesake_in_a_preferred_country(
    resources: Resources,
) -> None:
    text = (
        "MOSCOW (AP) - Russia and Britain traded accusations on Tuesday as Russian "
        "diplomats expelled by Britain flew home to Moscow. Russia said it would respond "
        "in kind. Envoys also left Washington after a similar order."
    )
    found = {p.name: p for p in _places(resources, text)}
    assert found["Washington"].country == "United States"
