"""Which side a count of the dead belongs to, so one sentence's counts for two sides add up.

"Troops killed nine gunmen while two policemen were martyred": ACLED counts everyone the
incident killed, 11. Within one sentence the casualty reader otherwise keeps the largest
figure, as most sentences give one group twice ("killed 12 people, among them 12 ...").
Counts of the armed men of two sides, or of armed men and civilians, are told apart by
the nouns that name them; a count whose people are unnamed belongs to no side.
"""

from __future__ import annotations

from typing import Literal

from newsift.events.type_words import (
    ARMED_FOES,
    ARMED_PEOPLE,
    GROUND_ATTACKERS,
    GROUND_FORCES,
    PERSONS,
)

Side = Literal["irregular", "state", "unarmed"]
IRREGULAR = GROUND_ATTACKERS | ARMED_FOES | {"terrorist", "separatist", "extremist"}
STATE = (ARMED_PEOPLE | GROUND_FORCES) - {"force", "army"}
# Words of both lists: "herders" attack as often as they are hit, so they name no side.
UNARMED = PERSONS - IRREGULAR - {"people", "person", "man"}


def side_of(lemma: str | None) -> Side | None:
    """The side the people a count names belong to, if the noun tells it."""
    if lemma is None:
        return None
    if lemma in IRREGULAR:
        return "irregular"
    if lemma in STATE:
        return "state"
    return "unarmed" if lemma in UNARMED else None


def summed(figures: list[int], sides: list[Side | None]) -> int:
    """The toll of a sentence's kill counts: the largest count of each side the sentence
    names, summed when it names two or more; else its largest count."""
    largest: dict[Side, int] = {}
    for figure, side in zip(figures, sides, strict=True):
        if side is not None:
            largest[side] = max(largest.get(side, 0), figure)
    if len(largest) < 2:
        return max(figures)
    return max(max(figures), sum(largest.values()))
