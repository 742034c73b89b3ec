from __future__ import annotations

from newsift.batch import run_batch
from newsift.model import Extraction, InputError, RawInput
from newsift.pipeline import Pipeline, Stage
from newsift.resources import Resources


def _raw(name: str, text: str) -> RawInput:
    return RawInput(source=name, kind="text", content=text, digest=name)


def _failing_pipeline(resources: Resources) -> Pipeline:
    from newsift.pipeline import STAGES

    def explode(article: object, _r: Resources) -> list[object]:
        raw = article.raw  # type: ignore[attr-defined]
        if "boom" in raw.content:
            raise ValueError("cannot parse this one")
        return []

    return Pipeline(resources, [STAGES[0], Stage("events", explode, ("document",), "events")])


def test_one_bad_document_does_not_stop_the_batch(resources: Resources) -> None:
    stored: list[Extraction] = []
    errors: list[InputError] = []
    items = [
        _raw("a.txt", "Fine."),
        InputError("b.pdf", "unsupported format"),
        _raw("c.txt", "boom"),
        _raw("d.txt", "Also fine."),
    ]
    summary = run_batch(
        items,
        _failing_pipeline(resources),
        lambda e: stored.append(e) is None,
        on_error=errors.append,
    )
    assert [e.document.source for e in stored] == ["a.txt", "d.txt"]
    assert summary.read == 3 and summary.stored == 2 and summary.failed == 2
    assert [str(e) for e in errors] == [
        "b.pdf: unsupported format",
        "c.txt: ValueError: cannot parse this one",
    ]


def test_documents_already_seen_are_skipped_before_extraction(resources: Resources) -> None:
    calls: list[str] = []
    summary = run_batch(
        [_raw("a.txt", "x"), _raw("b.txt", "y")],
        _failing_pipeline(resources),
        lambda e: calls.append(e.document.id) is None,
        seen=lambda doc_id: doc_id == "a.txt",
    )
    assert calls == ["b.txt"]
    assert (summary.stored, summary.skipped) == (1, 1)
    assert "1 stored, 1 already present" in summary.line()
