"""The tokens of some parts of speech in a parsed Doc, without building every token.

A rule that walks a whole Doc for its verbs or its nouns builds a Token object for
every word only to ask its part of speech. :func:`tagged` reads the parts of speech
as one array and builds just the tokens asked for, in document order (a walk over
an article's verbs cost less than half as much).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "newsift.tagged"


def tagged(doc: Doc, *parts: str) -> list[Token]:
    """The tokens of ``doc`` whose ``pos_`` is one of ``parts`` ("VERB", "NOUN"...)."""
    return [doc[i] for i in _positions(doc, parts)]


def _positions(doc: Doc, parts: tuple[str, ...]) -> list[int]:
    """Where the tokens of ``parts`` stand, kept in the Doc's ``user_data`` (the parse
    is not changed after the parse stage): the quotes and commitments stages ask nine
    times an article, mostly for the same parts, and the walk over every token's part
    of speech was most of the cost. Only integers are kept there, so the Doc holds no
    reference to itself and is freed as soon as its article is done."""
    from spacy.attrs import POS  # spaCy loads with the parser, not with newsift
    from spacy.parts_of_speech import IDS

    kept = doc.user_data.setdefault(_KEY, {})
    if parts not in kept:
        wanted = {IDS[part] for part in parts}
        kept[parts] = [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in wanted]
    positions: list[int] = kept[parts]
    return positions
