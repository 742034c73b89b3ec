"""The `events` stage on hand-built articles (own news-style text, hand-made dates/places)."""

from __future__ import annotations

import pytest
from builders import events_of
from builders import marked_article as build

from newsift.article import Article
from newsift.events.stage import find_events
from newsift.model import Event, RawInput
from newsift.pipeline import Pipeline
from newsift.resources import Resources

KHARKIV = dict(resolved="Kharkiv", admin1="Kharkiv Oblast", country="Ukraine",
               latitude=49.99, longitude=36.23, geonameid=706483)  # fmt: skip
ODESA = dict(resolved="Odesa", admin1="Odesa Oblast", country="Ukraine",
             latitude=46.48, longitude=30.72, geonameid=698740)  # fmt: skip
KHERSON = dict(resolved="Kherson", admin1="Kherson Oblast", country="Ukraine",
               latitude=46.64, longitude=32.61, geonameid=706448)  # fmt: skip
POLTAVA = dict(resolved="Poltava", admin1="Poltava Oblast", country="Ukraine",
               latitude=49.59, longitude=34.55, geonameid=696643)  # fmt: skip


STRIKE_STORY = (
    "A Russian drone attack killed five people in Kharkiv on Thursday, officials said. "
    "The regional governor said two teenagers were among the five killed in the drone attack "
    "on a grain warehouse. "
    "On Wednesday, Moscow launched three guided bombs at the Poltava district, wounding six "
    "residents."
)


def test_one_event_per_incident_with_its_details(resources: Resources) -> None:
    article = build(
        resources,
        STRIKE_STORY,
        places={"Kharkiv": KHARKIV, "Poltava": POLTAVA},
        dates={"on Thursday": "2024-03-14", "On Wednesday": "2024-03-13"},
    )
    events = find_events(article, resources)
    assert len(events) == 2
    kharkiv, poltava = events
    assert (kharkiv.event_type, kharkiv.sub_event_type) == (
        "Explosions/Remote violence", "Air/drone strike",
    )  # fmt: skip
    assert kharkiv.fatalities == 5  # "two teenagers ... among the five" adds nobody
    assert kharkiv.weapon == "drone"
    assert kharkiv.target == "grain warehouse"
    assert kharkiv.actor1 == "Russia"
    assert kharkiv.actor2 == "Civilians (Ukraine)"
    assert (kharkiv.date, kharkiv.date_precision) == ("2024-03-14", "day")
    assert kharkiv.location is not None and kharkiv.location.name == "Kharkiv"
    assert kharkiv.location.geo_precision == 1
    assert len(kharkiv.evidence) == 2
    assert poltava.weapon == "guided bomb"
    assert poltava.sub_event_type == "Air/drone strike"
    assert poltava.injured == 6 and poltava.fatalities is None
    assert poltava.date == "2024-03-13"
    assert poltava.location is not None
    assert (poltava.location.name, poltava.location.geo_precision) == ("Poltava district", 2)


def test_evidence_spans_point_into_the_text_and_ids_are_stable(resources: Resources) -> None:
    first = events_of(resources, STRIKE_STORY, places={"Kharkiv": KHARKIV})
    again = events_of(resources, STRIKE_STORY, places={"Kharkiv": KHARKIV})
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first)
    for event in first:
        assert len(event.id) == 16
        for span in event.evidence:
            assert STRIKE_STORY[span.start : span.end] == span.text


def test_statistics_forecasts_negations_and_talk_are_not_events(resources: Resources) -> None:
    text = (
        "Since the invasion began, more than 9,000 homes have been destroyed in Kharkiv. "
        "The war has killed more than 10,000 civilians. "
        "Officials warned that Russia could attack the city again. "
        "The minister said Ukraine did not strike the bridge. "
        "He does not rule out another assault on Kharkiv. "
        "Kyiv says it will need more air defences to counter Russian missiles."
    )
    assert events_of(resources, text, places={"Kharkiv": KHARKIV}) == []


def test_vague_count_gives_no_figure_and_missile_is_shelling(resources: Resources) -> None:
    text = (
        "In a recent missile strike on Kharkiv, Russia hit a hospital twice, killing a number "
        "of medics."
    )
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.fatalities is None
    assert event.weapon == "missile"
    assert event.target == "hospital"


