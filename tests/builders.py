"""Building parsed Articles by hand, for stage tests that must not depend on other stages."""

from __future__ import annotations

from newsift.article import Article
from newsift.model import DateMention, Document, RawInput
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
