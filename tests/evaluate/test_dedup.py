"""The dedup evaluation: datelines, gold pairs, and scoring merges in a real store."""

from __future__ import annotations

from datetime import date

from newsift.evaluate.dedup import (
    Article,
    dateline,
    fixture_articles,
    gold_pairs,
    prf,
    score_extractions,
    shared_pairs,
)
from newsift.model import Document, Event, Extraction, Location, Span

ODESA = Location("Odesa", "Odesa Oblast", "Ukraine", 46.48, 30.72, 1)


def test_datelines_in_the_shapes_outlets_write_them() -> None:
    assert dateline("Sun 05 Jul 2015 Twenty dead in raids") == date(2015, 7, 5)
    assert dateline("Published July 27 2016 A twin bombing") == date(2016, 7, 27)
    assert dateline("05.02.2015 A rebel group fired rockets") == date(2015, 2, 5)
    assert dateline("17-08-2013 Seventeen killed") == date(2013, 8, 17)
    assert dateline("No date at the top of this one.") is None


def test_pairs_from_groups_and_from_shared_events() -> None:
    articles = [Article("a", "x", "", None, {"g1"}), Article("b", "y", "", None, {"g1"}),
                Article("c", "z", "", None, {"g1", "g2"}), Article("d", "z", "", None)]
    assert gold_pairs(articles) == {("a", "b"), ("a", "c"), ("b", "c")}
    assert shared_pairs({"a": {"e1"}, "b": {"e1", "e2"}, "d": {"e2"}, "c": set()}) == {
        ("a", "b"), ("b", "d")}
    scores = prf({("a", "b"), ("b", "d")}, {("a", "b"), ("a", "c")}, "")
    assert (scores["precision"], scores["recall"]) == (0.5, 0.5)


def _extraction(doc_id: str, text: str, killed: int) -> Extraction:
    event = Event(f"ev-{doc_id}", "Explosions/Remote violence",
                  "Shelling/artillery/missile attack", "2024-06-03", "day", "Russia", None,
                  "missile", None, ODESA, killed, None, [Span(0, len(text), text)])
    return Extraction(Document(doc_id, doc_id, None, "2024-06-03", "header", "en", text),
                      [event])


def test_score_extractions_counts_merged_and_missed_pairs() -> None:
    articles = [Article("wire", "w", "", None, {"port"}, tolls={4}),
                Article("daily", "d", "", None, {"port"}, tolls={4}),
                Article("other", "o", "", None, {"school"}, tolls={2})]
    extractions = [
        _extraction("wire", "A missile hit grain warehouses in Odesa port, killing four.", 4),
        _extraction("daily", "Four killed as a missile hits grain warehouses at Odesa port.", 4),
        _extraction("other", "Shelling damaged a school in Odesa; two teachers died.", 2),
    ]
    scores = score_extractions(articles, extractions)
    assert (scores["gold_pairs"], scores["events"]) == (1, 2)
    assert (scores["pairwise_precision"], scores["pairwise_recall"]) == (1.0, 1.0)
    assert scores["false_merges"] == [] and scores["missed_merges"] == []
    assert scores["missed_when_extracted"] == []


def test_misses_matching_owns_are_told_from_misses_extraction_owns() -> None:
    articles = [Article("wire", "w", "", None, {"port"}, tolls={4}),
                Article("daily", "d", "", None, {"port"}, tolls={4}),
                Article("late", "l", "", None, {"port"}, tolls={4})]
    late = _extraction("late", "Four dock workers were buried on Friday.", 4)
    # The late report is placed at the wrong end of the region: matching misses it.
    late.events[0].location = Location("Izmail", "Odesa Oblast", "Ukraine", 45.35, 28.84, 1)
    extractions = [
        _extraction("wire", "A missile hit grain warehouses in Odesa port, killing four.", 4),
        _extraction("daily", "Four killed as a missile hits grain warehouses at Odesa port.", 5),
        late,
    ]
    # The daily's toll is misread (5): its misses are extraction's.
    scores = score_extractions(articles, extractions)
    assert scores["missed_merges"] == ["daily + late", "daily + wire", "late + wire"]
    assert scores["missed_when_extracted"] == ["late + wire"]


def test_own_fixtures_have_groups_and_singletons() -> None:
    articles = fixture_articles()
    assert len(gold_pairs(articles)) == 8
    assert sum(1 for article in articles if not article.groups) >= 4
