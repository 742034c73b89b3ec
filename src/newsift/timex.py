"""Resolving date expressions against an anchor date (placeholder).

Shared by every stage that dates something: events, quotes, commitments.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsift.model import DatePrecision


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: DatePrecision


def resolve_date(expression: str, anchor: dt.date | None) -> ResolvedDate | None:
    """Resolve ``expression`` ("on Saturday", "April 10", "last week") against ``anchor``."""
    return None
