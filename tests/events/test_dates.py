"""Dates of a statement are only a fallback for the date of the incident it reports."""

from __future__ import annotations

from builders import events_of
from builders import marked_article as build

from newsift.events.stage import find_events
from newsift.resources import Resources

HAMA = dict(resolved="Hama", admin1="Hama Governorate", country="Syria",
            latitude=35.13, longitude=36.75, geonameid=170017)  # fmt: skip

STORY = (
    "The attack in the province of Hama claimed the lives of at least 19 children while "
    "more than 300 people were injured, the UN children's agency said in a statement on "
    "Thursday. "
    "On Tuesday some 60 people were killed and 150 injured in a gas attack in Hama province, "
    "opposition activists said."
)
DATES = {"Thursday": "2017-04-06", "Tuesday": "2017-04-04"}


def test_a_statement_date_does_not_split_the_incident(resources: Resources) -> None:
    events = events_of(resources, STORY, places={"Hama": HAMA}, dates=DATES,
                       published="2017-04-07")  # fmt: skip
    tolls = [e for e in events if e.fatalities]
    assert len(tolls) == 1
    assert tolls[0].fatalities == 60
    assert tolls[0].date == "2017-04-04"  # the attack's own date wins over the statement's


def test_a_statement_date_is_the_fallback(resources: Resources) -> None:
    text = (
        "An air strike on a market in Hama killed 12 civilians, the monitor said in a "
        "statement on Thursday."
    )
    events = events_of(resources, text, places={"Hama": HAMA}, dates=DATES,
                       published="2017-04-07")  # fmt: skip
    assert [e.date for e in events] == ["2017-04-06"]


def test_a_date_on_the_attack_is_no_statement_date(resources: Resources) -> None:
    text = "An air strike killed 12 civilians in Hama on Thursday, the monitor said."
    events = events_of(resources, text, places={"Hama": HAMA}, dates=DATES,
                       published="2017-04-07")  # fmt: skip
    assert [e.date for e in events] == ["2017-04-06"]


def test_the_earliest_statement_date_is_the_fallback(resources: Resources) -> None:
    text = (
        "The attack in Hama claimed the lives of at least 19 children, the UN children's "
        "agency said in a statement on Thursday. "
        "On Tuesday opposition activists said that some 60 people were killed in the attack."
    )
    events = events_of(resources, text, places={"Hama": HAMA}, dates=DATES,
                       published="2017-04-07")  # fmt: skip
    assert [(e.fatalities, e.date) for e in events] == [(60, "2017-04-04")]


KHERSON = dict(resolved="Kherson", admin1="Kherson Oblast", country="Ukraine",
               latitude=46.64, longitude=32.61, geonameid=706448)  # fmt: skip


def test_an_undated_incident_takes_the_publication_date(resources: Resources) -> None:
    text = "A drone struck a minibus in Kherson, killing two passengers."
    (event,) = events_of(resources, text, places={"Kherson": KHERSON}, published="2024-03-16")
    assert (event.date, event.date_precision, event.date_basis) == (
        "2024-03-16", "day", "publication",
    )  # fmt: skip


def test_a_weekday_is_relative_and_a_calendar_date_is_stated(resources: Resources) -> None:
    text = (
        "Russian shelling killed two people in Kherson on Tuesday. "
        "On 2 March 2024 a missile hit the port of Kherson, killing five dockers."
    )
    events = events_of(resources, text, places={"Kherson": KHERSON},
                       dates={"Tuesday": "2024-03-12", "2 March 2024": "2024-03-02"},
                       published="2024-03-13")  # fmt: skip
    assert sorted((e.date, e.date_basis) for e in events) == [
        ("2024-03-02", "stated"), ("2024-03-12", "relative"),
    ]  # fmt: skip


def test_without_a_publication_date_the_lede_dates_the_incident(resources: Resources) -> None:
    text = (
        "On 3 May 2023, a convoy of aid trucks reached Kherson after a long delay. "
        "Gunmen shot and wounded one of the drivers."
    )
    article = build(resources, text, places={"Kherson": KHERSON},
                    dates={"3 May 2023": "2023-05-03"})  # fmt: skip
    assert article.document is not None
    article.document.published = None
    (event,) = find_events(article, resources)
    assert (event.date, event.date_basis) == ("2023-05-03", "lede")


def test_a_recalled_incident_or_an_inferred_publication_gives_no_date(
    resources: Resources,
) -> None:
    text = "Two firefighters were killed during a recent drone attack on Kherson."
    assert [e.date for e in events_of(resources, text, places={"Kherson": KHERSON})] == [None]
    article = build(resources, "A drone struck a minibus in Kherson, killing two passengers.",
                    places={"Kherson": KHERSON})  # fmt: skip
    assert article.document is not None
    article.document.published_basis = "inferred"
    assert [e.date_basis for e in find_events(article, resources)] == [None]


