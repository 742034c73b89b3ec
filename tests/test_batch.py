from __future__ import annotations

from newsift.batch import run_batch
from newsift.model import Document, Extraction, InputError, RawInput
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


def test_each_batch_of_extractions_is_written_in_one_transaction(resources: Resources) -> None:
    from collections.abc import Iterator
    from contextlib import contextmanager

    log: list[str] = []

    @contextmanager
    def transaction() -> Iterator[None]:
        log.append("begin")
        yield
        log.append("commit")

    items = [_raw(f"{n}.txt", f"Report {n}.") for n in range(5)]
    summary = run_batch(items, _failing_pipeline(resources),
                        lambda e: log.append(e.document.id) is None,
                        transaction=transaction, batch_size=2)
    assert log == ["begin", "0.txt", "1.txt", "commit", "begin", "2.txt", "3.txt", "commit",
                   "begin", "4.txt", "commit"]
    assert summary.stored == 5


def test_any_extract_function_can_stand_in_for_the_pipeline() -> None:
    from collections.abc import Iterable, Iterator

    from newsift.pipeline import Outcome

    pulled: list[str] = []

    def extract(raws: Iterable[RawInput]) -> Iterator[Outcome]:
        for raw in raws:
            pulled.append(raw.source)
            yield Outcome(raw.source, error="remote worker failed" if raw.content == "boom"
                          else None, extraction=None if raw.content == "boom" else
                          Extraction(document=_document(raw)))

    errors: list[InputError] = []
    summary = run_batch([_raw("a.txt", "x"), _raw("b.txt", "boom"), _raw("c.txt", "y")],
                        extract, lambda e: True, seen=lambda d: d == "c.txt",
                        on_error=errors.append)
    assert pulled == ["a.txt", "b.txt"]  # what the store holds never reaches the workers
    assert (summary.stored, summary.failed, summary.skipped) == (1, 1, 1)
    assert [str(e) for e in errors] == ["b.txt: remote worker failed"]


def _document(raw: RawInput) -> Document:
    return Document(id=raw.digest, source=raw.source, title=None, published=None,
                    published_basis=None, language="en", text=raw.content)
