"""Running the pipeline over many inputs: one bad file never stops a batch.

The CLI, the API and a Dask client all call :func:`run_batch`; they differ only in
what they do with each :class:`Extraction` (the ``sink``), how they show progress, and
what extracts (the ``extract`` function: this process, a pool of processes or a Dask
cluster, see :mod:`newsift.scale`). Whatever extracts, the sink sees the extractions in
input order, so a store fills the same way from one process or many.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from itertools import islice

from newsift.model import Extraction, InputError, RawInput
from newsift.pipeline import BATCH_SIZE, Outcome, Pipeline


@dataclass
class BatchSummary:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already present in the store
    failed: int = 0
    events: int = 0
    quotes: int = 0
    commitments: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.read} documents read, {self.stored} stored, {self.skipped} already present, "
            f"{self.failed} failed; {self.events} events, {self.quotes} quotes, "
            f"{self.commitments} commitments; {self.seconds:.1f}s"
        )


# A sink takes one extraction and says whether it was new (True) or already there (False).
Sink = Callable[[Extraction], bool]
# Extracts every input it is given, lazily, yielding one Outcome per input in input order.
Extract = Callable[[Iterable[RawInput]], Iterator[Outcome]]


def run_batch(
    items: Iterable[RawInput | InputError],
    pipeline: Pipeline | Extract,
    sink: Sink,
    *,
    seen: Callable[[str], bool] = lambda _id: False,
    on_error: Callable[[InputError], None] = lambda _e: None,
    on_warning: Callable[[InputError], None] = lambda _w: None,
    progress: Callable[[Iterable[RawInput | InputError]], Iterator[RawInput | InputError]]
    | None = None,
    transaction: Callable[[], AbstractContextManager[object]] | None = None,
    batch_size: int = BATCH_SIZE,
) -> BatchSummary:
    """Extract every input and hand it to ``sink``; errors are counted, reported, skipped.

    ``seen(document_id)`` lets a store skip inputs it already holds before any NLP runs.
    ``on_warning`` hears what was wrong with an input that was still read (a document's
    ``warnings``), named by its source.
    ``pipeline`` is a :class:`Pipeline` (run here, ``batch_size`` inputs per batch) or
    an :data:`Extract` function. Each run of up to ``batch_size`` extractions goes to the
    sink inside one ``transaction()``, when given: one commit per batch, not per document.
    """
    summary = BatchSummary()
    started = time.perf_counter()
    extract: Extract
    if isinstance(pipeline, Pipeline):
        extract = lambda raws: pipeline.run_many(raws, batch_size)  # noqa: E731
    else:
        extract = pipeline

    def fresh() -> Iterator[RawInput]:
        """The inputs still to extract; counting and reporting the rest on the way."""
        for item in progress(items) if progress else items:
            if isinstance(item, InputError):
                _fail(summary, item, on_error)
                continue
            summary.read += 1
            if seen(item.digest):
                summary.skipped += 1
                continue
            yield item

    outcomes = extract(fresh())
    while chunk := list(islice(outcomes, max(1, batch_size))):
        with transaction() if transaction else nullcontext():
            for outcome in chunk:
                _deliver(summary, outcome, sink, on_error)
                if outcome.extraction is not None:
                    for warning in outcome.extraction.document.warnings:
                        on_warning(InputError(outcome.source, warning))
    summary.seconds = time.perf_counter() - started
    return summary


def _deliver(
    summary: BatchSummary, outcome: Outcome, sink: Sink, on_error: Callable[[InputError], None]
) -> None:
    extraction = outcome.extraction
    if extraction is None:
        _fail(summary, InputError(outcome.source, outcome.error or "failed"), on_error)
        return
    try:
        is_new = sink(extraction)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        _fail(summary, InputError(outcome.source, f"{type(exc).__name__}: {exc}"), on_error)
        return
    if not is_new:
        summary.skipped += 1
        return
    summary.stored += 1
    summary.events += len(extraction.events)
    summary.quotes += len(extraction.quotes)
    summary.commitments += len(extraction.commitments)


def _fail(summary: BatchSummary, error: InputError, on_error: Callable[[InputError], None]) -> None:
    summary.failed += 1
    summary.errors.append(error)
    on_error(error)
