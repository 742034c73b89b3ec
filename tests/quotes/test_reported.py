"""Reported speech: clauses, stances and intentions read from the parse."""

from __future__ import annotations

from newsift.article import Article
from newsift.model import Document, Quote, RawInput
from newsift.quotes.reported_asides import set_off_name
from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def reported(resources: Resources, text: str) -> list[tuple[str, str | None]]:
    raw = RawInput(source="test", kind="text", content=text, digest="test")
    document = Document(
        id="test", source="test", title=None, published="2024-03-09",
        published_basis="header", language="en", text=text,
    )
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    quotes: list[Quote] = find_quotes(article, resources)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return [(q.text, q.speaker) for q in quotes if not q.direct]


def test_an_intention_is_reported(resources: Resources) -> None:
    text = "Mayor Andriy Koval wants to rebuild the bridge before winter."
    assert reported(resources, text) == [("to rebuild the bridge before winter", "Andriy Koval")]


def test_a_refusal_is_reported(resources: Resources) -> None:
    text = "The defence ministry refused to comment on the losses near Bakhmut."
    assert reported(resources, text) == [
        ("to comment on the losses near Bakhmut", "defence ministry")
    ]


def test_what_someone_backs_or_attacks_is_reported(resources: Resources) -> None:
    text = "Senator Mark Dalton endorsed the new aid package for Ukraine on Tuesday."
    assert reported(resources, text) == [
        ("the new aid package for Ukraine", "Mark Dalton")
    ]


def test_what_someone_calls_for_is_reported(resources: Resources) -> None:
    text = "Opposition leaders called for an independent inquiry into the shelling."
    assert reported(resources, text) == [
        ("an independent inquiry into the shelling", "Opposition leaders")
    ]


def test_what_something_is_called_is_reported(resources: Resources) -> None:
    text = "Foreign Minister Dmytro Bondar called the referendum a sham staged at gunpoint."
    assert reported(resources, text) == [
        ("the referendum a sham staged at gunpoint", "Dmytro Bondar")
    ]


def test_a_clause_that_runs_into_quoted_words_is_left_to_the_direct_quote(
    resources: Resources,
) -> None:
    text = (
        "General Ivan Moroz said the town had held for a third week and that “the "
        "defenders are tired but unbroken.”"
    )
    assert reported(resources, text) == []
    text = "Senator Mark Dalton described the new levy as “a tax on bread” in his speech."
    assert reported(resources, text) == []


def test_a_quote_after_a_second_verb_leaves_the_first_content_whole(
    resources: Resources,
) -> None:
    text = (
        "General Ivan Moroz said the town had held for a third week, and added: “The "
        "defenders are tired but unbroken.”"
    )
    assert reported(resources, text) == [("the town had held for a third week", "Ivan Moroz")]


def test_a_clause_opening_with_quoted_words_is_left_to_the_direct_quote(
    resources: Resources,
) -> None:
    text = "Moroz said “the town will hold” as long as supplies arrive."
    assert reported(resources, text) == []


def test_scare_quoted_objects_and_plain_objects_of_other_verbs_are_not_speech(
    resources: Resources,
) -> None:
    text = "Engineers repaired the bridge over the river and reopened the road on Friday."
    assert reported(resources, text) == []


def test_a_stance_held_about_a_topic_is_reported(resources: Resources) -> None:
    text = "Governor Petro Ivanenko was worried about the shortage of generators in Kharkiv."
    assert reported(resources, text) == [
        ("the shortage of generators in Kharkiv", "Petro Ivanenko")
    ]


def test_a_passive_stance_names_its_agent(resources: Resources) -> None:
    text = "The new ceasefire plan was endorsed by President Maria Sandu on Monday."
    assert reported(resources, text) == [("The new ceasefire plan", "Maria Sandu")]


def test_an_adjective_of_resolve_takes_its_infinitive(resources: Resources) -> None:
    text = "Governor Petro Ivanenko is determined to restore power to every village."
    assert reported(resources, text) == [
        ("to restore power to every village", "Petro Ivanenko")
    ]


def test_a_clause_the_parse_split_after_its_subject(resources: Resources) -> None:
    text = "The ministry has said single mothers and pensioners would qualify for the grants."
    found = reported(resources, text)
    assert [t for t, _ in found] == ["single mothers and pensioners would qualify for the grants"]


def test_purposes_and_conditions_are_not_stances(resources: Resources) -> None:
    text = (
        "The alliance raised shell production to support Kyiv's defence. "
        "Should Moscow decide to launch a new offensive, the city will be ready."
    )
    found = [t for t, _ in reported(resources, text)]
    assert "Kyiv's defence" not in found  # what "to support" governs: a purpose
    assert not any("launch" in t for t in found)  # a condition: nobody decided


def test_a_promise_to_act_is_left_to_commitments(resources: Resources) -> None:
    text = "Germany promised to deliver two more air defence systems this spring."
    assert reported(resources, text) == []


def test_a_bare_attribution_with_no_content_is_no_quote(resources: Resources) -> None:
    assert reported(resources, "Petro Koval told reporters on Monday.") == []
    assert reported(resources, "Asked about the convoy, Olena Marchuk said so too.") == []


def test_warned_denied_insisted_report_their_whole_clause(resources: Resources) -> None:
    text = (
        "Anna Kovalenko denied that the brigade had retreated from the river. "
        "Olena Marchuk insisted the bridge would reopen before the end of May."
    )
    assert reported(resources, text) == [
        ("the brigade had retreated from the river", "Anna Kovalenko"),
        ("the bridge would reopen before the end of May", "Olena Marchuk"),
    ]


