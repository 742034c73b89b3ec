"""The article-level incident model: what may report an incident of its own (own text)."""

from __future__ import annotations

from builders import events_of
from builders import marked_article as build

from newsift.events.stage import find_events
from newsift.model import Quote
from newsift.resources import Resources

KHARKIV = dict(resolved="Kharkiv", admin1="Kharkiv Oblast", country="Ukraine",
               latitude=49.99, longitude=36.23, geonameid=706483)  # fmt: skip
IZIUM = dict(resolved="Izium", admin1="Kharkiv Oblast", country="Ukraine",
             latitude=49.21, longitude=37.26, geonameid=707292)  # fmt: skip
ZAPORIZHZHIA = dict(resolved="Zaporizhzhia", admin1="Zaporizhzhia Oblast", country="Ukraine",
                    latitude=47.82, longitude=35.19, geonameid=687700)  # fmt: skip


def test_a_quoted_complaint_adds_no_incident(resources: Resources) -> None:
    text = (
        "Russian missiles struck a market in Kharkiv on Tuesday, killing four people. "
        "Rescuers worked through the night to clear the rubble. "
        "A shopkeeper stood by her ruined stall. "
        "\u201cThey shell Izium and us every night,\u201d she said."
    )
    article = build(resources, text, places={"Kharkiv": KHARKIV, "Izium": IZIUM},
                    dates={"Tuesday": "2024-03-12"})  # fmt: skip
    start = text.index("\u201c")
    article.quotes = [Quote("a shopkeeper", text[start : text.index("\u201d") + 1], True, None,
                            start, text.index("\u201d") + 1)]  # fmt: skip
    events = find_events(article, resources)
    assert [(e.location.name if e.location else None, e.fatalities) for e in events] == [
        ("Kharkiv", 4)
    ]


def test_an_accusation_adds_no_incident(resources: Resources) -> None:
    text = (
        "A drone hit an apartment block in Kharkiv on Monday, wounding nine residents. "
        "Officials counted the damage in the afternoon. "
        "The city council met in the evening. "
        "Moscow accused Kyiv of a rocket attack on a rail depot in Zaporizhzhia."
    )
    events = events_of(resources, text,
                       places={"Kharkiv": KHARKIV, "Zaporizhzhia": ZAPORIZHZHIA},
                       dates={"Monday": "2024-03-11"})  # fmt: skip
    assert [e.location.name if e.location else None for e in events] == ["Kharkiv"]


def test_a_later_sentence_that_places_nothing_is_no_second_incident(
    resources: Resources,
) -> None:
    text = (
        "A glide bomb struck a school in Kharkiv on Sunday, killing three teachers. "
        "Parents gathered outside the gates on Monday. "
        "Classes moved online for the week. "
        "Air strikes have hit power stations too, the energy ministry said."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV},
                       dates={"Sunday": "2024-03-10", "Monday": "2024-03-11"})  # fmt: skip
    assert len(events) == 1
    assert events[0].fatalities == 3


def test_another_strike_is_another_incident(resources: Resources) -> None:
    text = (
        "A missile hit a depot in Kharkiv on Friday, killing two guards. "
        "Firefighters fought the blaze for hours. "
        "Officials closed the road to the depot. "
        "Another strike wounded five people on Saturday, the governor said."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV},
                       dates={"Friday": "2024-03-15", "Saturday": "2024-03-16"})  # fmt: skip
    assert sorted((e.date, e.fatalities, e.injured) for e in events) == [
        ("2024-03-15", 2, None), ("2024-03-16", None, 5),
    ]  # fmt: skip


def test_a_report_sentence_that_places_nothing_adds_its_toll(resources: Resources) -> None:
    text = (
        "Russian artillery pounded the northern edge of Izium early on Sunday. "
        "Smoke hung over the grain silos until noon. "
        "A farmer watched the fires from his porch. "
        "A rocket then struck a queue at the bread shop, killing 14 people and wounding dozens."
    )
    events = events_of(resources, text, places={"Izium": IZIUM})
    assert [(e.location.name if e.location else None, e.fatalities) for e in events] == [
        ("Izium", 14)
    ]


def test_an_aside_on_a_campaign_does_not_make_the_strike_a_habit(
    resources: Resources,
) -> None:
    text = (
        "A missile struck a fuel depot in Kharkiv on Friday, one of a run of raids on the "
        "region that increasingly hit depots."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV},
                       dates={"Friday": "2024-03-15"})  # fmt: skip
    assert [e.date for e in events] == ["2024-03-15"]


def test_a_place_inside_a_persons_name_is_no_setting(resources: Resources) -> None:
    text = (
        "A drone killed two people in Izium on Monday. "
        "President Volodymyr Zelenskiy said another drone attack wounded five people on Tuesday."
    )
    volodymyr = dict(resolved="Volodymyr", admin1="Volyn Oblast", country="Ukraine",
                     latitude=50.85, longitude=24.32, geonameid=690000)  # fmt: skip
    events = events_of(resources, text, places={"Volodymyr": volodymyr, "Izium": IZIUM},
                       dates={"Monday": "2024-03-11", "Tuesday": "2024-03-12"})  # fmt: skip
    assert len(events) == 2
    assert all(e.location and e.location.admin1 == "Kharkiv Oblast" for e in events)


def test_a_similar_attack_is_another_one(resources: Resources) -> None:
    from newsift.events.reporting import another

    doc = resources.nlp("In June, a similar attack on the same church left 40 dead.")
    assert another(next(t for t in doc if t.lower_ == "attack"))
    doc = resources.nlp("The attack on the church left 40 dead.")
    assert not another(next(t for t in doc if t.lower_ == "attack"))
