"""The working state one document carries through the pipeline.

Each stage reads the fields it ``needs`` and returns the value of the one field it
``adds`` (see :mod:`newsift.pipeline`); the pipeline, not the stage, stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsift.model import (
    Commitment,
    DateMention,
    Document,
    Entity,
    Event,
    Extraction,
    Place,
    Quote,
    RawInput,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class Article:
    raw: RawInput
    document: Document | None = None
    doc: Doc | None = None  # the spaCy parse of document.text
    # The sentences the events stage reads: the parse's, misread pieces parsed again
    # (events/sentences.py). None: not read yet.
    sentences: list[Span] | None = None
    dates: list[DateMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)

    def extraction(self) -> Extraction:
        if self.document is None:
            raise ValueError(f"{self.raw.source}: the document stage has not run")
        return Extraction(
            document=self.document,
            events=self.events,
            quotes=self.quotes,
            entities=self.entities,
            places=self.places,
            dates=self.dates,
            commitments=self.commitments,
        )
