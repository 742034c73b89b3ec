"""Places an incident sentence names that the places stage missed, in the story's country.

Feeds that strip punctuation run a list of towns together ("blasts hit Tartous Homs and
Hasakeh"), and the recogniser then reads one unknown name, or calls a town a language
or a nationality ("in Aleppo" tagged LANGUAGE). Inside an incident's own sentence a run
of capitalised words is worth a second look: when the whole run, or every piece of it,
is a region or a sizeable town of the country the story is about, those are the places.
A run with any piece the gazetteer does not hold there is left alone ("Ahrar al-Sham",
"Bab al-Nairab district" are no list of towns), which keeps groups and people out.
"""

from __future__ import annotations

import re

from newsift.model import Place
from newsift.places.gazetteer.lookup import GeoHit, demonym_place
from newsift.places.possessive import MIN_TOWN, PlaceLookup, place_of

# A capitalised word, or one behind an Arabic article ("al-Nairab", "ez-Zor").
_WORD = r"(?:[A-Z][\w’'\-]*|(?:al|el|ad|ar|as|ash|ez|az|es)-[A-Z]?[\w’'\-]+)"
RUN = re.compile(rf"(?<![\w’'\-])[A-Z][a-z][\w’'\-]*(?:[ \t]+{_WORD})*")
MAX_PIECE = 3  # words in one town's name: "Deir ez-Zor", "Ras al-Ain"
_REGIONS = frozenset({"admin1", "admin2", "region"})


def missed_places(
    text: str, start: int, end: int, gazetteer: PlaceLookup, codes: list[str], taken: list[Place]
) -> list[Place]:
    """Regions and towns of the countries ``codes`` in ``text[start:end]`` that no place
    in ``taken`` covers (see the module docstring)."""
    found: list[Place] = []
    for run in RUN.finditer(text, start, end):
        offset = run.start()
        words = [(m.start() + offset, m.end() + offset) for m in re.finditer(r"\S+", run[0])]
        # A place already found splits the run: "Aleppo Hama [Damascus]".
        segments: list[list[tuple[int, int]]] = [[]]
        for word in words:
            if any(p.start < word[1] and word[0] < p.end for p in taken) or _possessive(
                text[word[0] : word[1]], gazetteer
            ):
                segments.append([])
            else:
                segments[-1].append(word)
        for segment in segments:
            for code in codes:
                pieces = _cover(text, segment, gazetteer, code)
                if pieces:
                    found += pieces
                    break
    return found


def _cover(
    text: str, words: list[tuple[int, int]], gazetteer: PlaceLookup, code: str
) -> list[Place] | None:
    """The run read as consecutive place names, longest first, or None if it is not one."""
    places: list[Place] = []
    i = 0
    while i < len(words) and demonym_place(text[words[i][0] : words[i][1]]) is not None:
        i += 1  # "the Syrian Hama province": the nationality opens the name, not a place
    while i < len(words):
        for size in range(min(MAX_PIECE, len(words) - i), 0, -1):
            begin, finish = words[i][0], words[i + size - 1][1]
            written = text[begin:finish]
            if not written[:1].isupper():
                continue
            hit = _lookup(gazetteer, written, code)
            if hit is not None:
                places.append(place_of(written, begin, finish, hit))
                i += size
                break
        else:
            # "in Deir Ezour Advances in Jobar": a title-case headline runs on into its
            # verb; the places read so far stand, unless the word binds to the last one
            # ("Bab al-Nairab" is no town Bab).
            particle = text[words[i][0]].islower()
            return places if places and not particle else None
    return places


# French-style romanisation writes the Arabic u as "ou" ("Deir el-Zour", "Souran"),
# which the gazetteer's folding does not merge with "Deir ez-Zor".
_FRENCH_OU = re.compile(r"ou", re.IGNORECASE)


def _lookup(gazetteer: PlaceLookup, written: str, code: str) -> GeoHit | None:
    """A region or sizeable town of ``code`` called ``written``, or spelt so the French way."""
    spellings = [written, _FRENCH_OU.sub("o", written), _FRENCH_OU.sub("u", written)]
    for name in dict.fromkeys(spellings):
        hit = gazetteer.best(name, (code,))
        if hit is not None and _sizeable(hit, code):
            return hit
    return None


def _possessive(word: str, gazetteer: PlaceLookup) -> bool:
    """ "Syrias": a country's bare possessive, which ends one run of names."""
    if len(word) < 4 or not word.endswith("s"):
        return False
    hit = gazetteer.best(word[:-1])
    return hit is not None and hit.feature == "country"


def _sizeable(hit: GeoHit, code: str) -> bool:
    if hit.country_code != code:
        return False
    return hit.feature in _REGIONS or (hit.feature == "city" and hit.population >= MIN_TOWN)
