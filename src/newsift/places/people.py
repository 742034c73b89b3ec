"""Names the recogniser or the text shows to be people, groups or agencies, not places:
a surname already seen in full ("Lloyd Austin ... Austin said"), a first name seen in
full and alone ("Dale Winter ... Dale said"), an armed group's name ("Hamas"), a name
before "news agency". The places stage drops such mentions once all are found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.places.cues import ARMED_GROUPS, cued
from newsift.places.gazetteer.lookup import Gazetteer, normalize_name
from newsift.places.model import Mention
from newsift.places.possessive import after_country_possessive

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "the Saba news agency": the name is the agency's, no town's.
_AGENCY_AFTER = re.compile(r"\s+news\s+agency\b", re.IGNORECASE)


def without_people(
    mentions: list[Mention], doc: Doc, text: str, gazetteer: Gazetteer
) -> list[Mention]:
    """``mentions`` less those that name a person, an armed group or a news agency."""
    # "Lloyd Austin ... Austin said": a surname already seen in full is that person; a
    # "person" that opens with a verb ("Retaking Kherson would ...") is none.
    ents = doc.ents  # spaCy builds the tuple anew on every access
    surnames = {
        e[-1].text
        for e in ents
        if e.label_ == "PERSON" and len(e) > 1 and not e[-1].text.isupper()  # "... US-based"
        if e[0].pos_ == "PROPN" and not (e[0].lower_.endswith("ing") and len(e[0]) > 5)
        if not after_country_possessive(e.text, gazetteer)  # "Syrias Aleppo": a town
    }
    # A name written with its region in brackets is a place whatever the tagger says.
    mentions = [
        m
        for m in mentions
        if m.kind == "admin1" or m.within is not None or text[m.start : m.end] not in surnames
    ]
    # "Dale Winter ... Dale said": a first name seen in full, and called a person on its
    # own too, is that person, unless the words around it say it is a place ("in Dale").
    people = [e for e in ents if e.label_ == "PERSON"]
    given = {e[0].text for e in people if len(e) > 1} & {e.text for e in people if len(e) == 1}
    mentions = [
        m
        for m in mentions
        if m.within is not None or not _given_name(m, text, given, doc, gazetteer)
        if normalize_name(text[m.start : m.end]) not in ARMED_GROUPS
        if m.kind not in ("entity", "word") or not _AGENCY_AFTER.match(text, m.end)
    ]
    return mentions


def _given_name(
    mention: Mention, text: str, given: set[str], doc: Doc, gazetteer: Gazetteer
) -> bool:
    written = text[mention.start : mention.end]
    if written not in given or mention.kind not in ("entity", "word"):
        return False
    hits = gazetteer.lookup(written, fuzzy=False)
    return bool(hits) and hits[0].feature == "city" and not cued(doc, mention.start)
