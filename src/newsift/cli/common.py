"""What the commands share: opening the store, loading the pipeline, progress, tables."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import click

T = TypeVar("T")


def progress(label: str) -> Any:
    """A tqdm wrapper for terminals; plain iteration when stderr is not a TTY."""

    def wrap(items: Iterable[T]) -> Iterator[T]:
        if not sys.stderr.isatty():
            return iter(items)
        from tqdm import tqdm

        return iter(tqdm(items, desc=label, unit="doc", file=sys.stderr, leave=False))

    return wrap


def report_error(error: Any) -> None:
    click.echo(f"newsift: error: {error}", err=True)


def report_warning(warning: Any) -> None:
    click.echo(f"newsift: warning: {warning}", err=True)


def load_pipeline() -> Any:
    from newsift.pipeline import Pipeline

    return Pipeline.load()


def db_option(func: Any) -> Any:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=None,
        help="SQLite file or postgresql://USER@HOST/DB URL (default: $NEWSIFT_DB or "
             "./newsift.db).",
    )(func)


def open_store(db: str | None, *, create: bool = True) -> Any:
    """Open the store; a mistyped --db for reading is an error, not a new empty file."""
    from newsift.store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def format_table(rows: list[list[str]], header: Iterable[str]) -> str:
    table = [list(header), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def store_call(db: str | None, action: Any) -> Any:
    """Run one editing action; an unknown id or a bad value is a one-line error."""
    with open_store(db, create=False) as store:
        try:
            return action(store)
        except KeyError as exc:
            raise click.ClickException(str(exc.args[0])) from exc
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
