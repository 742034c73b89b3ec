"""Stage `document`: a raw input becomes a cleaned Document (placeholder)."""

from __future__ import annotations

from newsift.model import Document, RawInput


def build_document(raw: RawInput) -> Document:
    return Document(
        id=raw.digest,
        source=raw.source,
        title=raw.title,
        published=raw.published,
        published_basis="metadata" if raw.published else None,
        language="en",
        text=raw.content.strip(),
    )
