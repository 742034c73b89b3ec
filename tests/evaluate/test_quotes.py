"""Scoring rules for PolNeAR attributions: quoted runs, speakers, reported contents."""

from __future__ import annotations

from typing import Any

from newsift.evaluate.quotes import PolnearTally, gold_of, quoted_regions, score_record
from newsift.evaluate.quotes_speakers import resolve_speakers, same_person, source_name
from newsift.model import Quote

TEXT = (
    "Deputy Minister Olena Marchuk visited the bridge on Monday. "
    "“We are on schedule,” Marchuk told reporters, “and the first lorries will cross in May.” "
    "The minister said the repairs had cost far less than the ministry first feared. "
    "She called the delay a “temporary setback” caused by rain."
)


def span(text: str, words: str, after: int = 0) -> dict[str, Any]:
    start = text.index(words, after)
    return {"start": start, "end": start + len(words), "text": words}


def attribution(
    text: str, content: str | list[str], source: str | None = None, source_after: int = 0
) -> dict[str, Any]:
    parts = [content] if isinstance(content, str) else content
    spans = [span(text, p) for p in parts]
    body: dict[str, Any] = {
        "start": spans[0]["start"], "end": spans[-1]["end"], "text": " ".join(parts)
    }
    if len(spans) > 1:
        body["fragments"] = [[s["start"], s["end"]] for s in spans]
    return {
        "id": "a",
        "source": span(text, source, source_after) if source else None,
        "cue": None,
        "content": body,
    }


SPLIT = ["We are on schedule,", "and the first lorries will cross in May."]
RECORD = {
    "text": TEXT,
    "attributions": [
        attribution(TEXT, SPLIT, "Marchuk", TEXT.index("told") - 10),
        attribution(
            TEXT, "the repairs had cost far less than the ministry first feared", "The minister"
        ),
        attribution(TEXT, "the delay a “temporary setback” caused by rain", "She"),
    ],
}


def quote(text: str, words: str, direct: bool, speaker: str | None = None) -> Quote:
    start = text.index(words)
    return Quote(speaker, words, direct, None, start, start + len(words))


def scores(quotes: list[Quote], record: dict[str, Any] = RECORD) -> dict[str, Any]:
    tally = PolnearTally()
    score_record(tally, quotes, gold_of(record))
    return tally.scores() | {"tally": tally}


def test_quoted_regions_take_every_kind_of_mark_and_transcript_turns() -> None:
    text = (
        "He said “we will rebuild” and \"soon\" and ''next week''.\n"
        "KOVAL: I have not decided.\n"
        "“An unclosed quote runs on"
    )
    regions, turns = quoted_regions(text)
    found = [text[s:e].strip(" '") for s, e in regions]
    assert found == ["we will rebuild", "soon", "next week", "An unclosed quote runs on"]
    assert [(text[t.start : t.end], text[slice(*t.label)]) for t in turns] == [
        ("I have not decided.", "KOVAL")
    ]
    assert quoted_regions("Koval: Talks Will Resume Next Week") == ([], [])  # a headline
    text = "”We stay,” she said."  # a closing mark where an opening one belongs
    assert [text[s:e] for s, e in quoted_regions(text)[0]] == ["We stay,"]


def test_a_turn_is_quoted_only_when_its_label_is_the_source() -> None:
    text = "KOVAL: I have not decided on the date.\nUPDATE: The vote was moved to May."
    record = {"text": text, "attributions": [
        attribution(text, "I have not decided on the date.", "KOVAL"),
        attribution(text, "The vote was moved to May.", "The vote"),
    ]}
    gold = gold_of(record)
    assert [len(a.runs) for a in gold.attributions] == [1, 0]


def test_a_split_quote_gives_two_runs_and_short_runs_are_optional() -> None:
    gold = gold_of(RECORD)
    assert [len(a.runs) for a in gold.attributions] == [2, 0, 1]
    assert [r.required for r in gold.attributions[0].runs] == [True, True]
    assert not gold.attributions[2].runs[0].required  # "temporary setback": 2 words
    assert [a.reported for a in gold.attributions] == [False, True, False]


def test_each_half_of_a_split_quote_is_a_right_prediction_with_its_speaker() -> None:
    result = scores([
        quote(TEXT, SPLIT[0], True, "Olena Marchuk"),
        quote(TEXT, SPLIT[1], True, "Petro Koval"),
    ])
    assert result["direct_precision"] == 1.0
    assert result["direct_recall"] == 1.0
    assert result["speaker_accuracy"] == 0.5


