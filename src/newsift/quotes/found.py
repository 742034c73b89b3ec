"""A quote as the `quotes` stage finds it, before its speaker and date are resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Found:
    """A quote before its speaker is resolved: direct (in marks) or reported."""

    start: int
    end: int
    direct: bool
    verb: Token | None  # the speech verb, when one was found
    subject: Token | None  # who it names as speaker
    chain: int  # multi-paragraph quotes share a chain id; -1 alone
    region: tuple[int, int]  # where the attribution is written (for its date)
    speaker: str | None = None  # set from a transcript label before resolution
    date: str | None = None
