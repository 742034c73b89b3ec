"""Short event descriptions from wars and unrest the dev sets do not cover.

CASE 2021's event-classification task gives a system one- to three-sentence ACLED-style
descriptions from every continent and scores the sub-event type by macro-F1: the test
of typing that holds in any country, for all 25 kinds, not only the shelling and
militia attacks of the Ukraine and Sudan notes. ``tests/fixtures/probes/snippets-*.jsonl``
are such descriptions written by us (notes/snippets.md), every sub-type equally often in
a file, by writers who never ran newsift; each file is also scored on its own. Split in
halves by a hash of the id like every dev set: rules come from the tune half only.

Scored as the ACLED notes are: the first event in text order is the snippet's event;
event type and sub-type exact, sub-type macro-F1 over the 25 kinds.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from newsift.evaluate.events import in_text_order, text_input
from newsift.evaluate.macro import macro_f1
from newsift.evaluate.records import Half, read_jsonl
from newsift.pipeline import Pipeline

SNIPPETS = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "probes"


def snippet_files(folder: Path = SNIPPETS) -> list[Path]:
    return sorted(folder.glob("snippets-*.jsonl"))


def evaluate_snippets(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None,
    folder: Path = SNIPPETS,
) -> dict[str, Any]:
    """Event found, event type, sub-type accuracy and macro-F1 (``shared`` is not read)."""
    n = found = type_right = sub_right = 0
    typed: list[tuple[str, str | None]] = []
    by_file: dict[str, list[tuple[str, str | None]]] = {}
    confusions: Counter[str] = Counter()
    for path in snippet_files(folder):
        for record in read_jsonl(path, limit, half):
            n += 1
            extraction = pipeline.run(text_input(f"snippet:{record['id']}", record["text"], None))
            ordered = in_text_order(extraction.events)
            event = ordered[0] if ordered else None
            gold = record["sub_event_type"]
            typed.append((gold, event.sub_event_type if event else None))
            by_file.setdefault(path.stem, []).append(typed[-1])
            if event is None:
                confusions[f"{gold} -> (none)"] += 1
                continue
            found += 1
            type_right += event.event_type == record["event_type"]
            sub_right += event.sub_event_type == gold
            if event.sub_event_type != gold:
                confusions[f"{gold} -> {event.sub_event_type}"] += 1
    return {
        "records": n,
        "event_found": found / n if n else 0.0,
        "event_type_accuracy": type_right / n if n else 0.0,
        "sub_event_type_accuracy": sub_right / n if n else 0.0,
        "sub_event_type_macro_f1": macro_f1(typed),
        "confusions": dict(confusions.most_common(15)),
        # each writer's file on its own: a file written after the rules is a fresh measure
        "files": {name: {"records": len(pairs),
                         "sub_event_type_accuracy": sum(g == p for g, p in pairs) / len(pairs),
                         "sub_event_type_macro_f1": macro_f1(pairs)}
                  for name, pairs in by_file.items()},
    }
