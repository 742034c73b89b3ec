"""Finding place mentions in a parsed body: spans and the name to look each one up by.

Mentions come from these sources, in this order of trust (a later one never overlaps an
earlier one): region phrases ("Kharkiv region", "Sumy Oblast", "the northeastern region
of Sumy"), villages followed by their region ("Petrivka, Donetsk"), spaCy GPE/LOC/FAC
entities, capitalised words spaCy missed that name a well-known place, and nationality
words ("Russian", "South Korean") or capitals-only country names ("US"). The cue words
that tell a place from a person or an organisation ("in Bucha", "the Lyman area") live
in :mod:`newsift.extract.place_cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from newsift.extract.place_cues import NAME_PATTERN, REGION_WORD, cued, word_set
from newsift.gazetteer import Gazetteer, GeoHit, demonym_place, fold_name, normalize_name
from newsift.timex import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_DISTRICT_WORD = r"(?:[Dd]istrict|[Rr]aion|[Rr]ayon)"
REGION_AFTER = re.compile(
    rf"\b(?P<name>{NAME_PATTERN})\s+(?P<kind>{REGION_WORD}|{_DISTRICT_WORD})\b"
)
# "Pechenihy, Kharkiv", "Pisky (Pokrovsk district, ...)", "Vesele in the Donetsk region".
QUALIFIED = re.compile(
    rf"\b(?P<town>{NAME_PATTERN})(?=(?:\s*,\s*|\s+\(\s*|\s+in\s+the\s+)(?P<region>{NAME_PATTERN})"
    rf"(?P<kind>\s+(?:{REGION_WORD}|{_DISTRICT_WORD}))?\b)"
)
REGION_OF = re.compile(
    rf"\b(?:the\s+)?(?:[a-z\-]+\s+)?(?P<kind>region|province|oblast|governorate|district)"
    rf"\s+of\s+(?P<name>{NAME_PATTERN})"
)


# Words that start a sentence or a title, not a place: "The region", "Its district".
_NOT_NAMES = word_set(
    "the this that a an its his her their our each every whole entire same "
    "border frontline front eastern western southern northern central"
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MISLABELLED = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
BIG_CITY = 100_000
MISLABELLED_CITY = 20_000  # a town spaCy called an organisation or a person, uncued
EMBEDDED_CITY = 10_000  # "Mykolaiv Oncology Hospital": the town opening a name
CUED_CITY = 500  # after "in", "near", "outside": cities500 holds nothing smaller
# Names that GeoNames gives some town or region but that news uses for no one place.
GENERIC = word_set(
    "west east north south midwest gulf atlantic pacific arctic interior capital front center "
    "centre valley village city town western eastern northern southern nato god"
)
# "von der Leyen", "al-Assad": a particle before a capitalised word makes it a surname.
_PARTICLES = word_set("von van der de del al bin ibn di da")
# Words that open a place's name without being part of it: "Eastern Mariupol".
_QUALIFIERS = word_set(
    "eastern western northern southern central greater downtown occupied liberated besieged "
    "embattled shelled northeastern northwestern southeastern southwestern near outside in"
)
TRAILING_WORDS = word_set("city state county province region oblast governorate district")
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_DEMONYM_END = ("ian", "ians", "ese", "ish", "ean", "eans", "ic", "i", "an")
_UNIONS = frozenset({"EU"})
# "Lyman Train Station": a facility named after its town, unlike "Car Bomb Blast".
_FACILITIES = word_set(
    "station airport airbase hospital school bridge plant port market square street depot"
)
# "Central American", "Southeast Asian": a wider area than the country the adjective names.
_AREA_WORDS = word_set(
    "central latin north south east west southeast southwest northeast northwest"
)
_LEADING = re.compile(r"^(?:the|The)\s+")
_TRAILING = re.compile(r"(?:[’']s?)$")
MIN_CITY_POPULATION = 50_000  # for a capitalised word spaCy did not tag
BIG_NAMESAKE = 1_000_000  # a city known abroad by its other name: "Kiev", "Bombay"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # "admin1", "district", "entity", "word", "demonym"
    lookup: str  # the name to look up (without "the", "region", "'s")
    after_the: bool = False  # "the West", "the Atlantic": rarely a town


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


def _region_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    for match in REGION_AFTER.finditer(text):
        name, start = match["name"], match.start()
        first = name.split()[0]
        if first.casefold() in _NOT_NAMES:
            if first == name:
                continue
            # "The Sumy region": the name starts after the capitalised article.
            start += len(name) - len(name[len(first) :].lstrip())
            name = name[len(first) :].lstrip()
        if demonym_place(name) is not None:
            continue  # "the Syrian province of Idlib": the region is named after "of"
        kind = "district" if re.fullmatch(_DISTRICT_WORD, match["kind"]) else "admin1"
        found.append(Mention(start, match.end(), kind, name))
    for match in REGION_OF.finditer(text):
        # "the Kalininsky district of Donetsk" is a district of the city of Donetsk.
        kind = "entity" if match["kind"] == "district" else "admin1"
        found.append(Mention(match.start("name"), match.end("name"), kind, match["name"]))
    return found


def _qualified_mentions(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """A village and the region written after it, as ACLED and local news name places:
    "Pechenihy, Kharkiv", "Novoselivka, Donetsk region". The region word alone is the
    region ("Kharkiv" there is Kharkiv Oblast), and the village is a place even when the
    entity recogniser missed it; towns big enough to be listed ("Kyiv, Kharkiv") are not
    read this way."""
    found: list[Mention] = []
    for match in QUALIFIED.finditer(text):
        town, region = match["town"], match["region"]
        if town.split()[0].casefold() in _NOT_NAMES | _DATE_WORDS:
            continue
        district = match["kind"] is not None and re.search(_DISTRICT_WORD, match["kind"])
        outer = gazetteer.district(region) if district else gazetteer.admin1(region)
        hits = gazetteer.lookup(town)
        # Only a town the region holds: "Meanwhile, Kharkiv" names no village.
        if outer is None or not any(h.admin1 == outer.admin1 for h in hits[:20]):
            continue
        if hits[0].feature != "city" or hits[0].population >= BIG_CITY:
            continue
        found.append(Mention(match.start("town"), match.end("town"), "entity", town))
        if match["kind"] is None:
            found.append(Mention(match.start("region"), match.end("region"), "admin1", region))
    return found


def _is_demonym(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.tag_ in ("JJ", "NNPS") and token.text.casefold().endswith(_DEMONYM_END)


def same_name(official: str, written: str) -> bool:
    """A spelling of the town's own name (Kiev, Severodonetsk), not a former or foreign
    one that happens to be a word or a person ("Stalin" for Donetsk, "Salisbury")."""
    a, b = fold_name(official), fold_name(written)
    return a == b or SequenceMatcher(None, a, b).ratio() >= 0.7


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
    if name.isupper() and len(name) <= 5 and top.feature not in ("country", "continent"):
        return False  # "BAE", "CIA": acronyms are organisations
    if cued:
        return True
    if single_word and top.feature not in ("country", "city"):
        return False
    return top.feature in ("country", "admin1", "continent") or (
        top.feature == "city" and top.population >= MISLABELLED_CITY
    )


def _leading_place(doc: Doc, ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """A town or country that opens or closes an organisation or facility name:
    "Vinnytsia Airport", "Mykolaiv Oncology Hospital", "the Reserve Bank of Zimbabwe"."""
    lead = _after_possessive(doc.text, ent.start_char, ent.end_char, gazetteer)
    words = [t for t in ent if t.idx >= lead and not (t.i == ent.start and t.lower_ == "the")]
    heads = [words[:size] for size in range(min(3, len(words) - 1), 0, -1)]
    of = [i for i, t in enumerate(words) if t.lower_ == "of"]
    if of and 0 < len(words) - of[-1] - 1 <= 3:
        heads.insert(0, words[of[-1] + 1 :])
    # "Air Zimbabwe", "HSBC Malta": a country closing the name.
    tails = [words[-size:] for size in (2, 1) if len(words) > size]
    for tail, head in [(False, h) for h in heads] + [(True, t) for t in tails]:
        if not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in head):
            continue
        start, end = head[0].idx, head[-1].idx + len(head[-1].text)
        if normalize_name(doc.text[start:end]) in GENERIC:
            continue  # "North Atlantic Treaty Organization"
        hits = gazetteer.lookup(doc.text[start:end], fuzzy=False)
        if not hits or (tail and hits[0].feature != "country"):
            continue
        # "New York Times": the written name may be the start of the official one.
        official, written = fold_name(hits[0].name), fold_name(doc.text[start:end])
        if hits[0].feature in ("country", "admin1", "continent") or (
            hits[0].feature == "city"
            and hits[0].population >= EMBEDDED_CITY
            and official.startswith(written)
        ):
            return Mention(start, end, "word", doc.text[start:end])
    return None


def _after_possessive(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where the name starts in "Syrias Raqqa" (a possessive that lost its apostrophe)."""
    first, _, rest = text[start:end].partition(" ")
    if rest and first.isalpha() and first.endswith("s") and gazetteer.country(first[:-1]):
        return start + len(first) + 1
    return start


