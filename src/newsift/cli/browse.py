"""Commands that read the store: ``events`` lists, ``export`` writes files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from newsift.cli.common import (
    db_option,
    format_table,
    open_store,
)

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


@click.command()
@db_option
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
    with open_store(db, create=False) as store:
        found = store.events(query)
    if fmt == "jsonl":
        for event in found:
            click.echo(json.dumps(event, ensure_ascii=False))
        return
    click.echo(format_table([_event_row(e) for e in found], EVENT_COLUMNS))
    click.echo(f"{len(found)} events", err=True)


@click.command()
@db_option
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
    with open_store(db, create=False) as store:
        result = export_events(store, fmt, target)
    skipped = f", {result.skipped} left out (no coordinates)" if result.skipped else ""
    click.echo(f"{result.written} events exported as {fmt}{skipped}", err=True)
