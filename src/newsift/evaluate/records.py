"""Reading the JSON Lines evaluation sets in ../shared/eval."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The first ``limit`` records of ``path`` (all when None), blank lines skipped."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            if line.strip():
                yield json.loads(line)
