"""The abbreviations news style (AP) writes for US states and Canadian provinces after a
town or in a dateline: "Gainesville, Va.", "RALEIGH, N.C.", "the Walker County (Ga.)
Sheriff's Office". Only the dotted forms: bare postal codes ("IN", "OR", "ME") are words
too often to be read as places; "NSW" and "BC" are not words, and name their region
("FrontCounter BC", "NSW Police")."""

from __future__ import annotations

from newsift.places.gazetteer.curated import ADMIN1_ABBREVIATIONS

# The gazetteer's one list of wire-style abbreviations, read the other way round.
STATE_ABBREVIATIONS: dict[str, str] = {
    abbreviation: region
    for (_country, region), abbreviations in ADMIN1_ABBREVIATIONS.items()
    for abbreviation in abbreviations
}


def expand_state(name: str) -> str | None:
    """The state or province a dotted abbreviation stands for ("W. Va." too), else None."""
    key = name.strip().replace(". ", ".")
    return STATE_ABBREVIATIONS.get(key) or STATE_ABBREVIATIONS.get(key + ".")
