"""Where and when an incident sentence puts it: places with their precision, and a date."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from newsift.dates.timex import PRECISIONS, ResolvedDate, within
from newsift.events.actors import country_of, state_names
from newsift.events.not_places import in_name, metonymic, names_unit
from newsift.events.place_context import context_start
from newsift.events.reality import records
from newsift.model import DatePrecision, Place
from newsift.places.brackets import qualified
from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import fold_name
from newsift.places.stage import geo_precision
from newsift.text.doc_text import span_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsift.article import Article

AREA_WORDS = re.compile(
    r"\b(?:the|district|raion|region|oblast|province|governorate|city|town|village|county|"
    r"hromada|community)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceRef:
    """A place named in an event sentence, with how precisely it locates the event."""

    place: Place
    name: str
    precision: Literal[1, 2, 3]
    attached: bool = True  # governed by a trigger ("killed ... in Kharkiv"), not just nearby
    origin: bool = False  # where the attackers came from ("from Izium to Slovyansk")
    # singled out by the writer: "Abri (Halfa, Northern state)", "coded to Kutum"
    qualified: bool = False
    # named as what holds another place: "Gaza" in "the Nuseirat camp in central Gaza"
    container: bool = False

    @property
    def keys(self) -> set[str]:
        """Names to compare places by: "Sumy district" and "Sumy Oblast" both give "sumy"."""
        names = {self.place.name, self.place.resolved or self.place.name}
        return {" ".join(AREA_WORDS.sub(" ", name).split()).casefold() for name in names}


AFTER_DISTRICT = re.compile(r"^\s*(?:district|raion|county|hromada|community|outskirts)\b", re.I)
DISTRICT_WORD = re.compile(r"\b(?:district|raion)\b", re.I)
AFTER_REGION = re.compile(r"^\s*(?:region|oblast|province|governorate|countryside)\b", re.I)
BEFORE_REGION = re.compile(r"\b(?:region|oblast|province|governorate) of\s*$", re.I)
# "in central Gaza", "across northern Idlib": a part of the region a city shares its
# name with (:func:`_named_for_region`), not a quarter of the city.
BEFORE_COMPASS = re.compile(
    r"\b(?:in|across|throughout|of)\s+(?:the\s+)?(?:north|south|east|west|central|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s*$",
    re.I,
)
BEFORE_NEAR = re.compile(
    r"\b(?:near|outside|outskirts of|district of|suburbs? of|around|(?:north|south)?-?"
    r"(?:north|south|east|west)(?:ern)? of|km (?:from|of)|kilometres (?:from|of)|"
    r"direction of)\s*(?:the\s+)?"
    r"(?:city of\s+|town of\s+|village of\s+)?$",
    re.I,
)
# "coming from Izium", "advancing from the town of": where the attackers set out.
BEFORE_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?$", re.I)
# "Zaporizhia axis", "Bakhmut direction": a stretch of front named after a place, not the place.
AFTER_FRONT = re.compile(r"^\s*(?:axis|direction|front|frontline|sector)\b", re.I)
# "wounded in 5 locations along the front": a summary over many places, none of them the
# incident's own.
SUMMARY = re.compile(
    r"\bin\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|"
    r"numerous|a number of)\s+(?:different\s+)?(?:locations|places|settlements|areas|"
    r"directions|sectors|villages|towns|localities)\b",
    re.I,
)
TAKEN_FROM = frozenset({"abduct", "loot", "displace"})



def place_refs(
    sentence: SpacySpan, article: Article, triggers: list[tuple[Token, str]]
) -> list[PlaceRef]:
    """The places stage's places in the sentence that can locate an event there, skipping
    speakers, titles and units."""
    assert article.document is not None
    text = article.document.text
    places = article.places or _entity_places(sentence)
    refs: list[PlaceRef] = []
    context = context_start(sentence, triggers, text)
    previous_end = -10
    summary = SUMMARY.search(span_text(sentence)) is not None
    listed = _listed(places, text, sentence.start_char, sentence.end_char)
    for place in sorted(places, key=lambda p: p.start):
        if not sentence.start_char <= place.start < sentence.end_char:
            continue
        # "Vesele, Donetsk": a place right after another and a comma only says its region.
        qualifier = text[previous_end : place.start].strip() == ","
        previous_end = place.end
        if place.kind == "demonym":
            continue  # "Russian forces": a nationality, which locates nothing
        span = sentence.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and (metonymic(span.root) or in_name(span, places)):
            continue
        if place.admin1 is None and (
            country_of(place.resolved or place.name) or place.latitude is not None
        ):
            continue  # a whole country or continent locates nothing
        trigger_ids = {t.i for t, _ in triggers}
        attached = not summary and place.start not in listed and (
            span is None or any(a.i in trigger_ids for a in span.root.ancestors)
        )
        before, after = text[max(0, place.start - 40) : place.start], text[place.end :][:20]
        if names_unit(place, text) or _abroad(place, text):
            continue
        base = place.resolved or place.name
        last_word = place.name.split()[-1] if place.name.split() else ""
        after = f"{last_word} {after}" if len(place.name.split()) > 1 else after
        if qualifier:
            ref = PlaceRef(place, place.admin1 or base, 3, attached)
        elif AFTER_DISTRICT.match(after):
            district = base if DISTRICT_WORD.search(base) else f"{base} district"
            ref = PlaceRef(place, district, 2, attached)
        elif AFTER_FRONT.match(after):
            ref = PlaceRef(place, place.admin1 or f"{base} region", 3, False)
        elif AFTER_REGION.match(after) or BEFORE_REGION.search(before) or (
            BEFORE_COMPASS.search(before) and _named_for_region(place)
        ):
            ref = PlaceRef(place, place.admin1 or f"{base} region", 3, attached)
        elif BEFORE_NEAR.search(before):
            ref = PlaceRef(place, base, 2, attached)
        else:
            ref = PlaceRef(place, base, 1, attached)
        # "abducted from", "exported grain from", "evacuated from": where it happened.
        taken_from = any(action in TAKEN_FROM for _, action in triggers)
        if BEFORE_ORIGIN.search(before) and not BEFORE_NEAR.search(before) and not taken_from:
            ref = replace(ref, origin=True)
        if context is not None and place.start >= context:
            # "... hours after a gas attack left dozens dead in Khan Sheikhun": an earlier
            # incident's place, named as context for this one.
            ref = replace(ref, attached=False)
        # "the Kharkiv region (Kharkiv, Kharkiv)": the bracket is the more precise.
        singled = ref.precision < 3 and qualified(place, places, text)
        holds = _holds_another(place, places, text)
        refs.append(replace(honest(ref), qualified=singled, container=holds))
    tied = [
        r
        for r in refs
        if (context is None or r.place.start < context)
        and TOLL_BEFORE.search(text[max(0, r.place.start - 60) : r.place.start])
    ]
    if tied:
        # "Army Advances in Aleppo Kills 140 Terrorists in Hama": the toll's own place.
        refs = [replace(r, attached=r in tied) for r in refs]
    if any(p.latitude is not None for p in article.places):
        # The places stage works here, so a name it could not resolve is most likely not
        # a place ("the West", "UN"): it neither sets an incident apart nor locates one.
        refs = [r for r in refs if r.place.latitude is not None]
    return refs


def _named_for_region(place: Place) -> bool:
    """Is the place a city that shares its name with the region it lies in ("Gaza" in
    the Gaza Strip, "Idlib" in Idlib Governorate)?"""
    if not place.resolved or not place.admin1 or place.resolved == place.admin1:
        return False
    first = fold_name(place.admin1.split()[0])
    return fold_name(place.resolved) == first or fold_name(place.name) == first


# Between a place and the wider one named as holding it: "Jabalia[ camp in northern ]Gaza".
HELD_IN = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,3}\s+in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?"
)


def _holds_another(place: Place, places: list[Place], text: str) -> bool:
    """Is the place named as where another one lies ("the Jabalia camp in northern Gaza",
    "a Bucha suburb in Kyiv")?"""
    return any(
        other.end <= place.start
        and HELD_IN.fullmatch(text, other.end, place.start)
        and _lies_in(other, place)
        for other in places
        if other is not place
    )


HELD_KM = 60.0  # how far a place "in" a town may lie from it and still be in it


def _lies_in(inner: Place, outer: Place) -> bool:
    """Does the gazetteer agree ``inner`` lies in ``outer``? If not, one of the two was
    resolved to a namesake, more likely the smaller place, and the text proves nothing."""
    if inner.country != outer.country or inner.admin1 is None:
        return False
    if outer.resolved is not None and outer.resolved == outer.admin1:
        return inner.admin1 == outer.admin1  # a region holds the towns of its own
    a, b = (inner.latitude, inner.longitude), (outer.latitude, outer.longitude)
    if a[0] is None or a[1] is None or b[0] is None or b[1] is None:
        return False
    return km_between((a[0], a[1]), (b[0], b[1])) <= HELD_KM


TOLL_BEFORE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|dead|died)\b(?:\s+\S+){0,5}?\s+(?:in|near|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|province) of\s+)?$",
    re.IGNORECASE,
)


# What stands between two places of one list: a comma or "and", and maybe names the
# places stage could not place ("Polohy, Vasylivka and Tokmak" with Vasylivka unknown).
_JOIN = r"\s*(?:,|,?\s*(?:and|or))\s*"
LIST_GAP = re.compile(rf"^{_JOIN}(?:[A-Z][\w'’-]+{_JOIN})*$")
LIST_LENGTH = 3  # places in a row that make a list ("near Oleshky, Hola Prystan and Skadovsk")


def _listed(places: list[Place], text: str, start: int, end: int) -> set[int]:
    """Starts of the places the sentence names in a list of three or more: a summary over
    many places ("wounded near Oleshky, Hola Prystan and Skadovsk"), none of them the
    incident's own."""
    inside = sorted((p for p in places if start <= p.start < end), key=lambda p: p.start)
    runs: list[list[Place]] = []
    for place in inside:
        if runs and LIST_GAP.match(text[runs[-1][-1].end : place.start]):
            runs[-1].append(place)
        else:
            runs.append([place])
    return {p.start for run in runs if len(run) >= LIST_LENGTH for p in run}


