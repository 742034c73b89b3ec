"""Where an incident is put when its own sentences name no usable place (own text)."""

from __future__ import annotations

from builders import mark_places, parsed_article

from newsift.events.location import incident_location
from newsift.events.setting import PlaceRef, place_refs
from newsift.events.stage import find_events
from newsift.events.triggers import real_triggers
from newsift.model import Event, Location, Place, RawInput
from newsift.pipeline import Pipeline
from newsift.resources import Resources

IDLIB = dict(resolved="Idlib", admin1="Idlib Governorate", country="Syria",
             latitude=35.93, longitude=36.63)  # fmt: skip
DAMASCUS = dict(resolved="Damascus", admin1="Dimashq Governorate", country="Syria",
                latitude=33.51, longitude=36.29)  # fmt: skip
BEIRUT = dict(resolved="Beirut", admin1="Beyrouth", country="Lebanon",
              latitude=33.89, longitude=35.50)  # fmt: skip


def events_of(resources: Resources, text: str, places: dict[str, dict[str, object]]) -> list[Event]:
    article = parsed_article(resources, text, "2016-05-02")
    return find_events(mark_places(article, places), resources)


def test_a_placeless_incident_takes_the_region_the_report_leads_with(
    resources: Resources,
) -> None:
    text = (
        "Rebels in Idlib braced for more bombing on Monday. "
        "Air strikes on a crowded market killed 29 civilians, a monitor said. "
        "Aid convoys left Damascus on Sunday. Officials in Damascus met the envoy."
    )
    events = events_of(resources, text, {"Idlib": IDLIB, "Damascus": DAMASCUS})
    (event,) = [e for e in events if e.fatalities == 29]
    assert event.location is not None
    assert (event.location.admin1, event.location.geo_precision) == ("Idlib Governorate", 3)


def test_a_dateline_abroad_gives_way_to_the_articles_country(resources: Resources) -> None:
    text = (
        "Speaking in Beirut, a monitor said government air strikes killed 14 people in a "
        "rebel-held town on Monday. The town lies in the north of Idlib province. Rebels "
        "hold most villages in Idlib."
    )
    events = events_of(resources, text, {"Beirut": BEIRUT, "Idlib": IDLIB})
    event = next(e for e in events if e.fatalities == 14)
    assert event.location is not None
    assert event.location.country == "Syria"
    assert event.location.admin1 == "Idlib Governorate"


KHARKIV_OBLAST = dict(resolved="Kharkiv Oblast", admin1="Kharkiv Oblast", country="Ukraine",
                      latitude=49.99, longitude=36.23)  # fmt: skip
HROMADA_POINT = dict(resolved="Sosnivka", admin1="Sumy Oblast", country="Ukraine",
                     latitude=51.5, longitude=34.1, geonameid=None)  # fmt: skip
IZIUM = dict(resolved="Izium", admin1="Kharkiv Oblast", country="Ukraine",
             latitude=49.21, longitude=37.26, geonameid=707292)  # fmt: skip
SLOVIANSK = dict(resolved="Sloviansk", admin1="Donetsk Oblast", country="Ukraine",
                 latitude=48.85, longitude=37.6, geonameid=693468)  # fmt: skip
AZOV_RU = dict(resolved="Azov", admin1="Rostov", country="Russia",
               latitude=47.1, longitude=39.4, geonameid=580054)  # fmt: skip
MARIUPOL = dict(resolved="Mariupol", admin1="Donetsk Oblast", country="Ukraine",
                latitude=47.1, longitude=37.55, geonameid=701822)  # fmt: skip
UKRAINIAN = dict(resolved="Ukraine", country="Ukraine", latitude=49.0, longitude=32.0,
                 kind="demonym")  # fmt: skip
RUSSIAN = dict(resolved="Russia", country="Russia", latitude=60.0, longitude=100.0,
               kind="demonym")  # fmt: skip
CHECHEN = dict(resolved="Chechnya", admin1="Chechnya", country="Russia", latitude=43.4,
               longitude=45.7, kind="demonym")  # fmt: skip
SUMY = dict(resolved="Sumy", admin1="Sumy Oblast", country="Ukraine",
            latitude=50.91, longitude=34.8, geonameid=692194)  # fmt: skip


