"""Actor names as researchers code them: "Moscow", "the Kremlin", "Russian forces" → "Russia".

News writes actors as capitals, adjectives, institutions and leaders; event datasets
want one name per state or group. :func:`normalise_actor` maps a phrase to that name
by its words (longest alias first), and :func:`civilians_of` gives ACLED's victim
actor ("Civilians (Ukraine)").
"""

from __future__ import annotations

import re

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
        }.items(),
        key=lambda item: -len(item[0].split()),
    )
)  # fmt: skip

WORD = re.compile(r"[\w.'’-]+")
# Upper-case tokens only: "IS" is the group, "is" is a verb.
CASE_SENSITIVE = frozenset({"is", "us"})


def normalise_actor(text: str) -> str | None:
    """``"Russian forces"`` → ``"Russia"``; ``"the Kremlin"`` → ``"Russia"``; unknown → None."""
    raw_words = [
        w.strip(".’'") if w.lower() not in {"u.s.", "u.s"} else w
        for w in WORD.findall(text.replace("’s", "").replace("'s", ""))
    ]
    words = [w.lower() for w in raw_words]
    # The leftmost alias wins ("NAF forces supported by Russian forces" → NAF), and at
    # one position the longest one ("Islamic State" before "State").
    for index in range(len(words)):
        for alias, actor in ALIASES:
            parts = alias.split()
            if words[index : index + len(parts)] != parts:
                continue
            if alias in CASE_SENSITIVE and raw_words[index] != alias.upper():
                continue
            return actor
    return None


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
    if actor in COUNTRIES:
        return actor
    for country in COUNTRIES:
        if text.strip().lower() == country.lower():
            return country
    return None


def civilians_of(country: str | None) -> str:
    """ACLED's victim actor: ``"Civilians (Ukraine)"``; plain ``"Civilians"`` if no country."""
    return f"Civilians ({country})" if country else "Civilians"