def test_a_fragment_of_a_long_run_is_wrong_and_a_repeat_of_a_run_is_wrong() -> None:
    result = scores([quote(TEXT, "the first lorries", True, "Olena Marchuk")])
    assert (result["direct_precision"], result["direct_recall"]) == (0.0, 0.0)
    whole = quote(TEXT, SPLIT[0], True, "Olena Marchuk")
    result = scores([whole, whole])
    assert (result["direct_precision"], result["direct_recall"]) == (0.5, 0.5)


def test_quoting_unquoted_words_is_wrong_and_a_short_run_counts_neither_way() -> None:
    result = scores([quote(TEXT, "Marchuk visited the bridge on Monday", True)])
    assert result["counts"]["predicted_direct_scored"] == 1
    assert result["direct_precision"] == 0.0
    result = scores([quote(TEXT, "temporary setback", True)])
    assert result["counts"]["predicted_direct_scored"] == 0


def test_reported_content_needs_half_of_each_ones_words() -> None:
    content = "the repairs had cost far less than the ministry first feared"
    for words, right in (
        (content, True),
        ("The minister said the repairs had cost far less", True),
        ("the repairs had cost", False),  # a short fragment does not find a long content
    ):
        result = scores([quote(TEXT, words, False, "Olena Marchuk")])
        assert result["reported_recall"] == (1.0 if right else 0.0), words
        assert result["reported_precision"] == (1.0 if right else 0.0), words


def test_a_reported_prediction_of_a_mixed_content_is_wrong() -> None:
    # The README makes only short direct runs optional, so this counts against precision.
    result = scores([quote(TEXT, "the delay a “temporary setback” caused by rain", False)])
    assert result["counts"]["predicted_reported_scored"] == 1
    assert result["reported_precision"] == 0.0


def test_source_heads_are_names_and_descriptions_are_not() -> None:
    text = "The Democrats met. Later, Democrats said more."
    assert source_name("Deputy Minister Olena Marchuk", text) == "Olena Marchuk"
    assert source_name("Marchuk, 52, a former engineer,", text) == "Marchuk"
    assert source_name("Sen. Tom Rudd (D-Ore.)", text) == "Tom Rudd"
    assert source_name("Mayor Ana de Sousa", text) == "Ana de Sousa"
    assert source_name("A lawyer for the family, Ivan Petrenko,", text) == "Ivan Petrenko"
    assert source_name("Mr. Koval and Ms. Rudd", text) == "Koval and Rudd"
    assert source_name("The Daily Herald", text) == "Daily Herald"
    assert source_name("PENCE", text) == "Pence"
    assert source_name("Democrats", text) == "Democrats"  # capitalised inside a sentence
    assert source_name("Citizens for Fair Roads", text) == "Citizens for Fair Roads"
    for description in ("she", "the minister", "Marchuk’s spokesman", "Readers",
                        "a spokeswoman for the mayor", "The Republican", "His show on Monday",
                        "A survey released on Friday by the institute"):
        assert source_name(description, text) is None, description


def test_a_capital_opening_a_sentence_says_nothing_about_a_name() -> None:
    text = "The vote was close. Rival Ana Koval conceded. Later, Ana Koval spoke."
    at = text.index("Rival")
    assert source_name("Rival Ana Koval", text, at) == "Ana Koval"
    assert source_name("Ana Koval", text, text.index("Ana")) == "Ana Koval"


def test_pronouns_and_descriptions_resolve_to_the_nearest_earlier_named_source() -> None:
    assert resolve_speakers(RECORD) == ["Marchuk", "Marchuk", "Marchuk"]
    text = "“Not yet,” she said. Deputy Minister Olena Marchuk said the bridge would open."
    record = {"text": text, "attributions": [
        attribution(text, "Not yet,", "she"),
        attribution(text, "the bridge would open", "Deputy Minister Olena Marchuk"),
    ]}
    assert resolve_speakers(record) == [None, "Olena Marchuk"]  # nobody named before


def test_a_speaker_is_right_on_the_last_name_and_the_first_name_when_both_give_one() -> None:
    assert same_person("Olena Marchuk", "Marchuk")
    assert same_person("Joseph R. Biden Jr.", "Biden")
    assert same_person("O. Marchuk", "Olena Marchuk")
    assert not same_person("Petro Marchuk", "Olena Marchuk")  # namesakes
    assert not same_person(None, "Marchuk")
    assert not same_person("Olena Marchuk", "Petro Koval")
