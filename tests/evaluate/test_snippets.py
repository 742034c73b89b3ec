"""Short event descriptions of our own: well formed, scored by type and macro-F1."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsift.evaluate.records import half_of
from newsift.evaluate.snippets import evaluate_snippets, snippet_files
from newsift.events.taxonomy import is_valid
from newsift.model import Event, RawInput


def test_every_snippet_names_a_valid_type_and_all_kinds_are_there() -> None:
    records = [json.loads(line) for path in snippet_files()
               for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(records) >= 300
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert is_valid(record["event_type"], record["sub_event_type"]), record["id"]
        assert record["text"].strip()
    assert len({r["sub_event_type"] for r in records}) == 25


class _Typer:
    """A pipeline that types every text by its first word, and finds nothing in one."""

    def run(self, raw: RawInput) -> SimpleNamespace:
        word = raw.content.split()[0]
        if word == "Nothing":
            return SimpleNamespace(events=[])
        return SimpleNamespace(events=[Event("e", "Riots", word.replace("_", " "), None, None,
                                             None, None, None, None, None, None, None)])


def _write(folder: Path, rows: list[tuple[str, str]]) -> None:
    lines = [json.dumps({"id": f"t{i}", "text": text, "event_type": "Riots",
                         "sub_event_type": sub})
             for i, (text, sub) in enumerate(rows)]
    (folder / "snippets-test.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_scores_the_first_event_by_accuracy_and_macro_f1(tmp_path: Path) -> None:
    _write(tmp_path, [("Mob_violence a crowd beat a man", "Mob violence"),
                      ("Mob_violence a second crowd", "Mob violence"),
                      ("Mob_violence rioters burned a post", "Violent demonstration"),
                      ("Nothing happened here", "Violent demonstration")])
    scores = evaluate_snippets(tmp_path, _Typer(), folder=tmp_path)  # type: ignore[arg-type]
    assert scores["records"] == 4
    assert scores["event_found"] == 0.75
    assert scores["sub_event_type_accuracy"] == 0.5
    # mob violence: 2 right, 1 wrongly given → 0.8; violent demonstration: none right → 0
    assert scores["sub_event_type_macro_f1"] == pytest.approx(0.4)
    assert scores["confusions"] == {"Violent demonstration -> Mob violence": 1,
                                    "Violent demonstration -> (none)": 1}
    assert scores["files"] == {"snippets-test": {"records": 4, "sub_event_type_accuracy": 0.5,
                                                 "sub_event_type_macro_f1": pytest.approx(0.4)}}


def test_a_half_scores_only_its_records(tmp_path: Path) -> None:
    rows = [(f"Mob_violence crowd {i}", "Mob violence") for i in range(12)]
    _write(tmp_path, rows)
    tune = sum(half_of(f"t{i}") == "tune" for i in range(12))
    scores = evaluate_snippets(tmp_path, _Typer(), half="tune",  # type: ignore[arg-type]
                               folder=tmp_path)
    assert scores["records"] == tune
