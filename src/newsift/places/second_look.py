"""A second look at every sentence for places the first pass missed.

Feeds that strip punctuation run a list of towns together ("blasts hit Tartous Homs and
Hasakeh"), and the recogniser then reads one unknown name, or calls a town a language
or a nationality ("in Aleppo" tagged LANGUAGE). A run of capitalised words is worth a
second look: when the whole run, or every piece of it, is a region or a sizeable town of
the country the story is about (or one the sentence names), those are the places. A
run with any piece the gazetteer does not hold there is left alone ("Ahrar al-Sham",
"Bab al-Faraj district" are no list of towns), which keeps groups and people out.

The same look finds a town after its country's bare possessive ("Syrias Aleppo",
:mod:`newsift.places.possessive`) inside a name the recogniser read as one, and a
capital named by its role ("shelling near the Syrian capital", "the capital"), which is
that country's capital city. A place found so replaces an unresolved one it overlaps.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from newsift.model import Place
from newsift.places.embedded import NAME_HEADS, titled_person
from newsift.places.gazetteer.demonyms import demonym_place
from newsift.places.gazetteer.lookup import GeoHit
from newsift.places.possessive import MIN_TOWN, PlaceLookup, place_of, possessive_places
from newsift.text.doc_text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from newsift.article import Article
    from newsift.places.gazetteer.lookup import Gazetteer

# A capitalised word, or one behind an Arabic article ("al-Faraj", "ez-Zor").
_WORD = r"(?:[A-Z][\w’'\-]*|(?:al|el|ad|ar|as|ash|ez|az|es)-[A-Z]?[\w’'\-]+)"
RUN = re.compile(rf"(?<![\w’'\-])[A-Z][a-z][\w’'\-]*(?:[ \t]+{_WORD})*")
MAX_PIECE = 3  # words in one town's name: "Deir ez-Zor", "Jisr al-Shughur"
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
        i += 1  # "the Syrian Homs province": the nationality opens the name, not a place
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
            # "in Raqqa Advances in Tabqa": a title-case headline runs on into its
            # verb; the places read so far stand, unless the word binds to the last one
            # ("Bab al-Faraj" is no town Bab).
            particle = text[words[i][0]].islower()
            named = text[words[i][0] : words[i][1]].casefold().strip(".,;:") in NAME_HEADS
            return places if places and not particle and not named else None
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


# "the capital", "the Syrian capital"; not "the capital of the movement", not "the
# capital Damascus" (named already), not "the provincial capital" (some other town).
CAPITAL = re.compile(r"\bthe\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?capital\b(?!\s+(?:of\b|city\b|[A-Z]))")


def second_look(article: Article, gazetteer: Gazetteer, places: list[Place]) -> list[Place]:
    """``places`` with the places the first pass missed (module docstring), in text order."""
    if article.doc is None or article.document is None:
        return places
    text = article.document.text
    home = _home_code(places, gazetteer)
    persons = [
        e for e in article.doc.ents
        if len(e) > 1 and (e.label_ == "PERSON" or e.label_ == "ORG" and titled_person(e))
    ]  # fmt: skip
    found: list[Place] = []
    sentences = list(article.doc.sents)
    for sentence, here in zip(sentences, _by_sentence(places, sentences), strict=True):
        found += _in_sentence(text, sentence, gazetteer, here, home, persons)
    if not found:
        return places
    kept = [p for p in places if p.latitude is not None or not any(_overlap(p, e) for e in found)]
    return sorted([*kept, *found], key=lambda p: p.start)


def _by_sentence(places: list[Place], sentences: list[SpacySpan]) -> list[list[Place]]:
    """The places that start in each sentence, in their order in ``places``."""
    starts = [sentence.start_char for sentence in sentences]
    inside: list[list[Place]] = [[] for _ in sentences]
    for place in places:
        k = bisect_right(starts, place.start) - 1
        if k >= 0 and place.start < sentences[k].end_char:
            inside[k].append(place)
    return inside


def _in_sentence(
    text: str,
    sentence: SpacySpan,
    gazetteer: Gazetteer,
    here: list[Place],
    home: str | None,
    persons: list[SpacySpan],
) -> list[Place]:
    """Places the first pass missed in ``sentence``; ``here``: the places found in it."""
    start, end = sentence.start_char, sentence.end_char
    resolved = [p for p in here if p.latitude is not None]
    extra = [
        e for e in possessive_places(text, start, end, gazetteer)
        if not any(_overlap(e, p) for p in here)
    ]  # fmt: skip
    # The story's country, then those the sentence names ("rebel-held Idlib in Syria").
    codes = [home] if home else []
    for place in here:
        if place.resolved == place.country and place.country:
            country = gazetteer.country(place.country)
            code = country.country_code if country is not None else None
            codes += [code] if code and code not in codes else []
    missed = missed_places(text, start, end, gazetteer, codes, [*resolved, *extra])
    extra += [p for p in missed if not _names_person(p, missed, persons)]
    if "capital" in text[start:end]:
        taken = [p for p in [*resolved, *extra] if p.kind != "demonym"]  # "the Syrian capital"
        extra += [c for c in _capitals(sentence, home, gazetteer)
                  if not any(_overlap(c, p) for p in taken)]  # fmt: skip
    return extra


def _names_person(place: Place, found: list[Place], persons: list[SpacySpan]) -> bool:
    """Is the name a person's: part of a person the recogniser found, whose other words
    are no place ("Lloyd Austin"), or a word of such a name elsewhere in the story
    ("Marlow said", after "Edith Marlow")? A run of towns the recogniser took for a person
    ("Idlib Hama") is no name: each of its words is a place. ``persons``: the story's
    PERSON entities of two words or more."""
    for ent in persons:
        if ent.start_char <= place.start < ent.end_char:
            return not all(
                any(p.start <= t.idx < p.end for p in found) for t in ent if t.is_alpha
            )
        if place.name in {t.text for t in ent}:
            return True
    return False


def _home_code(places: list[Place], gazetteer: Gazetteer) -> str | None:
    """The code of the country the story names most (nationality words aside)."""
    counts = Counter(p.country for p in places if p.country and p.kind != "demonym")
    for name, _ in counts.most_common(1):
        country = gazetteer.country(name)
        return country.country_code if country is not None else None
    return None


def _capitals(sentence: SpacySpan, home: str | None, gazetteer: Gazetteer) -> list[Place]:
    """Places for the unnamed capitals the sentence refers to (``home``: the story's country)."""
    found: list[Place] = []
    offset = sentence.start_char
    for match in CAPITAL.finditer(span_text(sentence)):
        adjective = match.group("adj")
        code = home
        if adjective:
            named = demonym_place(adjective)
            country = gazetteer.country(named) if named else None
            code = country.country_code if country is not None else None
        capital = gazetteer.capital_of(code)
        hit = gazetteer.best(capital, (code,)) if capital and code else None
        if hit is None or hit.country_code != code or hit.feature != "city":
            continue  # "the rebel capital", or a country whose capital is not known
        start = offset + match.start()
        place = place_of(hit.name, start, offset + match.end(), hit)
        found.append(Place(
            name=match.group(0), start=place.start, end=place.end, resolved=place.resolved,
            admin1=place.admin1, country=place.country, latitude=place.latitude,
            longitude=place.longitude, geonameid=place.geonameid,
        ))  # fmt: skip
    return found


def _overlap(a: Place, b: Place) -> bool:
    return a.start < b.end and b.start < a.end
