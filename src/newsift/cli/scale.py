"""Running ingest at scale: the options ``ingest`` takes for it, and ``load``.

``ingest`` (in :mod:`newsift.cli.ingest`) says what to read; :func:`store_inputs` says
where it is extracted (this process, ``--jobs`` workers, a ``--dask`` cluster) and
where the extractions go (the store, or ``--out`` Parquet partitions that ``load``
stores later).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

import click

from newsift.cli.common import (
    db_option,
    open_store,
    progress,
    report_error,
    report_warning,
)


def scale_options(func: Any) -> Any:
    """``--jobs``, ``--dask``, ``--out`` (and the hidden ``--batch-size``)."""
    for option in reversed((
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: one per core; the model loads once "
                          "in each)."),
        click.option("--dask", metavar="ADDRESS", default=None,
                     help="Extract on a Dask cluster: tcp://HOST:8786, or local:N to start "
                          "N workers here. Needs the dask extra."),
        click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
                     help="Write Parquet partitions to this folder instead of the store; "
                          "`newsift load` stores them later."),
        click.option("--batch-size", type=click.IntRange(min=1), default=None, hidden=True),
    )):  # fmt: skip
        func = option(func)
    return func


def store_inputs(
    items: Callable[[Any], Iterable[Any]],
    db: str | None,
    load: Callable[[], Any],
    *,
    jobs: int | None = None,
    dask: str | None = None,
    out_dir: str | None = None,
    batch_size: int | None = None,
) -> Any:
    """Extract ``items(store)`` (the store is None with ``--out``) and keep the results;
    the batch summary."""
    from newsift.batch import run_batch
    from newsift.pipeline import BATCH_SIZE
    from newsift.scale import extractor

    size = batch_size or BATCH_SIZE
    with _usage_errors():
        extract = extractor(jobs, dask, size, load=load)
        if out_dir:
            from newsift.scale.partitions import writing

            with writing(out_dir) as writer:
                return run_batch(items(None), extract, writer.add, on_error=report_error,
                                 on_warning=report_warning, progress=progress("ingest"),
                                 batch_size=size)
        with open_store(db) as store:
            return run_batch(
                items(store),
                extract,
                lambda extraction: store.add(extraction).stored,
                seen=store.has_document,
                on_error=report_error, on_warning=report_warning,
                progress=progress("ingest"),
                transaction=store.batch,
                batch_size=size,
            )


@click.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@db_option
def load(directory: str, db: str | None) -> None:
    """Store the Parquet partitions `ingest --out DIRECTORY` wrote, in their order.

    \b
    Example:
      newsift load parts/ --db newsift.db
    """
    from newsift.scale.partitions import PER_PARTITION, read_partitions

    stored = present = events = 0
    with _usage_errors(), open_store(db) as store:
        extractions = read_partitions(directory)
        while chunk := list(islice(extractions, PER_PARTITION)):
            with store.batch():
                for extraction in chunk:
                    if store.add(extraction).stored:
                        stored += 1
                        events += len(extraction.events)
                    else:
                        present += 1
    click.echo(f"{stored} documents stored, {present} already present; {events} events",
               err=True)


@contextmanager
def _usage_errors() -> Iterator[None]:
    """A missing extra or a taken --out folder is one line, not a traceback."""
    try:
        yield
    except ModuleNotFoundError as exc:
        if exc.name not in {"dask", "distributed"}:
            raise
        raise click.ClickException(
            "--dask needs the dask extra: pip install 'newsift[dask]'") from exc
    except (FileExistsError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
