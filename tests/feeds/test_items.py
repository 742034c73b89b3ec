"""Feed items from RSS and Atom bytes: links made absolute, dates, what is no feed."""

from __future__ import annotations

from pathlib import Path

import pytest
from local_server import atom, rfc2822, rss

from newsift.documents.fetch import Fetched
from newsift.feeds.items import FeedError, FeedItem, canonical_link, feed_items

FEED_URL = "https://news.example.org/ukraine/rss.xml"


def _feed(body: str | bytes, url: str = FEED_URL) -> Fetched:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Fetched(requested=url, url=url, status=200, content_type="application/rss+xml",
                   charset=None, body=data)


def test_rss_items_have_absolute_links_clean_headlines_and_their_day() -> None:
    body = rss("Ukraine news", [
        ("Drone strike on Zaporizhzhia kills two", "/2024/04/18/zaporizhzhia",
         rfc2822("2024-04-18")),
        ("Kharkiv market   shelled & burned", "https://news.example.org/kharkiv",
         "Fri, 19 Apr 2024 23:30:00 -0300"),
    ])
    assert feed_items(_feed(body)) == [
        FeedItem("https://news.example.org/2024/04/18/zaporizhzhia",
                 "Drone strike on Zaporizhzhia kills two", "2024-04-18"),
        # The outlet's own day, not UTC's (02:30 on the 20th).
        FeedItem("https://news.example.org/kharkiv", "Kharkiv market shelled & burned",
                 "2024-04-19"),
    ]


def test_atom_entries_use_the_alternate_link_and_the_updated_time() -> None:
    body = atom("Frontline", [("Fighting near Vovchansk", "https://news.example.org/vovchansk",
                               "2024-05-21T23:30:00+03:00")])
    assert feed_items(_feed(body)) == [
        FeedItem("https://news.example.org/vovchansk", "Fighting near Vovchansk", "2024-05-21")]


def test_items_without_a_link_are_left_out_and_an_empty_feed_is_no_error() -> None:
    body = rss("Briefs", [("Curfew extended in Odesa", "", rfc2822("2024-04-20"))])
    assert feed_items(_feed(body)) == []
    assert feed_items(_feed(rss("Quiet day", []))) == []


@pytest.mark.parametrize("body", [
    "<!doctype html><html><body><h1>Latest news</h1></body></html>",
    "this is not a feed",
])
def test_a_page_that_is_no_feed_is_an_error(body: str) -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        feed_items(_feed(body))


def test_a_body_naming_a_local_file_is_never_opened(tmp_path: Path) -> None:
    local = tmp_path / "secret-feed.xml"
    local.write_text(rss("Local", [("Private item", "https://x.example/a", rfc2822("2024-01-01"))]))
    with pytest.raises(FeedError):
        feed_items(_feed(str(local)))


@pytest.mark.parametrize(("link", "expected"), [
    ("https://news.example.org/a?utm_source=rss&utm_medium=feed",
     "https://news.example.org/a"),
    ("https://news.example.org/a?id=42&utm_campaign=x#comments",
     "https://news.example.org/a?id=42"),
    ("https://news.example.org/story?b=2&a=1", "https://news.example.org/story?b=2&a=1"),
    ("https://news.example.org/story?q=a%20b", "https://news.example.org/story?q=a%20b"),
])
def test_links_lose_tracking_parameters_and_fragments(link: str, expected: str) -> None:
    assert canonical_link(link) == expected


def test_an_item_seen_with_other_tracking_parameters_has_the_same_link() -> None:
    links = [feed_items(_feed(rss("Wire", [
        ("Strike on Odesa port", f"/odesa-port?utm_source={source}", rfc2822("2024-03-15"))])))[0]
        .link for source in ("rss", "newsletter")]
    assert links == ["https://news.example.org/odesa-port"] * 2
