"""Stage `quotes`: direct and reported speech, speakers, dates and exact offsets."""

from __future__ import annotations

from builders import parsed_article

from newsift.entities.stage import find_entities
from newsift.model import DateMention, Quote
from newsift.quotes.marks import find_marked
from newsift.quotes.stage import find_quotes
from newsift.resources import Resources


def quotes_of(
    resources: Resources, text: str, dates: list[DateMention] | None = None
) -> list[Quote]:
    article = parsed_article(resources, text, "2024-03-09", dates)
    article.entities = find_entities(article, resources)
    quotes = find_quotes(article, resources)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def mention(text: str, expression: str, value: str) -> DateMention:
    start = text.index(expression)
    return DateMention(expression, start, start + len(expression), value)


def test_whole_sentence_quote_and_pronoun(resources: Resources) -> None:
    text = (
        "Kharkiv regional governor Petro Ivanenko spoke to reporters on Friday.\n\n"
        "“The city is under constant attack. We need more air defence,” Ivanenko said.\n\n"
        "“Every night the sirens sound,” he added."
    )
    quotes = quotes_of(resources, text, [mention(text, "on Friday", "2024-03-08")])
    assert [(q.speaker, q.direct) for q in quotes] == [
        ("Petro Ivanenko", True),
        ("Petro Ivanenko", True),
    ]
    assert quotes[0].text == "The city is under constant attack. We need more air defence,"
    assert quotes[1].text == "Every night the sirens sound,"


def test_quote_split_around_its_attribution(resources: Resources) -> None:
    text = (
        "Defence Minister Olena Shevchuk visited the front on Thursday.\n\n"
        "“We will rebuild every bridge,” Shevchuk told reporters, “and we will do it faster.”"
    )
    quotes = quotes_of(resources, text)
    assert [q.text for q in quotes] == [
        "We will rebuild every bridge,",
        "and we will do it faster.",
    ]
    assert {q.speaker for q in quotes} == {"Olena Shevchuk"}


def test_multi_paragraph_quote(resources: Resources) -> None:
    text = (
        "Mayor Andriy Koval described the night in detail.\n\n"
        "“The first drone hit a school. Nobody was inside.\n\n"
        "“The second one struck a power station,” Koval said."
    )
    marked = find_marked(text)
    assert [text[m.start : m.end] for m in marked] == [
        "The first drone hit a school. Nobody was inside.",
        "The second one struck a power station,",
    ]
    quotes = quotes_of(resources, text)
    assert [q.text for q in quotes if q.direct] == [text[m.start : m.end] for m in marked]
    assert {q.speaker for q in quotes if q.direct} == {"Andriy Koval"}


def test_partial_quote_inside_a_sentence(resources: Resources) -> None:
    text = "General Ivan Moroz said the town would become a “fortress” for the defenders."
    quotes = [q for q in quotes_of(resources, text) if q.direct]
    assert [(q.text, q.speaker) for q in quotes] == [("fortress", "Ivan Moroz")]


def test_scare_quotes_are_not_quotes(resources: Resources) -> None:
    text = "The army used a “carpet” tactic near the river, hitting the same block twice."
    assert quotes_of(resources, text) == []


def test_straight_quotes(resources: Resources) -> None:
    text = 'Anna Lysenko, a nurse, arrived at dawn. "We had no power for ten hours," Lysenko said.'
    quotes = quotes_of(resources, text)
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("We had no power for ten hours,", "Anna Lysenko", True)
    ]


def test_reported_speech_with_full_name_and_title(resources: Resources) -> None:
    text = (
        "Odesa mayor Hennadiy Trukhanov said that the strike damaged two schools.\n\n"
        "Rescuers pulled four people from the rubble, the mayor said later."
    )
    quotes = quotes_of(resources, text)
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("the strike damaged two schools", "Hennadiy Trukhanov", False),
        ("Rescuers pulled four people from the rubble", "Hennadiy Trukhanov", False),
    ]


def test_reported_speech_by_a_government(resources: Resources) -> None:
    text = "On Friday, Kyiv said a Russian strike on the port killed three people."
    quotes = quotes_of(resources, text)
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("a Russian strike on the port killed three people", "Kyiv", False)
    ]


