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
ALEPPO = dict(resolved="Aleppo", admin1="Aleppo Governorate", country="Syria",
              latitude=36.20, longitude=37.16)  # fmt: skip
SAFIRA = dict(resolved="As Safirah", admin1="Aleppo Governorate", country="Syria",
              latitude=36.07, longitude=37.37)  # fmt: skip


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


# A town a few kilometres from the city, nearer its Zarichnyi district than the city is
VERKHNIA = dict(resolved="Verkhnia Syrovatka", admin1="Sumy Oblast", country="Ukraine",
                latitude=50.90, longitude=34.95)  # fmt: skip


def test_a_district_of_the_city_named_is_no_district_of_a_town_nearby(
    resources: Resources,
) -> None:
    text = (
        "On 14 May 2023, Russian forces shelled Zarichnyi district of Sumy, killing one man. "
        "A drone hit a car in Verkhnia Syrovatka, wounding its driver."
    )
    events = events_of(
        resources, text,
        {"Zarichnyi district": ZARICHNYI, "Sumy": SUMY, "Verkhnia Syrovatka": VERKHNIA},
        {"14 May 2023": "2023-05-14"},
    )  # fmt: skip
    assert [e.sub_event_type for e in events] == [
        "Shelling/artillery/missile attack", "Air/drone strike"]


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


def headed(
    resources: Resources,
    title: str,
    body: str,
    places: dict[str, dict[str, object]],
    dates: dict[str, str] | None = None,
) -> list[Event]:
    """The events of an article whose text opens with its headline."""
    text = f"{title}\n\n{body}"
    marked = [
        DateMention(phrase, text.find(phrase), text.find(phrase) + len(phrase), value)
        for phrase, value in (dates or {}).items()
    ]
    article = parsed_article(resources, text, "2023-05-20", marked)
    assert article.document is not None
    article.document.title = title
    return find_events(mark_places(article, places), resources)


def test_the_lede_tells_the_incident_its_headline_announced(resources: Resources) -> None:
    events = headed(
        resources,
        "Air strikes hit provincial capital",
        "Warplanes bombed a residential street in Homs on Monday, killing four people, "
        "residents said.",
        {"Homs": HOMS},
        {"on Monday": "2023-05-15"},
    )
    assert [(e.fatalities, e.date) for e in events] == [(4, "2023-05-15")]
    # The lede may place it more closely: a suburb of the city the headline names.
    title = "Looters strip aid depot near Aleppo"
    lede = "Armed men looted a food depot in Safira, outside Aleppo, on Sunday, the agency said."
    places = {"Aleppo": ALEPPO, "Safira": SAFIRA}
    (event,) = headed(resources, title, lede, places, {"on Sunday": "2023-05-14"})
    assert event.date == "2023-05-14"
    assert event.location is not None and event.location.name == "As Safirah"


def test_a_lede_with_another_toll_than_its_headline_stays_apart(resources: Resources) -> None:
    events = headed(
        resources,
        "Shelling kills three in Sumy",
        "A drone killed two soldiers near Trostianets on Monday, the army said.",
        {"Sumy": SUMY, "Trostianets": TROSTIANETS},
        {"on Monday": "2023-05-15"},
    )
    assert sorted(e.fatalities or 0 for e in events) == [2, 3]


def test_looting_in_a_deadly_raid_is_the_same_incident(resources: Resources) -> None:
    events = headed(
        resources,
        "Militia raid on village leaves dozens dead",
        "Militiamen raided a village in Trostianets on Monday, killing 30 people and "
        "looting the market, residents said.",
        {"Trostianets": TROSTIANETS},
        {"on Monday": "2023-05-15"},
    )
    assert [e.fatalities for e in events] == [30]


def test_the_wounded_at_the_same_place_join_the_dead(resources: Resources) -> None:
    text = (
        "Gunmen killed 12 villagers in Trostianets on 14 May 2023, police said. "
        "A clinic in Trostianets received 15 wounded people, some with gunshot wounds, "
        "a nurse said."
    )
    events = events_of(resources, text, {"Trostianets": TROSTIANETS}, {"14 May 2023": "2023-05-14"})
    assert [(e.fatalities, e.injured) for e in events] == [(12, 15)]


def test_a_target_told_again_points_back_at_its_incident(resources: Resources) -> None:
    text = (
        "Militants ambushed an army convoy, killing nine soldiers, officials said. "
        "The convoy was attacked on 14 May 2023 near Homs as it carried fuel to a base."
    )
    events = events_of(resources, text, {"Homs": HOMS}, {"14 May 2023": "2023-05-14"})
    assert [(e.fatalities, e.date) for e in events] == [(9, "2023-05-14")]


def test_a_lede_sentence_restating_the_toll_tells_the_same_incident(
    resources: Resources,
) -> None:
    text = (
        "Police opened fire on marchers in Sumy on 14 May 2023, killing two people. "
        "A rights group said two men were shot dead outside the town hall."
    )
    events = events_of(resources, text, {"Sumy": SUMY}, {"14 May 2023": "2023-05-14"})
    assert [e.fatalities for e in events] == [2]


