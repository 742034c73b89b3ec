"""Places inside longer names: the town or country that opens, closes or sits inside an
organisation's or a facility's name ("Vinnytsia Airport", "Air Canada Cargo", "Baseball
Toronto"), the region after the comma of one entity ("Thruxton, Hampshire"), and a
country the recogniser splits at its "and" ("Trinidad and Tobago")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.entities.roles import role_tokens, role_words
from newsift.places.cues import GENERIC
from newsift.places.gazetteer.lookup import Gazetteer, GeoHit, fold_name, normalize_name
from newsift.places.model import BIG_CITY, EMBEDDED_CITY, Mention, same_name
from newsift.text.doc_text import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_COUNTY_WORDS = frozenset({"County", "Parish"})


def county_prefix(doc: Doc, ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """The county that opens a name: "Walker County Sheriff's Office", "the Suffolk
    County Times", "Cuyahoga County Executive". Written with "County", the name is the
    county's, not its namesake town's."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    for index, token in enumerate(words[1:4], start=1):
        if token.text not in _COUNTY_WORDS:
            continue
        if not all(t.text[:1].isupper() for t in words[:index]):
            return None
        start, end = words[0].idx, token.idx + len(token.text)
        written = text_of(doc)[start:end]
        # Irish counties are "County Cork" or "Kerry" to GeoNames, "Cork County Council"
        # and "Kerry County Council" in news.
        bare = text_of(doc)[start : token.idx].strip()
        for name in (written, f"{token.text} {bare}", bare):
            if gazetteer.lookup(name, features=("admin2",), fuzzy=False):
                return Mention(start, end, "entity", name)
        return None
    return None


# Words that close an organisation's name: a town before them is a word of the name
# ("Southern Command", "Unity Party", "Liberty Radio"), no town the text names.
NAME_HEADS = frozenset(
    {"command", "forces", "force", "committee", "council", "party", "front", "movement",
     "bank", "agency", "army", "corps", "guard", "police", "ministry", "office", "university",
     "news", "radio", "group", "brigade", "battalion", "division", "regiment", "militia",
     "commission", "authority", "court", "company", "times", "post", "union", "alliance"}
)  # fmt: skip


def leading_place(doc: Doc, ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """A town or country that opens or closes an organisation or facility name:
    "Vinnytsia Airport", "Mykolaiv Oncology Hospital", "the Reserve Bank of Zimbabwe";
    a county that opens one (:func:`county_prefix`)."""
    county = county_prefix(doc, ent, gazetteer)
    if county is not None:
        return county
    if titled_person(ent):
        return None
    lead = after_possessive(text_of(doc), ent.start_char, ent.end_char, gazetteer)
    words = [t for t in ent if t.idx >= lead and not (t.i == ent.start and t.lower_ == "the")]
    heads = [words[:size] for size in range(min(3, len(words) - 1), 0, -1)]
    of = [i for i, t in enumerate(words) if t.lower_ == "of"]
    if of and 0 < len(words) - of[-1] - 1 <= 3:
        heads.insert(0, words[of[-1] + 1 :])
    # "Air Zimbabwe", "Baseball Toronto": a country or a big city closing the name;
    # "Air Canada Cargo", "HSBC Bank Malta plc": one inside it.
    tails = [words[-size:] for size in (2, 1) if len(words) > size]
    inner = [words[i : i + 1] for i in range(1, len(words) - 1)]
    for tail, head in [(False, h) for h in heads] + [(True, t) for t in tails + inner]:
        if not all(
            t.text[:1].isupper() and (t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t is not head[-1]))
            for t in head
        ):
            continue  # "Western Cape SAPS": an adjective may open the name
        if not tail and _next_word(doc, head[-1]) == "of":
            continue  # "Bank of Central African States": the kind of body, no town
        start, end = head[0].idx, head[-1].idx + len(head[-1].text)
        if normalize_name(text_of(doc)[start:end]) in GENERIC:
            continue  # "North Atlantic Treaty Organization"
        hits = gazetteer.lookup(text_of(doc)[start:end], fuzzy=False)
        if not hits or (tail and not _closing_place(hits[0], text_of(doc)[start:end])):
            continue
        official, written = fold_name(hits[0].name), fold_name(text_of(doc)[start:end])
        if not tail and _next_word(doc, head[-1]) == "-" and official != written:
            continue  # "Pont" of "Pont-Sonde" is no Pont-Sainte-Maxence; "Nelson-Creston" is
        if hits[0].feature in ("country", "admin1", "continent", "region"):
            return Mention(start, end, "word", text_of(doc)[start:end])
        # "New York Times": the written name may be the start of the official one; but
        # a town amid a group's words is a word of its name ("the Western Naval Command").
        amid = words[-1].lower_ in NAME_HEADS and head in inner and head not in tails
        if (
            hits[0].feature == "city"
            and hits[0].population >= EMBEDDED_CITY
            and official.startswith(written)
            and not amid
        ):
            return Mention(start, end, "word", text_of(doc)[start:end])
    return None


def _next_word(doc: Doc, last: Token) -> str | None:
    """The word right after ``last`` (lower-cased), "-" for a hyphen joined to it."""
    if last.i + 1 >= len(doc):
        return None
    after = doc[last.i + 1]
    if after.text == "-":
        return "-" if not last.whitespace_ else None
    return after.lower_


def titled_person(ent: Span) -> bool:
    """Is the name a person's, introduced with an office outside it ("the country's
    president, Ana Ruiz", "Ana Ruiz, the defence minister,")? The recogniser sometimes
    labels such a name an organisation, and a given name may also be a town's. Only a
    name shaped like a person's counts: two or three capitalised proper nouns."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" and t.text.istitle() for t in ent):
        return False
    outside = [t for t in role_tokens(ent) if not ent.start <= t.i < ent.end]
    return bool(role_words(outside))


def _closing_place(hit: GeoHit, written: str) -> bool:
    """A place that may end or sit inside an organisation's name: a country, a region,
    or a big city by its own name ("Baseball Toronto", "Smart Dubai Office")."""
    if hit.feature in ("country", "admin1"):
        return True
    return hit.feature == "city" and hit.population >= BIG_CITY and same_name(hit.name, written)


def after_possessive(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where the name starts in "Syrias Raqqa" (a possessive that lost its apostrophe)."""
    first, _, rest = text[start:end].partition(" ")
    if rest and first.isalpha() and first.endswith("s") and gazetteer.country(first[:-1]):
        return start + len(first) + 1
    return start


def region_after_comma(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Mention]:
    """ "Hampshire" in the one entity "Thruxton, Hampshire": a region, never a town."""
    written = text[start:end].strip()
    if not written or not all(w[:1].isupper() for w in written.split()):
        return []
    hits = gazetteer.lookup(written, fuzzy=False)
    if not hits or hits[0].feature not in ("admin1", "admin2", "region", "country"):
        return []
    begin = text.index(written, start)
    return [Mention(begin, begin + len(written), "entity", written)]


def joined_countries(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """ "Trinidad and Tobago", "Bosnia and Herzegovina": one country the recogniser
    splits into two places at the "and"."""
    found: list[Mention] = []
    ents = list(doc.ents)
    for first, second in zip(ents, ents[1:], strict=False):
        gap = text_of(doc)[first.end_char : second.start_char]
        if gap.strip() not in ("and", "&") or len(gap) > 5:
            continue
        written = text_of(doc)[first.start_char : second.end_char]
        hits = gazetteer.lookup(written, features=("country",), fuzzy=False)
        if hits:
            found.append(Mention(first.start_char, second.end_char, "entity", written))
    return found
