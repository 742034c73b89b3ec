"""Who claimed an attack: "Al Shabaab claimed responsibility", "JNIM claimed the attack",
"the group said it carried out the bombing".

Wire reports name the group behind a bombing or an ambush only in a sentence of its
own, after the incident, in words that tell no incident ("claimed responsibility in a
statement"). ACLED codes the claimant as the attacker, so a claim names the actor of
the incident told before it, when that incident names no group of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsift.events.actors import normalise_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# What a group claims when it claims an attack.
CLAIMED = frozenset(
    {"responsibility", "attack", "attacks", "bombing", "bombings", "assault", "ambush",
     "killing", "killings", "blast", "raid", "strike"}
)  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """A group's claim of an attack, at the character where its sentence starts."""

    start: int
    actor: str


def responsibility_claims(doc: Doc) -> list[Claim]:
    """Every "X claimed responsibility" (or "claimed the attack") in the text, in order."""
    from spacy.attrs import DEP, POS  # spaCy loads with the parser, not with newsift
    from spacy.parts_of_speech import IDS

    found: list[Claim] = []
    # A claim is a verb (_claimed) or a "ccomp" (_owned): only such tokens are built and
    # tested, picked from one array rather than building every token of the article.
    tags = doc.to_array([POS, DEP])
    chosen = (tags[:, 0] == IDS["VERB"]) | (tags[:, 1] == doc.vocab.strings["ccomp"])
    for i in chosen.nonzero()[0].tolist():
        token = doc[i]
        if _claimed(token):
            actor = _claimant(token)
        elif _owned(token):
            actor = _claimant(token.head)
        else:
            continue
        if actor is not None:
            found.append(Claim(token.sent.start_char, actor))
    return found


def _claimed(verb: Token) -> bool:
    """ "X claimed responsibility", "X claimed the attack"."""
    return (
        verb.lemma_.lower() == "claim"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lower_ in CLAIMED for c in verb.children)
    )


def _owned(verb: Token) -> bool:
    """ "The group said it carried out the attack", "... that they were behind the
    bombing": a group's own word that the deed was its."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in {"say", "announce"}:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in {"it", "they", "we"} for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return any(
            c.dep_ == "dobj" and c.lower_ in CLAIMED
            and not any(d.lower_ == "no" for d in c.children)
            for c in verb.children
        )  # fmt: skip
    if lemma == "be":
        return any(
            c.dep_ == "prep" and c.lower_ == "behind"
            and any(o.lower_ in CLAIMED for o in c.children)
            for c in verb.children
        )  # fmt: skip
    return False


def _claimant(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            words = child.doc[child.left_edge.i : child.right_edge.i + 1].text
            return normalise_actor(words)
    return None


def claimant_between(claims: list[Claim], start: int, end: int | None) -> str | None:
    """The first group to claim an attack after ``start`` (the incident's first
    sentence) and before ``end`` (the next incident's), if any."""
    return next(
        (c.actor for c in claims if c.start > start and (end is None or c.start < end)), None
    )
