"""The merging evaluation: headline incidents followed into a real store, pairwise and
B-cubed scores, ambiguous pairs, halves that keep a gold group together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsift.evaluate.dedup import (
    Article,
    DedupSet,
    bcubed,
    fakes_set,
    groups_of,
    headline_index,
    largest_share,
    pairs_of,
    prf,
    score_extractions,
)
from newsift.evaluate.records import half_of
from newsift.model import Document, Event, Extraction, Location, RawInput, Span

ODESA = Location("Odesa", "Odesa Oblast", "Ukraine", 46.48, 30.72, 1)
LVIV = Location("Lviv", "Lviv Oblast", "Ukraine", 49.84, 24.03, 1)


def _event(doc_id: str, text: str, killed: int | None, at: int = 0,
           where: Location = ODESA, day: str = "2024-06-03") -> Event:
    return Event(f"ev-{doc_id}-{at}", "Explosions/Remote violence",
                 "Shelling/artillery/missile attack", day, "day", "Russia", None,
                 "missile", None, where, killed, None, [Span(at, at + len(text), text)])


def _extraction(doc_id: str, *events: Event) -> Extraction:
    text = " ".join(span.text for event in events for span in event.evidence)
    return Extraction(Document(doc_id, doc_id, None, "2024-06-03", "header", "en", text),
                      list(events))


def _article(doc_id: str, group: str | None) -> Article:
    return Article(doc_id, RawInput(doc_id, "text", "", doc_id), group)


def test_the_headline_is_the_first_event_in_text_order_stating_a_toll() -> None:
    untolled = _event("a", "Sirens sounded over the city at dawn.", None, at=0)
    later = _event("a", "Two were killed in Lviv.", 2, at=80, where=LVIV)
    tolled = _event("a", "A missile killed four at the port.", 4, at=40)
    assert headline_index([untolled, later, tolled]) == 2
    assert headline_index([untolled]) == 0
    assert headline_index([]) is None


def test_pairwise_and_bcubed_leave_ambiguous_pairs_out() -> None:
    scores = prf({("a", "b"), ("b", "d")}, {("a", "b"), ("a", "c")}, "")
    assert (scores["precision"], scores["recall"]) == (0.5, 0.5)
    gold = {"a": {"a", "b"}, "b": {"a", "b"}, "c": {"c"}}
    predicted = {"a": {"a", "b", "c"}, "b": {"a", "b", "c"}, "c": {"a", "b", "c"}}
    plain = bcubed(predicted, gold, set())
    assert plain["bcubed_recall"] == 1.0 and plain["bcubed_precision"] == pytest.approx(5 / 9)
    lenient = bcubed(predicted, gold, {("a", "c"), ("b", "c")})
    assert lenient["bcubed_precision"] == 1.0


def test_the_largest_group_share_says_how_much_one_group_weighs() -> None:
    members = {f"big{i}": "big" for i in range(5)} | {"a": "small", "b": "small", "c": None}
    groups = groups_of(members)
    gold = pairs_of(groups)
    # five articles make ten pairs, two make one: pairwise recall is mostly one group's
    assert largest_share(groups, gold) == pytest.approx(10 / 11)
    assert largest_share(groups, gold - {("big0", "big1")}) == pytest.approx(9 / 10)
    assert largest_share(groups_of({"c": None}), set()) == 0.0


def test_articles_are_scored_by_where_their_headline_incidents_went() -> None:
    port = "A missile hit grain warehouses in Odesa port on Monday, killing four."
    articles = [_article("wire", "port"), _article("daily", "port"),
                _article("other", None)]
    extractions = [
        _extraction("wire", _event("wire", port, 4)),
        # The daily's first event is background without a toll: its headline is the port.
        _extraction("daily", _event("daily", "Air raid alerts sounded across the south.",
                                    None, where=LVIV),
                    _event("daily", "Four killed as a missile hits grain warehouses at"
                                    " Odesa port on Monday.", 4, at=60)),
        _extraction("other", _event("other", "Two people died in Lviv when a drone hit a"
                                    " warehouse.", 2, where=LVIV)),
    ]
    scores = score_extractions(DedupSet(articles), extractions)
    assert (scores["gold_pairs"], scores["pairwise_precision"],
            scores["pairwise_recall"]) == (1, 1.0, 1.0)
    assert scores["bcubed_f1"] == 1.0 and scores["reversed_pairwise_f1"] == 1.0
    assert scores["false_merges"] == [] and scores["missed_merges"] == []


def test_a_missed_pair_is_listed_with_the_verdict_on_its_headlines() -> None:
    articles = [_article("wire", "port"), _article("late", "port")]
    extractions = [
        _extraction("wire", _event("wire", "A missile hit grain warehouses in Odesa port,"
                                   " killing four.", 4)),
        _extraction("late", _event("late", "Two died in Lviv.", 2, where=LVIV)),
    ]
    scores = score_extractions(DedupSet(articles), extractions)
    assert scores["pairwise_recall"] == 0.0 and scores["missed_merges"] == ["late + wire"]
    assert scores["missed_verdicts"]["late + wire"].startswith("no match")


def test_fakes_halves_keep_each_adjudicated_group_together(tmp_path: Path) -> None:
    (tmp_path / "eval").mkdir()
    ids = [str(n) for n in range(40)]
    records = [{"id": f"u{n}", "article_id": n, "source": "x", "text": f"Story {n}.",
                "published": "2016-05-01", "gold": {}} for n in ids]
    (tmp_path / "eval" / "events-fakes-dev.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records), encoding="utf-8")
    groups = {"market bombing": ids[:6], "bus convoy": ids[6:9]}
    (tmp_path / "eval" / "dedup-fakes-dev.groups.json").write_text(json.dumps(
        {"groups": groups, "ambiguous_groups": [], "gold_pairs": [],
         "ambiguous_pairs": [["20", "21"]]}), encoding="utf-8")
    tune, check = fakes_set(tmp_path, half="tune"), fakes_set(tmp_path, half="check")
    assert len(tune.articles) + len(check.articles) == 40
    for name, members in groups.items():
        home = tune if half_of(name) == "tune" else check
        assert {a.id for a in home.articles if a.group == name} == set(members)
    assert ("20", "21") in tune.ambiguous