def test_interception_is_disrupted_weapons_use(resources: Resources) -> None:
    text = "On Tuesday, Ukrainian air defences shot down 23 of 31 drones over the Odesa region."
    (event,) = events_of(
        resources, text, places={"Odesa": ODESA}, dates={"On Tuesday": "2024-03-12"}
    )
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments", "Disrupted weapons use",
    )  # fmt: skip
    assert event.fatalities is None
    assert event.location is not None and event.location.geo_precision == 3


def test_ground_fighting_is_an_armed_clash_with_a_summed_toll(resources: Resources) -> None:
    text = (
        "Ukrainian troops clashed with Russian forces near Kharkiv on Monday. "
        "Four soldiers and two volunteers were killed in the fighting."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV},
                       dates={"on Monday": "2024-03-11"})  # fmt: skip
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("Battles", "Armed clash")
    assert events[0].fatalities == 6
    assert events[0].location is not None and events[0].location.geo_precision == 2


def test_no_parse_no_events(resources: Resources) -> None:
    article = Article(raw=RawInput(source="t", kind="text", content="", digest="x"))
    assert find_events(article, resources) == []


def test_same_place_with_separate_tolls_gives_separate_incidents(resources: Resources) -> None:
    text = (
        "Russian shelling killed three people in Kharkiv, the governor said. "
        "Later, a rocket attack in Kharkiv killed two firefighters."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert [e.fatalities for e in events] == [3, 2]


def test_killed_and_injured_counts_are_kept_apart(resources: Resources) -> None:
    text = "Four civilians killed 12 others injured in rocket attack on Kharkiv."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert (event.fatalities, event.injured) == (4, 12)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_no_casualties_is_zero_not_unknown(resources: Resources) -> None:
    text = "On Monday, Russian forces shelled Kharkiv. There were no casualties."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV},
                         dates={"On Monday": "2024-03-11"})  # fmt: skip
    assert event.fatalities == 0


def test_title_case_headline_verbs_are_read(resources: Resources) -> None:
    text = "Russian Missile Strike Kills 9 In Kharkiv."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert event.event_type == "Explosions/Remote violence"
    assert event.weapon == "missile"
    assert event.fatalities == 9  # "Kills" is tagged as a name; it is still the verb


def test_first_figure_stands_unless_an_update_raises_it(resources: Resources) -> None:
    text = (
        "A Russian missile strike killed nine people in Odesa on Saturday. "
        "Two children were among the dead in the strike, the mayor said. "
        "The death toll from the strike has risen to 12, the regional governor said."
    )
    (event,) = events_of(resources, text, places={"Odesa": ODESA},
                         dates={"on Saturday": "2024-03-16"})  # fmt: skip
    assert event.fatalities == 12
    second_source = (
        "A Russian missile strike killed nine people in Odesa on Saturday. "
        "A monitoring group said the strike killed seven people."
    )
    (event,) = events_of(resources, second_source, places={"Odesa": ODESA},
                         dates={"on Saturday": "2024-03-16"})  # fmt: skip
    assert event.fatalities == 9


def test_stamp_and_title_case_headline_are_parsed_on_their_own(resources: Resources) -> None:
    text = (
        "16 March 2024\n\n30 Soldiers Killed in Russian Shelling of Kharkiv Suburb\n\n"
        "Officials said the shelling hit a barracks."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert events[0].fatalities == 30
    assert events[0].evidence[0].text.startswith("30 Soldiers Killed")


def test_a_wire_dateline_is_parsed_apart_from_its_lede(resources: Resources) -> None:
    for dateline in ("KHARKIV, March 16 - ", "KHARKIV, Ukraine (Reuters) - ", "KHARKIV — "):
        text = (
            dateline + "At least nine people were killed when a missile hit a school in "
            "Kharkiv on Saturday, the governor said."
        )
        (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV},
                             dates={"on Saturday": "2024-03-16"})  # fmt: skip
        assert event.fatalities == 9, dateline
        assert not event.evidence[0].text.startswith("KHARKIV")


def test_count_the_parse_leaves_unattached(resources: Resources) -> None:
    text = (
        "KYIV (Reuters) Over 40 people including 12 children were killed in a missile strike "
        "on Kharkiv on Saturday, the prosecutor's office said."
    )
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert event.fatalities == 40


def test_toll_of_an_attack_stands_as_an_incident(resources: Resources) -> None:
    text = "The death toll from Saturday's missile attack on Odesa reached 21 people."
    (event,) = events_of(resources, text, places={"Odesa": ODESA})
    assert event.fatalities == 21


