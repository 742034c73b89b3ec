"""Words of a sentence that belong to another incident or to the campaign around it.

A sentence may recall an earlier incident by its distance in time ("The attack came
three days after a drone strike killed two") or name the campaign its incident happened
in ("as shelling continues") or tell the reply to it ("as the militia fired rockets
back in response"): the weapon there is not the incident's, so the events stage reads
the sentence without those words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# Units of a gap in time: "three days after a drone strike", "hours before the raid".
GAP_UNITS = frozenset({"minute", "hour", "day", "night", "week", "month", "year"})
# Verbs of a campaign going on, told beside an incident: "as shelling continues".
GOES_ON = frozenset({"continue", "rage", "intensify", "persist", "escalate", "mount"})
# Words of a reply: "..., as the militia fired rockets in response", "and retaliated".
REPLY = frozenset({"response", "retaliation", "retaliate", "reprisal", "revenge"})


def without_recalled(sentence: SpacySpan, lemmas: list[str]) -> list[str]:
    """``lemmas`` blanked where the sentence recalls another incident by its distance in
    time ("The attack came three days after a drone strike killed two"), names the
    campaign it happened in ("as shelling continues"), or tells the reply to it ("as the
    militia fired rockets in response"): the weapon there is not this incident's."""
    kept = list(lemmas)
    for token in sentence:
        # "..., as the militia fired rockets at the border towns in response": the reply
        # is another incident, and its weapon is its own; so is a deed of a clause dated
        # apart ("from the gang coalition, which seized it last month").
        replied = (token.dep_ in {"advcl", "conj"} and token.pos_ == "VERB"
                   and any(t.lemma_.lower() in REPLY for t in token.subtree))
        earlier = token.dep_ == "relcl" and token.pos_ == "VERB" and _dated_earlier(token)
        if replied or earlier:
            _blank(kept, sentence, token.subtree)
            continue
        if token.lemma_ in GOES_ON and token.dep_ in {"advcl", "conj", "ccomp"}:
            # "... as shelling continues": the campaign, not the deed; the parse hangs the
            # subject on "as" or on the verb.
            opening = next((t for t in sentence[: token.i - sentence.start][-4:]
                            if t.lower_ == "as"), None)  # fmt: skip
            if opening is not None:
                for index in range(opening.i + 1, token.i + 1):
                    kept[index - sentence.start] = ""
            continue
        if token.lower_ not in {"after", "before"}:
            continue
        clause = token if token.dep_ == "prep" else token.head if token.dep_ == "mark" else None
        if clause is None:
            continue
        gaps = [c for t in (token, clause) for c in t.children if c.dep_ == "npadvmod"]
        if not any(g.lemma_.lower() in GAP_UNITS for g in gaps):
            continue
        _blank(kept, sentence, (inner for inner in clause.subtree if inner.i != token.i))
    return kept


def _blank(kept: list[str], sentence: SpacySpan, words: Iterable[Token]) -> None:
    """Blank in ``kept`` (the sentence's lemmas) the words that lie in the sentence."""
    for inner in words:
        if sentence.start <= inner.i < sentence.end:
            kept[inner.i - sentence.start] = ""


def _dated_earlier(verb: Token) -> bool:
    """A clause dated to a past period of its own: "last month", "earlier this year"."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.lemma_.lower() in GAP_UNITS and any(
            c.lower_ == "last" for c in child.children
        ):
            return True
        if child.dep_ == "advmod" and child.lower_ == "earlier" and any(
            c.lemma_.lower() in GAP_UNITS for c in child.children
        ):
            return True
    return False

