"""The seeds through the whole pipeline, checked against shared/gold/seeds.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsift.evaluate.seeds import document_checks, extract_seeds
from newsift.model import Extraction
from newsift.pipeline import Pipeline


@pytest.fixture(scope="module")
def gold(shared: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shared / "gold" / "seeds.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def seeds(shared: Path, pipeline: Pipeline, gold: dict[str, Any]) -> list[Extraction]:
    return extract_seeds(shared, pipeline, gold)


def test_every_document_expectation_of_the_gold_holds(
    seeds: list[Extraction], gold: dict[str, Any]
) -> None:
    for entry, extraction in zip(gold["documents"], seeds, strict=True):
        checks = document_checks(extraction.to_dict()["document"], entry["document"])
        assert [name for name, ok in checks.items() if not ok] == [], entry["file"]


def test_scrape_comments_are_kept_apart_with_their_authors(seeds: list[Extraction]) -> None:
    scrape = seeds[1].document
    assert [c.author for c in scrape.comments] == [
        "David",
        "John",
        "John",
        "Sasha",
        "Will",
        "Come On NATO",
    ]
    assert "herding cats" in scrape.comments[0].text
    assert "herding cats" not in scrape.text
    assert scrape.published == "2024-04-10" and scrape.published_basis == "inferred"
    assert {r.kind for r in scrape.removed} >= {"advertisement", "related", "footer"}


def test_header_date_is_the_publication_date(seeds: list[Extraction]) -> None:
    clean = seeds[0].document
    assert (clean.published, clean.published_basis) == ("2024-02-10", "header")
    assert clean.text.startswith("North Atlantic Treaty Organization")


def test_every_offset_slices_the_document_text(seeds: list[Extraction]) -> None:
    for extraction in seeds:
        text = extraction.document.text
        spans = [s for e in extraction.events for s in e.evidence]
        spans += [s for c in extraction.commitments for s in c.evidence]
        for span in spans:
            assert text[span.start : span.end] == span.text
        for quote in extraction.quotes:
            assert text[quote.start : quote.end] == quote.text
        for place in extraction.places:
            assert text[place.start : place.end] == place.name
        for date in extraction.dates:
            assert text[date.start : date.end] == date.text
