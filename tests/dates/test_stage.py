"""Stage `dates`: spans slice the body exactly and values follow the publication date."""

from __future__ import annotations

from newsift.article import Article
from newsift.dates.stage import find_dates
from newsift.model import DateMention, Document, RawInput
from newsift.resources import Resources

BODY = (
    "A drone attack killed four people in the city on Saturday, officials said. "
    "On Friday, a missile hit a depot, and Saturday's strikes followed shelling "
    "overnight. Ministers will meet in Brussels on 15 February, ahead of the "
    "anniversary of the invasion that began on Feb. 24, 2022. In March, the army "
    "said it may withdraw. Losses were higher last year than in 2022."
)


def _dates(resources: Resources, text: str, published: str | None) -> list[DateMention]:
    raw = RawInput(source="t", kind="text", content=text, digest="t")
    document = Document("t", "t", None, published, None, "en", text)
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    return find_dates(article, resources)


def test_expressions_and_values(resources: Resources) -> None:
    found = {m.text: m.value for m in _dates(resources, BODY, "2024-02-10")}
    assert found["on Saturday"] == "2024-02-10"
    assert found["On Friday"] == "2024-02-09"
    assert found["Saturday"] == "2024-02-10"  # the possessive "'s" stays out of the span
    assert found["overnight"] == "2024-02-09"  # the night before the Saturday report
    assert found["on 15 February"] == "2024-02-15"
    assert found["on Feb. 24, 2022"] == "2022-02-24"
    assert found["In March"] == "2024-03"
    assert found["last year"] == "2023"
    assert found["in 2022"] == "2022"
    assert not any("may" in text for text in found)  # the verb, not the month


def test_offsets_slice_the_body(resources: Resources) -> None:
    for mention in _dates(resources, BODY, "2024-02-10"):
        assert BODY[mention.start : mention.end] == mention.text


def test_without_publication_date_relative_values_are_null(resources: Resources) -> None:
    found = {m.text: m.value for m in _dates(resources, BODY, None)}
    assert found["on Saturday"] is None
    assert found["on Feb. 24, 2022"] == "2022-02-24"


def test_future_tense_points_ahead(resources: Resources) -> None:
    text = (
        "Defence ministers will meet in Brussels on Thursday. "
        "A missile struck the port on Thursday, officials said."
    )
    values = [m.value for m in _dates(resources, text, "2024-02-10")]
    assert values == ["2024-02-15", "2024-02-08"]


def test_tense_and_deadline_cues_decide_direction(resources: Resources) -> None:
    text = (
        "The shelling of the port started in November. "
        "The new curfew is effective March 1. "
        "Talks were postponed until Tuesday. "
        "Until Thursday, the army had not named the unit. "
        "The envoys meet in Geneva Monday."
    )
    values = {m.text: m.value for m in _dates(resources, text, "2024-02-10")}
    assert values["in November"] == "2023-11"
    assert values["March 1"] == "2024-03-01"
    assert values["Tuesday"] == "2024-02-13"
    assert values["Thursday"] == "2024-02-08"  # "had not": told in the past
    assert values["Monday"] == "2024-02-12"


def test_last_month_day_keeps_the_day(resources: Resources) -> None:
    (mention,) = _dates(resources, "He was shot dead last Oct. 23 at his home.", "2024-02-10")
    assert (mention.text, mention.value) == ("Oct. 23", "2023-10-23")


def test_holidays_in_running_text(resources: Resources) -> None:
    text = (
        "Shelling resumed on Orthodox Christmas, the army said. "
        "Volunteers handed out Christmas trees in the square."
    )
    found = {m.text: m.value for m in _dates(resources, text, "2024-01-09")}
    assert found["on Orthodox Christmas"] == "2024-01-07"
    assert not any("trees" in t or t == "Christmas" for t in found)  # an object, not a day


def test_would_in_reported_speech_points_ahead(resources: Resources) -> None:
    text = "The ministry said the convoy would reach the city on Thursday."
    found = {m.text: m.value for m in _dates(resources, text, "2024-02-10")}
    assert found["on Thursday"] == "2024-02-15"


def test_relative_day_words_in_a_same_day_report(resources: Resources) -> None:
    text = (
        "Russian drones struck Odesa overnight into Saturday, and a missile hit Kharkiv late "
        "on Friday. In the early hours of Saturday sirens sounded again in Kyiv. Rescuers "
        "said this morning that two people died, the mayor said earlier today. A depot "
        "burned last night and a bridge was damaged yesterday. On the night of 6 to 7 "
        "February, shelling hit Kherson."
    )
    found = _dates(resources, text, "2024-02-10")  # a Saturday
    values = {m.text: m.value for m in found}
    assert values == {
        "overnight into Saturday": "2024-02-09",
        "late on Friday": "2024-02-09",
        "In the early hours of Saturday": "2024-02-10",
        "this morning": "2024-02-10",
        "earlier today": "2024-02-10",
        "last night": "2024-02-09",
        "yesterday": "2024-02-09",
        "On the night of 6 to 7 February": "2024-02-06",
    }
    assert all(text[m.start : m.end] == m.text and m.precision == "day" for m in found)


def test_set_as_a_past_deed_is_no_arrangement(resources: Resources) -> None:
    # "is set for" arranges a day ahead; "set fire to" on a day tells what happened.
    text = (
        "The vote is set for Thursday, the commission said. "
        "Rioters set fire to a bus depot on Thursday, police said."
    )
    values = [m.value for m in _dates(resources, text, "2024-02-10")]
    assert values == ["2024-02-15", "2024-02-08"]