def test_killed_then_injured_with_their_own_counts(resources: Resources) -> None:
    text = "A drone strike killed 4 people injured 11 in Kharkiv on Saturday."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert (event.fatalities, event.injured) == (4, 11)


def test_children_of_the_civilians_are_not_added(resources: Resources) -> None:
    text = "At least 14 civilians and three children were killed in air strikes on Kharkiv."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert event.fatalities == 14


def test_eliminated_fighters_since_a_weekday_are_a_toll(resources: Resources) -> None:
    text = "Ukrainian forces have eliminated 35 Russian soldiers near Kharkiv since Monday."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert event.fatalities == 35
    campaign = "Ukrainian forces have eliminated 35,000 Russian soldiers since 2022."
    assert events_of(resources, campaign) == []


def test_a_more_exact_later_toll_updates_the_first(resources: Resources) -> None:
    text = (
        "Activists said more than 60 people were killed in a gas attack on Kharkiv. "
        "Doctors accused Russian forces of a chemical strike that killed 64 people on Tuesday."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert [e.fatalities for e in events] == [64]


def test_a_more_exact_toll_may_exceed_a_lower_bound_by_a_sixth(resources: Resources) -> None:
    text = (
        "Activists said more than 40 people were killed in a missile attack on Kharkiv. "
        "Doctors accused Russian forces of a missile strike that killed 46 people on Tuesday."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert [e.fatalities for e in events] == [46]


def test_a_toll_given_earlier_is_no_update(resources: Resources) -> None:
    text = (
        "At least 30 people were killed when rockets hit a rally, officials said. "
        "Rocket fire struck a crowded market in Kharkiv late on Tuesday. "
        "Officials had initially given a death toll of 32."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert events[0].fatalities == 30


def test_a_later_figure_in_the_same_incident_does_not_replace_the_lede(
    resources: Resources,
) -> None:
    text = (
        "More than 60 people were killed in a gas attack on Kharkiv. "
        "Medics later counted 64 dead after the attack."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert [e.fatalities for e in events] == [60]


def test_a_round_figure_is_no_update_of_an_exact_one(resources: Resources) -> None:
    text = (
        "A missile strike killed 29 soldiers in Kharkiv. "
        "Nearly 30 troops died in the missile strike on the city's barracks, officials said."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert events[0].fatalities == 29


def test_shelling_throughout_the_day_is_one_incident(resources: Resources) -> None:
    text = "Russian forces shelled Kharkiv throughout the whole day, damaging two schools."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV})
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_partisans_wrecking_property_is_property_destruction(resources: Resources) -> None:
    text = "A partisan group destroyed a railway relay cabinet in Poltava on Sunday."
    (event,) = events_of(resources, text, places={"Poltava": POLTAVA})
    assert event.sub_event_type == "Looting/property destruction"


def test_counteroffensive_operations_are_fighting(resources: Resources) -> None:
    text = "Ukrainian troops conducted counteroffensive operations near Poltava on Sunday."
    (event,) = events_of(resources, text, places={"Poltava": POLTAVA})
    assert event.sub_event_type == "Armed clash"


def test_opening_fire_on_civilians_is_an_attack(resources: Resources) -> None:
    text = "Soldiers opened fire on a car carrying civilians in Odesa on Sunday."
    (event,) = events_of(resources, text, places={"Odesa": ODESA})
    assert event.sub_event_type == "Attack"


def test_victims_among_a_larger_toll_take_that_toll(resources: Resources) -> None:
    text = (
        "An air strike on a clinic in Kharkiv killed four nurses on Monday. "
        "They were among 11 people killed by strikes across the Kharkiv region on Monday."
    )
    events = events_of(
        resources, text, places={"Kharkiv": KHARKIV}, dates={"on Monday": "2024-03-11"}
    )
    assert [e.fatalities for e in events] == [11]


def test_demonstrators_gathering_is_a_peaceful_protest(resources: Resources) -> None:
    text = "On Sunday, demonstrators gathered in Odesa to demand the release of prisoners of war."
    (event,) = events_of(resources, text, places={"Odesa": ODESA})
    assert event.sub_event_type == "Peaceful protest"
    assert event.location is not None and event.location.name == "Odesa"


def test_a_forced_transfer_is_an_abduction_where_it_began(resources: Resources) -> None:
    text = "Occupying troops forcibly transferred a teacher from Poltava to Odesa on Monday."
    (event,) = events_of(resources, text, places={"Poltava": POLTAVA, "Odesa": ODESA})
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.location is not None and event.location.name == "Poltava"


def test_a_toll_sentence_gives_the_incident_its_date(resources: Resources) -> None:
    text = (
        "Rescuers said a drone attack on Kharkiv destroyed a warehouse. "
        "On Thursday the incident claimed the lives of four workers."
    )
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV},
                         dates={"On Thursday": "2024-03-14"})  # fmt: skip
    assert event.fatalities == 4
    assert event.date == "2024-03-14"


def test_a_statement_date_alone_still_dates_an_incident(resources: Resources) -> None:
    text = "Police detained 40 demonstrators outside the city hall, the ministry said on Monday."
    (event,) = events_of(resources, text, dates={"on Monday": "2024-03-11"})
    assert event.sub_event_type == "Arrests"
    assert event.date == "2024-03-11"


def test_a_road_blocked_by_residents_is_a_protest_by_protesters(resources: Resources) -> None:
    # No single trigger word: the cue is the verb with its crowd subject and road object.
    text = "Angry residents blocked the main road into Odesa on Tuesday over power cuts."
    (event,) = events_of(resources, text, places={"Odesa": ODESA},
                         dates={"on Tuesday": "2024-03-12"})  # fmt: skip
    assert event.event_type == "Protests"
    assert event.actor1 == "Protesters (Ukraine)"
    assert event.actor2 is None


def test_a_signed_truce_is_an_agreement_and_not_merged_with_a_strike(
    resources: Resources,
) -> None:
    text = (
        "A missile struck a school in Kharkiv on Monday, killing three teachers. "
        "In Odesa, the two sides signed a local truce on Monday."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV, "Odesa": ODESA},
                       dates={"on Monday": "2024-03-11"})  # fmt: skip
    kinds = {event.sub_event_type for event in events}
    assert kinds == {"Shelling/artillery/missile attack", "Agreement"}


