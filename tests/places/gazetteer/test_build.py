"""Building the index: name keys, area centres and country points."""

from __future__ import annotations

from newsift.places.gazetteer.build import fold_name, normalize_name
from newsift.places.gazetteer.centres import mainland as _mainland
from newsift.places.gazetteer.centres import middle as _middle
from newsift.places.gazetteer.lookup import Gazetteer, demonym_place
from newsift.resources import Resources


def test_name_keys() -> None:
    assert normalize_name("Deir ez-Zor") == "deir ez zor"
    assert fold_name("Kupyansk") == fold_name("Kupiansk")


def test_middle_counts_each_cell_once_and_keeps_the_mainland() -> None:
    # A dense city must not pull the centre, nor must a far island group.
    points = [(50.5, 30.5)] * 50 + [(48.5, 30.5), (49.5, 30.5)] + [(20.5, -155.5)]
    assert _mainland({(50, 30), (48, 30), (49, 30), (20, -156)}) != []
    lat, lon = _middle(points)
    assert 49.0 < lat < 50.5 and 30.0 < lon < 31.5


def test_big_countries_sit_at_their_centre(resources: Resources) -> None:
    gazetteer: Gazetteer = resources.gazetteer
    russia = gazetteer.country("Russia")
    canada = gazetteer.country("Canada")
    assert russia is not None and 55 < russia.latitude < 65 and 90 < russia.longitude < 110
    assert canada is not None and canada.latitude > 55  # not Toronto or Ottawa


def test_holy_see_is_the_vatican(resources: Resources) -> None:
    hit = resources.gazetteer.country("Holy See")
    assert hit is not None and hit.country_code == "VA"


def test_demonym_place() -> None:
    assert demonym_place("Ukrainian") == "Ukraine"
    assert demonym_place("Syrians") == "Syria"
    assert demonym_place("European") == "Europe"
    assert demonym_place("Kharkiv") is None
