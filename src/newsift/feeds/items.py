"""A feed's items: RSS 0.9x/1.0/2.0 and Atom, read with feedparser from bytes we fetched."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser

from newsift.documents.fetch import Fetched
from newsift.documents.reading import normalise_day

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
               "text/xml;q=0.9, */*;q=0.1")


class FeedError(Exception):
    """A response that is not an RSS or Atom feed."""


@dataclass(frozen=True)
class FeedItem:
    """One entry: ``link`` is absolute; ``published`` is ``YYYY-MM-DD`` (UTC) or None."""

    link: str
    title: str | None
    published: str | None


def feed_items(feed: Fetched) -> list[FeedItem]:
    """The items of a fetched feed that link to a page, in the feed's order.

    Raises FeedError for a response that is no feed at all (an HTML page, garbage); a
    feed with no items is an empty list.
    """
    # A stream, never bytes: feedparser opens bytes that name a local file as that file.
    parsed = feedparser.parse(io.BytesIO(feed.body),
                              response_headers={"content-location": feed.url})
    if not parsed.get("version"):
        why = parsed.get("bozo_exception")
        raise FeedError("not an RSS or Atom feed" + (f" ({why})" if why else ""))
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not isinstance(link, str) or not link.strip():
            continue
        items.append(FeedItem(link=canonical_link(urljoin(feed.url, link.strip())),
                              title=_headline(entry.get("title")), published=_day(entry)))
    return items


def canonical_link(link: str) -> str:
    """The link without a fragment or ``utm_*`` tracking parameters, which feeds add and
    vary, so that one article keeps one source across rounds and feeds."""
    parts = urlsplit(link)
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
             if not key.lower().startswith("utm_")]
    kept = urlencode(query) if len(query) != len(parse_qsl(parts.query, True)) else parts.query
    return urlunsplit((parts.scheme, parts.netloc, parts.path, kept, ""))


def _headline(title: object) -> str | None:
    return " ".join(title.split()) or None if isinstance(title, str) else None


def _day(entry: dict[str, Any]) -> str | None:
    """The day as the outlet wrote it (its own time zone: the day its readers saw);
    failing that, feedparser's reading of it, in UTC."""
    for key in ("published", "updated"):
        written = entry.get(key)
        day = normalise_day(written) if isinstance(written, str) else None
        if day is not None:
            return day
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not isinstance(parsed, time.struct_time):
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    except ValueError:
        return None
