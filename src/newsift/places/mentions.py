"""Finding place mentions in a parsed body: spans and the name to look each one up by.

Mentions come from these sources, in this order of trust (a later one never overlaps an
earlier one): a place with its district and region in brackets ("Kutum (Kutum, North
Darfur)", :mod:`newsift.places.brackets`); region phrases ("Kharkiv region", "Sumy
Oblast", "the northeastern region of Sumy") and villages followed by their region
("Petrivka, Donetsk"), both found by
:mod:`newsift.places.regions`; local features ("Harbour Street", see
:mod:`newsift.places.features`); datelines ("BEIRUT (AP)"); spaCy GPE/LOC/FAC
entities, capitalised words spaCy missed that name a well-known place, and nationality
words ("Russian", "South Korean") or capitals-only country names ("US"). The cue words
that tell a place from a person or an organisation ("in Bucha", "the Lyman area") live
in :mod:`newsift.places.cues`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsift.places.acronyms import acronym_mentions
from newsift.places.brackets import bracket_mentions
from newsift.places.counties import county_follows
from newsift.places.cues import cued, word_set
from newsift.places.datelines import datelines
from newsift.places.embedded import (
    after_possessive,
    county_prefix,
    joined_countries,
    leading_place,
    region_after_comma,
)
from newsift.places.features import feature_mentions, river_named
from newsift.places.gazetteer.lookup import (
    Gazetteer,
    GeoHit,
    demonym_place,
    fold_name,
)
from newsift.places.model import (
    BIG_CITY,
    MISLABELLED_CITY,
    Mention,
    own_name_first,
    same_name,
    without_container,
)
from newsift.places.people import without_people
from newsift.places.possessive import possessive_mentions
from newsift.places.regions import qualified_mentions, region_mentions
from newsift.places.repeats import repeated_mentions
from newsift.places.spans import TakenSpans
from newsift.places.ua_spellings import community_name
from newsift.places.words import DATE_WORDS, word_mentions
from newsift.text.doc_text import capitalised, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MISLABELLED = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})
# "von der Leyen", "al-Assad": a particle before a capitalised word makes it a surname.
_PARTICLES = word_set("von van der de del al bin ibn di da")
# Words that open a place's name without being part of it: "Eastern Mariupol".
_QUALIFIERS = word_set(
    "eastern western northern southern central greater downtown occupied liberated besieged "
    "embattled shelled northeastern northwestern southeastern southwestern near outside in"
)
_COMPASS = word_set("north south east west northeast northwest southeast southwest")
TRAILING_WORDS = word_set("city state county province region oblast governorate district")
_DEMONYM_END = ("ian", "ians", "ese", "ish", "ean", "eans", "ic", "i", "an")
_UNIONS = frozenset({"EU"})
# "Central American", "Southeast Asian": a wider area than the country the adjective names.
_AREA_WORDS = word_set(
    "central latin north south east west southeast southwest northeast northwest"
)
# Capitalised words that open a sentence or a title, never a place's first word.
_NOT_NAME_WORDS = word_set("the this that its his her their in at near and of")
_LEADING = re.compile(r"^(?:the|The)\s+")
_TRAILING = re.compile(r"(?:[’']s?)$")


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    lead = _LEADING.match(text[start:end])
    if lead:
        start += lead.end()
    trail = _TRAILING.search(text[start:end])
    if trail and trail.start() > 0:
        end = start + trail.start()
    return start, end


def _is_demonym(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if demonym_place(token.text) is not None:
        return True  # "Emirati handler": tagged a proper noun, still a nationality
    return token.tag_ in ("JJ", "NNPS") and token.text.casefold().endswith(_DEMONYM_END)


def _strong(hits: list[GeoHit], name: str, single_word: bool, cued: bool = False) -> bool:
    """Whether a name spaCy did not call a place surely is one.

    A locative cue ("in Bucha", "the city of Enerhodar") lets any town through; without
    one only countries, regions and big cities do (one-word person names only when they
    are countries or big cities: "Chad", "Jordan" stay people unless cued). A town must
    carry the name as its own, not as a historic or foreign alternate ("Stalin").
    """
    if not hits:
        return False
    top = hits[0]
    if top.feature == "city" and not same_name(top.name, name):
        return False
    if name.isupper() and len(name) <= 5 and top.feature not in ("country", "continent", "region"):
        return False  # "BAE", "CIA": acronyms are organisations
    if cued:
        return True
    if single_word and top.feature not in ("country", "city", "region"):
        return False
    return top.feature in ("country", "admin1", "continent", "region") or (
        top.feature == "city" and top.population >= MISLABELLED_CITY
    )


def _entity_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Mention]:
    found: list[Mention] = []
    # In a text written with capitals, a name written without one is a common noun the
    # tagger took for a name ("withdrew into the bush"), not a place.
    cased = text != text.lower()
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS | _MISLABELLED and not _dateless(ent):
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        # "Toshkivka, Luhansk Oblast", "Power Plant (Enerhodar": keep the first name;
        # a region after the comma is a mention of its own ("Thruxton, Hampshire").
        for mark in (",", "("):
            cut = text.find(mark, start, end)
            if cut > start:
                if mark == ",":
                    found += region_after_comma(text, cut + 1, end, gazetteer)
                end = len(text[:cut].rstrip())
        end = without_container(text, start, end, gazetteer)
        start = after_possessive(text, start, end, gazetteer)
        if end <= start or _is_demonym(doc, start, end):
            continue
        if cased and text[start:end] == text[start:end].lower():
            continue
        if ent.start > 0 and doc[ent.start - 1].text in _PARTICLES:
            continue
        fuzzy = ent.label_ in _PLACE_LABELS or cued(doc, start, end, strict=True)
        hits = own_name_first(gazetteer.lookup(text[start:end], fuzzy=fuzzy), text[start:end])
        lookup_start = start
        if not hits:
            lookup_start, hits = _qualified(doc, ent, gazetteer)
        if not hits:
            start, hits = _first_word_cut(doc, ent, start, end, gazetteer)
            lookup_start = start
        name = text[lookup_start:end]
        small = not hits or not same_name(hits[0].name, name) or hits[0].population < BIG_CITY
        if small and ent.end < len(doc):
            # spaCy cut "Bila Tserkva" to "Bila": take the capitalised words that follow.
            for extra in (2, 1):
                tail = doc[ent.end : ent.end + extra]
                if len(tail) == extra and all(t.text[:1].isupper() for t in tail):
                    written = text[lookup_start : tail.end_char]
                    longer = gazetteer.lookup(written, fuzzy=False) or _spelt_so(
                        written, gazetteer
                    )
                    if longer and same_name(longer[0].name, written):
                        end, name, hits = tail.end_char, text[lookup_start : tail.end_char], longer
                        break
        river_end, river = river_named(text, lookup_start, end, gazetteer)
        if river:
            end, name, hits = river_end, text[lookup_start:river_end], river
        person = ent.label_ in ("PERSON", "DATE", "TIME")  # a name needs "in", "near"
        # "Knockhill, Fife": a name the gazetteer lacks, written before its county.
        beside = not hits and not person and county_follows(text, end, gazetteer)
        # No hit is never strong: the words around it are read only for a known name.
        strong = beside or bool(hits) and _strong(
            hits, name, person and len(ent) == 1, cued(doc, lookup_start, end, strict=person)
        )
        community = None if strong or person else community_name(text, start, ent.end_char)
        if community is not None:  # "Znob-Novhorodska territorial community": a place
            found.append(Mention(*community, "entity", text[community[0] : community[1]]))
            continue
        if ent.label_ not in _PLACE_LABELS and not strong:
            # spaCy often calls "Bucha" an ORG, "Avdiivka" a PERSON, "Kursk" a PRODUCT.
            embedded = leading_place(doc, ent, gazetteer) if not person else None
            if embedded is not None:
                found.append(embedded)
            continue
        if not hits:
            # "Marathon County Sheriff" tagged a place: the county it opens with.
            embedded = (
                leading_place(doc, ent, gazetteer)
                if ent.label_ == "FAC"
                else county_prefix(doc, ent, gazetteer)
            )
            if embedded is not None:
                found.append(embedded)
                continue
        after_the = text[max(0, start - 4) : start].casefold() == "the "
        found.append(Mention(start, end, "entity", name, after_the, _before_noun(doc, ent)))
    return found


def _spelt_so(written: str, gazetteer: Gazetteer) -> list[GeoHit]:
    """A town's own name in another romanisation ("Deir Ezzor" for Deir ez-Zor): the
    folded lookup, kept only when the folded names are one."""
    hits = gazetteer.lookup(written)
    if hits and hits[0].feature == "city" and fold_name(hits[0].name) == fold_name(written):
        return hits
    return []


def _dateless(ent: Span) -> bool:
    """A "date" that is only a name ("in Manbij"): the recogniser's guess, no date."""
    return ent.label_ in ("DATE", "TIME") and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in DATE_WORDS for t in ent
    )


