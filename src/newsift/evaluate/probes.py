"""Our own articles from wars the dev sets do not cover (``tests/fixtures/probes/``).

The dev sets are Ukraine and Syria news and ACLED notes; the held-out news is from
Gaza, Yemen, Sudan, Nigeria, DR Congo, Burkina Faso, Myanmar and more. These articles
were written by us in the style of wire and newspaper reports from such wars (a
headline, a dateline, a lede, quotes, background with a war's totals and earlier
attacks), each with the main incident an ACLED coder would take from it. Rules were
written while reading them, so this set is a guard against losing what they taught,
not a measure of text nobody tuned to.

Scored as the news-incidents set scores its main incidents
(:func:`newsift.evaluate.incidents.mismatch`: same event type, a date within a day,
the same admin1): *main found*, *main toll exact*, *main sub-type*, and the events
an article gives (one is the aim: each tells one incident).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from newsift.evaluate.events import in_text_order, text_input
from newsift.evaluate.incidents import mismatch
from newsift.evaluate.records import half_of
from newsift.pipeline import Pipeline

PROBES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "probes" / "wars.jsonl"
# The first probe of each batch. p194 on were written in session 11, p224 and p264 on in
# session 12, p304 on in session 13, each by a helper that never ran newsift on them, and
# scored before any rule was written from them (BENCHMARKS.md).
BATCHES = (1, 194, 224, 264, 304)
# Batches from this probe on are also scored in halves (tune, check by a hash of the id):
# rules are written from the tune half only, so the check half stays text nobody tuned to.
HALVED_FROM = 224


def read_probes(path: Path = PROBES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate_probes(shared: Path, pipeline: Pipeline, limit: int | None = None
                    ) -> dict[str, Any]:
    """Main incident found, its toll and sub-type (``shared`` is not read)."""
    records = read_probes()[:limit]
    events = 0
    missed: list[dict[str, Any]] = []
    total: Counter[str] = Counter()
    batches: dict[str, Counter[str]] = {}
    for record in records:
        tallies = [total, *(batches.setdefault(name, Counter())
                            for name in tallied_in(record["id"]))]
        for tally in tallies:
            tally["articles"] += 1
        main = record["main"]
        extraction = pipeline.run(
            text_input(f"probe:{record['id']}", record["text"], record["published"])
        )
        ordered = in_text_order(extraction.events)
        events += len(ordered)
        event = next((e for e in ordered if mismatch(e, main) is None), None)
        if event is None:
            reasons = sorted({mismatch(e, main) or "" for e in ordered}) or ["no event"]
            missed.append({"id": record["id"], "reasons": reasons})
            continue
        for tally in tallies:
            tally["main_found"] += 1
            tally["main_toll_exact"] += event.fatalities == main["killed"]
            tally["main_sub_type"] += event.sub_event_type == main["sub_event_type"]
    n = len(records)
    return {
        "articles": n,
        **_shares(total),
        "events_per_article": events / n if n else 0.0,
        "missed": missed,
        "batches": {name: {k: round(v, 4) for k, v in _shares(tally).items()}
                    for name, tally in batches.items()},
    }


def _shares(tally: Counter[str]) -> dict[str, float]:
    n = tally["articles"]
    return {key: tally[key] / n if n else 0.0
            for key in ("main_found", "main_toll_exact", "main_sub_type")}


def tallied_in(probe_id: str) -> list[str]:
    """The batch a probe counts in, and its half of the batch where the batch is halved."""
    batch = batch_of(probe_id)
    if int(probe_id.lstrip("p")) < HALVED_FROM:
        return [batch]
    return [batch, f"{batch}/{half_of(probe_id)}"]


def batch_of(probe_id: str) -> str:
    """The batch a probe was written in (:data:`BATCHES`)."""
    number = int(probe_id.lstrip("p"))
    start = max(first for first in BATCHES if first <= number)
    end = min((first - 1 for first in BATCHES if first > number), default=None)
    return f"p{start:03d}-" + (f"p{end:03d}" if end is not None else "")
