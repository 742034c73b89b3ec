"""Curated places: seas and macro-regions, state points, abbreviations, namesake ranking."""

from __future__ import annotations

import pytest

from newsift.places.distance import km_between
from newsift.places.gazetteer.curated import ADMIN1_POINTS, AREAS, dotted_key
from newsift.places.gazetteer.lookup import Gazetteer
from newsift.resources import Resources


@pytest.fixture(scope="module")
def gazetteer(resources: Resources) -> Gazetteer:
    return resources.gazetteer


def test_tables_are_well_formed() -> None:
    names = [a.name for a in AREAS]
    assert len(names) == len(set(names))
    for area in AREAS:
        assert -90 <= area.latitude <= 90 and -180 <= area.longitude <= 180, area.name
    for lat, lon in ADMIN1_POINTS.values():
        assert -90 <= lat <= 90 and -180 <= lon <= 180
    assert dotted_key("N. M.") == "n.m." and dotted_key("Calif.") == "calif."
    assert dotted_key("Ohio") is None


@pytest.mark.parametrize(
    ("name", "country_code", "near"),
    [
        ("Black Sea", None, (43.4, 34.0)),
        ("the Mediterranean", None, (35.0, 20.0)),
        ("Middle East", None, (33.1, 35.9)),  # not the Baltimore neighbourhood
        ("Atlantic", None, (10.0, -25.0)),  # not Atlantic, Iowa
        ("Donbass", "UA", (48.3, 38.5)),
        ("Sinai", "EG", (29.5, 33.8)),
        ("Korean Peninsula", None, (38.6, 127.6)),
    ],
)
def test_seas_and_regions(
    gazetteer: Gazetteer, name: str, country_code: str | None, near: tuple[float, float]
) -> None:
    hit = gazetteer.best(name.removeprefix("the "))
    assert hit is not None and hit.feature == "region", name
    assert hit.country_code == country_code
    assert km_between((hit.latitude, hit.longitude), near) < 50


def test_states_sit_where_geonames_puts_them(gazetteer: Gazetteer) -> None:
    alaska = gazetteer.admin1("Alaska", ("US",))
    assert alaska is not None and km_between((alaska.latitude, alaska.longitude), (64, -150)) < 50
    for state in ("California", "Texas", "Florida", "Manitoba", "Alberta"):
        hit = gazetteer.admin1(state)
        assert hit is not None and hit.country_code in ("US", "CA"), state
        assert (hit.latitude, hit.longitude) == ADMIN1_POINTS[(hit.country_code, state)]


def test_wire_abbreviations_need_their_dots(gazetteer: Gazetteer) -> None:
    pairs = [
        ("Calif.", "California"),
        ("N.M.", "New Mexico"),
        ("La.", "Louisiana"),
        ("D.C.", "District of Columbia"),
        ("B.C.", "British Columbia"),
    ]
    for written, state in pairs:
        hit = gazetteer.best(written)
        assert hit is not None and hit.name == state, written
    assert all(h.name != "Louisiana" for h in gazetteer.lookup("La"))


def test_admin1_without_its_kind_word(gazetteer: Gazetteer) -> None:
    benue = gazetteer.admin1("Benue state")
    assert benue is not None and benue.country_code == "NG"
    borno = gazetteer.best("Borno")  # the Nigerian state, not the Italian village
    assert borno is not None and borno.country_code == "NG"


def test_country_aliases(gazetteer: Gazetteer) -> None:
    for name, code in (("Czech Republic", "CZ"), ("Swaziland", "SZ"), ("East Timor", "TL")):
        hit = gazetteer.country(name)
        assert hit is not None and hit.country_code == code, name


@pytest.mark.parametrize(
    ("name", "country_code", "feature"),
    [
        ("Venice", "IT", "city"),  # not Dayton, Ohio, which GeoNames also calls so
        ("Calcutta", "IN", "city"),  # a world city's former name beats a town's own
        ("Mecca", "SA", "city"),
        ("Florida", "US", "admin1"),  # not Floridablanca's alternate name
        ("New York", "US", "city"),  # a short form of New York City still wins
        ("St. Petersburg", "RU", "city"),
        ("Kiev", "UA", "city"),
        ("Odessa", "UA", "city"),
        ("Bombay", "IN", "city"),  # a former name still finds the city over a hamlet
        ("Kobani", "SY", "city"),  # not Mkoani, Tanzania
    ],
)
def test_namesake_defaults(
    gazetteer: Gazetteer, name: str, country_code: str, feature: str
) -> None:
    hit = gazetteer.best(name)
    assert hit is not None and hit.country_code == country_code and hit.feature == feature, hit


def test_bc_inside_an_agency_name_is_british_columbia(resources: Resources) -> None:
    from builders import parsed_article

    from newsift.places.stage import find_places

    text = (
        "Residents of Nelson can now renew permits at the new ServiceDesk BC office in "
        "their town, the minister said. ServiceDesk BC opened 20 offices last year."
    )
    places = find_places(parsed_article(resources, text, "2024-05-02"), resources)
    found = {(p.name, p.start): p for p in places}
    bcs = [p for (name, _), p in found.items() if name == "BC"]
    assert bcs and all(p.resolved == "British Columbia" for p in bcs)
    nelson = next(p for p in places if p.name == "Nelson")
    assert nelson.country == "Canada"  # not Nelson, New Zealand
