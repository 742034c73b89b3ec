"""The one explicit, ordered list of stages that turns a raw input into an Extraction.

A stage is a plain function ``(article, resources) -> value``. It declares the
Article fields it ``needs`` and the one field it ``adds``; the pipeline checks the
order once, when it is built, and stores each stage's value on the article.

Many inputs go through the same list in batches (:meth:`Pipeline.run_many`): a stage
may also give a ``batch`` form, ``(articles, resources) -> values``, which the batch
path calls once per batch instead of once per article. The parse has one, so spaCy's
``nlp.pipe`` parses a batch at a time, and so has ``sentences``, which parses again the
pieces the parse misreads (one ``nlp.pipe`` call for a batch's pieces); every other
stage runs per article.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from newsift.article import Article
from newsift.commitments.stage import find_commitments
from newsift.dates.stage import find_dates
from newsift.deadline import DOCUMENT_SECONDS, time_limit
from newsift.documents.document import build_document
from newsift.documents.language import SUPPORTED, UnsupportedLanguage
from newsift.entities.stage import find_entities
from newsift.events.sentences import read_sentences, read_sentences_many
from newsift.events.stage import find_events
from newsift.model import Extraction, RawInput, Refused
from newsift.places.stage import find_places
from newsift.quotes.stage import find_quotes
from newsift.resources import Resources, load_resources
from newsift.text.doc_text import parsed

# Inputs per batch on the batch path, and so per worker task and store transaction.
BATCH_SIZE = 32
# Texts per nlp.pipe step. News articles are long: on 64 of them (~700 words each),
# steps of 8 took 5% less CPU than one text at a time and steps of 32 no less, but
# steps of 32 held 440 MB more at peak than steps of 8 (BENCHMARKS.md, Scaling).
PARSE_BATCH = 8


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Article, Resources], Any]
    needs: tuple[str, ...]
    adds: str
    # The same work for many articles at once, values in the same order; optional.
    batch: Callable[[list[Article], Resources], list[Any]] | None = None


def parseable_text(article: Article, resources: Resources) -> str:
    """The document's text, or why the English parser must not read it."""
    assert article.document is not None, "the document stage has not run"
    language = article.document.language
    if language is not None and language not in SUPPORTED:
        raise UnsupportedLanguage(language)
    text = article.document.text
    if len(text) > resources.nlp.max_length:
        raise Refused(f"the article's text is {len(text):,} characters; the parser reads "
                      f"up to {resources.nlp.max_length:,}")
    return text


def parse(article: Article, resources: Resources) -> Any:
    """The spaCy parse; an English model refuses text in another language."""
    text = parseable_text(article, resources)
    return parsed(resources.nlp(text), text)


def parse_many(articles: list[Article], resources: Resources) -> list[Any]:
    """The parse of a batch (one refused article fails it: the pipeline then parses the
    batch one by one, so only that article fails)."""
    texts = [parseable_text(article, resources) for article in articles]
    docs = resources.nlp.pipe(texts, batch_size=PARSE_BATCH)
    return [parsed(doc, text) for doc, text in zip(docs, texts, strict=True)]


STAGES: tuple[Stage, ...] = (
    Stage("document", lambda a, r: build_document(a.raw, r.languages), needs=("raw",),
          adds="document"),
    Stage("parse", parse, needs=("document",), adds="doc", batch=parse_many),
    Stage("dates", find_dates, needs=("document", "doc"), adds="dates"),
    Stage("places", find_places, needs=("document", "doc"), adds="places"),
    Stage("entities", find_entities, needs=("document", "doc"), adds="entities"),
    Stage("quotes", find_quotes, needs=("document", "doc", "dates", "entities"), adds="quotes"),
    Stage("sentences", read_sentences, needs=("document", "doc", "places"), adds="sentences",
          batch=read_sentences_many),
    Stage(
        "events",
        find_events,
        needs=("document", "doc", "sentences", "dates", "places", "entities", "quotes"),
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
    # Seconds one document may spend in one stage (newsift.deadline); a batch form
    # gets as many seconds per article. None: no limit.
    time_limit: float | None = DOCUMENT_SECONDS

    def __post_init__(self) -> None:
        check_order(self.stages)

    @classmethod
    def load(cls) -> Pipeline:
        """The pipeline with its resources loaded, kept for the life of the process."""
        pipeline = cls(load_resources())
        # The model and gazetteer are a few hundred thousand objects that live as long as
        # the process: frozen, the collector's full passes stop walking them again and
        # again (they took 1% of an ingest's CPU time; no output changes).
        gc.freeze()
        return pipeline

    def article(self, raw: RawInput) -> Article:
        article = Article(raw=raw)
        with time_limit(self.time_limit):
            for stage in self.stages:
                setattr(article, stage.adds, stage.run(article, self.resources))
        return article

    def run(self, raw: RawInput) -> Extraction:
        return self.article(raw).extraction()

    def run_many(
        self, raws: Iterable[RawInput], batch_size: int = BATCH_SIZE
    ) -> Iterator[Outcome]:
        """One :class:`Outcome` per input, in input order, ``batch_size`` inputs at a time.

        A stage that fails on one article fails that article only. A batch form that
        fails (one text over spaCy's length limit fails the whole ``nlp.pipe`` call) is
        retried article by article, so only the culprit fails.
        """
        stream = iter(raws)
        while chunk := list(islice(stream, max(1, batch_size))):
            yield from self._run_chunk(chunk)

    def _run_chunk(self, raws: list[RawInput]) -> list[Outcome]:
        articles = [Article(raw=raw) for raw in raws]
        errors: dict[int, str] = {}
        for stage in self.stages:
            live = [i for i in range(len(articles)) if i not in errors]
            values: list[Any] | None = None
            if stage.batch is not None and len(live) > 1:
                try:
                    with time_limit(self.time_limit and self.time_limit * len(live)):
                        values = stage.batch([articles[i] for i in live], self.resources)
                except Exception:  # noqa: BLE001 - retried one by one below
                    values = None
            for n, i in enumerate(live):
                try:
                    if values is not None:
                        value = values[n]
                    else:
                        with time_limit(self.time_limit):
                            value = stage.run(articles[i], self.resources)
                except Exception as exc:  # noqa: BLE001 - one bad document fails alone
                    errors[i] = describe(exc)
                    continue
                setattr(articles[i], stage.adds, value)
        return [
            Outcome(raw.source, error=errors[i]) if i in errors
            else Outcome(raw.source, extraction=articles[i].extraction())
            for i, raw in enumerate(raws)
        ]


def describe(exc: Exception) -> str:
    """Why a document failed: a refusal's own words, else the error and its type."""
    return str(exc) if isinstance(exc, Refused) else f"{type(exc).__name__}: {exc}"


@dataclass(frozen=True)
class Outcome:
    """What became of one input on the batch path: its extraction, or why it failed."""

    source: str  # the input's source, to name it in an error
    extraction: Extraction | None = None
    error: str | None = None
