"""Commands that read articles: ``extract`` prints the contract, ``ingest`` stores it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from newsift.cli.common import (
    db_option,
    load_pipeline,
    progress,
    report_error,
    report_warning,
)
from newsift.cli.scale import scale_options, store_inputs
from newsift.cli.watch import fetch_options, fetch_policy


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
            on_error=report_error, on_warning=report_warning,
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
@fetch_options
@scale_options
def ingest(paths: tuple[str, ...], db: str | None, jobs: int | None, dask: str | None,
           out_dir: str | None, batch_size: int | None, **fetch: Any) -> None:
    """Extract documents and store them with all their rows; known documents are skipped.

    PATHS are files, directories, - for standard input, or http(s) URLs: each page is
    fetched and stored with its URL as the source; a URL already stored is not fetched
    again. Input is read lazily and parsed in batches; with --jobs or --dask the
    documents are stored in input order all the same, so the store equals a
    one-process run.

    \b
    Example:
      newsift ingest samples/ --db newsift.db
      newsift ingest https://example.org/news/2024/03/15/odesa-strike --db newsift.db
      newsift ingest crawl.jsonl --jobs 4 --db big.db
      newsift ingest crawl.jsonl --dask local:2 --out parts/ && newsift load parts/
    """
    summary = store_inputs(lambda store: _files_then_urls(paths, store, fetch), db,
                           load_pipeline, jobs=jobs, dask=dask, out_dir=out_dir,
                           batch_size=batch_size)
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


def _files_then_urls(paths: tuple[str, ...], store: Any, fetch: dict[str, Any]) -> Iterator[Any]:
    """Files as read_inputs reads them, then the URLs among PATHS, fetched."""
    from newsift.documents.fetch import fetch_pages, is_url
    from newsift.documents.reading import read_inputs

    def already(url: str) -> None:
        click.echo(f"newsift: {url}: already stored; not fetched again", err=True)

    yield from read_inputs([p for p in paths if not is_url(p)], stdin=sys.stdin)
    urls = [p for p in paths if is_url(p)]
    if urls:
        skip = store.has_source if store is not None else lambda _url: False  # --out: no store
        yield from fetch_pages(urls, fetch_policy(**fetch), skip=skip, on_skip=already)
