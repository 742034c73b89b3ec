"""Datelines: the town in capitals that opens a wire story or a paragraph ("BEIRUT (AP)
-", "MEXICO CITY (Reuters) -", "ALLENDALE, N.J. --"). The entity recogniser rarely tags
a word in capitals, and the capitalised-word pass skips them as acronyms, so they are
read here: at a line's or a sentence's start, before the dateline's punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsift.gazetteer import Gazetteer

_CAPS_WORD = r"[A-Z][A-Z’'\-.]*[A-Z.]"
# What ends a dateline: "(AP)", a dash, or a comma before the state or province
# ("ALLENDALE, N.J."); a story's first words may follow directly ("OKLAHOMA CITY The").
DATELINE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,2}})"
    r"(?=(?P<after>[ \t]*(?:\(|--|–|—|-\s|[,:][ \t]*[A-Z])|[ \t]+[A-Z][a-z]))",
    re.MULTILINE,
)
# Capitals that open a paragraph without being a town.
_NOT_TOWNS = frozenset({"UPDATE", "BREAKING", "WATCH", "EXCLUSIVE", "LIVE", "NEW", "PHOTOS"})
MIN_POPULATION = 1_000


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    name: str  # as a name is written: "Mexico City"


def datelines(text: str, gazetteer: Gazetteer) -> list[Dateline]:
    """Every dateline town in ``text`` that the gazetteer knows by that name."""
    found: list[Dateline] = []
    for match in DATELINE.finditer(text):
        written = match["name"]
        if match["after"].strip()[:1].isalpha() and match.start("name") > 0:
            continue  # "NATO Secretary": only a story's first words may follow directly
        if written in _NOT_TOWNS or len(written.replace(".", "")) < 4:
            continue
        name = written.title()
        hits = gazetteer.lookup(name, fuzzy=False)
        if not hits:
            continue
        top = hits[0]
        if top.feature == "city" and top.population < MIN_POPULATION:
            continue
        found.append(Dateline(match.start("name"), match.end("name"), name))
    return found
