"""The offline GeoNames index: names, variants, regions, countries."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.places.gazetteer.lookup import (
    FORMAT_VERSION,
    Gazetteer,
    default_path,
    fold_name,
    normalize_name,
)
from newsift.resources import Resources


@pytest.fixture(scope="module")
def gazetteer(resources: Resources) -> Gazetteer:
    return resources.gazetteer


def test_normalize_and_fold() -> None:
    assert normalize_name("Kharkiv’s") == "kharkivs"
    assert normalize_name("Bila-Tserkva") == "bila tserkva"
    assert normalize_name("Zaporižžja") == "zaporizzja"
    assert fold_name("Kupyansk") == fold_name("Kupiansk")
    assert fold_name("Avdiyivka") == fold_name("Avdiivka")
    assert fold_name("Odessa") == fold_name("Odesa")


@pytest.mark.parametrize(
    ("variant", "canonical_admin1"),
    [
        ("Kharkiv", "Kharkiv Oblast"),
        ("Kharkov", "Kharkiv Oblast"),
        ("Kyiv", "Kyiv City"),
        ("Kiev", "Kyiv City"),
        ("Kupiansk", "Kharkiv Oblast"),
        ("Kupyansk", "Kharkiv Oblast"),
        ("Avdiivka", "Donetsk Oblast"),
        ("Avdiyivka", "Donetsk Oblast"),
        ("Mykolaiv", "Mykolaiv Oblast"),
        ("Nikolaev", "Mykolaiv Oblast"),
        ("Odessa", "Odesa Oblast"),
    ],
)
def test_transliteration_variants_find_the_ukrainian_city(
    gazetteer: Gazetteer, variant: str, canonical_admin1: str
) -> None:
    hit = gazetteer.best(variant)
    assert hit is not None
    assert hit.feature == "city"
    assert hit.country == "Ukraine"
    assert hit.admin1 == canonical_admin1


def test_city_beats_its_namesake_region_but_not_a_state(gazetteer: Gazetteer) -> None:
    kherson = gazetteer.best("Kherson")
    assert kherson is not None and kherson.feature == "city"
    iowa = gazetteer.best("Iowa")
    assert iowa is not None and iowa.feature == "admin1" and iowa.country_code == "US"


def test_admin1_phrases(gazetteer: Gazetteer) -> None:
    for phrase in ("Kharkiv Oblast", "Kharkiv region", "Kharkov region", "Kharkiv"):
        region = gazetteer.admin1(phrase)
        assert region is not None and region.name == "Kharkiv Oblast", phrase
    sumy = gazetteer.admin1("Sumy")
    assert sumy is not None and sumy.name == "Sumy Oblast"
    aleppo = gazetteer.admin1("Aleppo")
    assert aleppo is not None and aleppo.country == "Syria"


def test_district_is_placed_at_its_seat(gazetteer: Gazetteer) -> None:
    district = gazetteer.district("Sumy district")
    assert district is not None
    assert district.feature == "admin2" and district.admin1 == "Sumy Oblast"
    assert abs(district.latitude - 50.91) < 0.1 and abs(district.longitude - 34.80) < 0.1


def test_countries_and_aliases(gazetteer: Gazetteer) -> None:
    for name in ("United States", "U.S.", "USA", "America"):
        hit = gazetteer.country(name)
        assert hit is not None and hit.country_code == "US", name
    uk = gazetteer.country("Britain")
    assert uk is not None and uk.country_code == "GB"
    ukraine = gazetteer.country("Ukraine")
    assert ukraine is not None and 44 < ukraine.latitude < 53 and 22 < ukraine.longitude < 41


def test_country_preference_picks_the_namesake(gazetteer: Gazetteer) -> None:
    assert gazetteer.best("Paris").country_code == "FR"  # type: ignore[union-attr]
    assert gazetteer.best("Paris", countries=("US",)).country_code == "US"  # type: ignore[union-attr]


def test_unknown_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qwxzvtown") == []
    assert gazetteer.best("") is None


def test_cache_file_follows_the_environment_and_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSIFT_CACHE", str(tmp_path))
    assert default_path() == tmp_path / f"gazetteer-v{FORMAT_VERSION}.sqlite"


def test_lookups_are_remembered_but_not_shared(gazetteer: Gazetteer) -> None:
    first = gazetteer.lookup("Kharkiv")
    first.clear()  # a caller mutating its list must not change the next answer
    assert gazetteer.lookup("Kharkiv")


def test_rows_shared_between_preferences_rank_as_a_fresh_lookup(gazetteer: Gazetteer) -> None:
    """The rows of a name are queried once and ranked anew for each country preference:
    the answer must be the one a gazetteer that never saw the name gives."""
    for countries in [(), ("US",), ("FR",), ("US", "FR")]:
        fresh = Gazetteer(gazetteer.path)  # nothing remembered from another preference
        try:
            assert gazetteer.lookup("Paris", countries) == fresh.lookup("Paris", countries)
        finally:
            fresh.close()
    assert gazetteer.lookup("Paris", ("US",))[0].country_code == "US"
    assert gazetteer.lookup("Paris")[0].country_code == "FR"


def test_spellings_sharing_a_key_answer_as_fresh_lookups(gazetteer: Gazetteer) -> None:
    """Names with one index key ("Odesa", "ODESA") and the exact and folded lookups of a
    name share the index's rows: each answer must be a fresh gazetteer's."""
    asked = [("ODESA", False), ("Odesa", True), ("odesa", False), ("Odessa", True)]
    answers = [gazetteer.lookup(name, fuzzy=fuzzy) for name, fuzzy in asked]
    for (name, fuzzy), answer in zip(asked, answers, strict=True):
        fresh = Gazetteer(gazetteer.path)
        try:
            assert answer == fresh.lookup(name, fuzzy=fuzzy)
        finally:
            fresh.close()
    assert answers[1] and answers[1][0].country_code == "UA"


def test_raion_adjective_names_its_seat_town(gazetteer: Gazetteer) -> None:
    for written, town in (("Pokrovskyi district", "Pokrovsk"), ("Iziumskyi raion", "Izyum")):
        district = gazetteer.district(written, ("UA",))
        assert district is not None and district.name == f"{town} district", written
        assert district.country_code == "UA"


def test_district_inside_a_region(gazetteer: Gazetteer) -> None:
    inside = gazetteer.district("Blahodatne district", admin1="Kherson")
    assert inside is not None and inside.admin1 == "Kherson Oblast"
    assert gazetteer.district("Sumy district", admin1="Kharkiv") is None
    county = gazetteer.district("Orange County", ("UA",))  # no namesake at home: keep it
    assert county is not None and county.country_code == "US"


def test_names_news_writes_without_the_arabic_article(gazetteer: Gazetteer) -> None:
    hits = gazetteer.lookup("Qamishli")
    assert hits and hits[0].country_code == "SY"
    assert not gazetteer.lookup("Nazi", fuzzy=False)  # an old alternate keeps its article


def test_a_province_far_bigger_than_a_town_elsewhere(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Ontario")[0].country_code == "CA"
    assert gazetteer.lookup("Kharkiv")[0].feature == "city"  # its own region: the city
    assert gazetteer.lookup("Washington")[0].admin1 == "District of Columbia"


def test_ceremonial_counties(gazetteer: Gazetteer) -> None:
    yorkshire = gazetteer.lookup("Yorkshire", ("GB",))[0]
    assert (yorkshire.feature, yorkshire.country_code) == ("region", "GB")


def test_arabic_romanisations_find_the_syrian_town(gazetteer: Gazetteer) -> None:
    for written, official in [
        ("Deir el-Zour", "Deir ez-Zor"),
        ("Al Raqqa", "Ar Raqqah"),
        ("Mayadeen", "Al Mayādīn"),
        ("Tel Abyad", "Tall Abyaḑ"),
    ]:
        hits = gazetteer.lookup(written)
        assert hits and hits[0].name == official and hits[0].country_code == "SY", written
    # Without fuzzy matching, only the article is dropped, and only for a big place.
    assert gazetteer.lookup("Al Raqqa", fuzzy=False)[0].name == "Ar Raqqah"
    assert gazetteer.lookup("Deir el-Zour", fuzzy=False) == []
    # An Arabic respelling never turns a foreign name into another country's town.
    assert all(h.country_code != "SY" for h in gazetteer.lookup("El Paso"))


def test_islands_outrank_their_namesake_hamlets(gazetteer: Gazetteer) -> None:
    oahu = gazetteer.best("Oahu")
    assert oahu is not None and oahu.country_code == "US" and oahu.latitude < 23
    java = gazetteer.best("Java")
    assert java is not None and java.country_code == "ID"
    # A region GeoNames already holds stays as it was.
    sicily = gazetteer.best("Sicily")
    assert sicily is not None and sicily.feature == "admin1"


def test_regions_answer_to_the_names_news_gives_them(gazetteer: Gazetteer) -> None:
    # GeoNames' own alternates for Sudan's states: "North Darfur" is Northern Darfur,
    # and a state formed in 2012 that no town source names is there too.
    north = gazetteer.admin1("North Darfur")
    assert north is not None and north.country_code == "SD"
    central = gazetteer.admin1("Central Darfur")
    assert central is not None and central.country_code == "SD"


def test_a_region_known_by_an_alternate_name_gives_way_to_a_town_of_that_name(
    gazetteer: Gazetteer,
) -> None:
    # "Gedaref" is an alternate of both the state (Al Qadarif) and its capital: the town.
    top = gazetteer.lookup("Gedaref")[0]
    assert top.feature == "city" and top.country_code == "SD"
    # A nickname GeoNames lists for a state is no name of it.
    assert all(h.feature != "admin1" for h in gazetteer.lookup("Golden")[:3])


def test_towns_carry_their_second_level_unit(gazetteer: Gazetteer) -> None:
    odesa = gazetteer.lookup("Odesa", ("UA",), ("city",))[0]
    assert odesa.admin1 == "Odesa Oblast" and odesa.admin2 is not None
    assert "Odes" in odesa.admin2


def test_region_by_its_exact_name_before_a_folded_one(gazetteer: Gazetteer) -> None:
    # "Saada" folds like Sada, a commune of Mayotte, but it is exactly an alternate name
    # of the Yemeni town Sa'dah, whose governorate the phrase means.
    region = gazetteer.admin1("Saada province")
    assert region is not None and region.country_code == "YE"
    assert gazetteer.admin1("Sada") is not None  # the folded one still answers its own name
    # Within the story's country a folded spelling beats an exact namesake abroad.
    region = gazetteer.admin1("Northwest region", ["CM"])
    assert region is not None and region.country_code == "CM"