def test_an_absurd_toll_is_left_unknown_with_a_warning(resources: Resources) -> None:
    text = "A missile attack on Kharkiv on Monday killed 10000000000 people, a post claimed."
    article = build(resources, text, places={"Kharkiv": KHARKIV},
                    dates={"on Monday": "2024-03-11"})  # fmt: skip
    (event,) = find_events(article, resources)
    assert event.fatalities is None
    assert event.warnings == [
        "the text gives 10,000,000,000 fatalities, more than any one incident; left unknown"
    ]
    assert article.document is not None
    assert any("10,000,000,000 fatalities" in w for w in article.document.warnings)


def test_a_large_but_possible_toll_stands(resources: Resources) -> None:
    text = "A missile attack on Kharkiv on Monday killed 1200 people, officials said."
    (event,) = events_of(resources, text, places={"Kharkiv": KHARKIV},
                         dates={"on Monday": "2024-03-11"})  # fmt: skip
    assert event.fatalities == 1200 and event.warnings == []


def test_an_incident_recalled_from_months_ago_is_background(resources: Resources) -> None:
    text = (
        "A missile struck a school in Kharkiv on Thursday, killing three teachers, "
        "officials said. "
        "The governor spoke at the scene. "
        "Rescuers worked through the night. "
        "Odesa, which troops shelled heavily in January, has been quiet since."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV, "Odesa": ODESA},
                       dates={"on Thursday": "2024-03-14", "in January": "2024-01"})  # fmt: skip
    assert [e.location.name for e in events if e.location] == ["Kharkiv"]


def test_an_old_incident_the_lede_tells_is_kept(resources: Resources) -> None:
    text = "Investigators said on Monday that troops shelled a market in Odesa in January."
    (event,) = events_of(resources, text, places={"Odesa": ODESA},
                         dates={"in January": "2024-01", "on Monday": "2024-03-11"})  # fmt: skip
    assert event.location is not None and event.location.name == "Odesa"


def test_an_incident_told_with_no_day_takes_the_day_of_the_one_just_told(
    resources: Resources,
) -> None:
    text = (
        "A bomb exploded at a market in Kharkiv on Monday, killing six people. An hour "
        "later a second bomb went off outside a bus station in Odesa, killing two."
    )
    events = events_of(resources, text, places={"Kharkiv": KHARKIV, "Odesa": ODESA},
                       dates={"on Monday": "2024-03-11"})  # fmt: skip
    assert [(e.fatalities, e.date, e.date_basis) for e in events] == [
        (6, "2024-03-11", "relative"), (2, "2024-03-11", "context")
    ]


