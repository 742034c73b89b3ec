"""--jobs N: worker processes fill the store exactly as one process does."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from newsift.documents.reading import read_inputs
from newsift.model import RawInput
from newsift.scale import processes


def test_two_processes_give_the_store_of_one_in_the_same_order(
    ingest_samples: Callable[..., dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = ingest_samples("--jobs", "1")
    assert one["counts"]["events"] > 0
    submitted: list[int] = []

    class Counting(ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            submitted.append(len(args[0]))  # the chunk of inputs sent to a worker
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(processes, "ProcessPoolExecutor", Counting)
    # Batches of two: five samples make three batches, so both workers get work.
    assert ingest_samples("--jobs", "2", "--batch-size", "2") == one
    assert submitted == [2, 2, 1]


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
