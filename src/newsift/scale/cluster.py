"""Extraction on a Dask cluster (``newsift ingest --dask tcp://HOST:8786`` or ``local:N``).

Needs the ``dask`` extra (``pip install 'newsift[dask]'``), and newsift installed on
every worker. A worker plugin loads the pipeline once per worker, when the worker
joins; each task extracts one batch with it. The client reads the inputs, keeps at
most two batches per worker thread in flight and yields the outcomes in input order,
so the store it fills equals a one-process ingest.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from distributed import Client, Future, LocalCluster, WorkerPlugin, get_worker

from newsift.model import RawInput
from newsift.pipeline import BATCH_SIZE, Outcome, Pipeline

PLUGIN = "newsift-pipeline"
IN_FLIGHT_PER_THREAD = 2
_LOCAL = re.compile(r"local(?::(\d+))?")


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline on each worker as it starts; tasks find it by :data:`PLUGIN`."""

    name = PLUGIN

    def __init__(self) -> None:
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = Pipeline.load()


@contextmanager
def dask_client(address: str) -> Iterator[Client]:
    """A client of the cluster at ``address``; ``local:N`` starts N one-thread workers
    here (processes, as spaCy holds the GIL) and stops them afterwards."""
    local = _LOCAL.fullmatch(address)
    if local is None:
        with Client(address) as client:
            yield client
        return
    workers = int(local.group(1) or 1)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


def extract_on_dask(
    raws: Iterable[RawInput], address: str, batch_size: int = BATCH_SIZE
) -> Iterator[Outcome]:
    """Outcomes of every input in input order, extracted on the cluster at ``address``."""
    with dask_client(address) as client:
        client.register_plugin(PipelinePlugin(), name=PLUGIN)
        threads = max(1, sum(client.nthreads().values()))
        stream = iter(raws)
        pending: deque[Future] = deque()
        while chunk := list(islice(stream, batch_size)):
            pending.append(client.submit(_extract_chunk, chunk, batch_size, pure=False))
            if len(pending) >= threads * IN_FLIGHT_PER_THREAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _extract_chunk(raws: list[RawInput], batch_size: int) -> list[Outcome]:
    plugin = get_worker().plugins[PLUGIN]
    assert isinstance(plugin, PipelinePlugin)
    if plugin.pipeline is None:  # a worker that joined without the plugin's setup
        plugin.pipeline = Pipeline.load()
    return list(plugin.pipeline.run_many(raws, batch_size))
