"""Stage `quotes`: a placeholder until its implementation lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.model import Quote

if TYPE_CHECKING:
    from newsift.article import Article
    from newsift.pipeline import Resources


def find_quotes(article: Article, resources: Resources) -> list[Quote]:
    return []
