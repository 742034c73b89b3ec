"""Reading the evaluation sets in ../shared/eval, and splitting them into two halves.

Every dev set is split into a *tune* half, whose failures we study, and a *check*
half, which we only measure: a rule that helps tune and hurts check is fitted to
records, not to news. The half of a record is fixed by a hash of its key (the record
id, or the article id where several records share one article), so it never depends
on the order of the file or on what the code does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

Half = Literal["tune", "check"]
HALVES: tuple[Half, ...] = ("tune", "check")


def half_of(key: str) -> Half:
    """The half a record with this key belongs to: stable across runs and machines."""
    return "tune" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def by_id(record: dict[str, Any]) -> str:
    return str(record["id"])


def read_jsonl(
    path: Path,
    limit: int | None = None,
    half: Half | None = None,
    key: Callable[[dict[str, Any]], str] = by_id,
) -> Iterator[dict[str, Any]]:
    """The records of ``path`` in ``half`` (all when None), the first ``limit`` of them."""
    count = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            record = json.loads(line)
            if half is not None and half_of(key(record)) != half:
                continue
            count += 1
            yield record
