"""Offline gazetteer: GeoNames data from installed packages, indexed once in SQLite.

The index (built by :mod:`newsift.gazetteer_build` at first use) is cached as
``$NEWSIFT_CACHE/gazetteer-v<N>.sqlite`` (default ``~/.cache/newsift``). Lookups are
indexed SQLite queries, so a process holds a connection, not the world's towns.

Public API: :func:`open_gazetteer`, :class:`Gazetteer` (``lookup``, ``best``,
``country``, ``admin1``, ``district``), :class:`GeoHit`, :func:`normalize_name`,
:func:`fold_name`, :func:`demonym_place` (the place a nationality word stands for).
"""

from __future__ import annotations

import math
import re
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsift.gazetteer_build import (
    FORMAT_VERSION,
    build_index,
    default_path,
    fold_name,
    normalize_name,
)

__all__ = [
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
Feature = Literal["city", "admin2", "admin1", "country", "continent"]

# Tie-breaks when a name is shared: a country beats its namesake town, an admin1 beats
# a small town (Hawaii, Donetsk Oblast is not "Donetsk" though: cities win on size).
_FEATURE_RANK: dict[str, int] = {
    "country": 4, "continent": 3, "admin1": 2, "city": 1, "admin2": 0,
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


# Nationality and regional adjectives, and their plurals by adding "s" ("Russians"), to
# the country or continent they stand for: GeoNames-style geoparsing counts each one as a
# mention of that place. Pairs: the word as written, then the gazetteer name.
# fmt: off
_DEMONYM_PAIRS = (
    "Afghan:Afghanistan, Albanian:Albania, Algerian:Algeria, American:United States, "
    "Angolan:Angola, Argentine:Argentina, Argentinian:Argentina, Armenian:Armenia, "
    "Australian:Australia, Austrian:Austria, Azerbaijani:Azerbaijan, Azeri:Azerbaijan, "
    "Bahraini:Bahrain, Bangladeshi:Bangladesh, Belarusian:Belarus, Belgian:Belgium, "
    "Bolivian:Bolivia, Bosnian:Bosnia and Herzegovina, Brazilian:Brazil, "
    "British:United Kingdom, Briton:United Kingdom, Bulgarian:Bulgaria, Burmese:Myanmar, "
    "Burundian:Burundi, Cambodian:Cambodia, Cameroonian:Cameroon, Canadian:Canada, "
    "Chadian:Chad, Chilean:Chile, Chinese:China, Colombian:Colombia, "
    "Congolese:Democratic Republic of the Congo, Croatian:Croatia, Cuban:Cuba, "
    "Cypriot:Cyprus, Czech:Czechia, Danish:Denmark, Dutch:Netherlands, Ecuadorian:Ecuador, "
    "Egyptian:Egypt, Emirati:United Arab Emirates, English:England, Eritrean:Eritrea, "
    "Estonian:Estonia, Ethiopian:Ethiopia, Filipino:Philippines, Finnish:Finland, "
    "French:France, Georgian:Georgia, German:Germany, Ghanaian:Ghana, Greek:Greece, "
    "Guatemalan:Guatemala, Haitian:Haiti, Honduran:Honduras, Hungarian:Hungary, "
    "Icelandic:Iceland, Indian:India, Indonesian:Indonesia, Iranian:Iran, Iraqi:Iraq, "
    "Irish:Ireland, Israeli:Israel, Italian:Italy, Jamaican:Jamaica, Japanese:Japan, "
    "Jordanian:Jordan, Kazakh:Kazakhstan, Korean:South Korea, Kenyan:Kenya, "
    "Kuwaiti:Kuwait, Kyrgyz:Kyrgyzstan, "
    "Latvian:Latvia, Lebanese:Lebanon, Libyan:Libya, Lithuanian:Lithuania, "
    "Macedonian:North Macedonia, Malaysian:Malaysia, Malian:Mali, Maltese:Malta, "
    "Mauritanian:Mauritania, Mauritian:Mauritius, Mexican:Mexico, Moldovan:Moldova, "
    "Mongolian:Mongolia, Montenegrin:Montenegro, Moroccan:Morocco, Mozambican:Mozambique, "
    "Namibian:Namibia, Nepalese:Nepal, Nepali:Nepal, Nicaraguan:Nicaragua, Nigerian:Nigeria, "
    "Nigerien:Niger, Norwegian:Norway, Omani:Oman, Pakistani:Pakistan, "
    "Palestinian:Palestine, Panamanian:Panama, Paraguayan:Paraguay, Peruvian:Peru, "
    "Philippine:Philippines, Polish:Poland, Portuguese:Portugal, Qatari:Qatar, "
    "Romanian:Romania, Russian:Russia, Rwandan:Rwanda, Salvadoran:El Salvador, "
    "Saudi:Saudi Arabia, Scottish:Scotland, Senegalese:Senegal, Serbian:Serbia, "
    "Singaporean:Singapore, Slovak:Slovakia, Slovenian:Slovenia, Somali:Somalia, "
    "Spanish:Spain, Sudanese:Sudan, Swedish:Sweden, Swiss:Switzerland, Syrian:Syria, "
    "Taiwanese:Taiwan, Tajik:Tajikistan, Tanzanian:Tanzania, Thai:Thailand, "
    "Tunisian:Tunisia, Turkish:Turkey, Turkmen:Turkmenistan, Ugandan:Uganda, "
    "Ukrainian:Ukraine, Uruguayan:Uruguay, Uzbek:Uzbekistan, Venezuelan:Venezuela, "
    "Vietnamese:Vietnam, Welsh:Wales, Yemeni:Yemen, Zambian:Zambia, Zimbabwean:Zimbabwe, "
    "European:Europe, African:Africa, Asian:Asia, North Korean:North Korea, "
    "South Korean:South Korea, South African:South Africa, Sri Lankan:Sri Lanka, "
    "Costa Rican:Costa Rica, New Zealander:New Zealand, Saint Lucian:Saint Lucia, "
    "North American:North America, Latin American:South America, "
    "South American:South America, Sicilian:Sicily"
)
# fmt: on
DEMONYMS: dict[str, str] = dict(pair.split(":") for pair in _DEMONYM_PAIRS.split(", "))


def demonym_place(word: str) -> str | None:
    """The place a nationality word stands for: "Russians" -> "Russia", else None."""
    name = " ".join(word.split())
    found = DEMONYMS.get(name)
    if found is None and name.endswith("s"):
        found = DEMONYMS.get(name[:-1])
    return found


_SUFFIX_WORDS = re.compile(
    r"\s+(oblast|region|province|governorate|krai|kray|raion|rayon|district|county|"
    r"municipality|republic|state|urban raion)$"
)


def _base_name(name: str) -> str:
    return _SUFFIX_WORDS.sub("", normalize_name(name)).strip()


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
