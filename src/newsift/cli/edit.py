"""Commands that correct the store by hand: ``correct``, ``merge``, ``split``."""

from __future__ import annotations

import click

from newsift.cli.common import (
    db_option,
    store_call,
)


@click.command()
@click.argument("event_id")
@click.argument("changes", nargs=-1, required=True)
@click.option("--author", default=None, help="Who corrects (kept with the correction).")
@db_option
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
    found = store_call(db, lambda store: correct_event(store, event_id, parsed, author))
    click.echo(f"{found}: {len(parsed)} field(s) corrected", err=True)


@click.command()
@click.argument("keep")
@click.argument("other")
@db_option
def merge(keep: str, other: str, db: str | None) -> None:
    """Merge event OTHER into event KEEP: they are one incident.

    KEEP keeps its id; OTHER's id still finds the merged event, and OTHER's
    corrections move to it.

    \b
    Example:
      newsift merge 3f2a9c1d0b7e4a55 90b1c2d3e4f5a6b7
    """
    from newsift.store.corrections import merge_events

    found = store_call(db, lambda store: merge_events(store, keep, other))
    click.echo(f"{other} merged into {found}", err=True)


@click.command()
@click.argument("event_id")
@click.argument("document_ids", nargs=-1, required=True)
@db_option
def split(event_id: str, document_ids: tuple[str, ...], db: str | None) -> None:
    """Undo a wrong merge: move the reports of DOCUMENT_IDS out of EVENT_ID.

    They become a new event, whose id is printed (an event's sources are listed by
    `newsift events --format jsonl`).

    \b
    Example:
      newsift split 3f2a9c1d0b7e4a55 9c0d1e2f3a4b5c6d
    """
    from newsift.store.corrections import split_event

    found = store_call(db, lambda store: split_event(store, event_id, list(document_ids)))
    click.echo(found)
