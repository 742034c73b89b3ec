from __future__ import annotations

import pytest

from newsift.article import Article
from newsift.documents.language import UnsupportedLanguage
from newsift.model import RawInput
from newsift.pipeline import STAGES, Pipeline, Stage, check_order
from newsift.resources import Resources


def test_default_stages_are_in_a_valid_order() -> None:
    check_order(STAGES)
    assert [s.name for s in STAGES][:2] == ["document", "parse"]


def test_a_stage_that_needs_a_later_field_is_refused() -> None:
    late = Stage("late", lambda a, r: [], needs=("events",), adds="quotes")
    with pytest.raises(ValueError, match="'late' needs \\['events'\\]"):
        check_order([STAGES[0], late])


def test_each_stage_value_lands_on_the_field_it_adds(resources: Resources) -> None:
    seen: list[str] = []

    def record(name: str, value: object) -> Stage:
        def run(article: Article, _r: Resources) -> object:
            seen.append(name)
            return value

        return Stage(name, run, needs=(), adds=name)

    stages = [STAGES[0], record("dates", ["d"]), record("quotes", ["q"])]
    raw = RawInput(source="t.txt", kind="text", content="Body text.", digest="abc")
    article = Pipeline(resources, stages).article(raw)
    assert seen == ["dates", "quotes"]
    assert article.dates == ["d"] and article.quotes == ["q"]
    assert article.document is not None and article.document.id == "abc"


def test_text_in_another_language_is_refused_with_its_name(pipeline: Pipeline) -> None:
    french = ("Les forces russes ont bombardé la ville de Kherson mardi, tuant deux personnes et "
              "en blessant sept autres, a annoncé le chef de l'administration militaire de la "
              "région dans un message publié sur les réseaux sociaux.")
    raw = RawInput(source="fr.txt", kind="text", content=french, digest="fr1")
    with pytest.raises(UnsupportedLanguage, match=r"French \(fr\)"):
        pipeline.run(raw)


def _samples() -> list[RawInput]:
    from pathlib import Path

    from newsift.documents.reading import read_inputs

    samples = Path(__file__).resolve().parent.parent / "samples"
    return [item for item in read_inputs([str(samples)]) if isinstance(item, RawInput)]


def test_the_batch_path_gives_what_one_document_at_a_time_gives(pipeline: Pipeline) -> None:
    raws = _samples()
    assert len(raws) >= 5
    one_by_one = [pipeline.run(raw).to_dict() for raw in raws]
    outcomes = list(pipeline.run_many(raws, batch_size=2))
    assert [o.source for o in outcomes] == [raw.source for raw in raws]
    assert [o.error for o in outcomes] == [None] * len(raws)
    assert [o.extraction.to_dict() for o in outcomes if o.extraction] == one_by_one


def _counting_parse(calls: list[int]) -> Stage:
    from newsift.pipeline import parse, parse_many

    def batch(articles: list[Article], resources: Resources) -> list[object]:
        calls.append(len(articles))
        return parse_many(articles, resources)

    return Stage("parse", parse, needs=("document",), adds="doc", batch=batch)


def test_a_batch_form_runs_once_per_batch(resources: Resources) -> None:
    calls: list[int] = []
    pipeline = Pipeline(resources, [STAGES[0], _counting_parse(calls)])
    raws = [RawInput(source=f"{n}.txt", kind="text", content=f"Report {n}.", digest=str(n))
            for n in range(5)]
    outcomes = list(pipeline.run_many(raws, batch_size=2))
    assert calls == [2, 2]  # the last batch of one is parsed on its own, by the plain form
    assert [o.error for o in outcomes] == [None] * 5


def test_a_failing_article_fails_alone_on_the_batch_path(resources: Resources) -> None:
    def fussy(article: Article, _r: Resources) -> list[object]:
        if "bad" in article.raw.content:
            raise ValueError("cannot read this one")
        return []

    def broken_batch(articles: list[Article], _r: Resources) -> list[object]:
        raise RuntimeError("the whole batch fails")

    parsed: list[str] = []

    def parse_one(article: Article, r: Resources) -> object:
        parsed.append(article.raw.source)
        return STAGES[1].run(article, r)

    stages = [STAGES[0], Stage("parse", parse_one, ("document",), "doc", broken_batch),
              Stage("events", fussy, ("document", "doc"), "events")]
    raws = [RawInput(source=f"{name}.txt", kind="text", content=f"A {name} report.",
                     digest=name) for name in ("good", "bad", "fine")]
    outcomes = list(Pipeline(resources, stages).run_many(raws, batch_size=3))
    assert [o.source for o in outcomes] == ["good.txt", "bad.txt", "fine.txt"]
    assert [o.error for o in outcomes] == [None, "ValueError: cannot read this one", None]
    # the batch form failed, so each article was parsed alone and still got its parse
    assert all(o.extraction is not None for o in outcomes if o.error is None)
    assert parsed == ["good.txt", "bad.txt", "fine.txt"]