def test_quote_date_from_its_attribution_and_run(resources: Resources) -> None:
    text = (
        "Foreign Minister Dmytro Bondar spoke in Warsaw.\n\n"
        "“Our partners must act now,” Bondar told reporters on Friday.\n\n"
        "“Delay costs lives,” Bondar added ahead of a summit on 15 March."
    )
    dates = [
        mention(text, "on Friday", "2024-03-08"),
        mention(text, "on 15 March", "2024-03-15"),
    ]
    quotes = quotes_of(resources, text, dates)
    # The summit date lies after publication: it cannot be when he spoke.
    assert [q.date for q in quotes] == ["2024-03-08", "2024-03-08"]


def test_according_to(resources: Resources) -> None:
    text = "Two bridges were destroyed overnight, according to the regional governor Oleh Hrebin."
    quotes = quotes_of(resources, text)
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("Two bridges were destroyed overnight", "Oleh Hrebin", False)
    ]


def test_attribution_inside_a_reported_sentence(resources: Resources) -> None:
    text = "The new shelter, Mayor Iryna Melnyk said, will hold three hundred people."
    quotes = quotes_of(resources, text)
    assert [(q.speaker, q.direct) for q in quotes] == [("Iryna Melnyk", False)]
    assert quotes[0].text.startswith("The new shelter") and quotes[0].text.endswith("people")


def test_name_after_a_dash_and_wire_style_marks(resources: Resources) -> None:
    text = (
        "“We slept in the metro for a week.” ― Oksana Bilyk\n\n"
        "''We will stay,'' said Taras Hnatiuk, a volunteer."
    )
    quotes = quotes_of(resources, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We slept in the metro for a week.", "Oksana Bilyk"),
        ("We will stay,", "Taras Hnatiuk"),
    ]


def test_curly_marks_inside_straight_ones_stay_inside_the_quote() -> None:
    text = '"KOVAL: They call it a “goodwill gesture.” We call it a retreat.\n\nThe talks ended.'
    assert [text[m.start : m.end] for m in find_marked(text)] == [
        "KOVAL: They call it a “goodwill gesture.” We call it a retreat."
    ]


def test_a_quoted_transcript_turn_is_spoken_by_its_label(resources: Resources) -> None:
    text = (
        "The minister was interviewed on Sunday.\n\n"
        '"HOST: Will the bridge reopen before winter?\n\n'
        '"KOVAL: We expect it to reopen in November, if the weather holds."'
    )
    quotes = quotes_of(resources, text)
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("Will the bridge reopen before winter?", "Host", True),
        ("We expect it to reopen in November, if the weather holds.", "Koval", True),
    ]


def test_speaker_role_is_the_title_the_speaker_is_introduced_with(
    resources: Resources,
) -> None:
    text = (
        "Odesa regional governor Mykola Hrytsenko said two ports were hit overnight.\n\n"
        "“The fires are out,” Hrytsenko said. “We are counting the damage,” he added.\n\n"
        "Marta Kovalenko, Ukraine's energy minister, said power was restored in Odesa.\n\n"
        "The Kremlin said the ports were military targets."
    )
    quotes = quotes_of(resources, text)
    # "he added" gets the role too: it belongs to the person, wherever introduced.
    assert [(q.speaker, q.speaker_role) for q in quotes] == [
        ("Mykola Hrytsenko", "Odesa regional governor"),
        ("Mykola Hrytsenko", "Odesa regional governor"),
        ("Mykola Hrytsenko", "Odesa regional governor"),
        ("Marta Kovalenko", "Ukraine's energy minister"),
        ("Kremlin", None),
    ]


def direct(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes if q.direct]


def test_a_quote_opening_a_sentence_is_spoken_though_the_sentence_goes_on(
    resources: Resources,
) -> None:
    text = (
        "“It is a tax rise for the rich,” said Petro Koval, a lawyer in Lviv. "
        "“I would not call it reform. It is simply a tax rise” for the top bracket."
    )
    assert direct(quotes_of(resources, text)) == [
        ("It is a tax rise for the rich,", "Petro Koval"),
        ("I would not call it reform. It is simply a tax rise", "Petro Koval"),
    ]


def test_a_speech_verb_set_off_in_the_sentence_attributes_a_quoted_clause(
    resources: Resources,
) -> None:
    text = (
        "Mayor Olena Marchuk toured the fields. "
        "Farmers, she said, can “plant again once the mines are gone.”"
    )
    assert direct(quotes_of(resources, text)) == [
        ("plant again once the mines are gone.", "Olena Marchuk")
    ]


def test_according_to_attributes_a_quoted_phrase(resources: Resources) -> None:
    text = (
        "According to the prosecutors, the company ran a “massive scheme to defraud "
        "the regional budget” for six years."
    )
    assert direct(quotes_of(resources, text)) == [
        ("massive scheme to defraud the regional budget", "prosecutors")
    ]


