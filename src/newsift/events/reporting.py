"""How a sentence tells of an incident: as the article's own report, or as talk about one.

An article reports its main incident in its headline and lede; later sentences add to
it or report other incidents. Much of the rest is talk: a quoted complaint ("They shell
us every night"), an accusation or denial ("Moscow accused Kyiv of a rocket attack on
the dam", "the army denies any part in the blast"). Such a sentence may tell more of an
incident the article reports, but it does not make a new one
(:func:`newsift.events.merge.merge` asks :func:`may_open`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from newsift.events.incident_days import period

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsift.article import Article
    from newsift.events.incident import Incident, Mention

# Words that make what they govern one side's word against the other's.
CLAIM_WORDS = frozenset(
    {"accuse", "accusation", "allege", "allegation", "claim", "deny", "denial", "blame",
     "insist"}
)  # fmt: skip
# Sentences from the start of the body that still belong to the lede: the dateline and
# first paragraph, which news writes as one or two sentences.
LEDE_SENTENCES = 3
LEDE_MIN_WORDS = 6  # shorter pieces are datelines, bylines and stamps, not sentences
# An incident the body dates this many days or more before publication, and the lede
# does not tell, is history recalled for context ("the city, captured in March"):
# news reports what happened in the last days, and looks back to explain it.
RECALLED_DAYS = 30
# Words that set an incident apart from the one told: "a second raid", "a separate
# attack", "an earlier raid".
OTHER_WORDS = frozenset(
    {"another", "separate", "earlier", "previous", "different", "second", "similar"}
)


def claimed(token: Token) -> bool:
    """Is the incident word governed by an accusation, a claim or a denial?"""
    return any(head.lemma_.lower() in CLAIM_WORDS for head in token.ancestors)


def another(token: Token) -> bool:
    """Does the incident word say it is another incident ("a second raid", "another
    report of a shelling")?"""
    nouns = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        nouns.append(token.head.head)
    return any(
        c.lower_ in OTHER_WORDS and c.dep_ in {"det", "amod"} for n in nouns for c in n.children
    )


def quoted(start: int, article: Article) -> bool:
    """Does the character at ``start`` lie inside a direct quote of the article?"""
    return any(q.direct and q.start <= start < q.end for q in article.quotes)


def places_it(mention: Mention) -> bool:
    """Does the sentence name a place for what it tells (not where attackers came from)?"""
    return any(not ref.origin for ref in mention.places)


def talk(triggers: list[tuple[Token, str]], article: Article, detailed: bool) -> bool:
    """Does the sentence tell its incident only as talk: an accusation or denial, or a
    quote that gives no place with a toll or a date (a complaint, not a source's report
    of what happened where)?"""
    said = [claimed(token) or quoted(token.idx, article) for token, _ in triggers]
    if not all(said):
        return False
    return not detailed or any(claimed(token) for token, _ in triggers)


def may_open(mention: Mention, incidents: list[Incident]) -> bool:
    """May this mention report an incident of its own, rather than only add to one?

    The lede may, whatever it says: it states what the article reports. Later, only a
    sentence the article tells as its own (not a quote, an accusation or a denial) and
    that says it tells another incident ("a second raid") or places the incident
    somewhere may: a sentence with no place of its own tells of
    the article's incidents in general, or of the war ("Recent strikes hit energy
    sites"), and would stand at the article's region as a copy of the main incident.
    """
    if mention.lede and not incidents:
        return True
    if mention.talk:
        return False
    if mention.lede or mention.other:
        return True
    if places_it(mention):
        return True
    # No incident yet, and a toll: a report that opens with background or a scene.
    return not incidents and bool(mention.fatalities or mention.injured)


def recalled(incident: Incident, published: str | None) -> bool:
    """Is the incident an earlier one the article only recalls (:data:`RECALLED_DAYS`)?"""
    if published is None or len(published) < 10 or any(m.lede for m in incident.mentions):
        return False
    dated = incident.event_date
    if dated is None:
        return False
    try:
        last = period(dated[0].value, dated[0].precision)[1]
        return (dt.date.fromisoformat(published[:10]) - last).days >= RECALLED_DAYS
    except ValueError:
        return False
