"""Publication dates from a dateline, or inferred from the dates an article reports."""

from __future__ import annotations

from datetime import date

import pytest

from newsift.documents.calendar_dates import find_dates
from newsift.documents.published import (
    PublicationDate,
    infer_date,
    publication_date,
    resolve_year,
    stated_date,
)


def test_weekday_fixes_the_year_from_the_years_the_text_mentions() -> None:
    text = (
        "The general spoke on Wednesday, April 10. Since the invasion on Feb. 24, 2022, "
        "more than 20,000 buildings have been destroyed."
    )
    assert publication_date(text) == PublicationDate("2024-04-10", "inferred")


def test_article_is_no_older_than_its_latest_anchored_date() -> None:
    text = "Talks opened on Monday, 4 March 2024 and ended on Thursday, March 7."
    assert infer_date(text) == date(2024, 3, 7)


def test_no_year_anywhere_means_no_inference() -> None:
    assert publication_date("The general spoke on Wednesday, April 10.") is None


def test_dates_without_a_weekday_do_not_date_the_article() -> None:
    assert publication_date("The war began on 24 February 2022.") is None


def test_weekday_that_contradicts_a_full_date_is_ignored() -> None:
    assert infer_date("It happened on Monday, April 10, 2024.") is None


def test_resolve_year_takes_the_first_matching_year_from_the_floor() -> None:
    assert resolve_year(10, 4, 2, 2022) == date(2024, 4, 10)
    assert resolve_year(29, 2, 3, 2020) == date(2024, 2, 29)
    assert resolve_year(31, 4, 0, 2020) is None


def test_dateline_is_stated_date_and_published_beats_updated() -> None:
    text = "Updated: 12 April 2024 14:05\nPublished April 10, 2024\nKyiv said on Monday..."
    assert publication_date(text) == PublicationDate("2024-04-10", "text")
    assert stated_date("Last updated at Thursday, 11 April 2024 10:32 GMT") == date(2024, 4, 11)
    assert stated_date("Posted on 2023-11-05 by staff") == date(2023, 11, 5)
    assert stated_date("The plan was published in a report.") is None
    assert stated_date("By Olena Kovalenko | Published: 3 May 2024") == date(2024, 5, 3)
    assert stated_date("The list was updated on 10 April 2024 by the ministry.") is None


def test_find_dates_forms() -> None:
    found = [(m.day, m.month, m.year, m.weekday) for m in find_dates(
        "April 10; 10 April; Apr. 10th, 2024; Friday (12 April); 2024-04-13; 25/04/2024; 04/05/2024"
    )]  # fmt: skip
    assert found == [
        (10, 4, None, None),
        (10, 4, None, None),
        (10, 4, 2024, None),
        (12, 4, None, 4),
        (13, 4, 2024, None),
        (25, 4, 2024, None),
        (4, 5, 2024, None),  # "25/04/2024" in the same text puts the day first
    ]


def test_full_date_opening_the_text_is_its_stated_date() -> None:
    assert publication_date("Sun 05 Jul 2015 Raids killed 22.") == PublicationDate(
        "2015-07-05", "text"
    )
    assert stated_date("KYIV, March 4, 2024 — Parliament voted.") == date(2024, 3, 4)
    # A weekday that does not fit the date, or a date inside a sentence, states nothing.
    assert stated_date("Mon 05 Jul 2015 Raids killed 22.") is None
    assert stated_date("The 12 February 2015 report was late.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Datum: 03.05.2024\nDie Armee meldete neue Angriffe.",
        "Fecha: 3 de mayo de 2024\nEl ejército informó de nuevos ataques.",
        "Дата: 03.05.2024\nАрмия сообщила о новых атаках.",
        "تاريخ النشر: 2024-05-03\nAttacks were reported overnight.",
        "Publié le 3 mai 2024 à 08h15\nL'armée a signalé de nouvelles attaques.",
        "Date: May 3,2024\nThe army reported new attacks.",
        "By Olena Koval | Kyiv | First published: Fri 3 May 2024 08.15 BST\nThe army reported.",
    ],
)
def test_labelled_datelines_in_several_languages(text: str) -> None:
    assert stated_date(text) == date(2024, 5, 3)


@pytest.mark.parametrize(
    "head",
    [
        "By Olena Koval, Reuters\n08:15 03 May 2024",
        "Saturday 4 May 2024",  # the weekday fits, so it stands
        "KHARKIV | 3 May 2024 | 4 min read",
        "Olena Koval and Petro Marchenko - May 3, 2024 at 8:15 a.m. EDT",
    ],
)
def test_a_dateline_line_near_the_top(head: str) -> None:
    text = f"Drones strike Kharkiv power plant\n\n{head}\n\nRussian drones hit a power plant."
    assert stated_date(text) in (date(2024, 5, 3), date(2024, 5, 4))


def test_dates_in_sentences_teasers_and_footers_are_not_the_publication_date() -> None:
    body = "\n\n".join(f"Paragraph {n} of the report on the shelling." for n in range(14))
    text = (
        "Shelling hits Kherson market\n\n"
        "Russian forces shelled the central market on 2 May 2024, the governor said.\n\n"
        f"{body}\n\nRead more: Drones strike Odesa port - 1 May 2024\n\n"
        "Copyright 2019 Example News. All rights reserved."
    )
    assert stated_date(text) is None


def test_a_stamp_glued_into_a_flattened_first_line() -> None:
    text = "Rockets hit market in Idlib 6 October 2016 Idlib Agency - Rockets fired at a market."
    assert stated_date(text) == date(2016, 10, 6)
    # A sentence's own date, governed by a verb and followed by more sentence, is not one.
    assert stated_date("The offensive began 24 February 2022 and has not stopped.") is None
    assert stated_date("Troops entered the town on 24 February 2022 Officials said.") is None


def test_published_beats_a_dateline_line_which_beats_updated() -> None:
    text = "Updated 5 May 2024\n\nMonday 6 May 2024\n\nPublished 3 May 2024\n\nTroops advanced."
    assert stated_date(text) == date(2024, 5, 3)
    assert stated_date("Updated 6 May 2024\n\nSunday 5 May 2024\n\nTroops.") == date(2024, 5, 5)


def test_a_label_opening_a_sentence_is_no_dateline() -> None:
    assert stated_date("Data released on 3 May 2024 show a rise in strikes.") is None
    assert stated_date("Published figures for 3 May 2024 were revised.") is None
    assert stated_date("Posted by Jane Doe on 3 May 2024\n\nTroops advanced.") == date(2024, 5, 3)


def test_a_scrape_opening_with_its_address_is_dated_by_its_path() -> None:
    text = (
        "https://news.example.org/africa/2023/11/02/market-fire-kills-six/\n\n"
        "Market fire kills six\n\nA fire swept through a market on Thursday, killing six."
    )
    found = publication_date(text)
    assert found is not None and found.value == "2023-11-02" and found.basis == "text"
    # An address inside the article is a link to another page, not the page's own.
    linked = "Market fire kills six\n\nRead more at https://example.org/2020/01/05/older/ now."
    assert publication_date(linked) is None
