"""Stage `events`: a placeholder until its implementation lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsift.model import Event

if TYPE_CHECKING:
    from newsift.article import Article
    from newsift.pipeline import Resources


def find_events(article: Article, resources: Resources) -> list[Event]:
    return []