def test_a_strike_by_an_air_power_with_no_weapon_named_is_an_air_strike(
    resources: Resources,
) -> None:
    sanaa = dict(resolved="Sanaa", admin1="Amanat Alasimah", country="Yemen",
                 latitude=15.35, longitude=44.21, geonameid=71137)  # fmt: skip
    text = "A US strike on a weapons depot near Sanaa killed four people on Sunday."
    (event,) = events_of(resources, text, places={"Sanaa": sanaa},
                         dates={"on Sunday": "2024-02-04"})  # fmt: skip
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "United States")
    text = "A US missile strike on a weapons depot near Sanaa killed four people on Sunday."
    (event,) = events_of(resources, text, places={"Sanaa": sanaa},
                         dates={"on Sunday": "2024-02-04"})  # fmt: skip
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_deed_done_to_them_tells_more_of_the_incident_just_told(pipeline: Pipeline) -> None:
    text = ("Soldiers killed at least 12 herders near Segou last week, a rights group said. "
            "The troops came on Tuesday, tied the men up and shot them.")
    raw = RawInput(source="t", kind="text", content=text, digest="t", published="2024-04-08")
    (event,) = pipeline.run(raw).events
    assert (event.fatalities, event.date) == (12, "2024-04-02")


def test_they_were_attacked_tells_more_of_the_incident_just_told(pipeline: Pipeline) -> None:
    text = ("Armed men abducted at least five women near the camp last week, the agency said. "
            "The women were fetching water on Tuesday when they were attacked.")
    raw = RawInput(source="t", kind="text", content=text, digest="t", published="2024-04-08")
    (event,) = pipeline.run(raw).events
    assert (event.sub_event_type, event.date) == ("Abduction/forced disappearance", "2024-04-02")


def test_a_weapon_of_the_campaign_going_on_is_not_the_incidents(resources: Resources) -> None:
    text = "A sniper killed a farmer near Kherson on Monday as shelling continued."
    (event,) = events_of(resources, text, places={"Kherson": KHERSON},
                         dates={"on Monday": "2024-03-11"})  # fmt: skip
    assert (event.weapon, event.sub_event_type) == (None, "Attack")


def test_an_attack_on_villagers_outside_remote_wars_is_on_the_ground(
    resources: Resources,
) -> None:
    text = "Attacks on two villages near Jos killed 30 residents on Tuesday, officials said."
    event = _only_event(resources, text, {"Jos": JOS}, {"on Tuesday": "2024-01-23"})
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor2 == "Civilians (Nigeria)"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Gunmen struck the village of Bukuru near Jos on Tuesday, killing nine people.",
         "Attack"),
        ("Armed bandits struck two hamlets near Jos on Tuesday, burning houses.", "Attack"),
        ("A drone strike hit the village of Bukuru near Jos on Tuesday, killing nine people.",
         "Air/drone strike"),
        # Killed at a gathering: the people hit were there, whatever number names them.
        ("Gunmen killed six at a wedding near Jos on Tuesday.", "Attack"),
        ("Armed Men Kill 8 At Birthday Party Near Jos", "Attack"),
    ],
)
def test_irregulars_striking_a_village_or_killing_at_a_gathering_attack_civilians(
    resources: Resources, text: str, sub_type: str
) -> None:
    places = {"Bukuru": JOS, "Jos": JOS}
    event = _only_event(resources, text, places, {"on Tuesday": "2024-01-23"})
    assert event.sub_event_type == sub_type


JOS = dict(resolved="Jos", admin1="Plateau State", country="Nigeria",
           latitude=9.93, longitude=8.89, geonameid=2335953)  # fmt: skip


def _only_event(
    resources: Resources, text: str, places: dict[str, dict[str, object]], dates: dict[str, str]
) -> Event:
    (event,) = events_of(resources, text, places=places, dates=dates)
    return event



def test_a_part_of_the_region_a_city_is_named_for_is_the_region(resources: Resources) -> None:
    idlib = dict(resolved="Idlib", admin1="Idlib Governorate", country="Syria",
                 latitude=35.93, longitude=36.63, geonameid=169389)  # fmt: skip
    text = "An air strike on a market in northern Idlib killed nine people on Monday."
    event = _only_event(resources, text, {"Idlib": idlib}, {"on Monday": "2024-03-11"})
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == ("Idlib Governorate", 3)
    text = "An air strike on a market in Idlib killed nine people on Monday."
    event = _only_event(resources, text, {"Idlib": idlib}, {"on Monday": "2024-03-11"})
    assert event.location is not None and event.location.geo_precision == 1


