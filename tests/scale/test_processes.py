"""--jobs N: worker processes fill the store exactly as one process does."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsift.cli import cli
from newsift.documents.reading import read_inputs
from newsift.model import RawInput
from newsift.scale import processes


def test_two_processes_give_the_store_of_one_in_the_same_order(
    tmp_path: Path, samples: Path, store_content: Callable[[Path], dict[str, Any]]
) -> None:
    runner = CliRunner()
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first = runner.invoke(cli, ["ingest", str(samples), "--db", str(one), "--jobs", "1"])
    assert first.exit_code == 0, first.output
    # Batches of two: five samples make three batches, so both workers get work.
    second = runner.invoke(cli, ["ingest", str(samples), "--db", str(two), "--jobs", "2",
                                 "--batch-size", "2"])
    assert second.exit_code == 0, second.output
    assert "5 stored" in second.stderr
    content = store_content(one)
    assert content["counts"]["events"] > 0
    assert store_content(two) == content


def test_input_that_fits_one_batch_starts_no_workers(
    monkeypatch: pytest.MonkeyPatch, samples: Path
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a process pool was started for one batch")

    monkeypatch.setattr(processes, "ProcessPoolExecutor", refuse)
    raws = [item for item in read_inputs([str(samples)]) if isinstance(item, RawInput)]
    outcomes = list(processes.extract_in_processes(raws, jobs=2, batch_size=len(raws)))
    assert [o.source for o in outcomes] == [raw.source for raw in raws]
    assert all(o.extraction is not None for o in outcomes)


def test_default_jobs_is_the_cores_this_process_may_use() -> None:
    assert 1 <= processes.default_jobs() <= (os.cpu_count() or 1)