def test_a_village_standing_at_its_region_is_coded_to_the_region(resources: Resources) -> None:
    text = "Russian troops shelled Zarichne on Monday, killing two civilians."
    (event,) = events_of(resources, text, {"Zarichne": KHARKIV_OBLAST})
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == ("Kharkiv Oblast", 3)


def test_a_village_at_its_communitys_point_is_near_a_place(resources: Resources) -> None:
    text = "Russian troops shelled Sosnivka on Monday, killing two civilians."
    (event,) = events_of(resources, text, {"Sosnivka": HROMADA_POINT})
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == ("Sosnivka", 2)


def test_a_fight_is_where_the_attackers_were_headed(resources: Resources) -> None:
    text = "Ukrainian troops clashed with Russian units advancing from Izium to Sloviansk."
    (event,) = events_of(resources, text, {"Izium": IZIUM, "Sloviansk": SLOVIANSK})
    assert event.location is not None and event.location.name == "Sloviansk"


def test_a_place_naming_a_unit_locates_nothing(resources: Resources) -> None:
    text = "Russian jets bombed Azov Battalion positions in Mariupol on Friday."
    (event,) = events_of(
        resources, text, {"Russian": RUSSIAN, "Azov": AZOV_RU, "Mariupol": MARIUPOL}
    )
    assert event.location is not None and event.location.name == "Mariupol"


def test_a_nationality_inside_an_actor_never_locates_the_incident(resources: Resources) -> None:
    text = (
        "A Chechen unit blocked an ambulance on the road near Sumy on Tuesday. Three people died."
    )
    events = events_of(resources, text, {"Chechen": CHECHEN, "Sumy": SUMY})
    located = [e.location for e in events if e.location is not None]
    assert located and all(loc.country == "Ukraine" for loc in located)


def test_a_tie_between_countries_goes_to_the_one_with_named_places(
    resources: Resources,
) -> None:
    text = "Russian soldiers opened fire on a minibus in Sumy. A man was killed."
    (event,) = events_of(resources, text, {"Russian": RUSSIAN, "Sumy": SUMY})
    assert event.location is not None and event.location.name == "Sumy"
    assert event.fatalities == 1  # the bare toll belongs to the shooting just told


def test_the_syrian_capital_is_damascus(pipeline: Pipeline) -> None:
    text = "Government shelling killed 12 people in a town east of the Syrian capital on Monday."
    raw = RawInput(source="t", kind="text", content=text, digest="cap", published="2017-03-20")
    (event,) = pipeline.run(raw).events
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == ("Damascus", 2)


def test_a_provincial_capital_is_not_the_countrys(pipeline: Pipeline) -> None:
    text = "Shelling killed 12 people in the provincial capital of Syria on Monday."
    raw = RawInput(source="t", kind="text", content=text, digest="prov", published="2017-03-20")
    (event,) = pipeline.run(raw).events
    assert event.location is None or event.location.name != "Damascus"


HAMA = dict(resolved="Hama", admin1="Hama Governorate", country="Syria",
            latitude=35.13, longitude=36.75)  # fmt: skip
ALEPPO = dict(resolved="Aleppo", admin1="Aleppo Governorate", country="Syria",
              latitude=36.2, longitude=37.16)  # fmt: skip
KILIS = dict(resolved="Kilis", admin1="Kilis", country="Turkey",
             latitude=36.72, longitude=37.12)  # fmt: skip
TURKISH = dict(resolved="Turkey", country="Turkey", latitude=39.0, longitude=35.0,
               kind="demonym")  # fmt: skip
SYRIA = dict(resolved="Syria", country="Syria", latitude=35.0, longitude=38.0)
RUSSIA = dict(resolved="Russia", country="Russia", latitude=60.0, longitude=100.0)
MOSCOW = dict(resolved="Moscow", admin1="Moscow", country="Russia",
              latitude=55.75, longitude=37.62)  # fmt: skip


