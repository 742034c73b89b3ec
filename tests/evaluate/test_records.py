from __future__ import annotations

from pathlib import Path

from newsift.evaluate.records import read_jsonl


def test_records_are_read_up_to_the_limit_and_blank_lines_skipped(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": 1}\n\n{"id": 2}\n{"id": 3}\n', "utf-8")
    assert [r["id"] for r in read_jsonl(path)] == [1, 2, 3]
    assert [r["id"] for r in read_jsonl(path, limit=1)] == [1]