def _before_noun(doc: Doc, ent: Span) -> bool:
    following = [t for t in doc[ent.end : ent.end + 2] if not t.is_space]
    return bool(following) and following[0].pos_ == "NOUN" and following[0].text.islower()


def _qualified(doc: Doc, ent: Span, gazetteer: Gazetteer) -> tuple[int, list[GeoHit]]:
    """ "Eastern Mariupol", "Near Bayrak": look the name up without its qualifier."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) > 1 and words[0].lower_ in _QUALIFIERS:
        return words[1].idx, gazetteer.lookup(text_of(doc)[words[1].idx : ent.end_char])
    if len(words) > 1 and words[0].lower_ in _COMPASS:
        # "South Florida", "West Wales": a part of a region, country or big city, never
        # of a small town ("South Side" is no part of Side, Turkey).
        rest = text_of(doc)[words[1].idx : ent.end_char]
        hits = gazetteer.lookup(rest, fuzzy=False)
        top = hits[0] if hits else None
        if top is not None and (
            top.feature != "city" or (top.population >= BIG_CITY and same_name(top.name, rest))
        ):
            return words[1].idx, hits
    return ent.start_char, []


def _first_word_cut(
    doc: Doc, ent: Span, start: int, end: int, gazetteer: Gazetteer
) -> tuple[int, list[GeoHit]]:
    """ "in Dera Ismail Khan" tagged a person "Ismail Khan": a town named after a person
    whose first word the recogniser left out. Only a town's own name counts."""
    if ent.start == 0 or start != ent.start_char:
        return start, []
    before = doc[ent.start - 1]
    if not before.text[:1].isupper() or before.is_sent_start or before.whitespace_ != " ":
        return start, []
    written = text_of(doc)[before.idx : end]
    hits = gazetteer.lookup(written, fuzzy=False)
    if hits and hits[0].feature == "city" and same_name(hits[0].name, written):
        return before.idx, hits
    return start, []