def test_a_thing_hit_inside_what_was_told_tells_the_same_incident(
        resources: Resources) -> None:
    # The army's version names what it aimed at inside the hall already told of.
    text = ("An air strike on a wedding hall in Kherson killed 30 guests on Saturday,"
            " officials said. The army said it had struck a command post inside the hall"
            " and killed 12 fighters.")
    events = events_of(resources, text, places={"Kherson": KHERSON},
                       dates={"Saturday": "2024-08-10"}, published="2024-08-10")
    assert [e.fatalities for e in events] == [30]


def test_police_breaking_up_a_protest_is_how_the_protest_went(resources: Resources) -> None:
    # Told in the next sentence without a trigger word of its own ("intervened"), or as
    # arrests by police: one protest, with intervention.
    for second in ("Police intervened with tear gas.", "Security forces arrested six students."):
        text = "On Sunday, hundreds of students marched in Odesa against the new fees. " + second
        (event,) = events_of(resources, text, places={"Odesa": ODESA})
        assert event.sub_event_type == "Protest with intervention", second
    # Riot police scattering a crowd is force on a protest even with no protest told.
    (event,) = events_of(resources, "Riot police dispersed hundreds of marchers in Odesa.",
                         places={"Odesa": ODESA})
    assert event.sub_event_type == "Protest with intervention"


def test_a_crowd_going_home_or_another_day_s_arrests_are_no_intervention(
    resources: Resources,
) -> None:
    text = "On Sunday, hundreds of students marched in Odesa. The crowd dispersed at dusk."
    (event,) = events_of(resources, text, places={"Odesa": ODESA})
    assert event.sub_event_type == "Peaceful protest"
    text = ("On Sunday, hundreds of students marched in Odesa. "
            "On Tuesday, police arrested a port official in Odesa over stolen fuel.")
    events = events_of(resources, text, places={"Odesa": ODESA},
                       dates={"On Sunday": "2024-03-10", "On Tuesday": "2024-03-12"})
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Arrests"]




@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Police broke up the march by nurses near Jos on Tuesday and arrested 15 of them.",
         "Protest with intervention"),
        ("Police broke up a kidnapping ring in Jos on Tuesday and detained 15 of them.",
         "Arrests"),
    ],
)
def test_police_breaking_up_a_gathering_intervene_in_a_protest(
    resources: Resources, text: str, sub_type: str
) -> None:
    event = _only_event(resources, text, {"Jos": JOS}, {"on Tuesday": "2024-01-23"})
    assert event.sub_event_type == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("An angry crowd set ablaze two men accused of theft near Jos on Tuesday.",
         "Mob violence"),
        ("Villagers near Jos beat two suspects on Tuesday and set them on fire.",
         "Mob violence"),
        # Property set alight is no violence to people.
        ("Rioters set three lorries ablaze near Jos on Tuesday.", "Violent demonstration"),
    ],
)
def test_people_set_alight_by_a_crowd_are_its_victims(
    resources: Resources, text: str, sub_type: str
) -> None:
    event = _only_event(resources, text, {"Jos": JOS}, {"on Tuesday": "2024-01-23"})
    assert event.sub_event_type == sub_type


def test_ground_given_up_and_handed_over_is_a_transfer(resources: Resources) -> None:
    text = ("The militia withdrew from two villages near Jos on Tuesday and handed them over "
            "to the army, officials said.")
    event = _only_event(resources, text, {"Jos": JOS}, {"on Tuesday": "2024-01-23"})
    assert event.sub_event_type == "Non-violent transfer of territory"



def test_the_wounded_who_died_add_to_the_toll_told(resources: Resources) -> None:
    text = ("A roadside bomb struck an army patrol near Jos on Tuesday, killing two soldiers "
            "and wounding three. One of the wounded soldiers later died at a hospital in Jos, "
            "an officer said.")
    events = events_of(resources, text, places={"Jos": JOS},
                       dates={"on Tuesday": "2024-01-23"})  # fmt: skip
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", 3)]
    totalled = text.replace("an officer said.", "bringing the toll to three.")
    events = events_of(resources, totalled, places={"Jos": JOS},
                       dates={"on Tuesday": "2024-01-23"})  # fmt: skip
    assert [e.fatalities for e in events] == [3]
