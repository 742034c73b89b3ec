"""Scoring rules for PolNeAR attributions: kinds, matching, counting, speakers."""

from __future__ import annotations

from typing import Any

from newsift.evaluate.quotes import (
    Gold,
    PolnearTally,
    gold_kind,
    golds_of,
    named_source,
    score_record,
    speaker_right,
)
from newsift.model import Quote

TEXT = (
    'The minister said the bridge would reopen in May. "We are on schedule," '
    "Olena Marchuk told reporters. She called the delay a “temporary setback” caused by rain."
)


def span(text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def attribution(text: str, content: str, source: str | None = None) -> dict[str, Any]:
    return {
        "id": "a",
        "source": span(text, source) if source else None,
        "cue": None,
        "content": span(text, content),
    }


def quote(text: str, words: str, direct: bool, speaker: str | None = None) -> Quote:
    start = text.index(words)
    return Quote(speaker, words, direct, None, start, start + len(words))


def test_kind_of_a_content() -> None:
    assert gold_kind("“We are on schedule,”") == "direct"
    assert gold_kind('that "the work is done."') == "direct"
    assert gold_kind("the delay a “temporary setback” caused by rain") == "mixed"
    assert gold_kind("the bridge would reopen in May") == "reported"


def test_marks_just_outside_the_span_make_it_direct() -> None:
    record = {"text": TEXT, "attributions": [attribution(TEXT, "We are on schedule,")]}
    assert [g.kind for g in golds_of(record)] == ["direct"]


def test_a_quoted_transcript_turn_is_direct() -> None:
    text = (
        'The interview went on.\n\n"HOST: Will you run again?\n\n'
        '"KOVAL: I have not decided. My family comes first.\n\n'
        "Koval left the studio at noon."
    )
    record = {
        "text": text,
        "attributions": [
            attribution(text, "Will you run again?", "HOST"),
            attribution(text, "I have not decided. My family comes first", "KOVAL"),
            attribution(text, "The interview went on"),
        ],
    }
    assert [g.kind for g in golds_of(record)] == ["direct", "direct", "reported"]


def test_a_plain_label_without_marks_stays_reported() -> None:
    text = "Koval: Talks Will Resume Next Week.\n\nThe talks had stalled."
    record = {"text": text, "attributions": [attribution(text, "Talks Will Resume Next Week")]}
    assert [g.kind for g in golds_of(record)] == ["reported"]


def test_precision_counts_partial_quotes_of_mixed_contents_but_strict_does_not() -> None:
    direct = quote(TEXT, "We are on schedule,", True, "Olena Marchuk")
    partial = quote(TEXT, "temporary setback", True, "Olena Marchuk")
    mixed = span(TEXT, "the delay a “temporary setback” caused by rain")
    golds = [
        Gold("direct", [(direct.start, direct.end)], direct.text, "Olena Marchuk"),
        Gold("mixed", [(mixed["start"], mixed["end"])], mixed["text"], "She"),
    ]
    tally = PolnearTally()
    score_record(tally, [direct, partial], golds)
    scores = tally.scores()
    assert scores["direct_precision"] == 1.0
    assert scores["direct_precision_strict"] == 0.5
    assert scores["direct_recall"] == 1.0


def test_matching_needs_overlap_and_most_of_the_words() -> None:
    gold_text = "the bridge would reopen in May"
    start = TEXT.index(gold_text)
    golds = [Gold("reported", [(start, start + len(gold_text))], gold_text, "The minister")]
    near = quote(TEXT, "minister said the bridge", False)  # 2 of its 4 words, 2 of 6 gold
    tally = PolnearTally()
    score_record(tally, [near], golds)
    assert tally.scores()["reported_recall"] == 0.0
    assert tally.scores()["reported_precision"] == 0.0

    for words in ("The minister said the bridge would reopen in May", "the bridge would reopen"):
        tally = PolnearTally()  # one holds at least 80% of the other's words
        score_record(tally, [quote(TEXT, words, False)], golds)
        assert tally.scores()["reported_recall"] == 1.0

    elsewhere = Quote(None, gold_text, False, None, 0, 3)  # same words, no overlap
    tally = PolnearTally()
    score_record(tally, [elsewhere], golds)
    assert tally.scores()["reported_recall"] == 0.0


def test_a_split_quote_is_one_gold_found_by_two_predictions() -> None:
    text = "“We will rebuild,” Marchuk said, “and we will do it fast.”"
    first = quote(text, "We will rebuild,", True)
    second = quote(text, "and we will do it fast.", True)
    gold = Gold(
        "direct",
        [(first.start, first.end), (second.start, second.end)],
        "We will rebuild, and we will do it fast.",
        "Marchuk",
    )
    tally = PolnearTally()
    score_record(tally, [first, second], [gold])
    assert tally.gold["direct"] == 1
    assert tally.found["direct"] == 1
    assert tally.right_direct == 2


def test_speaker_is_right_when_the_last_name_is_in_the_source() -> None:
    assert speaker_right("Olena Marchuk", "Deputy Minister Marchuk")
    assert speaker_right("Joseph R. Biden Jr.", "Mr. Biden")
    assert speaker_right("Olena Marchuk", "Marchuk’s spokesman")
    assert not speaker_right("Olena Marchuk", "Petro Koval")
    assert not speaker_right(None, "Petro Koval")


def test_speaker_is_scored_only_against_named_sources() -> None:
    assert named_source("Olena Marchuk")
    assert named_source("the Interior Ministry")
    assert not named_source("she")
    assert not named_source("officials")
    assert not named_source(None)

    marchuk = quote(TEXT, "We are on schedule,", True, "Petro Koval")
    by_pronoun = Gold("direct", [(marchuk.start, marchuk.end)], marchuk.text, "She")
    tally = PolnearTally()
    score_record(tally, [marchuk], [by_pronoun])
    assert tally.speaker_total == 0
    by_name = Gold("direct", [(marchuk.start, marchuk.end)], marchuk.text, "Olena Marchuk")
    tally = PolnearTally()
    score_record(tally, [marchuk], [by_name])
    assert (tally.speaker_right, tally.speaker_total) == (0, 1)
