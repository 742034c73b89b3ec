"""Building parsed Articles by hand, for stage tests that must not depend on other stages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

from newsift.article import Article
from newsift.events.stage import find_events
from newsift.model import DateMention, Document, Event, Extraction, Place, RawInput
from newsift.resources import Resources
from newsift.store import open_store
from newsift.store.rows import extraction_from_dict
from newsift.store.sqlstore import SQLStore

STORE_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "store" / "extractions.json"


def parsed_article(
    resources: Resources, text: str, published: str, dates: list[DateMention] | None = None
) -> Article:
    """An article of ``text`` published on ``published``, parsed, with the given dates."""
    raw = RawInput(source="test", kind="text", content=text, digest="test")
    document = Document(
        id="test", source="test", title=None, published=published,
        published_basis="header", language="en", text=text,
    )
    return Article(raw=raw, document=document, doc=resources.nlp(text), dates=dates or [])


def mark_places(article: Article, places: dict[str, dict[str, object]]) -> Article:
    """Mark every occurrence of each name in ``places`` as a Place with the given fields,
    so event tests do not depend on the places stage."""
    text = article.document.text if article.document else ""
    for name, fields in places.items():
        start = text.find(name)
        while start >= 0:
            article.places.append(Place(name=name, start=start, end=start + len(name), **fields))  # type: ignore[arg-type]
            start = text.find(name, start + 1)
    article.places.sort(key=lambda p: p.start)
    return article


def marked_article(
    resources: Resources,
    text: str,
    places: dict[str, dict[str, object]] | None = None,
    dates: dict[str, str] | None = None,
    published: str = "2024-03-16",
) -> Article:
    """An article whose dates and places are given by hand: every occurrence is marked."""
    raw = RawInput(source="test", kind="text", content=text, digest="d1", published=published)
    document = Document(id="d1", source="test", title=None, published=published,
                        published_basis="header", language="en", text=text)  # fmt: skip
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    mark_places(article, places or {})
    for phrase, value in (dates or {}).items():
        start = text.find(phrase)
        while start >= 0:
            article.dates.append(DateMention(phrase, start, start + len(phrase), value))
            start = text.find(phrase, start + 1)
    article.dates.sort(key=lambda d: d.start)
    return article


def events_of(resources: Resources, text: str, **kwargs: object) -> list[Event]:
    article = marked_article(resources, text, **kwargs)  # type: ignore[arg-type]
    return find_events(article, resources)


def fixture_extractions() -> list[Extraction]:
    """The hand-written extractions of the store fixture (three documents)."""
    return [extraction_from_dict(item) for item in json.loads(STORE_FIXTURE.read_text("utf-8"))]


def sample_store(target: str | Path) -> SQLStore:
    """A store at ``target`` (a file or a postgresql:// URL) holding the hand-written
    extractions of the store fixture."""
    store = cast(SQLStore, open_store(target))
    for extraction in fixture_extractions():
        store.add(extraction)
    return store