def test_a_place_of_an_earlier_attack_told_as_context_does_not_locate(
    resources: Resources,
) -> None:
    text = (
        "At least 12 people were killed near Hama on Tuesday just hours after a gas attack "
        "left dozens dead in Idlib."
    )
    article = mark_places(parsed_article(resources, text, "2016-05-02"),
                          {"Hama": HAMA, "Idlib": IDLIB})  # fmt: skip
    assert article.doc is not None
    sentence = next(iter(article.doc.sents))
    refs = {r.place.name: r for r in place_refs(sentence, article, real_triggers(sentence))}
    assert refs["Hama"].attached and not refs["Idlib"].attached


def test_a_country_the_incident_sentence_names_beats_the_storys_actors(
    resources: Resources,
) -> None:
    text = (
        "Air strikes killed 14 militants in northern Syria on Tuesday, the Turkish military "
        "said. Turkish jets also hit positions near Aleppo. Turkish officials said rockets "
        "had landed in Kilis. Turkish troops were on alert."
    )
    places = {"Syria": SYRIA, "Turkish": TURKISH, "Aleppo": ALEPPO, "Kilis": KILIS}
    event = next(e for e in events_of(resources, text, places) if e.fatalities == 14)
    assert event.location is not None and event.location.country == "Syria"


def test_a_country_that_only_speaks_is_not_the_storys(resources: Resources) -> None:
    text = (
        "Russia says its jets killed 30 militants on Thursday. Russia said the strikes "
        "would go on. Moscow said more jets were ready. Rebels in Idlib said homes were hit."
    )
    places = {"Russia": RUSSIA, "Moscow": MOSCOW, "Idlib": IDLIB}
    event = next(e for e in events_of(resources, text, places) if e.fatalities == 30)
    assert event.location is not None and event.location.country == "Syria"


def test_a_later_sentence_about_another_region_does_not_move_the_incident(
    resources: Resources,
) -> None:
    # The lede puts the strike in Hama province; a sentence merged in later names a town
    # of another region (an earlier attack recalled): the lede's region stands.
    text = "Air strikes killed 19 people in Hama province. Jets had bombed Kafr Nabl."
    article = parsed_article(resources, text, "2016-05-02")
    at, town_at = text.index("Hama"), text.index("Kafr")
    province = Place(
        name="Hama",
        start=at,
        end=at + 4,
        resolved="Hama Governorate",
        admin1="Hama Governorate",
        country="Syria",
        latitude=35.2,
        longitude=37.2,
    )
    town = Place(name="Kafr Nabl", start=town_at, end=town_at + 9, resolved="Kafr Nabl",
                 admin1="Idlib Governorate", country="Syria", latitude=35.6, longitude=36.56,
                 geonameid=1)  # fmt: skip
    article.places = [province, town]
    refs = [PlaceRef(province, "Hama Governorate", 3), PlaceRef(town, "Kafr Nabl", 1)]
    location = incident_location(refs, article)
    assert location is not None and location.admin1 == "Hama Governorate"


def test_a_place_after_a_bare_possessive_locates(pipeline: Pipeline) -> None:
    text = (
        "Russian jets killed 11 people in Syrias Idlib province on Saturday. Russian "
        "officials denied it. A monitor in Beirut said the toll could rise."
    )
    raw = RawInput(source="t", kind="text", content=text, digest="pos", published="2016-05-30")
    event = next(e for e in pipeline.run(raw).events if e.fatalities == 11)
    assert event.location is not None and event.location.admin1 == "Idlib Governorate"


def test_a_place_found_only_here_after_a_named_one_lists_more(resources: Resources) -> None:
    text = "Rocket attacks injured ten civilians in Hama countryside Aleppo and Damascus."
    events = events_of(resources, text, {"Hama": HAMA})
    assert events and events[0].location is not None
    assert events[0].location.admin1 == "Hama Governorate"


