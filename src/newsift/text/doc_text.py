"""The text of a parsed Doc, computed once.

spaCy builds ``Doc.text`` anew on every access by joining all its tokens, so a check
that reads it per mention costs the length of the article each time. Stages that slice
the text around a token read it through :func:`text_of`, which keeps it in the Doc's
own ``user_data`` (the Doc is not changed after parsing); the parse stage puts the text
it parsed there at once (:func:`parsed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_KEY = "newsift.text"


def parsed(doc: Doc, text: str) -> Doc:
    """``doc``, spaCy's parse of ``text``, with ``text`` kept as its :func:`text_of`:
    the parse is lossless, so its tokens joined again would give ``text`` back."""
    doc.user_data[_KEY] = text
    return doc


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from :func:`text_of` instead of joined token by token (the
    events stage asks for each sentence's text several times)."""
    return text_of(span.doc)[span.start_char : span.end_char]
