"""A place named again: the same name written elsewhere in the story, where the
recogniser missed it or called it a person ("a trip to Saipan" after "Trips to Saipan,
Guam"; "(Picture: Slidell PD)" after "his home in Slidell, La.").

A story keeps one sense for a name, so an occurrence the other sources passed over is
a mention of the place already found, unless it lies inside a person's full name
("George Washington" in a story that names Washington).
"""

from __future__ import annotations

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
    found: list[Mention] = []
    for start, end in _occurrences(text, sorted(named, key=len, reverse=True)):
        if (start, end) in organisations or any(start < e and s < end for s, e in blocked):
            continue
        first = named[text[start:end]]
        found.append(Mention(start, end, first.kind, first.lookup, repeat=True))
        blocked.append((start, end))
    return found


def _word_char(c: str) -> bool:
    """What the regex class ``\\w`` matches in a str pattern."""
    return c.isalnum() or c == "_"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No word character, hyphen or apostrophe before ``start``; none after ``end``
    either, but an apostrophe with one letter after it ("Kyiv's")."""
    if start > 0 and (_word_char(text[start - 1]) or text[start - 1] in "-’'"):
        return False
    if end < len(text):
        after = text[end]
        if _word_char(after) or after == "-":
            return False
        if after in "’'" and end + 2 < len(text) and (
            _word_char(text[end + 1]) and _word_char(text[end + 2])
        ):
            return False
    return True


def _occurrences(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where ``names`` (longest first) stand alone in ``text``, left to right, none
    overlapping, the longest at a start kept: what a regex alternation of the names in
    that order finds. Each article has its own names, so such a regex was compiled anew
    for every article, which cost more than this whole search."""
    best: dict[int, int] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            if at not in best and _stands_alone(text, at, at + len(name)):
                best[at] = at + len(name)
            at = text.find(name, at + 1)
    spans: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(best):
        if start >= reached:
            spans.append((start, best[start]))
            reached = best[start]
    return spans