def _entity_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Mention]:
    found: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS | _MISLABELLED:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        comma = text.find(",", start, end)
        if comma > start:
            end = comma  # "Toshkivka, Luhansk Oblast" as one entity: keep the town
        start = _after_possessive(text, start, end, gazetteer)
        if end <= start or _is_demonym(doc, start, end):
            continue
        if ent.start > 0 and doc[ent.start - 1].text in _PARTICLES:
            continue
        hits = gazetteer.lookup(text[start:end], fuzzy=ent.label_ in _PLACE_LABELS)
        lookup_start = start
        if not hits:
            lookup_start, hits = _qualified(doc, ent, gazetteer)
        name = text[lookup_start:end]
        if not hits and ent.end < len(doc):
            # spaCy cut "Bila Tserkva" to "Bila": take the capitalised words that follow.
            for extra in (2, 1):
                tail = doc[ent.end : ent.end + extra]
                if len(tail) == extra and all(t.text[:1].isupper() for t in tail):
                    longer = gazetteer.lookup(text[lookup_start : tail.end_char], fuzzy=False)
                    if longer:
                        end, name, hits = tail.end_char, text[lookup_start : tail.end_char], longer
                        break
        person = ent.label_ == "PERSON"
        if ent.label_ in _MISLABELLED and not _strong(
            hits, name, person and len(ent) == 1, cued(doc, lookup_start, end, strict=person)
        ):
            # spaCy often calls "Bucha" an ORG, "Avdiivka" a PERSON, "Kursk" a PRODUCT.
            embedded = _leading_place(doc, ent, gazetteer) if ent.label_ != "PERSON" else None
            if embedded is not None:
                found.append(embedded)
            continue
        if not hits and ent.label_ == "FAC":
            embedded = _leading_place(doc, ent, gazetteer)
            if embedded is not None:
                found.append(embedded)
                continue
        after_the = text[max(0, start - 4) : start].casefold() == "the "
        found.append(Mention(start, end, "entity", name, after_the))
    return found


