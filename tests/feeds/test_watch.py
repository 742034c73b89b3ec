"""Rounds of a watch against a news site on 127.0.0.1: only new items are fetched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from local_server import NewsSite, atom, rfc2822, rss

from newsift.documents.fetch import Fetcher, FetchPolicy
from newsift.feeds.watch import RoundSummary, Watcher, run_rounds
from newsift.model import Extraction, InputError
from newsift.pipeline import Pipeline
from newsift.store import AddResult, SQLiteStore, StoreError

LOCAL = FetchPolicy(allow_private=True, timeout=10)
ZAPORIZHZHIA = ("Drone hits apartment block in Zaporizhzhia", "/2024/04/18/zaporizhzhia",
                "zaporizhzhia-drone.html", "2024-04-18")
KHARKIV = ("Russian shells hit Kharkiv market", "/2024/04/19/kharkiv-market",
           "kharkiv-shelling.html", "2024-04-19")
VOVCHANSK = ("Fighting flares near Vovchansk", "/2024/05/21/vovchansk",
             "vovchansk-clash.html", "2024-05-21")


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        yield running


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(tmp_path / "watch.db") as opened:
        yield opened


def publish(site: NewsSite, *stories: tuple[str, str, str, str], feed: str = "/rss") -> str:
    """Serve the stories' pages and an RSS feed listing them, newest first."""
    for _, path, page, _ in stories:
        site.fixture(path, page)
    items = [(headline, site.url(path), rfc2822(day)) for headline, path, _, day in stories]
    return site.page(feed, rss("The Steppe Herald", items[::-1]),
                     content_type="application/rss+xml")


def watcher_for(feeds: list[str], store: SQLiteStore, pipeline: Pipeline,
                errors: list[InputError] | None = None) -> Watcher:
    sink = errors if errors is not None else []
    return Watcher(feeds, store, pipeline, Fetcher(LOCAL), on_error=sink.append)


def test_new_items_are_fetched_and_stored_and_only_they(
    site: NewsSite, store: SQLiteStore, pipeline: Pipeline
) -> None:
    feed = publish(site, ZAPORIZHZHIA, KHARKIV)
    watcher = watcher_for([feed], store, pipeline)
    first = watcher.round()
    assert (first.number, first.feeds, first.items, first.new) == (1, 1, 2, 2)
    assert (first.pages.stored, first.pages.failed, first.failed) == (2, 0, 0)
    assert first.pages.events >= 2
    documents = {doc["source"]: doc for doc in store.documents()}
    zaporizhzhia = documents[site.url(ZAPORIZHZHIA[1])]
    # The feed's headline and day, not the page's "<title> | Outlet".
    assert zaporizhzhia["title"] == ZAPORIZHZHIA[0]
    assert zaporizhzhia["published"] == "2024-04-18"
    stored = store.get_document(zaporizhzhia["id"])
    assert stored is not None
    assert "nine-storey apartment block" in stored.document.text
    assert "Where were the air defences" not in stored.document.text
    assert [c.author for c in stored.document.comments] == ["steppe_reader", "Mykola K."]
    admin1 = {e["location"]["admin1"] for e in store.events() if e["location"]}
    assert {"Zaporizhzhia Oblast", "Kharkiv Oblast"} <= admin1

    publish(site, ZAPORIZHZHIA, KHARKIV, VOVCHANSK)  # the outlet publishes a third story
    site.hits.clear()
    second = watcher.round()
    assert (second.number, second.items, second.new, second.pages.stored) == (2, 3, 1, 1)
    assert site.paths() == ["/rss", VOVCHANSK[1]]  # the two known stories are not fetched
    assert store.counts()["documents"] == 3

    site.hits.clear()
    third = watcher.round()
    assert (third.new, third.pages.read, site.paths()) == (0, 0, ["/rss"])
    assert "round 3: 1 feeds (0 failed), 3 items, 0 new: 0 stored" in third.line()

    # A watch started afresh (cron, a restart) knows the stories from the store alone.
    site.hits.clear()
    assert watcher_for([feed], store, pipeline).round().new == 0
    assert site.paths() == ["/rss"]


