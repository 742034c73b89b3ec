"""Scoring the `dates` stage on TempEval-3 (``shared/eval/dates-timeml-dev.jsonl``).

For each gold TIMEX3 of type DATE whose value is a calendar date (YYYY-MM-DD, YYYY-MM
or YYYY), the `dates` entry overlapping it must carry the same value; a missed one is
wrong. The document creation time (``dct``) is the publication date, the anchor.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from newsift.dates.stage import find_dates
from newsift.evaluate.geo import EXAMPLES, article_for
from newsift.evaluate.records import Half, read_jsonl
from newsift.pipeline import Pipeline

CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def evaluate_timeml(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    outcomes: Counter[str] = Counter()
    by_precision: dict[str, Counter[str]] = {}
    examples: list[dict[str, Any]] = []
    for record in read_jsonl(shared / "eval" / "dates-timeml-dev.jsonl", limit, half):
        golds = [
            t for t in record["timexes"] if t["type"] == "DATE" and CALENDAR.fullmatch(t["value"])
        ]
        if not golds:
            continue
        article = article_for(pipeline, record["text"], record["dct"][:10], record["id"])
        mentions = find_dates(article, pipeline.resources)
        for gold in golds:
            found = next(
                (m for m in mentions if m.start < gold["end"] and gold["start"] < m.end), None
            )
            if found is None:
                verdict = "missed"
            elif found.value == gold["value"]:
                verdict = "right"
            else:
                verdict = "wrong_value"
            outcomes[verdict] += 1
            precision = {4: "year", 7: "month", 10: "day"}[len(gold["value"])]
            by_precision.setdefault(precision, Counter())[verdict] += 1
            if verdict != "right" and len(examples) < EXAMPLES * 4:
                examples.append(
                    {
                        "id": record["id"],
                        "dct": record["dct"][:10],
                        "gold": gold["text"],
                        "value": gold["value"],
                        "got": found.text if found else None,
                        "got_value": found.value if found else None,
                    }
                )
    total = sum(outcomes.values())
    return {
        "accuracy": outcomes["right"] / total if total else 0.0,
        "timexes": total,
        "outcomes": dict(outcomes),
        "accuracy_by_precision": {
            p: c["right"] / sum(c.values()) for p, c in sorted(by_precision.items())
        },
        "examples": examples,
    }