def honest(ref: PlaceRef) -> PlaceRef:
    """The coarser of what the text says and where the gazetteer could put the place.

    A village the gazetteer only knows by its community stands at that point (2); a
    village it could not find at all stands at its region (3), and then the event is
    the region's, by name too, as ACLED codes it ("Petrivka, Kharkiv" -> Kharkiv Oblast).
    """
    place = ref.place
    placed = geo_precision(place)
    if placed is None or placed <= ref.precision:
        return ref
    if placed == 3 and place.geonameid is not None and place.resolved == place.admin1:
        return ref  # a city its region is named after (Moscow, Ankara): the city itself
    name = (ref.place.admin1 or ref.name) if placed == 3 else ref.name
    return replace(ref, name=name, precision=placed)


def _entity_places(sentence: SpacySpan) -> list[Place]:
    """Unresolved places from the entity recogniser, for when the places stage gave none."""
    return [
        Place(name=ent.text, start=ent.start_char, end=ent.end_char)
        for ent in sentence.ents
        if ent.label_ in {"GPE", "LOC", "FAC"}
    ]


SINCE = re.compile(r"since\b", re.I)
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)


def date_of(
    sentence: SpacySpan, article: Article, anchor_char: int, clause: tuple[int, int] | None = None,
    only: tuple[int, int] | None = None,
) -> ResolvedDate | None:
    """The date the dates stage resolved in the sentence closest to the trigger, else None.

    ``clause``: the characters of the trigger's own phrase; a date inside it beats a
    closer one outside ("gathered on Saturday to bury students killed when a missile hit
    their dormitory on Wednesday night": Wednesday). ``only``: the characters outside
    which no date counts ("No one was hurt, most residents having left after threats in
    October": October dates the threats, not the toll)."""
    assert article.document is not None
    text = article.document.text
    published = _published(article)
    options: list[tuple[bool, int, int, ResolvedDate]] = []
    mentions = [
        (m.start, ResolvedDate(m.value, m.precision or _precision_of(m.value)))
        for m in article.dates
        if sentence.start_char <= m.start < sentence.end_char and m.value
        # "violence that has killed 200 since May": when a run began, no incident's day
        and not SINCE.match(m.text)
        and not SINCE_BEFORE.search(text, max(0, m.start - 7), m.start)
        and not ((m.precision or _precision_of(m.value)) in ("month", "year")
                 and _record_span(sentence, m.start))
        and (only is None or only[0] <= m.start < only[1])
    ]
    for order, (start, resolved) in enumerate(mentions):
        if published and resolved.value > published.isoformat():
            continue  # an event reported cannot postdate its report
        outside = clause is not None and not clause[0] <= start < clause[1]
        options.append((outside, abs(start - anchor_char), order, resolved))
    if not options:
        return None
    closest = min(options)[3]
    # "On Saturday, drones struck the city for the third time this month": the day the
    # sentence gives inside the period nearest the verb is the incident's.
    rank = PRECISIONS.index
    inside = [
        d for _, _, _, d in sorted(options)
        if rank(d.precision) < rank(closest.precision) and within(closest, d)
    ]  # fmt: skip
    return min(inside, key=lambda d: rank(d.precision), default=closest)


