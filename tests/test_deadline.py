"""The per-document time limit: a stage that would never finish fails its document alone."""

from __future__ import annotations

import time

import pytest

from newsift.article import Article
from newsift.deadline import DocumentTimeout, time_limit
from newsift.model import RawInput
from newsift.pipeline import STAGES, Pipeline, Stage
from newsift.resources import Resources


def test_the_limit_interrupts_work_that_runs_past_it() -> None:
    started = time.monotonic()
    with pytest.raises(DocumentTimeout, match="gave up after"), time_limit(0.2):
        while True:
            sum(range(1000))
    assert time.monotonic() - started < 2


def test_no_limit_and_a_finished_block_leave_no_timer_behind() -> None:
    with time_limit(None):
        pass
    with time_limit(0.3):
        pass
    time.sleep(0.4)  # an alarm left armed would fire here


def test_a_hanging_document_fails_alone_and_the_batch_goes_on(resources: Resources) -> None:
    def stubborn(article: Article, _r: Resources) -> list[object]:
        while "hang" in article.raw.content:
            time.sleep(0.01)
        return []

    stages = [STAGES[0], Stage("events", stubborn, ("document",), "events")]
    pipeline = Pipeline(resources, stages, time_limit=0.3)
    raws = [RawInput(source=f"{name}.txt", kind="text", content=f"A {name} report.", digest=name)
            for name in ("first", "hang", "last")]
    outcomes = list(pipeline.run_many(raws, batch_size=3))
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert outcomes[1].error is not None and outcomes[1].error.startswith("gave up after")
