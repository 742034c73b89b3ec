"""Speakers of found quotes: descriptions that point back to a named source."""

from __future__ import annotations

from builders import parsed_article

from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def speakers(resources: Resources, text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes(parsed_article(resources, text, "2024-03-09"), resources)
    return [(q.text, q.speaker) for q in quotes]


def speakers_of(resources: Resources, text: str, words: str) -> list[str | None]:
    """The speakers of the quotes holding ``words``."""
    return [s for t, s in speakers(resources, text) if words in t]


def test_a_definite_description_is_the_source_last_named(resources: Resources) -> None:
    text = (
        "The Central Election Commission said turnout had reached 60 percent by noon. "
        "“We expect the count to end on Monday,” the commission said in a statement."
    )
    assert speakers(resources, text)[-1] == (
        "We expect the count to end on Monday,", "Central Election Commission"
    )


def test_an_indefinite_description_is_the_source_last_named(resources: Resources) -> None:
    text = (
        "The Central Election Commission said turnout had reached 60 percent by noon. "
        "“Nobody told us the polls would close early,” a voter said outside the school."
    )
    assert speakers(resources, text)[-1] == (
        "Nobody told us the polls would close early,", "Central Election Commission"
    )


def test_a_document_is_the_source_last_named(resources: Resources) -> None:
    text = (
        "Senator Mark Dalton said turnout had reached 60 percent by noon. "
        "“At least forty polling stations opened late,” the report said."
    )
    assert speakers(resources, text)[-1] == (
        "At least forty polling stations opened late,", "Mark Dalton"
    )


def test_a_campaign_named_for_someone_is_not_that_person(resources: Resources) -> None:
    text = (
        "Governor Lena Hartwell, who faces Ed Brandt in November, said the bridge tolls "
        "would be lifted in spring. The Brandt campaign said the governor had broken her "
        "word on the tolls again."
    )
    assert speakers_of(resources, text, "the governor had") == ["Lena Hartwell"]


def test_a_description_naming_its_holder_is_given_by_that_name(
    resources: Resources,
) -> None:
    text = (
        "Mayor Tom Ellery said the tram line would open in June. "
        "The county's election director, Priya Nandakumar, said the ballots had been "
        "printed on time. “We have never missed a deadline,” a spokeswoman said."
    )
    found = speakers(resources, text)
    assert ("the ballots had been printed on time", "Priya Nandakumar") in found
    # Named in the appositive, she is the source the later description points back to.
    assert found[-1] == ("We have never missed a deadline,", "Priya Nandakumar")


def test_a_group_speaks_through_its_first_named_example(resources: Resources) -> None:
    text = (
        "The harbour plan was approved last spring. Opponents of the plan, including "
        "Senator Carla Voss, say the dredging will ruin the oyster beds for a decade."
    )
    assert speakers_of(resources, text, "oyster") == ["Carla Voss"]


def test_an_it_the_coreference_leaves_open_is_the_source_last_named(
    resources: Resources,
) -> None:
    text = (
        "The Kremlin said the strikes hit only military targets. It added that “the "
        "operation will continue until its goals are met.”"
    )
    assert speakers(resources, text)[-1] == (
        "the operation will continue until its goals are met.", "Kremlin"
    )


def test_a_name_owning_something_is_not_who_speaks(resources: Resources) -> None:
    text = (
        "Mrs. Ruiz said the levy was unfair. Mr. Koval sidestepped the point, taking Mrs. "
        "Ruiz's jab as flattery -- ''That proves I am careful'' -- and, when questioned "
        "at the hearing, asserting, ''Of course, I pay my rent on time.''"
    )
    found = dict(speakers(resources, text))
    assert found["That proves I am careful"] == "Koval"
    assert found["Of course, I pay my rent on time."] == "Koval"


def test_a_verb_whose_subject_the_parse_lost_is_the_passage_subjects(
    resources: Resources,
) -> None:
    text = (
        "Governor Tom Hale toured the flooded port on Monday.\n"
        "“We will rebuild every pier on this coast,” was repeated at every stop."
    )
    assert speakers(resources, text) == [("We will rebuild every pier on this coast,", "Tom Hale")]



def test_with_no_source_named_before_a_description_is_the_passage_subject(
    resources: Resources,
) -> None:
    text = (
        "Governor Lena Hartwell opened the new ferry terminal on Friday. Critics "
        "complained that the terminal had cost twice what was promised."
    )
    assert speakers_of(resources, text, "the terminal had") == ["Lena Hartwell"]


def test_who_presses_a_question_is_its_source_not_who_is_pressed(
    resources: Resources,
) -> None:
    text = (
        "Mr. Ellery spoke for an hour on Tuesday. When pressed by Senator Carla Voss "
        "about how he would pay for the ferry contract, he changed the subject."
    )
    assert speakers_of(resources, text, "ferry") == ["Carla Voss"]


def test_a_quote_opening_the_story_is_the_person_named_right_after(
    resources: Resources,
) -> None:
    text = (
        "“We will not back down and we will not close the port.”\n\n"
        "That was the message on Monday from Mayor Ana Koval, who said the harbour "
        "would stay open through the winter."
    )
    assert speakers_of(resources, text, "back down") == ["Ana Koval"]


def test_a_quote_opening_the_story_is_no_one_named_paragraphs_later(
    resources: Resources,
) -> None:
    text = (
        "“Nobody in this city will go hungry this winter.”\n\n"
        "The food bank on the harbour front opened its doors on Monday.\n\n"
        "Mayor Ana Koval cut the ribbon."
    )
    assert speakers_of(resources, text, "hungry") == [None]
