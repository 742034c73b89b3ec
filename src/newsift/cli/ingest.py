"""Commands that read articles: ``extract`` prints the contract, ``ingest`` stores it,
``load`` stores what ``ingest --out`` wrote."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from typing import IO, Any

import click

from newsift.cli.common import (
    db_option,
    load_pipeline,
    open_store,
    progress,
    report_error,
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
def extract(paths: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Extract events, quotes, entities and commitments; print one JSON object per document.

    PATHS are files, directories (read recursively) or - for standard input: plain
    text, saved HTML pages, or JSON Lines with one article per line.

    \b
    Example:
      newsift extract ../shared/seeds/002_f8691bf09fced10f.txt -o seeds.jsonl
    """
    from newsift.batch import run_batch
    from newsift.documents.reading import read_inputs

    out: IO[str] = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:

        def write(extraction: Any) -> bool:
            out.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
            return True

        summary = run_batch(
            read_inputs(paths, stdin=sys.stdin),
            load_pipeline(),
            write,
            on_error=report_error,
            progress=progress("extract"),
        )
    finally:
        if output:
            out.close()
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core; the model loads once in each).")
@click.option("--dask", metavar="ADDRESS", default=None,
              help="Extract on a Dask cluster: tcp://HOST:8786, or local:N to start N "
                   "workers here. Needs the dask extra.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write Parquet partitions to this folder instead of the store; "
                   "`newsift load` stores them later.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, hidden=True)
def ingest(paths: tuple[str, ...], db: str | None, jobs: int | None, dask: str | None,
           out_dir: str | None, batch_size: int | None) -> None:
    """Extract documents and store them with all their rows; known documents are skipped.

    Input is read lazily and parsed in batches; with --jobs or --dask the documents
    are stored in input order all the same, so the store equals a one-process run.

    \b
    Example:
      newsift ingest samples/ --db newsift.db
      newsift ingest crawl.jsonl --jobs 4 --db big.db
      newsift ingest crawl.jsonl --dask local:2 --out parts/ && newsift load parts/
    """
    from newsift.batch import run_batch
    from newsift.documents.reading import read_inputs
    from newsift.pipeline import BATCH_SIZE
    from newsift.scale import extractor

    size = batch_size or BATCH_SIZE
    items = read_inputs(paths, stdin=sys.stdin)
    with _usage_errors():
        extract = extractor(jobs, dask, size)
        if out_dir:
            from newsift.scale.partitions import writing

            with writing(out_dir) as writer:
                summary = run_batch(items, extract, writer.add, on_error=report_error,
                                    progress=progress("ingest"), batch_size=size)
        else:
            with open_store(db) as store:
                summary = run_batch(
                    items,
                    extract,
                    lambda extraction: store.add(extraction).stored,
                    seen=store.has_document,
                    on_error=report_error,
                    progress=progress("ingest"),
                    transaction=store.batch,
                    batch_size=size,
                )
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


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
