"""A place named again: the same name written elsewhere in the story, where the
recogniser missed it or called it a person ("a trip to Saipan" after "Trips to Saipan,
Guam"; "(Picture: Slidell PD)" after "his home in Slidell, La.").

A story keeps one sense for a name, so an occurrence the other sources passed over is
a mention of the place already found, unless it lies inside a person's full name
("George Washington" in a story that names Washington).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.places.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsift.places.gazetteer.lookup import Gazetteer

_SHORTEST = 4  # letters; "Bath", "Nice" and shorter names are too often words
_REPEAT_KINDS = frozenset({"entity", "word"})


def _repeatable(written: str) -> bool:
    return (
        len(written) >= _SHORTEST
        and written[:1].isupper()
        and not written.isupper()
        and all(w[:1].isupper() for w in written.split())
    )


def repeated_mentions(
    doc: Doc,
    text: str,
    mentions: list[Mention],
    taken: list[tuple[int, int]],
    gazetteer: Gazetteer,
) -> list[Mention]:
    """Further occurrences of the names ``mentions`` found, outside ``taken`` spans and
    outside people's full names. A name the gazetteer lacks ("Daesh") is not repeated:
    it would only add places with no point."""
    named: dict[str, Mention] = {}
    for mention in mentions:
        written = text[mention.start : mention.end]
        if (
            mention.kind in _REPEAT_KINDS
            and written not in named
            and _repeatable(written)
            and gazetteer.lookup(mention.lookup, fuzzy=False)
        ):
            named[written] = mention
    if not named:
        return []
    # A full name is capitalised words only: "Abuja Chamber of Commerce", called a person
    # by the recogniser, is an organisation named after the place.
    ents = doc.ents  # spaCy builds the tuple anew on every access
    blocked = taken + [
        (e.start_char, e.end_char)
        for e in ents
        if e.label_ == "PERSON" and len(e) > 1 and all(t.text[:1].isupper() for t in e)
    ]
    # A bare name the recogniser calls an organisation ("Congress", "Hama" for its
    # council) was not taken as a place there for a reason: it stays as it was.
    organisations = {(e.start_char, e.end_char) for e in ents if e.label_ == "ORG"}
    alternatives = "|".join(re.escape(name) for name in sorted(named, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w\-’'])(?:{alternatives})(?![\w\-]|[’']\w\w)")
    found: list[Mention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if (start, end) in organisations or any(start < e and s < end for s, e in blocked):
            continue
        first = named[match.group()]
        found.append(Mention(start, end, first.kind, first.lookup, repeat=True))
        blocked.append((start, end))
    return found
