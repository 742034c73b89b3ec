"""Throughput and memory of the whole pipeline against the raw spaCy parse.

Reads ../shared/eval/ukraine-news-unlabelled.jsonl (unlabelled Guardian/NYT war
articles), times newsift's pipeline and spaCy's parse alone on the same texts, and
prints the ratio. Peak RSS is read from the OS for each run in its own process.

    python benchmarks/speed.py --limit 200
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/ukraine-news-unlabelled.jsonl"


def _texts(path: Path, limit: int) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return rows[:limit]


def _run(mode: str, path: Path, limit: int) -> dict[str, float]:
    rows = _texts(path, limit)
    if mode == "spacy":
        from newsift.text.nlp import load_nlp

        nlp = load_nlp()
        started, cpu = time.perf_counter(), time.process_time()
        for row in rows:
            nlp(row["text"])
    else:
        from newsift.model import RawInput
        from newsift.pipeline import Pipeline

        pipeline = Pipeline.load()
        started, cpu = time.perf_counter(), time.process_time()
        for i, row in enumerate(rows):
            raw = RawInput(
                source=f"row{i}",
                kind="text",
                content=row["text"],
                digest=str(i),
                published=(row.get("published") or "")[:10] or None,
            )
            pipeline.run(raw)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words = sum(len(row["text"].split()) for row in rows)
    return {"docs": len(rows), "words": words, "seconds": seconds, "cpu_seconds": cpu_seconds,
            "peak_rss_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=200)
    # Runs alternate (spaCy, newsift, spaCy, ...) and each keeps its fastest, so a burst
    # of load on a shared machine hits neither side alone.
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
    parser.add_argument("--mode", choices=["spacy", "newsift"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(_run(args.mode, args.data, args.limit)))
        return
    results: dict[str, dict[str, float]] = {}
    for mode in ("spacy", "newsift") * max(1, args.repeat):
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--mode",
                mode,
                "--data",
                str(args.data),
                "--limit",
                str(args.limit),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        run = json.loads(out.stdout.strip().splitlines()[-1])
        if mode not in results or run["seconds"] < results[mode]["seconds"]:
            results[mode] = run
    spacy, newsift = results["spacy"], results["newsift"]
    print(f"documents: {spacy['docs']}, words: {spacy['words']}")
    for mode, r in results.items():
        print(
            f"{mode:8} {r['seconds']:7.2f} s  {r['words'] / r['seconds']:8.0f} words/s  "
            f"peak RSS {r['peak_rss_mb']:6.0f} MB"
        )
    print(f"time ratio newsift/spaCy: {newsift['seconds'] / spacy['seconds']:.2f}")
    # CPU seconds: what a busy shared machine does to wall time cancels out of this one.
    print(f"CPU time ratio newsift/spaCy: {newsift['cpu_seconds'] / spacy['cpu_seconds']:.2f}")
    print(f"memory ratio newsift/spaCy: {newsift['peak_rss_mb'] / spacy['peak_rss_mb']:.2f}")


if __name__ == "__main__":
    main()