_WORD_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][\w’'\-]*\w) $")


def _widened(text: str, mention: Mention, gazetteer: Gazetteer) -> Mention:
    """ "Dera Ismail Khan district": a region phrase takes at most two words of the name;
    a capitalised word before them belongs to it when the whole is a known name."""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None or before[1].casefold() in _NOT_NAME_WORDS:
        return mention
    written = f"{before[1]} {mention.lookup}"
    hits = gazetteer.lookup(written, fuzzy=False)
    if hits and hits[0].feature != "country" and same_name(hits[0].name, written):
        return replace(mention, start=before.start(1), lookup=written)
    return mention


def _demonym_mentions(
    doc: Doc, gazetteer: Gazetteer, taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "Russian", "South Korean", "Ukrainians": each a mention of its country; and the
    capitals-only country names spaCy leaves untagged ("US tariffs", "EU rules")."""
    found: list[Mention] = []
    blocked = TakenSpans(taken)
    capital = capitalised(doc)  # tokens are built only where a name may start
    i = 0
    while i < len(capital):
        if not capital[i]:
            i += 1  # most words: no name starts here, of one word or two
            continue
        for size in (2, 1):
            if i + size > len(capital) or not all(capital[i : i + size]):
                continue
            first, last = doc[i], doc[i + size - 1]
            start, end = first.idx, last.idx + len(last.text)
            written = text_of(doc)[start:end]
            place = demonym_place(written)
            acronym = size == 1 and written.isupper() and 1 < len(written) < 5
            if (place is None and not acronym) or blocked.overlaps(start, end):
                continue
            if place is not None and (i == 0 or doc[i - 1].lower_ not in _AREA_WORDS):
                found.append(Mention(start, end, "demonym", place))
                i += size - 1
                break
            if acronym and (written in _UNIONS or gazetteer.country(written)):
                found.append(Mention(start, end, "word", written))  # "US tariffs", "EU"
                break
        i += 1
    return found


def find_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every place mention in ``text`` (parsed as ``doc``), in text order, no overlaps."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    found = bracket_mentions(text, gazetteer)
    found += possessive_mentions(text, gazetteer)
    found += [_widened(text, m, gazetteer) for m in region_mentions(text)]
    found += qualified_mentions(text, gazetteer)
    found += feature_mentions(doc, text, gazetteer)
    found += [Mention(d.start, d.end, "word", d.name) for d in datelines(text, gazetteer)]
    found += joined_countries(doc, gazetteer)
    for mention in found + _entity_mentions(doc, text, gazetteer):
        if not _overlaps(mention.start, mention.end, taken):
            mentions.append(mention)
            taken.append((mention.start, mention.end))
    words = word_mentions(doc, gazetteer, taken)
    mentions += words
    taken += [(m.start, m.end) for m in words]
    demonyms = _demonym_mentions(doc, gazetteer, taken)
    mentions += demonyms
    taken += [(m.start, m.end) for m in demonyms]
    acronyms = acronym_mentions(text, mentions, gazetteer, taken)
    mentions += acronyms
    taken += [(m.start, m.end) for m in acronyms]
    mentions += repeated_mentions(doc, text, mentions, taken, gazetteer)
    mentions = without_people(mentions, doc, text, gazetteer)
    mentions.sort(key=lambda m: m.start)
    return mentions
