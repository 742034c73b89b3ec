"""Metadata run into a scrape's first line: date stamps, headlines, share chrome, tag lists."""

from __future__ import annotations

from newsift.documents.furniture import drop_tags, split_first_line, unglue_metadata
from newsift.model import Removed


def test_leading_date_stamp_becomes_its_own_paragraph() -> None:
    first = split_first_line("Sun 05 Mar 2023 12 dead in drone strike on Kharkiv. Officials said.")
    assert first.paragraphs == [
        "Sun 05 Mar 2023",
        "12 dead in drone strike on Kharkiv. Officials said.",
    ]
    assert first.removed == []


def test_labelled_and_numeric_stamps_and_share_chrome() -> None:
    first = split_first_line("Date of publication 4 March 2023 At least nine people were killed.")
    assert first.paragraphs == [
        "Date of publication 4 March 2023",
        "At least nine people were killed.",
    ]
    first = split_first_line(
        "04.03.2023(updated 1205 04.03.2023) Get short URL 0 37 Shelling hit Kherson."
    )
    assert first.paragraphs == ["04.03.2023", "Shelling hit Kherson."]
    assert first.removed == ["(updated 1205 04.03.2023)", "Get short URL 0 37"]


def test_a_stamp_does_not_swallow_the_toll_after_it() -> None:
    first = split_first_line("Fri Mar 3 2023 140 Soldiers Killed in Fighting Near Bakhmut.")
    assert first.paragraphs[-1] == "140 Soldiers Killed in Fighting Near Bakhmut."


def test_headline_agency_and_stamp_before_the_lede() -> None:
    line = (
        "Missile strike kills nine in Odesa Monitor AFP Saturday 4 Mar 2023 "
        "A Russian missile hit a block."
    )
    first = split_first_line(line)
    assert first.paragraphs == [
        "Missile strike kills nine in Odesa Monitor",
        "Saturday 4 Mar 2023",
        "A Russian missile hit a block.",
    ]
    assert first.removed == ["AFP"]


def test_a_sentence_with_a_date_inside_is_left_alone() -> None:
    line = "Officials said the strike on 4 March 2023 killed nine people in Odesa."
    assert split_first_line(line).paragraphs == [line]


def test_inline_tag_list_ends_where_the_sentence_starts() -> None:
    line = (
        "Nine were killed. Tags Ukraine Odesa missile strike civilians "
        "Nine civilians were killed on Saturday."
    )
    text, removed = drop_tags(line)
    assert text == "Nine were killed. Nine civilians were killed on Saturday."
    assert removed == ["Tags Ukraine Odesa missile strike civilians"]


def test_unglue_records_what_it_removes() -> None:
    removed: list[Removed] = []
    lines = unglue_metadata(
        ["Published March 4 2023 SEND https://t.co/x1 A drone hit a depot."], removed
    )
    assert lines == ["Published March 4 2023", "", "A drone hit a depot."]
    assert [(r.kind, r.text) for r in removed] == [("other", "SEND https://t.co/x1")]


def test_related_headline_before_a_wire_dateline_is_dropped() -> None:
    line = (
        "The governor said two people died. Photo Credit Army Repels Attack Near Kupiansk "
        "KYIV (Reuters) Shelling hit Kharkiv on Monday."
    )
    text, removed = drop_tags(line)
    assert (
        text == "The governor said two people died. KYIV (Reuters) Shelling hit Kharkiv on Monday."
    )
    assert removed == ["Photo Credit Army Repels Attack Near Kupiansk"]
