"""An earlier incident told inside the sentence of the one reported: "19 were killed near
the capital, hours after a gas attack left dozens dead in Khan Sheikhun".

The clause after "after" (or "before", "since") with a toll of its own is context, a
different attack the reader already knows of; its places must not locate the incident
the sentence opens with. A clause without a toll ("killed in Kupiansk after a shell hit a
house in Petropavlivka") tells the same incident, and its places stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

LINKS = frozenset({"after", "before", "since"})
_FIGURE = r"(?:\d[\d,]*|dozens|scores|hundreds|tens)"
_DEATH = r"(?:dead|killed|killing|died|lives|deaths|death toll)"
OWN_TOLL = re.compile(
    rf"\b{_FIGURE}\b(?:\W+\w+){{0,8}}?\W+{_DEATH}\b|\b{_DEATH}\b(?:\W+\w+){{0,4}}?\W+{_FIGURE}\b",
    re.IGNORECASE,
)


def context_start(sentence: SpacySpan, triggers: list[tuple[Token, str]], text: str) -> int | None:
    """Where the sentence turns to an earlier incident with its own toll, as a character
    offset, or None when it does not."""
    if not triggers:
        return None
    first = min(token.i for token, _ in triggers)
    for token in sentence:
        if token.i <= first or token.lower_ not in LINKS:
            continue
        tail = text[token.idx : sentence.end_char]
        if OWN_TOLL.search(tail):
            return token.idx
        return None  # the first link decides: a later one belongs to the clause
    return None
