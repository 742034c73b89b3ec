"""A place written before its county: the namesake near the county, else the county."""

from __future__ import annotations

from builders import parsed_article

from newsift.model import Place
from newsift.places.counties import settle_in_county
from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import GeoHit
from newsift.places.stage import find_places
from newsift.resources import Resources


def _places(resources: Resources, text: str) -> list[Place]:
    return find_places(parsed_article(resources, text, "2024-05-02"), resources)


def _km(place: Place, point: tuple[float, float]) -> float:
    assert place.latitude is not None and place.longitude is not None
    return km_between((place.latitude, place.longitude), point)


def _hit(name: str, feature: str, lat: float, lon: float, population: int) -> GeoHit:
    return GeoHit(name, None, None, "GB", lat, lon, None, feature, population)  # type: ignore[arg-type]


def test_the_namesake_near_the_county_wins_over_a_bigger_one_abroad(
    resources: Resources,
) -> None:
    text = (
        "Stock car racing returns this summer. 12 July: Rockingham, Northamptonshire. "
        "Fans are asked to book parking in advance."
    )
    rockingham = next(p for p in _places(resources, text) if p.name == "Rockingham")
    assert rockingham.country == "United Kingdom"
    assert _km(rockingham, (52.5, -0.7)) < 100  # Northamptonshire, not Western Australia


def test_a_name_the_gazetteer_lacks_stands_at_its_county(resources: Resources) -> None:
    text = "The rally finale will be held at Knockhill, Fife, on the last Sunday of May."
    found = {p.name: p for p in _places(resources, text)}
    assert "Knockhill" in found
    assert found["Knockhill"].resolved == "Fife"
    assert found["Knockhill"].geonameid is None  # the county, not the place itself


def test_the_same_name_again_means_the_same_place(resources: Resources) -> None:
    text = (
        "A walker was rescued from cliffs near New Quay, Ceredigion, on Sunday. "
        "The New Quay coastguard team said the man was unhurt."
    )
    quays = [p for p in _places(resources, text) if p.name == "New Quay"]
    assert len(quays) == 2
    for quay in quays:
        assert quay.country == "United Kingdom"
        assert _km(quay, (52.21, -4.36)) < 30  # the Welsh village, not Newquay in Cornwall


def test_a_region_in_a_list_keeps_its_own_point() -> None:
    county = _hit("Kent", "admin2", 51.25, 0.7, 1_500_000)
    cornwall = _hit("Cornwall", "region", 50.4, -4.9, 500_000)
    assert settle_in_county(cornwall, [cornwall], county) == (cornwall, True)
    far_town = _hit("Dover", "city", 55.0, -3.0, 5_000)
    assert settle_in_county(far_town, [far_town], county) == (county, False)
