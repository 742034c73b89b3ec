"""Other spellings of a Ukrainian village name, for when the written one is not found.

The gazetteer folds the common romanisation variants (kh/h, y/i, doubled letters,
-ovka/-ivka, -oye/-e). News and ACLED also write щ as "sch" rather than the national
"shch" ("Klischiivka"), drop the neuter ending of a -ske name ("Maiorsk" for Maiorske)
or keep a Russian -evo/-ovo where Ukrainian has -eve/-ove ("Rumyantsevo"), and a city
district is written after its city ("Donetsk - Kuibyshivskyi"). These are only tried
inside a region the text names, when no namesake was found there, so a variant cannot
pull a place away from a region the text gives.
"""

from __future__ import annotations

import re

# Each rule rewrites the whole written name; variants are tried in order.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!h)sch", re.IGNORECASE), "shch"),  # Ukrainian щ the German way
    (re.compile(r"(?<=[a-z])sk$"), "ske"),  # "Maiorsk" for Maiorske
    (re.compile(r"(?<=[a-z])ske$"), "sk"),
    (re.compile(r"(?<=[a-z]{3})([eo])vo$"), r"\1ve"),  # Russian -evo/-ovo
)
# "Donetsk - Kuibyshivskyi", "Horlivka – Mykytivskyi": a city and one of its districts.
# A city's districts are adjectives ("Kuibyshivskyi", "Kyivskyi"); "Yehorivka -
# Shevchenkove" is a stretch of front between two villages, not a district.
_CITY_DISTRICT = re.compile(
    r"^(?P<city>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)\s+[-–—]\s+[A-Z][a-z'’]+(?:kyi|kyy|kiy|kii)$"
)


def spelling_variants(name: str) -> list[str]:
    """Other spellings of ``name`` worth looking up, most likely first."""
    found: list[str] = []
    for pattern, replacement in _RULES:
        variant = pattern.sub(replacement, name)
        if variant != name and variant not in found:
            found.append(variant)
    if found and "shch" in found[0]:
        # A "sch" name may also end in -sk ("Scherbynsk"): combine the two rewrites.
        for pattern, replacement in _RULES[1:]:
            both = pattern.sub(replacement, found[0])
            if both != found[0] and both not in found:
                found.append(both)
    return found


def district_city(name: str) -> str | None:
    """The city of a "City - District" name ("Donetsk - Kuibyshivskyi" → "Donetsk")."""
    match = _CITY_DISTRICT.match(name)
    return match["city"] if match else None


# "Shalyhynska territorial community", "Velykopysarivska hromada": a community (hromada)
# named by the adjective of its centre, which is where ACLED codes it.
COMMUNITY_AFTER = re.compile(r"\s+(?:territorial\s+|village\s+|city\s+)?(?:community|hromada)\b")
_ADJECTIVE = re.compile(r"(?<=[a-z]{3})s?ka$")
# The endings a centre's name may have where its adjective has "-ska": Shalyhyne,
# Velyka Pysarivka, Znob-Novhorodske, Bilopillia.
_CENTRE_ENDINGS = ("e", "ka", "ske", "sk", "", "y", "ia", "a")
# Compound adjectives join what the name writes apart: "Velykopysarivska" of "Velyka
# Pysarivka", "Novoaidarska" stays whole.
_COMPOUND_START = {
    "velyko": ("velyka ", "velykyi ", "velyke "),
    "malo": ("mala ", "malyi ", "male "),
}


_COMMUNITY_NAME = re.compile(
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?s?ka)(?=\s+(?:territorial\s+|village\s+|city\s+)?"
    r"(?:community|hromada)\b)"
)


def community_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The adjective opening an entity that names a community ("Znob-Novhorodska
    territorial community", which the recogniser calls an organisation), as a span."""
    match = _COMMUNITY_NAME.match(text, start)
    return match.span("name") if match and match.end("name") <= end else None


def community_centres(name: str) -> list[str]:
    """Names the centre of a community called by the adjective ``name`` may have."""
    stem = _ADJECTIVE.sub("", name.casefold())
    if stem == name.casefold():
        return []
    starts = [stem]
    for prefix, spelled in _COMPOUND_START.items():
        if stem.startswith(prefix) and len(stem) > len(prefix) + 3:
            starts += [written + stem[len(prefix) :] for written in spelled]
    return [start + ending for start in starts for ending in _CENTRE_ENDINGS]