def test_the_same_page_under_a_second_link_is_stored_once_and_fetched_once(
    site: NewsSite, store: SQLiteStore, pipeline: Pipeline
) -> None:
    first = publish(site, KHARKIV)
    site.fixture("/amp/kharkiv-market", KHARKIV[2])
    second = site.page("/atom", atom("Mirror", [(KHARKIV[0], site.url("/amp/kharkiv-market"),
                                                 "2024-04-19T16:05:00+03:00")]),
                       content_type="application/atom+xml")
    watcher = watcher_for([first, second], store, pipeline)
    summary = watcher.round()
    assert (summary.items, summary.new, summary.pages.stored, summary.pages.skipped) == (2, 2, 1, 1)
    site.hits.clear()
    assert watcher.round().new == 0
    assert "/amp/kharkiv-market" not in site.paths()


def test_one_failing_feed_or_page_never_stops_the_others(
    site: NewsSite, store: SQLiteStore, pipeline: Pipeline
) -> None:
    good = publish(site, ZAPORIZHZHIA)
    broken_page = site.page("/broken-rss", rss("Broken", [
        ("Page that errors", site.url("/500"), rfc2822("2024-04-18")),
        ("Pdf bulletin", site.url("/bulletin.pdf"), rfc2822("2024-04-18"))]),
        content_type="application/rss+xml")
    site.page("/500", "oops", status=500, content_type="text/plain")
    site.page("/bulletin.pdf", b"%PDF-1.7", content_type="application/pdf")
    not_a_feed = site.fixture("/front-page", KHARKIV[2])
    errors: list[InputError] = []
    watcher = watcher_for([site.url("/missing.xml"), not_a_feed, broken_page, good], store,
                          pipeline, errors)
    summary = watcher.round()
    assert (summary.feeds, summary.feeds_failed, summary.pages.stored) == (4, 2, 1)
    assert summary.pages.failed == 2 and summary.failed == 4
    assert [(e.source, e.reason.split(" (")[0]) for e in errors] == [
        (site.url("/missing.xml"), "HTTP 404 Not Found"),
        (not_a_feed, "not an RSS or Atom feed"),
        (site.url("/500"), "HTTP 500 Internal Server Error"),
        (site.url("/bulletin.pdf"), "not a web page or text"),
    ]
    site.hits.clear()
    watcher.round()
    # The server error is tried again; the PDF, fetched once, is not.
    assert "/500" in site.paths() and "/bulletin.pdf" not in site.paths()


class LockedOnce(SQLiteStore):
    """A store another writer keeps locked during the first add."""

    locked = True

    def add(self, extraction: Extraction) -> AddResult:
        if self.locked:
            self.locked = False
            raise StoreError(self.path, "the database is locked by another process")
        return super().add(extraction)


def test_a_page_that_could_not_be_stored_is_fetched_again_next_round(
    site: NewsSite, tmp_path: Path, pipeline: Pipeline
) -> None:
    with LockedOnce(tmp_path / "locked.db") as store:
        watcher = watcher_for([publish(site, KHARKIV)], store, pipeline)
        first = watcher.round()
        assert (first.new, first.pages.failed, first.pages.stored) == (1, 1, 0)
        second = watcher.round()
        assert (second.new, second.pages.failed, second.pages.stored) == (1, 0, 1)
        assert site.paths().count(KHARKIV[1]) == 2


def test_run_rounds_spaces_rounds_and_stops_after_the_count(
    site: NewsSite, store: SQLiteStore, pipeline: Pipeline
) -> None:
    watcher = watcher_for([publish(site)], store, pipeline)
    slept: list[float] = []
    logged: list[RoundSummary] = []
    run_rounds(watcher, 900, rounds=3, on_round=logged.append, sleep=slept.append)
    assert [s.number for s in logged] == [1, 2, 3]
    assert len(slept) == 2 and all(890 < pause <= 900 for pause in slept)

    def interrupted(_seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_rounds(watcher, 900, on_round=logged.append, sleep=interrupted)
    assert watcher.rounds == 4
