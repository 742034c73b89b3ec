"""Commands that read articles: ``extract`` prints the contract, ``ingest`` stores it."""

from __future__ import annotations

import json
import sys
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
def ingest(paths: tuple[str, ...], db: str | None) -> None:
    """Extract documents and store them with all their rows; known documents are skipped.

    \b
    Example:
      newsift ingest samples/ --db newsift.db
    """
    from newsift.batch import run_batch
    from newsift.documents.reading import read_inputs

    with open_store(db) as store:
        summary = run_batch(
            read_inputs(paths, stdin=sys.stdin),
            load_pipeline(),
            lambda extraction: store.add(extraction).stored,
            seen=store.has_document,
            on_error=report_error,
            progress=progress("ingest"),
        )
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)
