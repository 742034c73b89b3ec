"""Years spoken out in broadcast transcripts: "nineteen ninety-six" is 1996."""

from __future__ import annotations

import re

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPOKEN_CENTURY = re.compile(r"\b(?P<century>nineteen|twenty)[\s-]+(?P<rest>[a-z]+(?:-[a-z]+)?)\b")
_SPOKEN_THOUSAND = re.compile(r"\btwo\s+thousand(?:\s+(?:and\s+)?(?P<rest>[a-z]+(?:-[a-z]+)?))?\b")


def _spoken_number(words: str) -> int | None:
    """0-99 written out: "ninety-six", "seven", "fifteen"."""
    if words in _TEENS:
        return 10 + _TEENS.index(words)
    if words in _UNITS[1:]:
        return _UNITS.index(words)
    tens, _, unit = words.partition("-")
    if tens in _TENS[2:] and (not unit or unit in _UNITS[1:]):
        return 10 * _TENS.index(tens) + (_UNITS.index(unit) if unit else 0)
    return None


def spoken_years(text: str) -> str:
    """Broadcast transcripts spell years out: "nineteen ninety-six" becomes "1996"."""

    def century(match: re.Match[str]) -> str:
        rest = _spoken_number(match["rest"])
        if rest is None or rest < 10:
            return match.group()
        return str((19 if match["century"] == "nineteen" else 20) * 100 + rest)

    def thousand(match: re.Match[str]) -> str:
        rest = _spoken_number(match["rest"]) if match["rest"] else 0
        return match.group() if rest is None else str(2000 + rest)

    return _SPOKEN_THOUSAND.sub(thousand, _SPOKEN_CENTURY.sub(century, text))
