"""Scaling extraction out: a pool of processes on one machine, or a Dask cluster.

Each gives :func:`newsift.batch.run_batch` an ``extract`` function that turns a lazy
stream of inputs into outcomes *in input order*, holding only a bounded window of
batches in flight, so a store fills exactly as from one process and a multi-GB input
never sits in memory. :mod:`.processes` is ``newsift ingest --jobs N``; :mod:`.cluster`
is ``--dask ADDRESS`` (needs the ``dask`` extra); :mod:`.partitions` writes and loads
the Parquet partitions of ``--out DIR`` / ``newsift load DIR``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial

from newsift.model import RawInput
from newsift.pipeline import BATCH_SIZE, Outcome, Pipeline


def extractor(
    jobs: int | None = None,
    dask: str | None = None,
    batch_size: int = BATCH_SIZE,
    load: Callable[[], Pipeline] | None = None,
) -> Callable[[Iterable[RawInput]], Iterator[Outcome]]:
    """What extracts: a Dask cluster when ``dask`` is given (imported only then), else
    ``jobs`` processes here (default: one per core; 1 is this process alone). ``load``
    gives the pipeline when this process extracts (default: loaded once per process)."""
    if dask:
        from newsift.scale.cluster import extract_on_dask

        return partial(extract_on_dask, address=dask, batch_size=batch_size)
    from newsift.scale.processes import default_jobs, extract_in_processes

    return partial(extract_in_processes, jobs=jobs or default_jobs(), batch_size=batch_size,
                   load=load)
