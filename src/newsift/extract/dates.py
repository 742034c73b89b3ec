"""Stage `dates`: a placeholder until its implementation lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.model import DateMention

if TYPE_CHECKING:
    from newsift.article import Article
    from newsift.pipeline import Resources


def find_dates(article: Article, resources: Resources) -> list[DateMention]:
    return []
