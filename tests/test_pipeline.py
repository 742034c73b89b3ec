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