def _qualified(doc: Doc, ent: Span, gazetteer: Gazetteer) -> tuple[int, list[GeoHit]]:
    """ "Eastern Mariupol", "Near Bayrak": look the name up without its qualifier."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) > 1 and words[0].lower_ in _QUALIFIERS:
        return words[1].idx, gazetteer.lookup(doc.text[words[1].idx : ent.end_char])
    return ent.start_char, []


def _word_mentions(doc: Doc, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised words outside any entity that name a country, region or big town,
    or any town when a locative word precedes them."""
    blocked = taken + [(e.start_char, e.end_char) for e in doc.ents]
    found: list[Mention] = []
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            not token.text[:1].isupper()
            or token.lower_ in _DATE_WORDS
            or token.text.isupper()
            or token.is_stop
            or (token.is_sent_start and token.pos_ != "PROPN")
        ):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and j - i < 2 and tokens[j + 1].text[:1].isupper():
            j += 1
        matched = False
        for last in range(j, i - 1, -1):
            start, end = tokens[i].idx, tokens[last].idx + len(tokens[last].text)
            if _overlaps(start, end, blocked):
                continue
            hits = gazetteer.lookup(doc.text[start:end], fuzzy=False)
            if not hits:
                continue
            top = hits[0]
            if top.feature == "city" and not same_name(top.name, doc.text[start:end]):
                continue  # a bare word needs the town's own name, not a former one
            big = top.feature != "city" or top.population >= MIN_CITY_POPULATION
            if last < j and not big and tokens[j].lower_ not in _FACILITIES:
                accept = False  # "in Car Bomb Blast": a headline's words, not a hamlet
            elif cued(doc, start):
                accept = True
            elif fold_name(top.name) != fold_name(doc.text[start:end]) and (
                top.population < BIG_NAMESAKE
            ):
                accept = False  # "Human" (an old name of Uman), unless a cue says "in"
            elif token.is_sent_start:
                accept = token.pos_ == "PROPN" and (
                    top.feature != "city" or top.population >= BIG_CITY
                )
            else:
                accept = big and token.pos_ == "PROPN"
            if accept:
                found.append(Mention(start, end, "word", doc.text[start:end]))
                i, matched = last + 1, True
                break
        if not matched:
            i += 1
    return found


def _demonym_mentions(
    doc: Doc, gazetteer: Gazetteer, taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "Russian", "South Korean", "Ukrainians": each a mention of its country; and the
    capitals-only country names spaCy leaves untagged ("US tariffs", "EU rules")."""
    found: list[Mention] = []
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        for size in (2, 1):
            words = tokens[i : i + size]
            if len(words) < size or not all(t.text[:1].isupper() for t in words):
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            written = doc.text[start:end]
            place = demonym_place(written)
            if _overlaps(start, end, taken):
                continue
            if place is not None and (i == 0 or tokens[i - 1].lower_ not in _AREA_WORDS):
                found.append(Mention(start, end, "demonym", place))
                i += size - 1
                break
            acronym = size == 1 and written.isupper() and 1 < len(written) < 5
            if acronym and (written in _UNIONS or gazetteer.country(written)):
                found.append(Mention(start, end, "word", written))  # "US tariffs", "EU"
                break
        i += 1
    return found


def find_mentions(doc: Doc, text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Every place mention in ``text`` (parsed as ``doc``), in text order, no overlaps."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    found = _region_mentions(text) + _qualified_mentions(text, gazetteer)
    for mention in found + _entity_mentions(doc, text, gazetteer):
        if not _overlaps(mention.start, mention.end, taken):
            mentions.append(mention)
            taken.append((mention.start, mention.end))
    words = _word_mentions(doc, gazetteer, taken)
    mentions += words
    taken += [(m.start, m.end) for m in words]
    mentions += _demonym_mentions(doc, gazetteer, taken)
    # "Lloyd Austin ... Austin said": a surname already seen in full is that person.
    surnames = {
        e[-1].text
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and not e[-1].text.isupper()  # "... US-based"
    }
    mentions = [m for m in mentions if m.kind == "admin1" or text[m.start : m.end] not in surnames]
    mentions.sort(key=lambda m: m.start)
    return mentions
