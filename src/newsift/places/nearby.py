"""Places settled by the story's other places.

A name that its own words settled once means that place wherever the story writes it
again bare, where the bare mention took another place's spelling (:func:`one_sense`):
a village the body places in a city's countryside is that village in the headline too,
where alone it read as a spelling of a bigger town elsewhere. A bare name that is a
place's own keeps it: a story about Washington state still writes "Washington, D.C."
for the capital.

And a small town the recogniser took for a person or a firm, which the first pass let
go for want of a locative cue, is a place when it lies near the story's towns
(:func:`nearby_mentions`): local news names the villages around its town bare.

(A third rule, a small town away from all the story's places giving way to its
namesake among them, helped the place sets and cost the news check half a main
incident; it was dropped: BENCHMARKS.md, session 10.)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from newsift.model import Place
from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import Gazetteer, GeoHit, fold_name
from newsift.places.spans import TakenSpans
from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Two towns this close are one locality's (a county, a metro area).
NEAR_KM = 60.0
_MOVABLE_KINDS = (None, "repeat")
# A bare mention this close to the settled one is taken to mean it already.
SAME_PLACE_KM = 25.0


def _point(place: Place) -> tuple[float, float] | None:
    if place.latitude is None or place.longitude is None:
        return None
    return (place.latitude, place.longitude)


def one_sense(places: list[Place], settled: Collection[int]) -> list[tuple[int, int]]:
    """(index, source) for each bare mention resolved to a place of another name, where
    the mention at ``source`` (one of ``settled``) of the same name resolved by its own
    words to a place more than :data:`SAME_PLACE_KM` away."""
    sense: dict[str, int] = {}
    for index in sorted(settled):
        place = places[index]
        if place.kind in _MOVABLE_KINDS and _point(place) is not None:
            sense.setdefault(fold_name(place.name), index)
    moved: list[tuple[int, int]] = []
    for index, place in enumerate(places):
        source = sense.get(fold_name(place.name))
        here, there = _point(place), _point(places[source]) if source is not None else None
        if (
            source is None
            or index in settled
            or place.kind not in _MOVABLE_KINDS
            or here is None
            or there is None
            or fold_name(place.resolved or "") == fold_name(place.name)
        ):
            continue
        if km_between(here, there) > SAME_PLACE_KM:
            moved.append((index, source))
    return moved


# A name a person's title opens, or that speaks, is a person's: "Mr Castle said".
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Gen|Col|Capt|Sgt|Rev|Prof)\.?|"
    r"\b(?:President|Governor|Mayor|Minister|Senator|Judge|Officer))\s+$"
)
_LONGEST_TITLE = len("President.")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|asked)\b")
_MISREAD_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC"})
MAX_NAME_TOKENS = 3


def _titled(text: str, start: int) -> bool:
    """Whether a title ends just before ``start``, spaces between: only the last word
    before the spaces can be one, so only it is searched, not the text before it."""
    word_end = start
    while word_end > 0 and text[word_end - 1].isspace():
        word_end -= 1
    return _TITLE_BEFORE.search(text, max(0, word_end - _LONGEST_TITLE), start) is not None


def _surnames(ents: Sequence[Span]) -> set[str]:
    """The last words of the story's people of two or more words: "Jan Coggeshall"."""
    return {fold_name(e[-1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}


def nearby_mentions(doc: Doc, places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """Towns the recogniser called a person or an organisation ("driving to Castlegar"
    tagged PERSON) that the first pass let go for want of a cue or of size, found
    because they lie within :data:`NEAR_KM` of a town the story placed: a local paper
    names the villages around its town without saying they are places."""
    text = text_of(doc)
    anchors = [
        p for p in places
        if p.resolved is not None and p.kind != "demonym" and p.geonameid is not None
        and p.resolved not in (p.country, p.admin1)
    ]  # fmt: skip
    if not anchors:
        return []
    ents = doc.ents  # spaCy builds the tuple anew on every access
    people = _surnames(ents)
    taken = TakenSpans((p.start, p.end) for p in places)
    found: list[Place] = []
    for ent in ents:
        name, start, end = ent.text, ent.start_char, ent.end_char
        if (
            ent.label_ not in _MISREAD_LABELS
            or len(ent) > MAX_NAME_TOKENS
            or taken.overlaps(start, end)
            or any(p.start < end and start < p.end for p in found)
            or fold_name(name) in people
            or _titled(text, start)
            or _SPEAKS_AFTER.match(text, end)
        ):
            continue
        hits = [
            h for h in gazetteer.lookup(name, fuzzy=False)[:20]
            if h.feature == "city" and fold_name(h.name) == fold_name(name)
        ]  # fmt: skip
        near = [h for h in hits if _near_town(h, anchors)]
        if near:
            place = Place(name, start, end)
            hit = max(near, key=lambda h: h.population)
            place.resolved, place.admin1, place.country = hit.name, hit.admin1, hit.country
            place.admin2, place.geonameid = hit.admin2, hit.geonameid
            place.latitude, place.longitude = hit.latitude, hit.longitude
            found.append(place)
    return found


def _near_town(hit: GeoHit, anchors: list[Place]) -> bool:
    point = (hit.latitude, hit.longitude)
    return any(
        a.latitude is not None
        and a.longitude is not None
        and km_between(point, (a.latitude, a.longitude)) <= NEAR_KM
        for a in anchors
    )