def test_titles_and_stage_directions_in_marks_are_not_quotes(resources: Resources) -> None:
    text = (
        "In an interview on Channel Five's “Morning With Olena,” Petro Koval said the "
        "port would reopen.\n\n"
        "\"HOST: Will it reopen this month?\n\n"
        "\"(CROSSTALK)\n\n"
        "\"KOVAL: Yes, by the end of the month."
    )
    assert direct(quotes_of(resources, text)) == [
        ("Will it reopen this month?", "Host"),
        ("Yes, by the end of the month.", "Petro Koval"),  # the label names him
    ]


def test_an_opening_mark_where_a_closing_one_belongs_closes_the_quote() -> None:
    text = "He said: “Prices rose by half.“ Then he left."
    assert [text[m.start : m.end] for m in find_marked(text)] == ["Prices rose by half."]


def test_who_put_it_and_who_is_shown_saying_it(resources: Resources) -> None:
    text = (
        "As Olena Marchuk, a tax lawyer, recently put it, “Who pays for the repairs?”\n\n"
        "The video shows a clip of Petro Koval saying, “We will not retreat from the river.”"
    )
    assert direct(quotes_of(resources, text)) == [
        ("Who pays for the repairs?", "Olena Marchuk"),
        ("We will not retreat from the river.", "Petro Koval"),
    ]


def test_a_speech_still_to_come_is_not_where_the_words_were_said(resources: Resources) -> None:
    text = (
        "Petro Koval said on Monday that Olena Marchuk would explain the delay "
        "“in a few weeks.” She has not done so."
    )
    assert direct(quotes_of(resources, text)) == [("in a few weeks.", "Petro Koval")]


def test_turns_of_a_transcript_keep_their_own_speakers(resources: Resources) -> None:
    text = (
        "\"HOST: Why did the talks fail? Was it the ceasefire line?\n\n"
        "\"KOVAL: Partly. The other side wanted more time.\n\n"
        "\"But we could not wait any longer for an answer from them."
    )
    assert [q.speaker for q in quotes_of(resources, text) if q.direct] == [
        "Host", "Koval", "Koval"
    ]


def test_a_closing_mark_where_an_opening_one_belongs_opens_the_quote() -> None:
    text = "Voters wrote in.\n\n”The bridge matters more than the parade.” ― Olena Marchuk"
    assert [text[m.start : m.end] for m in find_marked(text)] == [
        "The bridge matters more than the parade."
    ]


def test_a_verb_of_showing_is_not_where_quoted_words_were_said(resources: Resources) -> None:
    text = (
        "Petro Koval tweeted on Friday that rival Olena Marchuk had shown poor judgment "
        "in hiring a lobbyist “as a model of honesty in public life.”"
    )
    assert direct(quotes_of(resources, text)) == [
        ("as a model of honesty in public life.", "Petro Koval")
    ]


def test_a_speech_verb_whose_subject_the_parse_lost_takes_the_name_before_it(
    resources: Resources,
) -> None:
    text = (
        "KYIV -- President Olena Marchuk, opening the new museum on Saturday, said it would "
        "tell a story, one of ''loss and grief, and then of a slow and stubborn recovery.''"
    )
    assert [q.speaker for q in quotes_of(resources, text) if q.direct] == ["Olena Marchuk"]


def test_a_time_clause_after_a_quote_is_not_its_attribution(resources: Resources) -> None:
    text = (
        "The advert ends with footage of Koval saying at the forum, “That proves I am "
        "careful,” when Ruiz blasted him for skipping the vote."
    )
    direct = [q for q in quotes_of(resources, text) if q.direct]
    assert [(q.text, q.speaker) for q in direct] == [("That proves I am careful,", "Koval")]


def test_a_dash_name_signs_every_quote_of_its_paragraph(resources: Resources) -> None:
    text = (
        "Readers wrote in about the flood.\n"
        "“We lost everything in one night,” Marta Olenko said.\n"
        "“The water came fast. Nobody warned us.” And then the power went. "
        "“We waited three days for help.” ― Ivan Dorosh"
    )
    speakers = {q.text: q.speaker for q in quotes_of(resources, text) if q.direct}
    assert speakers["The water came fast. Nobody warned us."] == "Ivan Dorosh"
    assert speakers["We waited three days for help."] == "Ivan Dorosh"
