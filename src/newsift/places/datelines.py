"""Datelines: the town in capitals that opens a wire story or a paragraph ("BEIRUT (AP)
-", "MEXICO CITY (Reuters) -", "ALLENDALE, N.J. --"). The entity recogniser rarely tags
a word in capitals, and the capitalised-word pass skips them as acronyms, so they are
read here: at a line's or a sentence's start, before the dateline's punctuation, or
anywhere before a wire's name in brackets and a dash ("Associated Press WASHINGTON (AP) -").
Two towns may share one dateline ("TIJUANA & SAN DIEGO"); the state after the comma
("PLEASANTON, Calif.") is a mention too, and stands for a town the gazetteer lacks
("CAMP MURRAY, Wash.")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsift.places.states import expand_state

if TYPE_CHECKING:
    from newsift.places.gazetteer.lookup import Gazetteer

_CAPS_WORD = r"[A-Z][A-Z’'\-.]*[A-Z.]"
# What ends a dateline: "(AP)", a dash, or a comma before the state or province
# ("ALLENDALE, N.J."); a story's first words may follow directly ("OKLAHOMA CITY The").
_CAPS_NAME = rf"{_CAPS_WORD}(?:[ \t]+(?:&[ \t]+|AND[ \t]+)?{_CAPS_WORD}){{0,4}}"
DATELINE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*(?P<name>{_CAPS_NAME})"
    r"(?=(?P<after>[ \t]*(?:\(|--|–|—|-\s|[,:]+[ \t]*[A-Z])|[ \t]+[A-Z][a-z]))",
    re.MULTILINE,
)
# After a byline: the town, perhaps its state, then the wire in brackets and a dash.
_WIRE_DATELINE = re.compile(
    rf"(?<=[a-z.][ \t])(?P<name>{_CAPS_NAME})"
    r"(?=(?P<after>(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)?[ \t]*\([A-Z][\w .]{1,30}\)"
    r"[ \t]*(?:--|–|—|-)))"
)
_JOINED = re.compile(r"[ \t]+(?:&|AND)[ \t]+")
# "PLEASANTON, Calif.--", "ALLENDALE, N.J. --": the abbreviation after the comma.
_STATE_AFTER = re.compile(r",[ \t]*(?P<state>[A-Z][a-z]*\.(?:[ \t]?[A-Z][a-z]*\.)?)")
# Capitals that open a paragraph without being a town.
_NOT_TOWNS = frozenset({"UPDATE", "BREAKING", "WATCH", "EXCLUSIVE", "LIVE", "NEW", "PHOTOS"})
MIN_POPULATION = 1_000


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    name: str  # as a name is written: "Mexico City"


def datelines(text: str, gazetteer: Gazetteer) -> list[Dateline]:
    """Every dateline town in ``text`` that the gazetteer knows by that name, and the
    state abbreviation written after it."""
    found: list[Dateline] = []
    matches = list(DATELINE.finditer(text))
    starts = {m.start("name") for m in matches}
    matches += [m for m in _WIRE_DATELINE.finditer(text) if m.start("name") not in starts]
    for match in matches:
        if match["after"].strip()[:1].isalpha() and match.start("name") > 0:
            continue  # "NATO Secretary": only a story's first words may follow directly
        state = _state_after(text, match.end("name"))
        towns = _towns(match["name"], match.start("name"), gazetteer)
        found += towns
        if state is not None and (towns or _all_caps_town(match["name"])):
            start, end, name = state
            if not towns:
                # A town the gazetteer lacks ("CAMP MURRAY, Wash."): at least its state.
                found.append(Dateline(match.start("name"), match.end("name"), name))
            found.append(Dateline(start, end, name))
    found.sort(key=lambda d: d.start)
    return found


def _all_caps_town(written: str) -> bool:
    return written not in _NOT_TOWNS and len(written.replace(".", "")) >= 4


def _towns(written: str, offset: int, gazetteer: Gazetteer) -> list[Dateline]:
    """The towns of one dateline: "BEIRUT", "TIJUANA & SAN DIEGO"."""
    found: list[Dateline] = []
    start = 0
    parts = [*_JOINED.finditer(written), None]
    for joint in parts:
        end = joint.start() if joint is not None else len(written)
        part = written[start:end]
        if _all_caps_town(part):
            town = _town(part, gazetteer)
            if town is not None:
                found.append(Dateline(offset + start, offset + end, town))
        if joint is not None:
            start = joint.end()
    return found


def _town(written: str, gazetteer: Gazetteer) -> str | None:
    name = written.title()
    hits = gazetteer.lookup(name, fuzzy=False)
    if not hits:
        return None
    top = hits[0]
    if top.feature == "city" and top.population < MIN_POPULATION:
        return None
    return name


def _state_after(text: str, end: int) -> tuple[int, int, str] | None:
    match = _STATE_AFTER.match(text, end)
    if match is None:
        return None
    if expand_state(match["state"]) is None:
        return None
    # Looked up as written: "Wash." is the state, where "Washington" would be the capital.
    return match.start("state"), match.end("state"), match["state"]
