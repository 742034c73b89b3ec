"""Stage `commitments`: a placeholder until its implementation lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.model import Commitment

if TYPE_CHECKING:
    from newsift.article import Article
    from newsift.pipeline import Resources


def find_commitments(article: Article, resources: Resources) -> list[Commitment]:
    return []