def test_an_incident_told_n_days_before_the_sentences_date(resources: Resources) -> None:
    # The weekday dates the main clause (the mourning, the search); the attack told in
    # "three days after ..." lies that many days earlier.
    cases = [
        ("Mourners gathered in Hama on Sunday, three days after a girl was killed by an "
         "air strike.", {"Sunday": "2017-04-09"}, "2017-04-06"),
        ("Rescuers searched the rubble in Hama on Friday, a week after an air strike "
         "that killed 20 people.", {"Friday": "2017-04-07"}, "2017-03-31"),
        # The parse may hang "three days" on "after" itself; the dead buried are the
        # strike's victims, and the clause's weapon is the incident's.
        ("Families in Hama buried their dead on Friday, three days after air strikes on "
         "the market killed 31 people, activists said.", {"Friday": "2017-04-07"},
         "2017-04-04"),
        # A date inside the clause dates the attack itself.
        ("Rescuers searched the rubble in Hama, two days after an air strike on Tuesday "
         "killed 20 people.", {"Tuesday": "2017-04-04"}, "2017-04-04"),
    ]  # fmt: skip
    for text, dates, expected in cases:
        events = events_of(resources, text, places={"Hama": HAMA}, dates=dates,
                           published="2017-04-10")  # fmt: skip
        assert [e.date for e in events] == [expected], text


def test_an_incident_told_n_days_earlier_in_its_own_phrase(resources: Resources) -> None:
    text = (
        "Crowds gathered in Hama on Monday to mourn the victims of an air strike that "
        "destroyed a school in the town two days earlier."
    )
    events = events_of(resources, text, places={"Hama": HAMA}, dates={"Monday": "2017-04-10"},
                       published="2017-04-10")  # fmt: skip
    assert [e.date for e in events] == ["2017-04-08"]


def test_a_day_owned_by_the_incident_is_no_statement_date(resources: Resources) -> None:
    # "Yesterday's massacre": the toll is counted today, the massacre was yesterday.
    text = ("The toll from yesterday's massacre in Hama has risen to 19, activists said. "
            "The market was struck by warplanes on Tuesday.")
    events = events_of(resources, text, places={"Hama": HAMA},
                       dates={"yesterday": "2017-04-04", "on Tuesday": "2017-04-04"},
                       published="2017-04-05")  # fmt: skip
    assert [(e.date, e.sub_event_type, e.fatalities) for e in events] == [
        ("2017-04-04", "Air/drone strike", 19)
    ]


def test_a_date_in_the_incidents_own_phrase_beats_a_closer_one(resources: Resources) -> None:
    text = ("Crowds gathered in Hama on Saturday to bury four students killed when a missile "
            "hit their school on Wednesday night.")
    days = {"on Saturday": "2017-04-08", "on Wednesday night": "2017-04-05"}
    (event,) = events_of(resources, text, places={"Hama": HAMA}, dates=days,
                         published="2017-04-09")  # fmt: skip
    assert event.date == "2017-04-05"


def test_an_interval_in_a_sentence_told_in_the_present_counts_from_the_paper(
        resources: Resources) -> None:
    text = ("Five days after a drone strike killed nine people in Hama, families have left"
            " the town, aid workers say.")
    events = events_of(resources, text, places={"Hama": HAMA}, published="2017-04-10")
    assert [e.date for e in events] == ["2017-04-05"]


def test_the_span_a_record_is_counted_over_is_no_incidents_date(resources: Resources) -> None:
    text = ("A shell hit the market in Hama, killing 12 people, the deadliest strike in the"
            " province this month, activists said.")
    events = events_of(resources, text, places={"Hama": HAMA}, dates={"this month": "2017-04"},
                       published="2017-04-10")
    assert [(e.date, e.date_basis) for e in events] == [("2017-04-10", "publication")]


def test_the_trigger_of_an_interval_clause_dates_by_the_interval(resources: Resources) -> None:
    # The burial opens the sentence; the raid it follows lies three days before.
    text = ("Villagers near Hama buried more than 40 of their dead in a mass grave, three"
            " days after gunmen stormed the village, survivors said on Saturday.")
    events = events_of(resources, text, places={"Hama": HAMA},
                       dates={"Saturday": "2017-04-08"}, published="2017-04-08")
    assert [e.date for e in events] == ["2017-04-05"]
    # A deed told first keeps its own day; the interval dates the one it recalls.
    text = ("Jets bombed a clinic in Hama on Sunday, killing six, a day after a school in the"
            " town was hit.")
    events = events_of(resources, text, places={"Hama": HAMA},
                       dates={"Sunday": "2017-04-09"}, published="2017-04-09")
    assert [e.date for e in events] == ["2017-04-09"]


def test_a_statement_in_the_present_is_made_now_so_its_day_is_the_incidents(
    resources: Resources,
) -> None:
    from newsift.dates.timex import ResolvedDate
    from newsift.events.dates import speech_date

    for text, said in (
        ("The league condemns on Thursday the killing of three marchers by police in Hama.",
         False),
        ("The league condemned on Thursday the killing of three marchers by police in Hama.",
         True),
    ):
        article = build(resources, text, dates={"on Thursday": "2017-04-06"},
                        published="2017-04-07")  # fmt: skip
        assert article.doc is not None
        sentence = next(iter(article.doc.sents))
        assert speech_date(sentence, article, ResolvedDate("2017-04-06", "day")) is said, text
