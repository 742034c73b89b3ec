"""The ``serve`` command: the map page and the JSON API."""

from __future__ import annotations

import click

from newsift.cli.common import (
    db_option,
)


@click.command()
@db_option
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
