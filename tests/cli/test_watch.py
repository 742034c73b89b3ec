"""``newsift watch`` against a news site on 127.0.0.1 (hence --allow-private)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from local_server import NewsSite, rfc2822, rss

from newsift.cli import cli
from newsift.cli import common as cli_common
from newsift.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[2]
STORIES = (
    ("Drone hits apartment block in Zaporizhzhia", "/2024/04/18/zaporizhzhia",
     "zaporizhzhia-drone.html", "2024-04-18"),
    ("Russian shells hit Kharkiv market", "/2024/04/19/kharkiv-market",
     "kharkiv-shelling.html", "2024-04-19"),
    ("Fighting flares near Vovchansk", "/2024/05/21/vovchansk", "vovchansk-clash.html",
     "2024-05-21"),
)


@pytest.fixture(autouse=True)
def _shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    monkeypatch.setattr(cli_common, "load_pipeline", lambda: pipeline)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        yield running


def publish(site: NewsSite, count: int, feed: str = "/rss") -> str:
    stories = STORIES[:count]
    for _, path, page, _ in stories:
        site.fixture(path, page)
    items = [(headline, site.url(path), rfc2822(day)) for headline, path, _, day in stories]
    return site.page(feed, rss("The Steppe Herald", items[::-1]),
                     content_type="application/rss+xml")


def test_watch_once_stores_the_new_items_of_each_round(site: NewsSite, tmp_path: Path) -> None:
    db = str(tmp_path / "watch.db")
    feed = publish(site, 2)
    first = CliRunner().invoke(cli, ["watch", feed, "--once", "--allow-private", "--db", db])
    assert first.exit_code == 0, first.output
    assert "round 1: 1 feeds (0 failed), 2 items, 2 new: 2 stored, 0 already present, " \
           "0 failed" in first.stderr
    publish(site, 3)
    second = CliRunner().invoke(cli, ["watch", feed, "--once", "--allow-private", "--db", db])
    assert second.exit_code == 0, second.output
    assert "3 items, 1 new: 1 stored" in second.stderr
    events = CliRunner().invoke(cli, ["events", "--db", db, "--place", "Vovchansk"])
    assert events.exit_code == 0 and "Vovchansk" in events.stdout


def test_watch_refuses_a_feed_on_this_machine_without_allow_private(
    site: NewsSite, tmp_path: Path
) -> None:
    feed = publish(site, 1)
    result = CliRunner().invoke(cli, ["watch", feed, "--once", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert f"newsift: error: {feed}: 127.0.0.1 is a loopback address; refused" in result.stderr
    assert "round 1: 1 feeds (1 failed), 0 items" in result.stderr
    assert site.hits == []


def test_huge_and_slow_feeds_fail_alone_under_the_size_and_time_limits(
    site: NewsSite, tmp_path: Path
) -> None:
    good = publish(site, 1)
    huge = site.page("/huge.xml", b"", content_type="application/rss+xml", endless=True)
    slow = site.page("/slow.xml", "<rss/>", content_type="application/rss+xml", delay=3)
    started = time.monotonic()
    result = CliRunner().invoke(cli, [
        "watch", huge, slow, good, "--once", "--allow-private", "--max-size", "0.5",
        "--timeout", "1", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert f"{huge}: larger than the 512 kB cap; stopped reading" in result.stderr
    assert f"{slow}: timed out after 1s" in result.stderr
    assert "3 feeds (2 failed), 1 items, 1 new: 1 stored" in result.stderr
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(("every", "fine"), [("30s", True), ("15m", True), ("2h", True),
                                             ("0.5", True), ("soon", False), ("-5m", False)])
def test_every_takes_a_duration(every: str, fine: bool, tmp_path: Path) -> None:
    # A refused feed makes a quick round; --once ends it.
    result = CliRunner().invoke(cli, ["watch", "ftp://example.org/feed", "--every", every,
                                      "--once", "--db", str(tmp_path / "w.db")])
    if fine:
        assert result.exit_code == 1 and "only http and https" in result.stderr
    else:
        assert result.exit_code == 2 and "is not a duration" in result.stderr


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_a_running_watch_cleanly(
    site: NewsSite, tmp_path: Path, stop: signal.Signals
) -> None:
    feed = publish(site, 1)
    db = tmp_path / "w.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "newsift", "watch", feed, "--every", "1s", "--allow-private",
         "--db", str(db)], stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    assert process.stderr is not None
    try:
        lines = []
        deadline = time.monotonic() + 120
        while not any("round 2:" in line for line in lines):
            assert time.monotonic() < deadline and process.poll() is None, lines
            lines.append(process.stderr.readline())
        process.send_signal(stop)
        rest = process.communicate(timeout=30)[1]
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, rest
    assert "round 1: 1 feeds (0 failed), 1 items, 1 new: 1 stored" in "".join(lines)
    assert "newsift: watch stopped after" in rest and "Traceback" not in rest
    with_result = CliRunner().invoke(cli, ["events", "--db", str(db)])
    assert "Zaporizhzh" in with_result.stdout
