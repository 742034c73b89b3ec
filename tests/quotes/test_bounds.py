"""Where reported content ends: the rest of an object's clause, not what a comma sets off."""

from __future__ import annotations

from builders import parsed_article

from newsift.quotes.bounds import reader_span
from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def reported(resources: Resources, text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes(parsed_article(resources, text, "2024-03-09"), resources)
    return [(q.text, q.speaker) for q in quotes if not q.direct]


def test_an_object_takes_the_rest_of_its_clause(resources: Resources) -> None:
    text = "Mayor Olena Marchuk complained about the water supply during the meeting with donors."
    assert reported(resources, text) == [
        ("the water supply during the meeting with donors", "Olena Marchuk")
    ]


def test_a_date_after_the_object_says_when_not_what(resources: Resources) -> None:
    text = "Senator Mark Dalton criticized the new tariff on steel imports on Monday."
    assert reported(resources, text) == [("the new tariff on steel imports", "Mark Dalton")]


def test_a_relative_clause_set_off_by_a_comma_is_the_writers(resources: Resources) -> None:
    text = (
        "Deputy Minister Olena Marchuk acknowledged the scale of the damage, which made "
        "her an exception in the cabinet."
    )
    assert reported(resources, text) == [("the scale of the damage", "Olena Marchuk")]


def test_a_participle_set_off_by_a_comma_is_not_the_reported_clause(
    resources: Resources,
) -> None:
    text = (
        "Petro Koval said the bridge would not reopen before May, arguing that the "
        "contractors were slow."
    )
    assert ("the bridge would not reopen before May", "Petro Koval") in reported(resources, text)


def test_a_coordinated_object_belongs_to_the_content(resources: Resources) -> None:
    text = (
        "Deputy Minister Olena Marchuk emphasized energy security, and a need to "
        "rebuild the grid before winter."
    )
    assert reported(resources, text) == [
        ("energy security, and a need to rebuild the grid before winter", "Olena Marchuk")
    ]


def test_content_is_at_least_three_words_and_stays_in_its_paragraph(
    resources: Resources,
) -> None:
    assert reported(resources, "Petro Koval denied the reports.") == []
    text = "Petro Koval urges voters to watch polling stations\n\nKYIV (Reuters) - Polls opened."
    assert reported(resources, text) == [("voters to watch polling stations", "Petro Koval")]


def test_a_concessive_aside_closing_the_clause_is_the_writers(resources: Resources) -> None:
    text = (
        "Anna Kovalenko claimed that the dam was safe, although she again refused to "
        "publish the inspection report."
    )
    assert reported(resources, text)[0] == ("the dam was safe", "Anna Kovalenko")


def test_content_never_starts_in_the_sentence_after_its_verb(resources: Resources) -> None:
    text = "The board says it will “review the sound system.” There was no fault on air."
    doc = resources.nlp(text)
    says = next(t for t in doc if t.text == "says")
    start = text.index("There")
    assert reader_span(doc, start, len(text) - 1, says) == (start, start)


def test_a_second_verb_of_saying_ends_the_first_content(resources: Resources) -> None:
    text = (
        "Governor Petro Koval said the dam would be repaired by June and criticized the "
        "contractors for the long delays."
    )
    assert reported(resources, text) == [
        ("the dam would be repaired by June", "Petro Koval"),
        ("the contractors for the long delays", "Petro Koval"),
    ]


def test_content_before_its_verb_starts_after_the_headline_and_dateline(
    resources: Resources,
) -> None:
    text = (
        "Lawmakers Slam Koval As A ‘Reckless Gambler.’\n\n"
        "KYIV ― Petro Koval’s new tax on bread is an insult to all families, opposition "
        "lawmakers said on Friday."
    )
    assert reported(resources, text) == [
        ("Petro Koval’s new tax on bread is an insult to all families", "opposition lawmakers")
    ]


def test_a_clause_on_the_occasion_after_an_attribution_is_not_content(
    resources: Resources,
) -> None:
    text = (
        "The levy on bread would hurt poor families most, opposition lawmakers said on "
        "Friday, as they walked out of the chamber."
    )
    assert reported(resources, text) == [
        ("The levy on bread would hurt poor families most", "opposition lawmakers")
    ]


def test_a_second_verb_of_saying_with_quoted_words_ends_the_first_content(
    resources: Resources,
) -> None:
    text = (
        "Deputy Minister Olena Marchuk said the dam would hold until spring, and when "
        "asked about the cost, the minister replied, “We will find the money somewhere.”"
    )
    assert reported(resources, text) == [("the dam would hold until spring", "Olena Marchuk")]


def test_a_list_after_including_goes_on_with_the_content(resources: Resources) -> None:
    text = "Olena Marchuk said the storm damaged several buildings, including the hospital."
    assert reported(resources, text) == [
        ("the storm damaged several buildings, including the hospital", "Olena Marchuk")
    ]


def test_a_sentence_reported_around_its_attribution_is_reported_whole(
    resources: Resources,
) -> None:
    text = (
        "The real problem, Petro Koval told reporters on Friday, is that the dam was never "
        "inspected, which worries the farmers downstream."
    )
    assert reported(resources, text)[0] == (
        "The real problem, Petro Koval told reporters on Friday, is that the dam was never "
        "inspected, which worries the farmers downstream",
        "Petro Koval",
    )


def test_a_hyphenated_opening_word_is_no_dateline(resources: Resources) -> None:
    text = "U.S.-backed forces retreated from the town on Monday, officials said."
    contents = [content for content, _ in reported(resources, text)]
    assert contents and all(c.startswith("U.S.-backed") for c in contents)


def test_the_medium_words_were_said_in_is_not_what_was_said(resources: Resources) -> None:
    text = "Senator Mark Dalton condemned the new tariff on steel imports in a late-night tweet."
    assert reported(resources, text) == [("the new tariff on steel imports", "Mark Dalton")]


def test_since_when_a_stance_is_held_is_not_the_stance(resources: Resources) -> None:
    text = "Governor Ana Ruiz has backed the coastal pipeline project since her first campaign."
    assert [content for content, _ in reported(resources, text)] == [
        "the coastal pipeline project"
    ]


def test_a_reported_clause_goes_on_through_the_colon_spelling_it_out(
    resources: Resources,
) -> None:
    text = (
        "The inspector noted that the depot had one clear weakness: its fences were too low "
        "to stop anyone."
    )
    assert reported(resources, text) == [(text[len("The inspector noted that ") : -1], "inspector")]


def test_a_question_joined_to_a_topic_is_more_of_the_topic(resources: Resources) -> None:
    text = "Bennett talked about the flood of 1998 and why the levees failed that spring."
    assert reported(resources, text) == [
        ("the flood of 1998 and why the levees failed that spring", "Bennett")
    ]


def test_a_verb_of_saying_joined_on_is_the_next_attribution(resources: Resources) -> None:
    text = (
        "In his speech, Hale urged farmers to join the new cooperative, and criticized the "
        "ministry's lack of support for growers."
    )
    assert reported(resources, text) == [
        ("farmers to join the new cooperative", "Hale"),
        ("the ministry's lack of support for growers", "Hale"),
    ]
