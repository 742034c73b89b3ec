"""The names of first-level regions: how reverse_geocode's and GeoNames' names are
written ("Kharkiv Oblast", "Lviv Oblast"), their bare forms ("Borno" for Borno
State), and which alternates spell a region's name rather than nickname it."""

from __future__ import annotations

import re
import unicodedata

from newsift.places.gazetteer.names import normalize_name, similar, skeleton

ALIKE = 0.6  # skeletons this similar spell one name
# fmt: off
ADMIN1_SUFFIX: dict[str, str] = {
    "UA": "Oblast", "BY": "Oblast", "SY": "Governorate",
    "IQ": "Governorate", "EG": "Governorate", "YE": "Governorate", "JO": "Governorate",
}
# reverse_geocode spells some Ukrainian regions the Russian or Latin way; news and
# ACLED use the current Ukrainian romanisation.
ADMIN1_RENAME: dict[tuple[str, str], str] = {
    ("UA", "Kiev"): "Kyiv", ("UA", "Odessa"): "Odesa",
    ("UA", "Kharkivs’ka Oblast’"): "Kharkiv", ("UA", "Transcarpathia"): "Zakarpattia",
    ("UA", "Kyiv City"): "Kyiv City", ("UA", "Sevastopol City"): "Sevastopol City",
    ("UA", "Crimea"): "Crimea",
}
# fmt: on


def latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in name)


def useful_alternate(name: str) -> bool:
    # Lower-case romanised CJK forms and all-caps codes (airport "HRK") only add noise.
    return (
        latin(name)
        and name[:1].isupper()
        and not name.isupper()
        and not any(ch.isdigit() for ch in name)
        and len(name) > 2
    )


def admin1_name(cc: str, state: str) -> str:
    base = ADMIN1_RENAME.get((cc, state), state)
    suffix = ADMIN1_SUFFIX.get(cc)
    if suffix is None or base.endswith(("City", "Crimea")):
        return base
    if base.casefold().endswith(suffix.casefold()):
        return base[: -len(suffix)] + suffix
    return f"{base} {suffix}"


# A region name's last word that only says what kind of region it is: "Borno State" is
# also plain "Borno". Compass words stay ("Central Province" is no "Central").
GENERIC_LAST = re.compile(
    r"\s+(?:State|Province|Governorate|Region|Department|Oblast|Krai|Kray|Prefecture|"
    r"Municipality|Parish|District|County)$"
)
COMPASS = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern",
    "western", "capital", "north east", "north west", "south east", "south west",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater",
})  # fmt: skip


def admin1_base(cc: str, admin1: str) -> str:
    if cc in ADMIN1_SUFFIX:
        return admin1.rsplit(" ", 1)[0]
    base = GENERIC_LAST.sub("", admin1)
    return admin1 if normalize_name(base) in COMPASS or not base else base


def alike(alternate: str, names: list[str]) -> bool:
    """An alternate that spells one of the region's names another way ("Gedaref" for Al
    Qaḑārif, "North Darfur State"), not a nickname ("Golden" for California) or a
    neighbour's name that GeoNames lists with it."""
    key = skeleton(GENERIC_LAST.sub("", alternate))
    return any(
        similar(key, skeleton(GENERIC_LAST.sub("", name)), ALIKE)
        for name in names
    )


def bare_names(names: list[str]) -> list[str]:
    """ "Gedaref" for "Gedaref State": an alternate name without its kind word, unless
    that leaves only a compass word ("Northern")."""
    bare = [GENERIC_LAST.sub("", n) for n in names]
    return [
        b for b, n in zip(bare, names, strict=True) if b != n and normalize_name(b) not in COMPASS
    ]
