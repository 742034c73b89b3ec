"""The evaluation runner: split sets, floors on the check half."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.evaluate.runner import EVALUATIONS, below_floor, load_floors, run_evaluations


def test_floors_name_known_sets_and_split_sets_only_by_their_check_half() -> None:
    split = {entry.name for entry in EVALUATIONS if entry.split}
    whole = {entry.name for entry in EVALUATIONS if not entry.split}
    for name in load_floors():
        base, _, half = name.partition("/")
        assert (base in split and half == "check") or (base in whole and not half), name


def test_below_floor_reports_only_measured_scores_under_their_floor() -> None:
    floors = {"acled-notes/check": {"date_accuracy": 0.9, "place_accuracy": 0.8}}
    results = {"acled-notes/check": {"date_accuracy": 0.95, "place_accuracy": 0.7},
               "acled-notes/tune": {"place_accuracy": 0.1}}
    assert below_floor(results, floors) == ["acled-notes/check.place_accuracy = 0.700 < 0.800"]
    assert below_floor({}, floors) == []


def test_an_unknown_set_is_refused_before_anything_loads(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown evaluation sets"):
        run_evaluations(tmp_path, only=["no-such-set"])
