"""Merging an article's incident sentences into incidents (own news-style text)."""

from __future__ import annotations

from builders import mark_places, parsed_article

from newsift.events.merge import _only_part
from newsift.events.stage import find_events
from newsift.model import DateMention, Event
from newsift.resources import Resources

SUMY = dict(resolved="Sumy", admin1="Sumy Oblast", country="Ukraine",
            latitude=50.91, longitude=34.80)  # fmt: skip
ZARICHNYI = dict(resolved="Zarichnyi district", admin1="Sumy Oblast", country="Ukraine",
                 latitude=50.93, longitude=34.78)  # fmt: skip
TROSTIANETS = dict(resolved="Trostianets", admin1="Sumy Oblast", country="Ukraine",
                   latitude=50.48, longitude=34.96)  # fmt: skip
HOMS = dict(resolved="Homs", admin1="Homs Governorate", country="Syria",
            latitude=34.73, longitude=36.71)  # fmt: skip
ODESA = dict(resolved="Odesa", admin1="Odesa Oblast", country="Ukraine",
             latitude=46.48, longitude=30.72)  # fmt: skip


def events_of(
    resources: Resources,
    text: str,
    places: dict[str, dict[str, object]],
    dates: dict[str, str] | None = None,
) -> list[Event]:
    marked = [
        DateMention(phrase, text.find(phrase), text.find(phrase) + len(phrase), value)
        for phrase, value in (dates or {}).items()
    ]
    article = parsed_article(resources, text, "2023-05-20", marked)
    return find_events(mark_places(article, places), resources)


def test_a_city_district_tells_the_same_incident_as_its_city(resources: Resources) -> None:
    text = (
        "On 14 May 2023, Russian forces shelled Sumy. As a result of the shelling, "
        "two civilians were killed in Zarichnyi district."
    )
    events = events_of(
        resources, text, {"Sumy": SUMY, "Zarichnyi district": ZARICHNYI},
        {"14 May 2023": "2023-05-14"},
    )  # fmt: skip
    assert len(events) == 1
    assert events[0].fatalities == 2
    assert events[0].location is not None and events[0].location.name == "Sumy"


def test_a_town_of_the_same_region_far_away_stays_apart(resources: Resources) -> None:
    text = (
        "On 14 May 2023, Russian forces shelled Sumy, killing one man. "
        "Two civilians were killed in a drone strike on Trostianets district."
    )
    events = events_of(
        resources, text, {"Sumy": SUMY, "Trostianets": TROSTIANETS},
        {"14 May 2023": "2023-05-14"},
    )  # fmt: skip
    assert len(events) == 2


def test_the_wounded_after_the_dead_join_the_incident(resources: Resources) -> None:
    text = (
        "On 14 May 2023, Russian forces shelled Sumy, hitting a bus stop. "
        "One civilian was killed in the shelling. Three civilians were wounded."
    )
    events = events_of(resources, text, {"Sumy": SUMY}, {"14 May 2023": "2023-05-14"})
    assert len(events) == 1
    assert (events[0].fatalities, events[0].injured) == (1, 3)


def test_a_toll_of_children_gives_way_to_the_total_told_later(resources: Resources) -> None:
    text = (
        "At least 12 children were killed when warplanes bombed a school in Homs. "
        "Rescuers said 40 people were killed in the raid on Homs, most of them pupils."
    )
    events = events_of(resources, text, {"Homs": HOMS})
    assert [e.fatalities for e in events if e.fatalities] == [40]


def test_a_slightly_higher_second_count_is_not_taken_for_the_total(
    resources: Resources,
) -> None:
    text = (
        "Four children were killed when a missile hit a farm near Homs on Friday. "
        "Five people were killed in a missile strike in Homs, the governor said."
    )
    events = events_of(resources, text, {"Homs": HOMS})
    assert next(e.fatalities for e in events if e.fatalities) == 4


def test_only_part_reads_a_count_of_one_group_of_victims() -> None:
    assert _only_part(12, "at least 12 children were killed")
    assert _only_part(7, "seven young girls died in the blast")
    assert not _only_part(30, "30 people including 10 children were killed")
    assert not _only_part(30, "30 civilians were killed")


def test_retaking_ground_is_not_more_of_a_strike(resources: Resources) -> None:
    text = (
        "On 14 May 2023, Russian artillery shelled Sumy, wounding four residents. "
        "Ukrainian troops recaptured a village near Sumy, the army said."
    )
    events = events_of(resources, text, {"Sumy": SUMY}, {"14 May 2023": "2023-05-14"})
    assert sorted(e.sub_event_type for e in events) == [
        "Government regains territory", "Shelling/artillery/missile attack",
    ]  # fmt: skip


def test_force_used_on_a_protest_is_part_of_it(resources: Resources) -> None:
    text = (
        "On Friday, hundreds of demonstrators marched through the centre of Odesa against "
        "the curfew. Police fired tear gas and live rounds to disperse them, wounding four."
    )
    (event,) = events_of(resources, text, {"Odesa": ODESA}, {"On Friday": "2024-03-15"})
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.injured == 4


def test_tear_gas_on_a_sit_in_makes_a_protest_with_intervention(resources: Resources) -> None:
    text = (
        "On Monday, students staged a sit-in outside the university in Odesa. "
        "Riot police fired tear gas to break up the crowd."
    )
    (event,) = events_of(resources, text, {"Odesa": ODESA}, {"On Monday": "2024-03-11"})
    assert event.sub_event_type == "Protest with intervention"


def test_a_lede_sentence_that_places_nothing_tells_more_of_the_incident(
    resources: Resources,
) -> None:
    text = (
        "Russian forces shelled Sumy overnight, the regional governor said. "
        "One man was killed and four were wounded by artillery fire, officials said."
    )
    events = events_of(resources, text, {"Sumy": SUMY})
    assert [(e.fatalities, e.injured) for e in events] == [(1, 4)]


def test_a_lede_sentence_with_another_day_stays_apart(resources: Resources) -> None:
    text = (
        "Russian forces shelled Sumy on 12 May 2023, the regional governor said. "
        "Two men were killed by mortar fire on 14 May 2023, officials said."
    )
    events = events_of(
        resources, text, {"Sumy": SUMY}, {"12 May 2023": "2023-05-12", "14 May 2023": "2023-05-14"}
    )
    assert sorted(e.date or "" for e in events) == ["2023-05-12", "2023-05-14"]


def test_a_second_toll_in_a_placeless_lede_sentence_stays_apart(resources: Resources) -> None:
    text = (
        "Russian forces shelled Sumy overnight, killing three people, the governor said. "
        "Two soldiers were killed by mortar fire, officials said."
    )
    events = events_of(resources, text, {"Sumy": SUMY})
    assert sorted(e.fatalities or 0 for e in events) == [2, 3]
