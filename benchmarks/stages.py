"""Seconds each pipeline stage spends on the same articles: where the time goes.

Reads ../shared/eval/ukraine-news-unlabelled.jsonl, runs the pipeline one article at a
time with each stage's function timed, and prints the stages, slowest first. Run it on
two checkouts to see which stage a change made slower.

    python benchmarks/stages.py --limit 80
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/ukraine-news-unlabelled.jsonl"


def _timed(name: str, run: Callable[..., Any], spent: dict[str, float]) -> Callable[..., Any]:
    def timed(*args: Any) -> Any:
        started = time.perf_counter()
        try:
            return run(*args)
        finally:
            spent[name] += time.perf_counter() - started
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=80)
    args = parser.parse_args()

    from newsift.model import RawInput
    from newsift.pipeline import Pipeline

    loaded = Pipeline.load()
    spent: dict[str, float] = defaultdict(float)
    stages = [dataclasses.replace(s, run=_timed(s.name, s.run, spent), batch=None)
              for s in loaded.stages]
    pipeline = dataclasses.replace(loaded, stages=stages)
    with args.data.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][: args.limit]
    started = time.perf_counter()
    for i, row in enumerate(rows):
        pipeline.run(RawInput(source=f"row{i}", kind="text", content=row["text"],
                              digest=str(i), published=(row.get("published") or "")[:10] or None))
    print(f"articles: {len(rows)}, total {time.perf_counter() - started:.1f} s")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{name:12} {seconds:6.1f} s")


if __name__ == "__main__":
    main()
