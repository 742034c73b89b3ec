"""Running every evaluation set and checking scores against the recorded floors.

Floors live in ``floors.json`` beside this module, on the check half of each split
set: CI fails when a score drops below one. Raise a floor when a change raises its
score; never lower one quietly.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsift.evaluate.records import HALVES, Half
from newsift.pipeline import Pipeline

FLOORS = Path(__file__).with_name("floors.json")

# ``function(shared, pipeline, limit, half=...) -> {measure: value}``; ``half`` is only
# passed to sets that are split.
Evaluation = Callable[..., dict[str, Any]]


@dataclass(frozen=True)
class EvalSet:
    """A gold set and the function that scores it, imported only when the set runs.

    ``split``: scored as two halves, reported as ``<name>/tune`` and ``<name>/check``
    (see :mod:`newsift.evaluate.records`); floors sit on the check half. The seeds
    are our own worked examples and are scored whole.
    """

    name: str
    function: str
    split: bool = True


EVALUATIONS: tuple[EvalSet, ...] = (
    EvalSet("seeds", "newsift.evaluate.seeds:evaluate_seeds", split=False),
    EvalSet("boilerplate", "newsift.evaluate.boilerplate:evaluate_boilerplate_set"),
    EvalSet("news-incidents", "newsift.evaluate.incidents:evaluate_news_incidents"),
    EvalSet("events-fakes", "newsift.evaluate.events:evaluate_fakes"),
    EvalSet("acled-notes", "newsift.evaluate.events:evaluate_acled_notes"),
    EvalSet("acled-sudan", "newsift.evaluate.events:evaluate_acled_sudan"),
    EvalSet("geo-gwn", "newsift.evaluate.geo:evaluate_gwn"),
    EvalSet("geo-ukraine", "newsift.evaluate.geo:evaluate_ukraine"),
    EvalSet("geo-acled", "newsift.evaluate.geo:evaluate_acled_places"),
    EvalSet("dates-timeml", "newsift.evaluate.dates:evaluate_timeml"),
    EvalSet("quotes-polnear", "newsift.evaluate.quotes:evaluate_polnear"),
    EvalSet("dedup-fakes", "newsift.evaluate.dedup:evaluate_dedup_fakes"),
    EvalSet("dedup-news", "newsift.evaluate.dedup:evaluate_dedup_news"),
    EvalSet("dedup-fixtures", "newsift.evaluate.dedup:evaluate_dedup_fixtures", split=False),
    EvalSet("probes-wars", "newsift.evaluate.probes:evaluate_probes", split=False),
    EvalSet("snippets", "newsift.evaluate.snippets:evaluate_snippets"),
)
NAMES = tuple(entry.name for entry in EVALUATIONS)


def load_evaluation(entry: EvalSet) -> Evaluation:
    module, function = entry.function.split(":")
    evaluation: Evaluation = getattr(importlib.import_module(module), function)
    return evaluation


def find_shared(given: str | None) -> Path:
    """The shared/ folder: as given, else ``../shared`` beside the repo or the cwd."""
    if given:
        return Path(given)
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        candidate = base.parent / "shared"
        if (candidate / "gold").is_dir():
            return candidate
    raise FileNotFoundError("no shared/ folder found beside the repository; pass --shared")


def run_evaluations(
    shared: Path,
    only: Sequence[str] = (),
    limit: int | None = None,
    halves: Sequence[Half] = HALVES,
) -> dict[str, dict[str, Any]]:
    """``{name: measures}``, split sets once per half as ``name/tune`` and ``name/check``."""
    unknown = set(only) - set(NAMES)
    if unknown:
        raise ValueError(f"unknown evaluation sets {sorted(unknown)}; known: {list(NAMES)}")
    pipeline = Pipeline.load()
    results: dict[str, dict[str, Any]] = {}
    for entry in EVALUATIONS:
        if only and entry.name not in only:
            continue
        evaluation = load_evaluation(entry)
        if not entry.split:
            results[entry.name] = evaluation(shared, pipeline, limit)
            continue
        for half in halves:
            results[f"{entry.name}/{half}"] = evaluation(shared, pipeline, limit, half=half)
    return results


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    floors: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))
    return floors


def below_floor(
    results: dict[str, dict[str, Any]], floors: dict[str, dict[str, float]] | None = None
) -> list[str]:
    """Every measure that was run and scored under its floor, as readable lines."""
    floors = load_floors() if floors is None else floors
    failures = []
    for name, measures in floors.items():
        for measure, floor in measures.items():
            value = results.get(name, {}).get(measure)
            if isinstance(value, (int, float)) and value < floor:
                failures.append(f"{name}.{measure} = {value:.3f} < {floor:.3f}")
    return failures
