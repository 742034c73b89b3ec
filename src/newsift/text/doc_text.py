"""The text of a parsed Doc, computed once.

spaCy builds ``Doc.text`` anew on every access by joining all its tokens, so a check
that reads it per mention costs the length of the article each time. Stages that slice
the text around a token read it through :func:`text_of`, which keeps it in the Doc's
own ``user_data`` (the Doc is not changed after parsing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "newsift.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text
