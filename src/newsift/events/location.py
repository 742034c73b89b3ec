"""Where an incident happened: one :class:`~newsift.model.Location` from its sentences' places.

A place the gazetteer could resolve beats one it could not, a place in the country the
article is about beats a namesake abroad, and an incident whose sentences name no usable
place, or only places abroad, falls back to the article's main region (the one its
lede names, else the one it names most).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsift.events.not_places import metonymic, names_unit
from newsift.events.setting import PlaceRef, honest
from newsift.model import Location, Place, Span
from newsift.places.brackets import CODED_BEFORE, qualified
from newsift.text.datelines import LEDE_DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsift.article import Article


def incident_location(
    refs: list[PlaceRef], article: Article, evidence: Sequence[Span] = (),
    attacker: str | None = None,
) -> Location | None:
    """Where an incident happened, from the places its sentences name (``refs``).

    With its sentences (``evidence``), a country they name as a setting ("killed in
    northern Syria") is the incident's country, whatever the rest of the story is about.
    ``attacker``: the incident's actor; a story from the attacker's side ("MOSCOW ...
    Russian forces struck ... in the Dnipropetrovsk region") is about the attacker's
    country, but the strike happened where its sentences place it
    (:func:`_from_attackers_side`).
    """
    if any(p.latitude is not None for p in article.places):
        # The places stage works here, so a place it could not resolve is most likely
        # not a place ("UN", "Town"); better the article's own place than that.
        refs = [ref for ref in refs if ref.place.latitude is not None]
    refs = [*refs, *_coded_elsewhere(article, refs)]
    # Places the events stage found itself ("Syrias Aleppo") name their country as well.
    found = [ref.place for ref in refs if ref.place not in article.places]
    home = _named_country(article, evidence) or _home_country(article, extra=found)
    if not refs:
        # Demonyms can make a country "home" that the story names no place in ("the
        # Chechen battalion ... near Zaporizhia"): then the named places' country is.
        named = home is not None and any(
            p.country == home and p.kind != "demonym" for p in article.places
        )
        if home is None or named:
            return _article_place(article, home)
        return _article_place(article, _home_country(article, demonyms=False))
    # A place the gazetteer could resolve beats one it could not (ACLED codes an unknown
    # village to its region); a place in the country the article is about beats a
    # namesake abroad; a place its writer qualified ("Abri (Halfa, Northern state)",
    # "coded to Kutum") beats the rest, as monitors' notes name where they code an event
    # that way; where a fight is headed beats where its attackers came from;
    # places the parse ties to an incident word beat places merely in the sentence;
    # places in the region the incident is first placed in beat places elsewhere (a
    # later sentence merged in may recall another attack); then the most specific
    # wins, and among equals the first.
    lead = next((r.place.admin1 for r in refs if r.attached and not r.origin), None)
    # A place named as what holds another ("the camp in central Gaza") is the wider one,
    # wherever else the incident's sentences name it.
    holders = {ref.place.resolved for ref in refs if ref.container}
    best = min(
        refs,
        key=lambda ref: (
            ref.place.latitude is None,
            home is not None and ref.place.country != home,
            not ref.qualified,
            ref.place.resolved in holders,
            ref.origin,
            not ref.attached,
            lead is not None and ref.place.admin1 != lead,
            ref.precision,
        ),
    )
    best = _town_within(best, refs)
    place = best.place
    if home is not None and place.country != home and not _from_attackers_side(
            article, home, attacker):
        # Every place the incident's sentences name lies abroad ("Beirut" datelines, a
        # border town across the line): the article's own country says more.
        fallback = _article_place(article, home)
        if fallback is not None:
            return fallback
    return Location(
        name=best.name,
        admin1=place.admin1,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=best.precision,
        # The unit the town lies in; a place coded to its region has no district.
        admin2=place.admin2 if best.precision < 3 else None,
    )


def _from_attackers_side(article: Article, home: str, attacker: str | None) -> bool:
    """Is the story's country the attacker's, named only by its nationality and the
    dateline ("MOSCOW ... Russian forces struck")? Then it tells from that side of the
    war, and says nothing of where the strike was. A town of that country the story
    names (a namesake a village was read as) keeps the story's country deciding."""
    if attacker != home:
        return False
    text = article.document.text if article.document is not None else ""
    return not any(p.country == home and p.kind != "demonym" and not _in_dateline(p, text)
                   for p in article.places)


def _town_within(best: PlaceRef, refs: list[PlaceRef]) -> PlaceRef:
    """A town of the incident's region, where the region won: "an attack on a village
    in North Darfur", then "stormed a village west of El Fasher" is coded near El Fasher,
    the most specific place the reports give (ACLED's rule)."""
    if best.precision < 3 or best.place.admin1 is None:
        return best
    towns = [
        ref for ref in refs
        if ref.precision < 3 and not ref.origin and ref.place.latitude is not None
        and ref.place.admin1 == best.place.admin1 and ref.place.country == best.place.country
    ]  # fmt: skip
    return min(towns, key=lambda ref: not ref.attached, default=best)


def _coded_elsewhere(article: Article, refs: list[PlaceRef]) -> list[PlaceRef]:
    """The place a note says its event was "coded to", when the incident's own sentences
    leave it out ("... clashed in the hills. [coded to Kutum]")."""
    text = article.document.text if article.document is not None else ""
    taken = {ref.place.start for ref in refs}
    return [
        honest(PlaceRef(place, place.resolved or place.name, 1, qualified=True))
        for place in article.places
        if place.start not in taken
        and place.latitude is not None
        and CODED_BEFORE.search(text[max(0, place.start - 20) : place.start])
        and qualified(place, article.places, text)
    ]


def _named_country(article: Article, evidence: Sequence[Span]) -> str | None:
    """The one country the incident's sentences name as a setting ("in northern Syria"),
    not as an actor ("Turkey said", "Russia's jets") or a nationality."""
    doc = article.doc
    named: set[str] = set()
    for place in article.places:
        if place.kind == "demonym" or place.country is None or place.resolved != place.country:
            continue
        within = [span for span in evidence if span.start <= place.start < span.end]
        if not within:
            continue
        before = within[0].text[: place.start - within[0].start]
        if before.count("(") > before.count(")"):
            continue  # "(a group banned in Russia)": an aside, not the setting
        token = doc.char_span(place.start, place.end, "expand") if doc is not None else None
        if token is not None and _owns_place(token.root):
            named.add(place.country)  # "in Niger's western region", "Syria's north"
            continue
        if token is None or metonymic(token.root) or token.root.dep_ != "pobj":
            continue  # only "in/across/near Syria" says where
        if token.root.head.lower_ in SETTING_PREPOSITIONS:
            named.add(place.country)
    return named.pop() if len(named) == 1 else None


SETTING_PREPOSITIONS = frozenset({"in", "across", "inside", "within", "throughout"})


# Nouns of a part of a country: "Niger's western region", "Syria's north".
COUNTRY_PARTS = frozenset(
    {"region", "province", "state", "city", "town", "village", "border", "territory",
     "capital", "district", "north", "south", "east", "west", "northeast", "northwest",
     "southeast", "southwest", "enclave", "countryside", "frontier"}
)  # fmt: skip


def _owns_place(token: Token) -> bool:
    return token.dep_ == "poss" and token.head.lemma_.lower() in COUNTRY_PARTS


DEMONYM_WEIGHT = 0.5
DATELINE_WEIGHT = 0.9


def _home_country(
    article: Article, demonyms: bool = True, extra: list[Place] | None = None
) -> str | None:
    """The country most of the article's resolved places lie in, countries and demonyms
    included (a Syrian story names "Syrian" more often than its towns resolve).

    ``extra`` places ("Syrias Aleppo") count twice: the possessive names the country too.
    """
    counts: dict[str, float] = {}
    named: dict[str, int] = {}
    text = article.document.text if article.document is not None else ""
    doc = article.doc
    for place in [*article.places, *(extra or []), *(extra or [])]:
        if names_unit(place, text) and place.kind != "demonym":
            continue  # "Azov Battalion positions in Mariupol": Azov locates nothing
        span = doc.char_span(place.start, place.end, "expand") if doc is not None else None
        if place.kind != "demonym" and span is not None and metonymic(span.root):
            continue  # "Russia says", "Washington's allies": an actor, not a setting
        if place.country and (demonyms or place.kind != "demonym"):
            # A nationality mostly names an actor ("Turkish forces"), so it counts half.
            # A dateline, where the reporter filed from, counts a little less than a
            # place the story names, so a tie goes to the story's place.
            weight = DEMONYM_WEIGHT if place.kind == "demonym" else 1.0
            weight *= DATELINE_WEIGHT if _in_dateline(place, text) else 1.0
            counts[place.country] = counts.get(place.country, 0) + weight
            named[place.country] = named.get(place.country, 0) + (place.kind != "demonym")
    # A tie goes to the country whose places are named: "Russian forces shelled Sumy"
    # is about Ukraine, though it names each country once.
    return max(counts, key=lambda c: (counts[c], named[c])) if counts else None


LEDE_BONUS = 3
QUALIFIED_BONUS = 10  # a place singled out by a bracket or "coded to" outweighs mentions


def _article_place(article: Article, home: str | None) -> Location | None:
    """For an incident whose sentences name no place: the article's main region.

    Regions are counted by their places' mentions, and the first one named gets
    :data:`LEDE_BONUS` more: a report leads with where its incident happened, while later
    paragraphs wander to other fronts and the capital's politics. Only the region is
    claimed (geo_precision 3), since the text never says the incident happened in that
    very town.
    """
    text = article.document.text if article.document is not None else ""
    # A dateline says where the reporter filed from ("BEIRUT (Reuters) -" over a story
    # from Syria): the story's own places first, the dateline's only when it has none.
    own = [p for p in article.places if not _in_dateline(p, text)]
    return _main_region(article, home, own) or _main_region(article, home, article.places)


def _in_dateline(place: Place, text: str) -> bool:
    line = text.rfind("\n", 0, place.start) + 1
    dateline = LEDE_DATELINE.match(text, line)
    return dateline is not None and place.start < dateline.end()


def _main_region(article: Article, home: str | None, places: list[Place]) -> Location | None:
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    singled: set[str] = set()
    doc = article.doc
    text = article.document.text if article.document is not None else ""
    for place in places:
        if place.latitude is None or place.admin1 is None or place.resolved is None:
            continue  # unresolved, or a country or larger
        if place.kind in ("demonym", "repeat") or names_unit(place, text):
            continue  # "the Chechen battalion", "Azov Battalion": who, not where
        if home is not None and place.country != home:
            continue
        span = doc.char_span(place.start, place.end, "expand") if doc is not None else None
        if span is not None and metonymic(span.root):
            continue  # "Moscow said": an actor, not where things happen
        key = place.admin1
        counts[key] = counts.get(key, 0) + 1 + (LEDE_BONUS if not counts else 0)
        if qualified(place, article.places, text):
            # "... in Kassala (Madeinat Kassala, Kassala)": where a note codes its
            # event, though the sentence with the toll names no place.
            counts[key] += QUALIFIED_BONUS
            if key not in singled:
                singled.add(key)
                first[key] = place
        first.setdefault(key, place)
    if not counts:
        return None
    best = first[max(counts, key=lambda name: counts[name])]  # max keeps the first among ties
    return Location(
        name=best.admin1 or best.resolved or best.name,
        admin1=best.admin1,
        country=best.country,
        latitude=best.latitude,
        longitude=best.longitude,
        geo_precision=3,
    )
