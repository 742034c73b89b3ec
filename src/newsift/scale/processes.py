"""Extraction in worker processes on this machine (``newsift ingest --jobs N``).

Every worker loads the pipeline once (the spaCy model and gazetteer) and then extracts
one batch per task. The parent reads the inputs, hands out batches, keeps at most two
per worker in flight and yields the outcomes in input order. Input that fits in one
batch is extracted here, in this process: starting workers would cost more than it
saves.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice

from newsift.model import RawInput
from newsift.pipeline import BATCH_SIZE, Outcome, Pipeline

IN_FLIGHT_PER_WORKER = 2


def default_jobs() -> int:
    """The cores this process may run on (all of them unless pinned)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@functools.cache
def process_pipeline() -> Pipeline:
    """The pipeline of this process, loaded on first use and kept: once per process."""
    return Pipeline.load()


def extract_in_processes(
    raws: Iterable[RawInput],
    jobs: int,
    batch_size: int = BATCH_SIZE,
    load: Callable[[], Pipeline] | None = None,
) -> Iterator[Outcome]:
    """Outcomes of every input in input order, extracted by ``jobs`` worker processes,
    or here, by the pipeline ``load`` gives, for one job or one batch."""
    stream = iter(raws)
    first = list(islice(stream, batch_size))
    second = list(islice(stream, batch_size))
    if jobs <= 1 or not second:
        here = (load or process_pipeline)()
        yield from here.run_many(chain(first, second, stream), batch_size)
        return
    with ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_warm) as pool:
        pending: deque[Future[list[Outcome]]] = deque()
        chunk = first
        while chunk:
            pending.append(pool.submit(_extract_chunk, chunk, batch_size))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
            chunk, second = second, list(islice(stream, batch_size))
        while pending:
            yield from pending.popleft().result()


def _context() -> multiprocessing.context.BaseContext:
    # A fresh server process forks the workers: they inherit neither the parent's open
    # store nor its threads, and spaCy is imported once, in the server, not per worker.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsift.pipeline"])
        return context
    return multiprocessing.get_context("spawn")


def _warm() -> None:
    process_pipeline()


def _extract_chunk(raws: list[RawInput], batch_size: int) -> list[Outcome]:
    return list(process_pipeline().run_many(raws, batch_size))
