"""How monitors' notes write a place's name: capitalised words, with the Arabic and other
particles that may stand lower-case inside it ("Jebel Marra", "Wad al Mahi", "Abu
Jubaiha", "Dar es Salam"); and the words before the place a note says its event was
coded to ("coded to", "coded as the"). Read by :mod:`newsift.places.brackets` and
:mod:`newsift.places.coded`.
"""

from __future__ import annotations

_WORD = r"[A-Z][\w’'\-]*"
_PARTICLE = r"(?:al|el|as|ad|an|ar|at|az|ash|um|umm|wad|abu|bin|de|du|la|of)"
NAME = rf"{_WORD}(?:(?:\s+|\s+-\s+)(?:{_WORD}|{_PARTICLE}(?=\s+[A-Z]))){{0,4}}"
# "(coded to Beryslav)", "location coded as the Hamdab": what precedes a coded place.
CODED = r"\bcoded\s+(?:to|as)\s+(?:the\s+)?"
