"""Character spans already taken, asked "does this span overlap any?" in log time.

The mention finders test every capitalised word against the spans found so far (a
hundred or more per article); a scan of the list per word cost more than the lookups.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class TakenSpans:
    """A fixed set of ``(start, end)`` character spans."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # The furthest end among the spans that start at or before each position.
        self._reach = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span ``(s, e)`` has ``start < e and s < end``."""
        before = bisect_left(self._starts, end)  # the spans with s < end
        return before > 0 and self._reach[before - 1] > start
