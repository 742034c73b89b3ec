"""Numbers written in digits or words (placeholder)."""

from __future__ import annotations


def parse_number(text: str) -> float | None:
    """``"seven"`` → 7, ``"at least 50"`` → 50, ``"1.5 million"`` → 1500000; else None."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None
