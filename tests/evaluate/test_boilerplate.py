"""Scoring page cleaning: word precision/recall and comment leak on a tiny made-up set."""

from __future__ import annotations

import json
from pathlib import Path

from newsift.evaluate.boilerplate import (
    Extracted,
    Tally,
    boilerplate_measures,
    evaluate_boilerplate,
    words,
)


def test_tally_scores_body_and_comment_leak() -> None:
    tally = Tally()
    tally.add(Extracted("troops left the city nice post"), "troops left the city", "nice post")
    scores = tally.scores()
    assert scores["body_precision"] == round(4 / 6, 4)
    assert scores["body_recall"] == 1.0
    assert scores["comment_leak"] == 1.0
    assert scores["comment_leak_strict"] == 1.0


def test_words_are_casefolded_multisets() -> None:
    assert words("The the THE, war.") == {"the": 3, "war": 1}


def test_evaluate_boilerplate_on_a_small_set(tmp_path: Path) -> None:
    body = " ".join(f"Sentence {n} says the convoy reached Kupiansk at dawn." for n in range(8))
    html = (
        f"<html><body><article><p>{body}</p></article><div id='comments'>"
        "<div class='comment'><cite class='fn'>Olga</cite><p>Zebra quokka marmot.</p></div>"
        "</div></body></html>"
    )
    path = tmp_path / "set.jsonl"
    record = {"id": "1", "html": html, "body": body, "comments": "Olga Zebra quokka marmot."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    scores = evaluate_boilerplate(path)
    assert scores["newsift"]["body_f1"] == 1.0
    assert scores["newsift"]["comment_leak_strict"] == 0.0
    assert scores["newsift"]["comments_recall"] == 0.75
    assert scores["trafilatura_default"]["comment_leak_strict"] > 0.5


def test_boilerplate_measures_are_flat(tmp_path: Path) -> None:
    body = " ".join(f"Sentence {n} says the convoy reached Izium at dawn." for n in range(8))
    html = f"<html><body><article><p>{body}</p></article></body></html>"
    (tmp_path / "eval").mkdir()
    record = {"id": "1", "html": html, "body": body, "comments": "Quokka marmot."}
    line = json.dumps(record) + "\n"
    (tmp_path / "eval" / "boilerplate-comments-dev.jsonl").write_text(line, encoding="utf-8")
    flat = boilerplate_measures(tmp_path, baseline=False)
    assert flat["comments_newsift_body_f1"] == 1.0
    assert flat["comments_newsift_comment_free"] == 1.0
    assert not any(key.startswith("scrapinghub") for key in flat)
