"""What the place modules share: a mention, the town sizes that decide what a name
means, and the test of whether a written name is a town's own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsift.places.gazetteer.lookup import Gazetteer, GeoHit, fold_name, normalize_name
from newsift.places.gazetteer.names import ARABIC_COUNTRIES, similar, without_article

BIG_CITY = 100_000
MISLABELLED_CITY = 20_000  # a town spaCy called an organisation or a person, uncued
EMBEDDED_CITY = 10_000  # "Mykolaiv Oncology Hospital": the town opening a name
CUED_CITY = 500  # after "in", "near", "outside": cities500 holds nothing smaller
MIN_CITY_POPULATION = 50_000  # for a capitalised word spaCy did not tag
BIG_NAMESAKE = 1_000_000  # a city known abroad by its other name: "Kiev", "Bombay"
# A national capital this big is known by its bare name (Washington, Dublin); a smaller
# one (Georgetown, Guyana) competes with its namesakes like any town.
BIG_CAPITAL = 500_000
# A town in the article's country wins over a namesake up to this many times bigger.
PREFERENCE_FACTOR = 20
# Countries named at least this share of the most-named one's mentions are preferred.
PREFERENCE_SHARE = 0.3
# A country holding this share of those mentions dominates: its towns win far more.
DOMINANT_SHARE = 0.5
DOMINANT_MENTIONS = 2
DOMINANT_FACTOR = 100
UNKNOWN_POPULATION = 1_000  # GeoNames gives many villages population 0
UNAMBIGUOUS_FACTOR = 10  # a town this many times bigger than its namesakes is meant
OWN_NAME_FACTOR = 100
RENAMED_VILLAGE = 10_000  # a former name of anything bigger is history, not a candidate


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # "admin1", "district", "entity", "word", "demonym", "feature"
    lookup: str  # the name to look up (without "the", "region", "'s")
    after_the: bool = False  # "the West", "the Atlantic": rarely a town
    # "the Lyman area", "the Avdiivka coke plant": the name qualifies a noun after it,
    # so "the" belongs to that noun and says nothing against a town.
    before_noun: bool = False
    # A name found again only because the story names that place elsewhere: it is
    # placed, but does not count again towards where the story is.
    repeat: bool = False
    # "Umtajok (Kereneik, West Darfur)": the district (or None) and the region written in
    # brackets after the name, which settle it (:mod:`newsift.places.brackets`).
    within: tuple[str | None, str] | None = None


# A pure function of two names, asked of the same town and spelling in article after
# article (the places stage asks it for most names it reads).
@lru_cache(maxsize=65_536)
def same_name(official: str, written: str) -> bool:
    """A spelling of the town's own name (Kiev, Severodonetsk), not a former or foreign
    one that happens to be a word or a person ("Stalin" for Donetsk, "Salisbury")."""
    a, b = fold_name(official), fold_name(written)
    if a == b or similar(a, b, 0.7):
        return True
    # "Al Raqqa" for Ar Raqqah: an Arabic article that one of the two drops or assimilates.
    bare_a, bare_b = (fold_name(without_article(normalize_name(n))) for n in (official, written))
    return (bare_a, bare_b) != (a, b) and similar(bare_a, bare_b, 0.8)


def own_name_first(hits: list[GeoHit], written: str) -> list[GeoHit]:
    """A town whose own name is spelt as written ("Salisbury", "Centreville") before a
    place that only has it as a former or alternate name (Harare, Fremont), unless that
    one is a hundred times bigger ("Kiev"). A romanisation variant is not the written
    name: Pervomaiskyi is now Zlatopil, not the Russian Pervomayskiy."""
    if not hits or same_name(hits[0].name, written):
        return hits
    key, folded = normalize_name(written), fold_name(written)
    for index, hit in enumerate(hits[1:10], start=1):
        # An Arabic town may be spelt another way ("Ras al-Ain" is Ra's al 'Ayn); elsewhere
        # a romanisation variant can be another town.
        arabic = hit.country_code in ARABIC_COUNTRIES and fold_name(hit.name) == folded
        if (normalize_name(hit.name) == key or arabic) and max(
            hit.population, UNKNOWN_POPULATION
        ) * OWN_NAME_FACTOR >= hits[0].population:
            return [hit] + hits[:index] + hits[index + 1 :]
    return hits


def own_named(hits: list[GeoHit], written: str) -> list[GeoHit]:
    """The hits called ``written`` now: exactly (romanisation folded), else nearly
    ("Oleksandrivka" is also an old name of Donetsk, and near "Oleksandrivskyi")."""
    key = fold_name(written)
    exact = [h for h in hits if fold_name(h.name) == key]
    now = exact or [h for h in hits if same_name(h.name, written)]
    # Ukraine renamed its Soviet-named villages in 2016, and reports still use the old
    # names ("Pervomaiske", now Avdiivske): a village once called so stays a candidate,
    # after those called so now.
    former = [
        h
        for h in hits
        if h not in now
        and h.country_code == "UA"
        and h.feature == "city"
        and 0 < h.population < RENAMED_VILLAGE
    ]
    return now + former if now else now


_CONTAINER_END = re.compile(r"\s+(?:[A-Z][\w'’\-]*\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince)|[a-z]+)$")


def without_container(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """ "Alchevsk Luhansk Oblast", "Belgorod Russia", "Gomel airport": one entity that the
    gazetteer does not know whole; the town is the name before the region, the country
    or the common noun."""
    name = text[start:end]
    if " " not in name or gazetteer.lookup(name, fuzzy=False):
        return end
    trail = _CONTAINER_END.search(name)
    if trail is None:
        head, _, last = name.rpartition(" ")
        if gazetteer.country(last) is None or not gazetteer.lookup(head, fuzzy=False):
            return end
        return start + len(head)
    head = name[: trail.start()]
    hits = gazetteer.lookup(head)
    return start + len(head) if hits and same_name(hits[0].name, head) else end