def test_an_appeal_to_someone_to_act_is_not_reported_speech(resources: Resources) -> None:
    # Like the seed gold: "called on Europe to increase …" is an appeal, not a statement.
    text = "Senator Mark Dalton on Tuesday called on Olena Marchuk to resign over the audit."
    assert reported(resources, text) == []


def test_according_to_reports_its_own_paragraph_only(resources: Resources) -> None:
    text = (
        '"The number of families sleeping in the metro has doubled since March," she '
        'wrote, "and most of them have nowhere else to go."\n\n'
        "About 40,000 people sleep in shelters across the city, according to the housing "
        "ministry."
    )
    assert reported(resources, text) == [
        ("About 40,000 people sleep in shelters across the city", "housing ministry")
    ]


def test_a_name_set_off_by_commas_before_the_verb_is_who_speaks(resources: Resources) -> None:
    # The small model sometimes hangs such a name on the clause before it; the commas
    # around it still say it is the attribution.
    doc = resources.nlp(
        "To judge the real Petro Koval, Senator Mark Dalton said, voters should read his letters."
    )
    said = next(t for t in doc if t.text == "said")
    start = set_off_name(said)
    assert start is not None and doc[start : said.i].text == "Senator Mark Dalton"
    plain = resources.nlp("Koval said it rained.")
    assert set_off_name(plain[1]) is None


def test_that_opens_a_reported_clause_whose_subject_the_parse_missed(
    resources: Resources,
) -> None:
    text = (
        "Mayor Petro Koval said that just because the shelling stopped does not mean "
        "people should return."
    )
    assert reported(resources, text) == [
        ("just because the shelling stopped does not mean people should return", "Petro Koval")
    ]


def test_an_attribution_inside_a_relative_clause_reports_only_that_clause(
    resources: Resources,
) -> None:
    text = (
        "Ferries leave from the old pier, which, the harbour master said, will close for "
        "repairs in May."
    )
    assert reported(resources, text) == [
        ("which, the harbour master said, will close for repairs in May", "harbour master")
    ]


def test_what_a_source_does_not_answer_is_reported(resources: Resources) -> None:
    text = "The regional council did not respond to repeated requests for comment on the closures."
    assert reported(resources, text) == [
        ("to repeated requests for comment on the closures", "regional council")
    ]


def test_a_question_the_verb_reports_is_its_content(resources: Resources) -> None:
    text = "Officials in Odesa have not said when they would reopen the grain terminal."
    assert reported(resources, text) == [
        ("when they would reopen the grain terminal", "Officials")
    ]


def test_whom_a_source_answers_is_not_what_it_said(resources: Resources) -> None:
    text = "Mayor Olena Marchuk responded to a group of angry farmers at the town hall."
    assert reported(resources, text) == []


def test_a_stance_of_no_one_in_particular_is_not_reported(resources: Resources) -> None:
    text = "The rules are simple for anyone wanting to rent a flat in central Lviv this winter."
    assert reported(resources, text) == []


def test_being_ready_to_act_is_no_stance(resources: Resources) -> None:
    text = "Residents of Izium were ready to return to their homes before the spring floods."
    assert reported(resources, text) == []


def test_a_second_predicate_with_a_modal_goes_on_with_what_was_said(
    resources: Resources,
) -> None:
    text = (
        "Most economists said her budget was more careful than his and, just as important, "
        "would not swell the national debt by billions."
    )
    assert [content for content, _ in reported(resources, text)] == [
        "her budget was more careful than his and, just as important, would not swell the "
        "national debt by billions"
    ]


def test_when_a_thing_was_said_is_not_what_was_said(resources: Resources) -> None:
    text = "That was exactly what Petro Koval said when he quit the ministry in 2019."
    assert reported(resources, text) == []


def test_a_heading_before_a_colon_is_no_speaker(resources: Resources) -> None:
    text = (
        "The Roundup: Ferry strike enters its second week in the northern ports.\n"
        "Koval: Talks Will Resume Next Week"
    )
    assert reported(resources, text) == [("Talks Will Resume Next Week", "Koval")]


def test_how_long_someone_spoke_is_not_what_they_said(resources: Resources) -> None:
    text = "The two envoys talked for nearly an hour in a hallway of the palace."
    assert reported(resources, text) == []


def test_a_paraphrase_before_its_verb_and_the_quote_after_are_one_attribution(
    resources: Resources,
) -> None:
    text = 'The port will reopen next week, the mayor said: "We are ready for the ships."'
    assert reported(resources, text) == []


def test_a_gerund_after_a_verb_of_saying_is_what_was_said(resources: Resources) -> None:
    text = "Senator Hale has mentioned raising the fuel tax and forcing carriers to pay more."
    assert reported(resources, text) == [
        ("raising the fuel tax and forcing carriers to pay more", "Hale")
    ]


def test_going_on_doing_something_is_not_saying_it(resources: Resources) -> None:
    text = "Hale continued working on the bridge plan with the engineers all night."
    assert reported(resources, text) == []


def test_an_appeal_to_someone_to_act_is_reported(resources: Resources) -> None:
    text = "Two local pastors implored the mayor to reopen the shelter."
    assert [t for t, _ in reported(resources, text)] == ["to reopen the shelter"]
    text = "Relatives of the miners begged the prosecutors to reopen the case."
    assert [t for t, _ in reported(resources, text)] == ["to reopen the case"]


def test_a_bare_short_topic_is_too_little_to_report(resources: Resources) -> None:
    # A three-word noun phrase names a topic; with a predicate it says something.
    assert reported(resources, "Senator Paul Okafor criticized the farm subsidies.") == []
    text = "The defence ministry refused to comment further."
    assert [t for t, _ in reported(resources, text)] == ["to comment further"]
