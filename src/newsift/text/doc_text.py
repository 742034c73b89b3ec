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
_CAPITALS = "newsift.capitalised"


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


def capitalised(doc: Doc) -> list[bool]:
    """Whether each token of ``doc`` opens with a capital (``token.text[:1].isupper()``),
    read from :func:`text_of` at the tokens' offsets and kept in the Doc's ``user_data``
    (booleans only: no reference back to the Doc). The places stage asks twice an
    article; building every token to ask cost more than the passes that ask."""
    kept = doc.user_data.get(_CAPITALS)
    if not isinstance(kept, list):
        from spacy.attrs import IDX  # spaCy loads with the parser, not with newsift

        text = text_of(doc)
        kept = [text[start].isupper() for start in doc.to_array(IDX).tolist()]
        doc.user_data[_CAPITALS] = kept
    return kept
