"""The ``newsift`` command: parses arguments, calls the library, formats what it returns."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from newsift import __version__

T = TypeVar("T")


def _progress(label: str) -> Any:
    """A tqdm wrapper for terminals; plain iteration when stderr is not a TTY."""

    def wrap(items: Iterable[T]) -> Iterator[T]:
        if not sys.stderr.isatty():
            return iter(items)
        from tqdm import tqdm

        return iter(tqdm(items, desc=label, unit="doc", file=sys.stderr, leave=False))

    return wrap


def _report_error(error: Any) -> None:
    click.echo(f"newsift: error: {error}", err=True)


def _load_pipeline() -> Any:
    from newsift.pipeline import Pipeline

    return Pipeline.load()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsift")
def cli() -> None:
    """newsift: conflict news in, a structured, source-linked event dataset out.

    \b
    Example:
      newsift ingest samples/ && newsift events
    """


@cli.command()
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
            _load_pipeline(),
            write,
            on_error=_report_error,
            progress=_progress("extract"),
        )
    finally:
        if output:
            out.close()
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


def _db_option(func: Any) -> Any:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=None,
        help="SQLite file (default: $NEWSIFT_DB or ./newsift.db).",
    )(func)


def _open_store(db: str | None, *, create: bool = True) -> Any:
    """Open the store; a mistyped --db for reading is an error, not a new empty file."""
    from newsift.store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
def ingest(paths: tuple[str, ...], db: str | None) -> None:
    """Extract documents and store them with all their rows; known documents are skipped.

    \b
    Example:
      newsift ingest samples/ --db newsift.db
    """
    from newsift.batch import run_batch
    from newsift.documents.reading import read_inputs

    with _open_store(db) as store:
        summary = run_batch(
            read_inputs(paths, stdin=sys.stdin),
            _load_pipeline(),
            lambda extraction: store.add(extraction).stored,
            seen=store.has_document,
            on_error=_report_error,
            progress=_progress("ingest"),
        )
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


EVENT_COLUMNS = ("date", "event_type", "sub_event_type", "location", "actor1", "fatalities")


def _event_row(event: dict[str, Any]) -> list[str]:
    location = event.get("location") or {}
    values = [
        event.get("date"),
        event.get("event_type"),
        event.get("sub_event_type"),
        location.get("name"),
        event.get("actor1"),
        event.get("fatalities"),
    ]
    return ["" if value is None else str(value) for value in values]


def format_table(rows: list[list[str]], header: Iterable[str]) -> str:
    table = [list(header), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


@cli.command()
@_db_option
@click.option("--since", help="Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--type", "event_type", help="Event type or sub-event type.")
@click.option("--place", help="Location, admin1 or country (substring).")
@click.option("--actor", help="Actor 1 or 2 (substring).")
@click.option("--search", help="Full-text search over evidence, places and actors.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
def events(
    db: str | None,
    since: str | None,
    until: str | None,
    event_type: str | None,
    place: str | None,
    actor: str | None,
    search: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List stored events, filtered.

    \b
    Example:
      newsift events --place Kharkiv --since 2024-01-01 --format jsonl
    """
    from newsift.store.base import EventQuery

    try:
        query = EventQuery(
            since=since,
            until=until,
            event_type=event_type,
            place=place,
            actor=actor,
            search=search,
            limit=limit,
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    with _open_store(db, create=False) as store:
        found = store.events(query)
    if fmt == "jsonl":
        for event in found:
            click.echo(json.dumps(event, ensure_ascii=False))
        return
    click.echo(format_table([_event_row(e) for e in found], EVENT_COLUMNS))
    click.echo(f"{len(found)} events", err=True)


@cli.command()
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "geojson", "parquet"]),
    required=True,
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here, not stdout.")
def export(db: str | None, fmt: str, output: str | None) -> None:
    """Export every stored event: ACLED-style CSV, JSON Lines, GeoJSON or Parquet.

    \b
    Example:
      newsift export --format csv -o events.csv
    """
    from newsift.export import export as export_events

    target: Any = Path(output) if output else sys.stdout
    if fmt == "parquet" and not output:
        target = sys.stdout.buffer
    with _open_store(db, create=False) as store:
        result = export_events(store, fmt, target)
    skipped = f", {result.skipped} left out (no coordinates)" if result.skipped else ""
    click.echo(f"{result.written} events exported as {fmt}{skipped}", err=True)


def _store_call(db: str | None, action: Any) -> Any:
    """Run one editing action; an unknown id or a bad value is a one-line error."""
    with _open_store(db, create=False) as store:
        try:
            return action(store)
        except KeyError as exc:
            raise click.ClickException(str(exc.args[0])) from exc
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc


