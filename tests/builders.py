"""Building parsed Articles by hand, for stage tests that must not depend on other stages."""

from __future__ import annotations

from newsift.article import Article
from newsift.model import DateMention, Document, Place, RawInput
from newsift.pipeline import Resources


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
