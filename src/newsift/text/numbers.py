"""Numbers written in digits or words: amounts ("$138 million") and casualty counts.

Two entry points with different contracts:

* :func:`parse_number` reads any numeral as a float ("1.5 million" → 1500000.0); callers
  that code amounts (commitments) use it.
* :func:`parse_count` reads a *count of people* for the fatalities/injured fields. Our
  convention, shared with ACLED's "exact figure only" habit: a hedged but definite figure
  keeps its number ("at least 50" → 50, "more than 20" → 20, "about 25" → 25), while a
  vague quantity gives ``None`` ("a number of", "dozens", "several", "hundreds of",
  "many"), because inventing a figure is worse than leaving it unstated.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "couple": 2, "pair": 2,
}  # fmt: skip
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
# Hedges before a figure that do not change which number was reported.
HEDGES = re.compile(
    r"^(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|under|about|around|"
    r"approximately|nearly|almost|roughly|some|up\s+to|as\s+many\s+as|an?\s+estimated|"
    r"estimated|only|just|another|a\s+further|a\s+total\s+of|total\s+of|the)\s+",
    re.IGNORECASE,
)
# Quantities that name no figure: a count built on them is unstated (None).
VAGUE = frozenset(
    {
        "number", "numbers", "dozens", "scores", "hundreds", "thousands", "millions",
        "several", "many", "multiple", "numerous", "some", "few", "handful", "lot",
        "lots", "various", "countless", "unknown", "unspecified", "unconfirmed",
    }
)  # fmt: skip
CURRENCY = re.compile(r"^(?:us\$|usd|eur|gbp|\$|€|£|¥)\s*", re.IGNORECASE)
NUMERAL = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z]+)$", re.IGNORECASE)


def _tokens(text: str) -> list[str]:
    text = CURRENCY.sub("", text.strip())
    while True:
        stripped = HEDGES.sub("", text)
        if stripped == text:
            break
        text = stripped
    words: list[str] = []
    for raw in re.split(r"[\s\-]+", text.lower()):
        word = raw.strip(".,;:()\"'“”")
        glued = GLUED.match(word)
        if glued:  # "60m", "2.1trillion", "1.5bn"
            words.extend([glued.group(1), glued.group(2)])
        elif word and word not in {"and", "of"}:
            words.append(word)
    return words


def _numeral(word: str) -> float | None:
    match = NUMERAL.match(word)
    if match is None:
        return None
    return float(match.group(0).replace(",", ""))


def parse_number(text: str) -> float | None:
    """``"seven"`` → 7, ``"at least 50"`` → 50, ``"1.5 million"`` → 1500000, ``"$138 million"``
    → 138000000, ``"twenty-two"`` → 22, ``"a dozen"`` → 12; anything else → None."""
    words = _tokens(text)
    if not words:
        return None
    total = 0.0
    current: float | None = None
    for word in words:
        value = _numeral(word)
        if value is not None:
            if current is not None and current >= 1:  # "5 10" is two numbers, not one
                return None
            current = (current or 0.0) + value
        elif word in {"a", "an"}:
            if current is not None or word is words[-1]:
                return None  # "a" only counts before a scale or "dozen": "a hundred"
        elif word in UNITS:
            current = (current or 0.0) + UNITS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if current is None:
                if len(word) == 1:
                    return None  # a bare "m" or "k" is not a number
                current = 1.0
            if scale == 100:
                current *= scale
            else:
                total += current * scale
                current = None
        else:
            return None
    if current is not None:
        total += current
    return total


def parse_count(text: str) -> int | None:
    """A people count for fatalities/injured, or None when the text gives no definite figure."""
    # Hedges go first, so "some 70" keeps its figure while "some people" has none.
    if any(word in VAGUE for word in _tokens(text)):
        return None
    value = parse_number(text)
    if value is None or value < 0 or value != int(value):
        return None
    return int(value)