@cli.command()
@click.argument("event_id")
@click.argument("changes", nargs=-1, required=True)
@click.option("--author", default=None, help="Who corrects (kept with the correction).")
@_db_option
def correct(event_id: str, changes: tuple[str, ...], author: str | None, db: str | None) -> None:
    """Correct fields of a stored event by hand: CHANGES are FIELD=VALUE pairs.

    Corrections are kept apart from extracted values and laid on top of them, so
    re-ingesting, re-extracting or merging more sources never overwrites them. FIELD is
    event_type, sub_event_type, date, date_precision, actor1, actor2, weapon, target,
    location (the place name), admin1, country, latitude, longitude, geo_precision,
    fatalities or injured; VALUE null clears the field.

    \b
    Example:
      newsift correct 3f2a9c1d0b7e4a55 fatalities=7 "actor1=Russia" --author ana
    """
    from newsift.store.corrections import correct_event

    parsed: dict[str, str] = {}
    for change in changes:
        name, sep, value = change.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{change!r} is not FIELD=VALUE", param_hint="CHANGES")
        parsed[name.strip()] = value
    found = _store_call(db, lambda store: correct_event(store, event_id, parsed, author))
    click.echo(f"{found}: {len(parsed)} field(s) corrected", err=True)


@cli.command()
@click.argument("keep")
@click.argument("other")
@_db_option
def merge(keep: str, other: str, db: str | None) -> None:
    """Merge event OTHER into event KEEP: they are one incident.

    KEEP keeps its id; OTHER's id still finds the merged event, and OTHER's
    corrections move to it.

    \b
    Example:
      newsift merge 3f2a9c1d0b7e4a55 90b1c2d3e4f5a6b7
    """
    from newsift.store.corrections import merge_events

    found = _store_call(db, lambda store: merge_events(store, keep, other))
    click.echo(f"{other} merged into {found}", err=True)


@cli.command()
@click.argument("event_id")
@click.argument("document_ids", nargs=-1, required=True)
@_db_option
def split(event_id: str, document_ids: tuple[str, ...], db: str | None) -> None:
    """Undo a wrong merge: move the reports of DOCUMENT_IDS out of EVENT_ID.

    They become a new event, whose id is printed (an event's sources are listed by
    `newsift events --format jsonl`).

    \b
    Example:
      newsift split 3f2a9c1d0b7e4a55 9c0d1e2f3a4b5c6d
    """
    from newsift.store.corrections import split_event

    found = _store_call(db, lambda store: split_event(store, event_id, list(document_ids)))
    click.echo(found)


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--tile-url",
    envvar="NEWSIFT_TILE_URL",
    default=None,
    help="Optional {z}/{x}/{y} tile server for an online base map "
    "(default: offline country borders only).",
)
def serve(db: str | None, host: str, port: int, tile_url: str | None) -> None:
    """Serve the map page at http://HOST:PORT/ and the JSON API (docs at /docs).

    \b
    Example:
      newsift ingest samples/ && newsift serve
    """
    from newsift.api import serve as run_server
    from newsift.store import StoreError

    try:
        run_server(db, host, port, tile_url=tile_url)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command(name="eval")
@click.option(
    "--shared",
    type=click.Path(file_okay=False, exists=True),
    default=None,
    help="The shared/ folder with gold and eval data (default: ../shared beside the repo).",
)
@click.option("--only", multiple=True, help="Run only these sets (repeatable).")
@click.option("--limit", type=int, default=None, help="Score only the first N records a set.")
@click.option(
    "--half",
    type=click.Choice(["tune", "check"]),
    default=None,
    help="Score only this half of each split set (default: both).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--check", is_flag=True, help="Exit non-zero when a score is below its floor.")
def evaluate(
    shared: str | None,
    only: tuple[str, ...],
    limit: int | None,
    half: str | None,
    as_json: bool,
    check: bool,
) -> None:
    """Score extraction against gold files and print a table of measures.

    Split sets are scored as two halves, NAME/tune (study its failures) and
    NAME/check (only measure it); floors sit on the check half.

    \b
    Example:
      newsift eval --only acled-notes --half check --check
    """
    from newsift.evaluate.records import HALVES
    from newsift.evaluate.runner import below_floor, find_shared, run_evaluations

    halves = [h for h in HALVES if half is None or h == half]
    results = run_evaluations(find_shared(shared), only=only, limit=limit, halves=halves)
    failures = below_floor(results)
    if as_json:
        click.echo(json.dumps(results, indent=2))
    else:
        for name, scores in results.items():
            for measure, value in scores.items():
                if isinstance(value, (int, float)):
                    click.echo(f"{name:<22} {measure:<48} {value:10.3f}")
    for failure in failures:
        click.echo(f"below floor: {failure}", err=True)
    if check and failures:
        sys.exit(1)


def main() -> None:
    cli(prog_name="newsift")
