"""Capitalised words the recogniser left out that name a place: "Drones Pound Odesa" in
a headline, "the port of X" after a place word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.dates.timex import MONTHS, WEEKDAYS
from newsift.places.cues import cued, word_set
from newsift.places.gazetteer.lookup import Gazetteer, fold_name
from newsift.places.model import (
    BIG_CITY,
    BIG_NAMESAKE,
    MIN_CITY_POPULATION,
    Mention,
    same_name,
)
from newsift.places.spans import TakenSpans
from newsift.text.doc_text import capitalised, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# "Sumy Bus Station": a facility named after its town, unlike "Rocket Barrage Hits".
FACILITIES = word_set(
    "station airport airbase hospital school bridge plant port market square street depot"
)


def word_mentions(doc: Doc, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised words outside any entity that name a country, region or big town,
    or any town when a locative word precedes them."""
    blocked = TakenSpans(taken + [(e.start_char, e.end_char) for e in doc.ents])
    found: list[Mention] = []
    capital = capitalised(doc)  # most tokens are never built: they open no name
    i = 0
    while i < len(capital):
        if not capital[i]:
            i += 1
            continue
        token = doc[i]
        if (
            token.lower_ in DATE_WORDS
            or token.text.isupper()
            or token.is_stop
            or (token.is_sent_start and token.pos_ != "PROPN" and not cued(doc, token.idx))
        ):
            i += 1
            continue
        j = i
        while j + 1 < len(capital) and j - i < 2 and capital[j + 1]:
            j += 1
        matched = False
        for last in range(j, i - 1, -1):
            start, end = token.idx, doc[last].idx + len(doc[last].text)
            if blocked.overlaps(start, end):
                continue
            # A bare word needs the town's own name, not a former one or another
            # romanisation, unless a strict locative says it is a place ("the port of X").
            strictly = cued(doc, start, strict=True)
            hits = gazetteer.lookup(text_of(doc)[start:end], fuzzy=strictly)
            if not hits:
                continue
            top = hits[0]
            if top.feature == "city" and not same_name(top.name, text_of(doc)[start:end]) and (
                    not strictly):
                continue
            big = top.feature != "city" or top.population >= MIN_CITY_POPULATION
            if last < j and not big and doc[j].lower_ not in FACILITIES:
                accept = False  # "in Rocket Barrage Hits": a headline's words, not a hamlet
            elif cued(doc, start):
                accept = True
            elif fold_name(top.name) != fold_name(text_of(doc)[start:end]) and (
                top.population < BIG_NAMESAKE
            ):
                accept = False  # "Human" (an old name of Uman), unless a cue says "in"
            elif token.is_sent_start:
                accept = token.pos_ == "PROPN" and (
                    top.feature != "city" or top.population >= BIG_CITY
                )
            else:
                # Headlines confuse the tagger ("Drones Pound Odesa" tags a NOUN):
                # a capitalised word inside a sentence is a name all the same.
                accept = big and token.pos_ in ("PROPN", "NOUN")
            if accept:
                found.append(Mention(start, end, "word", text_of(doc)[start:end]))
                i, matched = last + 1, True
                break
        if not matched:
            i += 1
    return found