def test_an_army_named_for_its_country_still_says_which_country(resources: Resources) -> None:
    # "the Syrian Army" names a unit, yet its country is the story's; a namesake village
    # abroad ("Malah", resolved to another country) must not win the count.
    text = (
        "The Syrian Army pushed into the Malah area on Monday. The Syrian Army said 40 "
        "militants were killed around Malah, northwest of Aleppo. The Syrian Army has "
        "held the road since March."
    )
    malah = dict(resolved="El Malah", admin1="Ain Temouchent", country="Algeria",
                 latitude=35.39, longitude=-1.09)  # fmt: skip
    syrian = dict(resolved="Syria", country="Syria", latitude=35.0, longitude=38.0,
                  kind="demonym")  # fmt: skip
    events = events_of(resources, text, {"Syrian": syrian, "Malah": malah, "Aleppo": ALEPPO})
    event = next(e for e in events if e.fatalities == 40)
    assert event.location is not None and event.location.country == "Syria"


def test_a_town_event_carries_the_district_it_lies_in(resources: Resources) -> None:
    town = dict(IDLIB, resolved="Saraqib", admin2="Idlib District", latitude=35.86,
                longitude=36.80)  # fmt: skip
    text = "Government jets struck a market in Saraqib on Monday, killing six civilians."
    (event,) = events_of(resources, text, {"Saraqib": town})
    assert event.location is not None and event.location.name == "Saraqib"
    assert event.location.admin2 == "Idlib District"


def first_location(
    resources: Resources, text: str, places: dict[str, dict[str, object]]
) -> Location:
    """Where the first event of ``text`` is put (an ACLED note's event)."""
    events = events_of(resources, text, places)
    assert events and events[0].location is not None
    return events[0].location


DILLING = dict(resolved="Dilling", admin1="Southern Kordofan", country="Sudan",
               latitude=12.05, longitude=29.65, geonameid=379102)  # fmt: skip
SOUTH_KORDOFAN = dict(resolved="Southern Kordofan", admin1="Southern Kordofan", country="Sudan",
                      latitude=11.0, longitude=29.7)  # fmt: skip
EL_OBEID = dict(resolved="El Obeid", admin1="North Kordofan", country="Sudan",
                latitude=13.18, longitude=30.22, geonameid=373303)  # fmt: skip
NORTH_KORDOFAN = dict(resolved="North Kordofan", admin1="North Kordofan", country="Sudan",
                      latitude=13.8, longitude=29.9)  # fmt: skip


def test_the_town_a_bracket_qualifies_beats_a_town_merely_named(resources: Resources) -> None:
    # The road is named for El Obeid, but the bracket says where the note put the event.
    text = (
        "On 4 May 2023, gunmen ambushed a lorry on the El Obeid road in Dilling "
        "(Dilling, South Kordofan), killing the driver."
    )
    places = {"El Obeid": EL_OBEID, "Dilling": DILLING, "South Kordofan": SOUTH_KORDOFAN}
    assert first_location(resources, text, places).name == "Dilling"


def test_a_toll_told_apart_from_its_place_goes_to_the_qualified_town(
    resources: Resources,
) -> None:
    # The toll's sentence names no place; the lede's region (Southern Kordofan, after the
    # herders' home) must not outweigh the town the note qualified.
    text = (
        "On 9 May 2023, herders from Dilling fought traders in the cattle market of "
        "El Obeid (Sheikan, North Kordofan). Four people were killed."
    )
    places = {"Dilling": DILLING, "El Obeid": EL_OBEID, "North Kordofan": NORTH_KORDOFAN}
    events = events_of(resources, text, places)
    tolled = [e for e in events if e.fatalities == 4]
    assert tolled and tolled[0].location is not None
    assert tolled[0].location.admin1 == "North Kordofan"


def test_the_town_a_note_was_coded_to_beats_the_places_its_sentence_names(
    resources: Resources,
) -> None:
    text = (
        "On 3 June 2023, herders and farmers clashed over grazing land near El Obeid. "
        "Two men were killed. Event coded to Dilling."
    )
    places = {"El Obeid": EL_OBEID, "Dilling": DILLING}
    assert first_location(resources, text, places).name == "Dilling"


def test_an_armed_groups_name_locates_nothing(resources: Resources) -> None:
    # A town may share an old or foreign name with a group ("Hamas", "Houthis").
    hamm = dict(resolved="Hamm", admin1="North Rhine-Westphalia", country="Germany",
                latitude=51.68, longitude=7.82, geonameid=2911298)  # fmt: skip
    text = "The army said its jets struck a Hamas commander on Monday."
    events = events_of(resources, text, {"Hamas": hamm})
    assert events and all(e.location is None or e.location.country != "Germany" for e in events)