def test_a_day_inside_the_week_first_told_is_the_same_incident(resources: Resources) -> None:
    text = (
        "Insurgents killed 11 villagers in an attack on a village near Homs last week. "
        "The insurgents raided the village of Kafr Laha near Homs on Friday, burning homes."
    )
    week, friday = text.index("last week"), text.index("on Friday")
    dates = [
        DateMention("last week", week, week + 9, "2023-05-08", "week"),
        DateMention("on Friday", friday, friday + 9, "2023-05-12", "day"),
    ]
    article = parsed_article(resources, text, "2023-05-15", dates)
    events = find_events(mark_places(article, {"Homs": HOMS}), resources)
    assert [(e.fatalities, e.date) for e in events] == [(11, "2023-05-12")]



def test_the_day_a_toll_rose_is_not_the_day_of_the_attack(resources: Resources) -> None:
    text = (
        "The death toll from an attack on a market in Homs rose to 14 on 16 May 2023, "
        "officials said. Gunmen had stormed the market on 14 May 2023, the police said."
    )
    dates = {"16 May 2023": "2023-05-16", "14 May 2023": "2023-05-14"}
    events = events_of(resources, text, {"Homs": HOMS}, dates)
    assert [(e.sub_event_type, e.date, e.fatalities) for e in events] == [
        ("Attack", "2023-05-14", 14)
    ]


def test_a_lede_scene_opens_the_incident_told_after_it(resources: Resources) -> None:
    text = (
        "When the gunmen opened fire, the traders ran for cover behind their stalls. "
        "At least 30 people were killed in Homs on 14 May 2023, officials said."
    )
    events = events_of(resources, text, {"Homs": HOMS}, {"14 May 2023": "2023-05-14"})
    assert [(e.fatalities, e.date, len(e.evidence)) for e in events] == [(30, "2023-05-14", 2)]


def test_what_was_said_before_the_incidents_day_tells_another(resources: Resources) -> None:
    text = (
        "Rebel shelling hit the market in Homs on 15 May 2023, killing nine people. "
        "On 14 May 2023, the army said its jets had struck rebel positions near Homs."
    )
    dates = {"15 May 2023": "2023-05-15", "14 May 2023": "2023-05-14"}
    events = events_of(resources, text, {"Homs": HOMS}, dates)
    main = next(e for e in events if e.fatalities == 9)
    assert main.sub_event_type == "Shelling/artillery/missile attack"
    assert len(main.evidence) == 1


def test_a_lede_counting_more_dead_than_its_headline_tells_its_incident(
    resources: Resources,
) -> None:
    # The headline counts one group of the dead; the lede counts them all.
    events = headed(
        resources,
        "Gunmen kill nine police officers in border ambush",
        "Nine police officers and four civilians were killed when gunmen ambushed a "
        "patrol near Trostianets on Monday, the interior ministry said.",
        {"Trostianets": TROSTIANETS},
        {"on Monday": "2023-05-15"},
    )
    assert [(e.fatalities, e.date) for e in events] == [(13, "2023-05-15")]


def test_a_headline_calling_an_attack_on_villagers_clashes_does_not_type_it(
    resources: Resources,
) -> None:
    events = headed(
        resources,
        "Clashes near Trostianets leave eight dead",
        "Armed men attacked a farming village near Trostianets on Monday, killing eight "
        "civilians, a local official said.",
        {"Trostianets": TROSTIANETS},
        {"on Monday": "2023-05-15"},
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 8)]


def test_a_weapon_of_an_attack_recalled_days_earlier_is_not_the_incidents(
    resources: Resources,
) -> None:
    events = headed(
        resources,
        "Missile hits Sumy apartment block",
        "A missile struck an apartment block in Sumy on Monday, killing four people. The "
        "attack came two days after a drone strike on the city's outskirts wounded a boy.",
        {"Sumy": SUMY},
        {"on Monday": "2023-05-15"},
    )
    assert [(e.sub_event_type, e.weapon) for e in events] == [
        ("Shelling/artillery/missile attack", "missile")
    ]


def test_a_risen_toll_told_after_a_recalled_attack_updates_the_main_one(
    resources: Resources,
) -> None:
    text = (
        "On 14 May 2023, a car bomb exploded at a market in Homs, killing six people. "
        "In March, a blast at another market in the city killed 40 people. "
        "Officials later said the toll had risen to 11."
    )
    events = events_of(resources, text, {"Homs": HOMS},
                       {"14 May 2023": "2023-05-14", "In March": "2023-03"})
    main = next(e for e in events if e.date == "2023-05-14")
    assert main.fatalities == 11


def test_a_later_update_of_the_toll_replaces_the_first_count(resources: Resources) -> None:
    text = (
        "On 14 May 2023, gunmen attacked a village near Aleppo, killing at least four "
        "farmers. In a later update, local officials confirmed that nine bodies had been "
        "recovered."
    )
    events = events_of(resources, text, {"Aleppo": ALEPPO}, {"14 May 2023": "2023-05-14"})
    assert [e.fatalities for e in events] == [9]


def test_a_lede_counting_fewer_than_its_headline_tells_the_same_incident(
    resources: Resources,
) -> None:
    # The headline was written after the toll rose; the lede gives the first count.
    events = headed(
        resources,
        "Car bomb kills 9 outside market in Homs",
        "A car bomb exploded outside a crowded market in Homs on 14 May 2023, killing "
        "at least five people, police said. The toll later rose.",
        {"Homs": HOMS},
        {"14 May 2023": "2023-05-14"},
    )
    assert len(events) == 1
    assert events[0].fatalities == 9 and events[0].date == "2023-05-14"
