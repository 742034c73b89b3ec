"""The one explicit, ordered list of stages that turns a raw input into an Extraction.

A stage is a plain function ``(article, resources) -> value``. It declares the
Article fields it ``needs`` and the one field it ``adds``; the pipeline checks the
order once, when it is built, and stores each stage's value on the article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsift.article import Article
from newsift.commitments.stage import find_commitments
from newsift.dates.stage import find_dates
from newsift.documents.document import build_document
from newsift.documents.language import SUPPORTED, UnsupportedLanguage
from newsift.entities.stage import find_entities
from newsift.events.stage import find_events
from newsift.model import Extraction, RawInput
from newsift.places.stage import find_places
from newsift.quotes.stage import find_quotes
from newsift.resources import Resources, load_resources


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Article, Resources], Any]
    needs: tuple[str, ...]
    adds: str


def parse(article: Article, resources: Resources) -> Any:
    """The spaCy parse; an English model refuses text in another language."""
    assert article.document is not None
    language = article.document.language
    if language is not None and language not in SUPPORTED:
        raise UnsupportedLanguage(language)
    text = article.document.text
    if len(text) > resources.nlp.max_length:
        raise ValueError(f"the article's text is {len(text):,} characters; the parser reads "
                         f"up to {resources.nlp.max_length:,}")
    return resources.nlp(text)


STAGES: tuple[Stage, ...] = (
    Stage("document", lambda a, r: build_document(a.raw, r.languages), needs=("raw",),
          adds="document"),
    Stage("parse", parse, needs=("document",), adds="doc"),
    Stage("dates", find_dates, needs=("document", "doc"), adds="dates"),
    Stage("places", find_places, needs=("document", "doc"), adds="places"),
    Stage("entities", find_entities, needs=("document", "doc"), adds="entities"),
    Stage("quotes", find_quotes, needs=("document", "doc", "dates", "entities"), adds="quotes"),
    Stage(
        "events",
        find_events,
        needs=("document", "doc", "dates", "places", "entities"),
        adds="events",
    ),
    Stage(
        "commitments",
        find_commitments,
        needs=("document", "doc", "dates", "entities"),
        adds="commitments",
    ),
)


def check_order(stages: Sequence[Stage]) -> None:
    """Fail at construction, not mid-batch, when a stage needs what no earlier one adds."""
    available = {"raw"}
    for stage in stages:
        missing = [need for need in stage.needs if need not in available]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {missing} before it runs")
        available.add(stage.adds)


@dataclass
class Pipeline:
    resources: Resources
    stages: Sequence[Stage] = field(default=STAGES)

    def __post_init__(self) -> None:
        check_order(self.stages)

    @classmethod
    def load(cls) -> Pipeline:
        return cls(load_resources())

    def article(self, raw: RawInput) -> Article:
        article = Article(raw=raw)
        for stage in self.stages:
            setattr(article, stage.adds, stage.run(article, self.resources))
        return article

    def run(self, raw: RawInput) -> Extraction:
        return self.article(raw).extraction()

    def run_many(self, raws: Iterable[RawInput]) -> Iterator[Extraction]:
        for raw in raws:
            yield self.run(raw)
