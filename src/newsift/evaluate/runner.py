"""Running every evaluation set and checking scores against the recorded floors.

Floors live in ``floors.json`` beside this module: CI fails when a score drops
below one. Raise a floor when a change raises its score; never lower one quietly.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsift.pipeline import Pipeline

FLOORS = Path(__file__).with_name("floors.json")

Evaluation = Callable[[Path, Pipeline, int | None], dict[str, Any]]


# Each set names the function that scores it, imported only when the set runs:
# ``function(shared, pipeline, limit) -> {measure: value}``.
EVALUATIONS: dict[str, str] = {
    "seeds": "newsift.evaluate.seeds:evaluate_seeds",
    "boilerplate": "newsift.evaluate.boilerplate:evaluate_boilerplate_set",
    "events-fakes": "newsift.evaluate.events:evaluate_fakes",
    "acled-notes": "newsift.evaluate.events:evaluate_acled_notes",
    "geo-gwn": "newsift.evaluate.geo:evaluate_gwn",
    "geo-ukraine": "newsift.evaluate.geo:evaluate_ukraine",
    "dates-timeml": "newsift.evaluate.dates:evaluate_timeml",
    "quotes-polnear": "newsift.evaluate.quotes:evaluate_polnear",
    "dedup-fakes": "newsift.evaluate.dedup:evaluate_dedup",
}


def load_evaluation(name: str) -> Evaluation:
    module, function = EVALUATIONS[name].split(":")
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
    shared: Path, only: Sequence[str] = (), limit: int | None = None
) -> dict[str, dict[str, Any]]:
    unknown = set(only) - set(EVALUATIONS)
    if unknown:
        raise ValueError(f"unknown evaluation sets {sorted(unknown)}; known: {sorted(EVALUATIONS)}")
    pipeline = Pipeline.load()
    names = [name for name in EVALUATIONS if not only or name in only]
    return {name: load_evaluation(name)(shared, pipeline, limit) for name in names}


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
