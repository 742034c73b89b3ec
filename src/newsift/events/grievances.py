"""What a protest is about: the words of a grievance, not of the protest itself.

"Students marched against the killing of a classmate by police", "a vigil in solidarity
with activists who were arrested", "doctors rallied, condemning the firing of tear gas
inside the wards": the killing, the arrests and the tear gas are the grievance, told or
coded elsewhere, not force used on this protest. The events stage reads a protest's
sentence without them, so they neither open another incident in it nor make the protest
one with intervention.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions that say what a protest is against or for: "against the killings", "over
# fuel prices", "for the release of", "at the arrests".
CAUSE_PREPS = frozenset({"against", "over", "for", "at", "about"})
# Nouns of a stance after "in": "in solidarity with", "in support of", "in honour of".
STANCES = frozenset({"solidarity", "support", "protest", "memory", "honour", "honor",
                     "condemnation", "defiance", "opposition"})
# Verbs that voice a grievance beside a protest: "denouncing the arrests", "demanding
# justice for", "condemning the attack".
AIRING = frozenset(
    {"denounce", "condemn", "demand", "reject", "decry", "oppose", "protest", "call",
     "mourn", "commemorate", "express", "accuse", "blame", "criticise", "criticize",
     "chant", "carry", "hold", "urge"}
)  # fmt: skip


def grievance_tokens(triggers: Iterable[tuple[Token, str]]) -> set[int]:
    """Indices of the tokens that tell what the protests among ``triggers`` are about."""
    found: set[int] = set()
    for token, action in triggers:
        if action != "protest":
            continue
        # "staged a protest against ...": the noun's verb carries the cause too.
        anchors = [token]
        if token.pos_ == "NOUN" and token.dep_ == "dobj":
            anchors.append(token.head)
        for anchor in anchors:
            for child in anchor.children:
                if _cause(child, anchor):
                    found.update(t.i for t in child.subtree)
        # A long sentence's parse may hang "in solidarity with ..." or "denouncing ..."
        # on another word; after the protest, they still tell what it is about.
        for later in token.sent[token.i + 1 - token.sent.start :]:
            if _stance(later) or _airing(later, token):
                found.update(t.i for t in later.subtree)
    return found


def _stance(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in STANCES for o in prep.children)


def _airing(verb: Token, anchor: Token) -> bool:
    return (verb.dep_ in {"advcl", "xcomp", "acl", "conj"} and verb.pos_ == "VERB"
            and verb.lemma_.lower() in AIRING and verb.i > anchor.i)


def _cause(child: Token, anchor: Token) -> bool:
    if child.dep_ == "prep" and child.lower_ in CAUSE_PREPS:
        return True
    # "protested the arrest of three reporters": what the verb protests.
    return child.dep_ == "dobj" and anchor.pos_ == "VERB" and anchor.lemma_.lower() == "protest"


def blank_grievances(triggers: Iterable[tuple[Token, str]], sentence: Span,
                     lemmas: list[str]) -> set[int]:
    """Blank, in ``lemmas`` (one per token of ``sentence``), the words of what its
    protests are about; their indices."""
    aired = grievance_tokens(triggers)
    for index in aired:
        lemmas[index - sentence.start] = ""
    return aired


def only_aired(victims: Sequence[Token], aired: set[int]) -> bool:
    """Are the victims counted only those of the grievance ("against the killing of
    12 villagers")? Then they are not the protest's toll."""
    return bool(victims) and all(victim.i in aired for victim in victims)
