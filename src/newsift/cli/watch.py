"""``watch``: follow RSS and Atom feeds into the store; and the options of every fetch."""

from __future__ import annotations

import re
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import click

from newsift.cli import common

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_UNSET = object()


class Duration(click.ParamType):
    """``90``, ``90s``, ``15m``, ``2h`` or ``1d``, as seconds."""

    name = "duration"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        if isinstance(value, int | float):
            return float(value)
        match = _DURATION.fullmatch(str(value).strip().lower())
        if match is None:
            self.fail(f"{value!r} is not a duration like 30s, 15m or 2h", param, ctx)
        return float(match[1]) * _UNIT_SECONDS[match[2]]


def fetch_options(func: Any) -> Any:
    """``--allow-private``, ``--timeout``, ``--max-size``: passed on as ``fetch`` kwargs."""
    for option in reversed((
        click.option("--allow-private", is_flag=True,
                     help="Also fetch from loopback, private and link-local addresses "
                          "(a server on this machine or your network). Off by default: "
                          "a link in a feed must not reach inside your network."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0,
                     show_default=True, help="Seconds for one fetch, redirects included."),
        click.option("--max-size", type=click.FloatRange(min=0.01), default=10.0,
                     show_default=True,
                     help="Largest page or feed in MB; reading stops there and it fails."),
    )):
        func = option(func)
    return func


def fetch_policy(allow_private: bool, timeout: float, max_size: float) -> Any:
    from newsift.documents.fetch import MEGABYTE, FetchPolicy

    return FetchPolicy(allow_private=allow_private, timeout=timeout,
                       max_bytes=int(max_size * MEGABYTE))


@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_URL...")
@click.option("--every", type=Duration(), default="15m", show_default=True,
              help="Time between rounds (start to start): 30s, 15m, 2h.")
@click.option("--once", is_flag=True, help="One round, then exit (for cron): exit status 1 "
                                           "if any feed or page failed.")
@common.db_option
@fetch_options
def watch(feeds: tuple[str, ...], every: float, once: bool, db: str | None,
          allow_private: bool, timeout: float, max_size: float) -> None:
    """Follow RSS and Atom feeds: each round fetches the items not yet stored and
    ingests them. Logs one line a round to stderr; stop it with Ctrl-C.

    Leave it running beside `newsift serve --db` on the same database: the map picks up
    new events by itself.

    \b
    Example:
      newsift watch https://example.org/world/rss.xml https://example.net/atom.xml \\
        --every 15m --db newsift.db
    """
    from newsift.documents.fetch import Fetcher
    from newsift.feeds.watch import RoundSummary, Watcher, run_rounds

    failed = 0

    def log(summary: RoundSummary) -> None:
        nonlocal failed
        failed = summary.failed
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        click.echo(f"{stamp} {summary.line()}", err=True)

    watcher = None
    try:
        with _terminate_as_interrupt(), common.open_store(db) as store, \
                Fetcher(fetch_policy(allow_private, timeout, max_size)) as fetcher:
            watcher = Watcher(feeds, store, common.load_pipeline(), fetcher,
                              on_error=common.report_error)
            run_rounds(watcher, every, rounds=1 if once else None, on_round=log)
    except KeyboardInterrupt:
        rounds = watcher.rounds if watcher is not None else 0
        click.echo(f"newsift: watch stopped after {rounds} round{'s' * (rounds != 1)}",
                   err=True)
        if once:  # the one round did not finish
            sys.exit(130)
        return
    if once and failed:
        sys.exit(1)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (systemd, docker stop) stops a watch as cleanly as Ctrl-C does."""
    def interrupt(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous: Any = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: signals are not ours to set
        previous = _UNSET
    try:
        yield
    finally:
        if previous is not _UNSET:
            signal.signal(signal.SIGTERM, previous)
