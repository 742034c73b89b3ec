"""Initials of a place the article names: "SA" after "South Africa", "T&T" after
"Trinidad and Tobago", "NJ" in a story about Paterson, New Jersey.

A capitals-only word is an organisation far more often than a place ("BAE", "CIA"), so
it is read as a place only when its letters are the initials of a country or a
first-level region that the article's other mentions name or lie in. The region of a
town counts: "SC" in a story about Myrtle Beach is South Carolina.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.places.gazetteer.landmarks import is_landmark
from newsift.places.model import Mention

if TYPE_CHECKING:
    from newsift.places.gazetteer.lookup import Gazetteer

_ACRONYM = re.compile(r"(?<![\w&.])[A-Z](?:&?[A-Z]){1,3}(?![\w&])")
_AND = frozenset({"and", "&"})
# A word that only names the kind of region adds no letter: "Kyiv Oblast" is no "KO".
_KIND_WORDS = frozenset({"oblast", "governorate", "province", "region", "county", "district"})


def initials(name: str) -> set[str]:
    """The initials a name is shortened to: "South Africa" -> {"SA"},
    "Trinidad and Tobago" -> {"T&T", "TT"}. A one-word name has none."""
    words = name.replace("-", " ").split()
    letters: list[str] = []
    for word in words:
        if word.casefold() in _AND:
            letters.append("&")
        elif word[:1].isupper() and word.casefold() not in _KIND_WORDS:
            letters.append(word[0])
        elif word[:1].isupper():
            return set()
    capitals = [letter for letter in letters if letter != "&"]
    if len(capitals) < 2:
        return set()
    written = "".join(letters).strip("&")
    return {written, written.replace("&", "")}


def _named_places(mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, str]:
    """Initials -> the name of a country or region the mentions name or lie in."""
    named: dict[str, str] = {}
    for mention in mentions:
        if mention.kind in ("demonym", "feature"):
            continue
        hits = gazetteer.lookup(mention.lookup, fuzzy=False)[:1]
        for hit in hits:
            names = [hit.country]
            if hit.feature in ("admin1", "city"):
                names.append(hit.admin1)
            if hit.feature == "region" and not is_landmark(hit.name):
                names.append(hit.name)
            for name in names:
                for short in initials(name or ""):
                    named.setdefault(short, name or "")
    return named


def acronym_mentions(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, taken: list[tuple[int, int]]
) -> list[Mention]:
    """Capitals-only words that abbreviate a country or region the article names."""
    named = _named_places(mentions, gazetteer)
    if not named:
        return []
    found: list[Mention] = []
    for match in _ACRONYM.finditer(text):
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            continue
        place = named.get(match.group())
        if place is not None:
            found.append(Mention(start, end, "word", place))
    return found
