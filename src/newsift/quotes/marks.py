"""Quote marks in running text: the stretches they enclose, paragraph by paragraph.

Curly and straight marks alike, and the wire-copy habit of two apostrophes for one
straight mark. A quote running over paragraphs opens each paragraph with a mark and
closes only in the last, so an unclosed paragraph chains to the next one that opens
with a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUOTE_CHARS = '“”"„«»'
OPENING = "“„«"
CLOSING = "”»"
# A transcript or headline label: "PENCE: Gennifer Flowers will not attend."
COLON_SPEAKER = re.compile(r"^[\"“]?((?:[A-Z][\w.’'-]*\s?){1,3}):\s+(?=\S)")


@dataclass
class Marked:
    """Words between quote marks: ``start``/``end`` span them without the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: runs on into the next paragraph
    chain: int  # paragraphs of one multi-paragraph quote share it; -1 alone


def find_marked(text: str) -> list[Marked]:
    """Quoted stretches of ``text`` in order, multi-paragraph quotes chained."""
    # Two apostrophes stand for a straight quote mark in some wire copy: ''like this''.
    text = text.replace("''", ' "')
    found: list[Marked] = []
    chain = -1
    pos = 0
    for para in text.split("\n"):
        base, pos = pos, pos + len(para) + 1
        opened: int | None = None
        nested = False  # curly marks inside straight ones: "PENCE: … of “Shark Tank.” But …
        continuing = chain >= 0 and para.lstrip()[:1] in OPENING + '"'
        if not continuing:
            chain = -1
        for i, ch in enumerate(para):
            if nested:
                nested = ch not in CLOSING
            elif opened is not None and para[opened] == '"' and ch in OPENING:
                nested = True
            elif opened is not None and ch in OPENING and _closes(para, i):
                found.append(_marked(text, base + opened, base + i, chain))  # “…51 percent.“
                opened, chain = None, -1
            elif (
                ch in OPENING
                or (ch == '"' and opened is None)
                or (ch in CLOSING and opened is None and _opens(para, i))  # ”Like this.”
            ):
                opened = i
            elif opened is not None and (ch in CLOSING or ch == '"'):
                found.append(_marked(text, base + opened, base + i, chain))
                opened, chain = None, -1
        if opened is not None and not para[opened + 1 :].strip():
            opened = None
        if opened is not None:
            if chain < 0:
                chain = base + opened
            found.append(_marked(text, base + opened, None, chain, base + len(para)))
        elif not para.strip():
            continue
        else:
            chain = -1
    return found


def _closes(para: str, i: int) -> bool:
    """An opening mark written where a closing one belongs: after a word, before a space."""
    return i > 0 and not para[i - 1].isspace() and para[i + 1 : i + 2] in ("", " ", ",", ".")


def _opens(para: str, i: int) -> bool:
    """A closing mark written where an opening one belongs: before a word, after a space."""
    return (i == 0 or para[i - 1].isspace()) and para[i + 1 : i + 2].strip() != ""


def has_marks(text: str) -> bool:
    return any(c in text for c in QUOTE_CHARS) or "''" in text


def inside_marks(tok: Token, marked: list[Marked]) -> bool:
    return any(m.start <= tok.idx < m.end for m in marked)


def _marked(text: str, open_at: int, close_at: int | None, chain: int, stop: int = 0) -> Marked:
    start, end = open_at + 1, close_at if close_at is not None else stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(start, end, open_at, close_at, chain)
