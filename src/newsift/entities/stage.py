"""Stage `entities`: people, organisations and places with canonical names and merged mentions.

spaCy's small model finds the mentions but labels short names unreliably ("Kyiv" as
PERSON, "Stoltenberg" as ORG). A mention is therefore relabelled by cheap evidence
from the rest of the article: a surname of a person named in full is a PERSON, a
country or capital is a GPE, a name after "outlet"/"newspaper" is an ORG.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsift.entities.speakers import (
    NAME_PREFIXES,
    NameIndex,
    build_name_index,
    clean_name,
    strip_titles,
)
from newsift.model import Entity

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsift.article import Article
    from newsift.resources import Resources

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
MEDIA_NOUNS = frozenset(
    {
        "outlet",
        "newspaper",
        "daily",
        "broadcaster",
        "magazine",
        "agency",
        "channel",
        "network",
        "tabloid",
        "weekly",
        "paper",
        "website",
        "station",
        "media",
    }
)
PLACE_LABELS = ("GPE", "LOC", "FAC")
# "Sumy district", "the region of Sumy": the name of a settlement or administrative area.
PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "region",
        "district",
        "oblast",
        "province",
        "county",
        "state",
        "capital",
        "port",
        "settlement",
        "area",
        "governorate",
        "municipality",
    }
)


@dataclass
class _Group:
    name: str
    first: int
    labels: Counter[str] = field(default_factory=Counter)
    mentions: int = 0


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _label(ent: Span, name: str, index: NameIndex, places: dict[str, str]) -> str | None:
    """spaCy's label, corrected where the article itself says otherwise; None drops it."""
    label = ent.label_
    doc = ent.doc
    following = doc[ent.end].lower_ if ent.end < len(doc) else ""
    preceding = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
    if len(ent) == 1 and name.lower() in NAME_PREFIXES:  # "Defense" of "Defense Minister"
        return None
    if label != "PERSON" and index.canonical(name) is not None and name.lower() not in places:
        return "PERSON"
    if following in PLACE_NOUNS or (preceding[-1:] == ["of"] and preceding[0] in PLACE_NOUNS):
        return "GPE"
    if label == "PERSON":
        if name.lower() in places:
            return "GPE"
        previous = ent.doc[ent.start - 1] if ent.start > 0 else None
        if previous is not None and previous.lower_ in MEDIA_NOUNS:
            return "ORG"
        words = name.lower().split()
        # "Ukraine Ramps ..." in a headline: a country name inside a "person".
        if len(words) > 1 and any(w in places for w in words):
            return None
        # "Patriot missile systems": a name used as a modifier of a common noun.
        root = ent.root
        if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.is_lower:
            return None
    return label


def find_entities(article: Article, resources: Resources) -> list[Entity]:
    doc = article.doc
    if doc is None:
        return []
    places = resources.countries
    index = build_name_index(doc, places)
    groups: dict[str, _Group] = {}
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        name = clean_name(re.split(r"['’]s\s", ent.text)[0])
        if name.lower().startswith("the "):
            name = name[4:]
        if not name or not name[0].isupper():
            continue
        label = _label(ent, name, index, places)
        if label is None:
            continue
        if label == "PERSON":
            name = index.canonical(name) or strip_titles(name)
        group = groups.setdefault(name.lower(), _Group(name=name, first=ent.start_char))
        group.labels[label] += 1
        group.mentions += 1
    _merge_acronyms(groups)
    entities = []
    for group in sorted(groups.values(), key=lambda g: g.first):
        entities.append(Entity(name=group.name, label=_vote(group), mentions=group.mentions))
    return entities


def _vote(group: _Group) -> str:
    if group.labels["PERSON"] and group.labels["PERSON"] >= sum(group.labels.values()) / 2:
        return "PERSON"
    # One place reading outweighs ORG/PERSON noise on a bare place name ("Kharkiv"); a
    # name spaCy also takes for an organisation or person is a settlement, not a region.
    if any(group.labels[label] for label in PLACE_LABELS):
        if group.labels["GPE"] or group.labels["ORG"] or group.labels["PERSON"]:
            return "GPE"
        return max(PLACE_LABELS, key=lambda lab: group.labels[lab])
    return group.labels.most_common(1)[0][0]


def _merge_acronyms(groups: dict[str, _Group]) -> None:
    """ "North Atlantic Treaty Organization" and "NATO" in one article are one ORG."""
    acronyms = {g.name: g for g in groups.values() if g.name.isupper() and 2 <= len(g.name) <= 6}
    for key, group in list(groups.items()):
        if group.name in acronyms or len(group.name.split()) < 2:
            continue
        target = acronyms.get(_initials(group.name))
        if target is not None:
            target.mentions += group.mentions
            target.labels.update(group.labels)
            target.first = min(target.first, group.first)
            del groups[key]
