"""Commands that read articles: ``extract`` prints the contract, ``ingest`` stores it."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

import click

from newsift.cli.common import (
    db_option,
    load_pipeline,
    progress,
    report_error,
)
from newsift.cli.scale import scale_options, store_inputs


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
@scale_options
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
    from newsift.documents.reading import read_inputs

    summary = store_inputs(lambda _store: read_inputs(paths, stdin=sys.stdin), db,
                           load_pipeline, jobs=jobs, dask=dask, out_dir=out_dir,
                           batch_size=batch_size)
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)