def _record_span(sentence: SpacySpan, start: int) -> bool:
    """Is the date at ``start`` the span a record is counted over ("the deadliest on
    the camps this year")? Then it is no incident's date."""
    token = next((t for t in sentence if t.idx == start), None)
    for node in token.ancestors if token is not None else ():
        if node.pos_ in {"VERB", "AUX"}:
            return False
        # "the deadliest this year", "the first raid on the city this month"
        if records(node) or any(records(c) for c in node.children if c.dep_ == "amod"):
            return True
    return False


# "Mansila in eastern Burkina Faso", "Sake, DR Congo": the country the place lies in.
IN_COUNTRY = re.compile(
    r"(?:,|\s+in)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _abroad(place: Place, text: str) -> bool:
    """Is the place a namesake in another country than the one the text puts it in
    ("Mansila in eastern Burkina Faso" read as a town in Argentina)? Then it places
    nothing; the country's name does."""
    found = IN_COUNTRY.match(text, place.end)
    if found is None or not place.country:
        return False
    words = found.group(1).split()
    # "in Burkina Faso on Tuesday": the longest run of the capitalised words that names one.
    # A country's own name only: "Moscow" names an actor, not where Kharkiv lies, and
    # "the Russian ministry" a nationality.
    names = state_names()
    named = next((c for n in range(len(words), 0, -1)
                  if (c := names.get(key := " ".join(words[:n]).lower())) and c.lower() == key),
                 None)
    return named is not None and named != place.country


def _precision_of(value: str) -> DatePrecision:
    return "day" if len(value) == 10 else "month" if len(value) == 7 else "year"


def _published(article: Article) -> dt.date | None:
    assert article.document is not None
    try:
        return dt.date.fromisoformat(article.document.published or "")
    except ValueError:
        return None


def main_country(article: Article, exclude: str | None) -> str | None:
    """The country the article is most about, other than ``exclude`` (the attacker)."""
    if article.doc is None:
        return None
    counts: Counter[str] = Counter()
    for place in article.places:
        if place.country and place.kind != "demonym":
            counts[place.country] += 1
    for ent in article.doc.ents:
        if ent.label_ == "GPE" and (country := country_of(ent.text)):
            counts[country] += 1
    for country, _ in counts.most_common():
        if country != exclude:
            return country
    return None
