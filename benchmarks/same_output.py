"""Dump what the pipeline extracts from a JSON Lines corpus, to diff two versions.

A speed change must not change the output. This runs the per-document pipeline
(``Pipeline.run``) on every record and writes each ``Extraction.to_dict()`` as one
JSON line, keys sorted, so two trees can be compared byte for byte:

    PYTHONPATH=/tmp/base/src python benchmarks/same_output.py -o /tmp/base.jsonl
    PYTHONPATH=src python benchmarks/same_output.py -o /tmp/new.jsonl
    cmp /tmp/base.jsonl /tmp/new.jsonl

``--batch`` runs the batch path (``Pipeline.run_many``, what ``ingest`` uses) instead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/ukraine-news-unlabelled.jsonl"


def main() -> None:
    from newsift.model import RawInput
    from newsift.pipeline import Pipeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="first N records; 0: all")
    parser.add_argument("--batch", action="store_true", help="the batch path (run_many)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    raws = [
        RawInput(source=f"row{i}", kind="text", content=row["text"], digest=str(i),
                 published=(row.get("published") or "")[:10] or None)
        for i, row in enumerate(rows)
    ]
    pipeline = Pipeline.load()
    with args.output.open("w", encoding="utf-8") as out:
        if args.batch:
            for outcome in pipeline.run_many(raws):
                value = outcome.extraction.to_dict() if outcome.extraction else outcome.error
                out.write(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n")
        else:
            for raw in raws:
                value = pipeline.run(raw).to_dict()
                out.write(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
