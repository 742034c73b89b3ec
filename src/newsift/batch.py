"""Running the pipeline over many inputs: one bad file never stops a batch.

The CLI, the API and a Dask worker all call :func:`run_batch`; they differ only in
what they do with each :class:`Extraction` (the ``sink``) and how they show progress.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsift.model import Extraction, InputError, RawInput
from newsift.pipeline import Pipeline


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


def run_batch(
    items: Iterable[RawInput | InputError],
    pipeline: Pipeline,
    sink: Sink,
    *,
    seen: Callable[[str], bool] = lambda _id: False,
    on_error: Callable[[InputError], None] = lambda _e: None,
    progress: Callable[[Iterable[RawInput | InputError]], Iterator[RawInput | InputError]]
    | None = None,
) -> BatchSummary:
    """Extract every input and hand it to ``sink``; errors are counted, reported, skipped.

    ``seen(document_id)`` lets a store skip inputs it already holds before any NLP runs.
    """
    summary = BatchSummary()
    started = time.perf_counter()
    stream = progress(items) if progress else iter(items)
    for item in stream:
        if isinstance(item, InputError):
            _fail(summary, item, on_error)
            continue
        summary.read += 1
        if seen(item.digest):
            summary.skipped += 1
            continue
        try:
            extraction = pipeline.run(item)
            is_new = sink(extraction)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            reason = f"{type(exc).__name__}: {exc}"
            _fail(summary, InputError(item.source, reason), on_error)
            continue
        if not is_new:
            summary.skipped += 1
            continue
        summary.stored += 1
        summary.events += len(extraction.events)
        summary.quotes += len(extraction.quotes)
        summary.commitments += len(extraction.commitments)
    summary.seconds = time.perf_counter() - started
    return summary


def _fail(summary: BatchSummary, error: InputError, on_error: Callable[[InputError], None]) -> None:
    summary.failed += 1
    summary.errors.append(error)
    on_error(error)
