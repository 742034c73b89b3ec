from __future__ import annotations

import pytest

from newsift.places.distance import km_between

KYIV = (50.4501, 30.5234)
KHARKIV = (49.9935, 36.2304)


def test_distance_between_two_cities_is_the_great_circle_one() -> None:
    assert km_between(KYIV, KHARKIV) == pytest.approx(410, abs=5)
    assert km_between(KHARKIV, KYIV) == pytest.approx(km_between(KYIV, KHARKIV))


def test_a_point_is_no_distance_from_itself_and_antipodes_are_half_the_earth_away() -> None:
    assert km_between(KYIV, KYIV) == 0
    assert km_between((0.0, 0.0), (0.0, 180.0)) == pytest.approx(20015, abs=1)