IDLIB_REGION = dict(resolved="Idlib Governorate", admin1="Idlib Governorate", country="Syria",
                    latitude=35.8, longitude=36.6)  # fmt: skip
SARAQIB = dict(resolved="Saraqib", admin1="Idlib Governorate", country="Syria",
               latitude=35.86, longitude=36.80)  # fmt: skip


def test_a_town_of_the_region_places_the_incident_more_closely(resources: Resources) -> None:
    text = (
        "Gunmen killed 20 people in an attack on a village in Idlib province, a monitor said. "
        "The gunmen stormed the village west of Saraqib on Monday, killing 20 people."
    )
    (event,) = events_of(resources, text, {"Idlib": IDLIB_REGION, "Saraqib": SARAQIB})
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == ("Saraqib", 2)


GAZA_CITY = dict(resolved="Gaza", admin1="Gaza Strip", country="Palestine",
                 latitude=31.50, longitude=34.47)  # fmt: skip
JABALIA = dict(resolved="Jabalia", admin1="Gaza Strip", country="Palestine",
               latitude=31.53, longitude=34.48)  # fmt: skip


def test_a_place_named_as_holding_another_gives_way_to_it(resources: Resources) -> None:
    text = (
        "Israeli drone strike kills six in Gaza. "
        "A drone struck a house in the Jabalia camp in northern Gaza on Monday, killing six "
        "people, medics said."
    )
    events = events_of(resources, text, {"Gaza": GAZA_CITY, "Jabalia": JABALIA})
    assert [e.location.name if e.location else None for e in events] == ["Jabalia"]


def test_a_dateline_places_an_incident_only_when_the_story_names_nowhere_else(
    resources: Resources,
) -> None:
    text = (
        "BEIRUT (Wire) - Air strikes on a crowded market killed 29 civilians, a monitor "
        "said. Rebels in Idlib braced for more bombing."
    )
    (event,) = events_of(resources, text, {"BEIRUT": BEIRUT, "Idlib": IDLIB})
    assert event.location is not None and event.location.admin1 == "Idlib Governorate"


def test_a_country_owning_the_region_hit_is_the_incidents_country(resources: Resources) -> None:
    # A Syrian story; the incident lies in "Lebanon's eastern region", across the border.
    text = (
        "Government forces shelled Idlib and Aleppo again on Monday. Officials in Damascus "
        "said the offensive would go on. Meanwhile a depot in Lebanon's eastern region of "
        "Hermel was struck by artillery on Monday, its mayor said."
    )
    hermel = dict(resolved="Hermel", admin1="Baalbek-Hermel", country="Lebanon",
                  latitude=34.39, longitude=36.38)  # fmt: skip
    lebanon = dict(resolved="Lebanon", admin1=None, country="Lebanon",
                   latitude=33.83, longitude=35.83)  # fmt: skip
    places = {"Idlib": IDLIB, "Aleppo": ALEPPO, "Damascus": DAMASCUS, "Hermel": hermel,
              "Lebanon": lebanon}  # fmt: skip
    events = events_of(resources, text, places)
    depot = next(e for e in events if any("depot" in s.text for s in e.evidence))
    assert depot.location is not None
    assert depot.location.country == "Lebanon"


MOSCOW = dict(resolved="Moscow", admin1="Moscow", country="Russia",
              latitude=55.75, longitude=37.62)  # fmt: skip


def test_a_story_from_the_attackers_side_places_the_strike_where_it_tells(
        resources: Resources) -> None:
    # The attacker's capital and nationality fill the story; the strike was in Sumy.
    text = ("MOSCOW, May 3. /TASS/. Russian forces struck depots of fuel used by Ukrainian"
            " troops near Sumy, the Russian Defence Ministry said. Russian drones hit every"
            " target, the Russian ministry added.")
    events = events_of(resources, text, {"MOSCOW": MOSCOW, "Russian": RUSSIAN,
                                         "Ukrainian": UKRAINIAN, "Sumy": SUMY})
    assert [e.location.admin1 if e.location else None for e in events][:1] == ["Sumy Oblast"]
