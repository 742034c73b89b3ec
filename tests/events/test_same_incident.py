"""The matching rule: two reports of one incident match; near misses do not."""

from __future__ import annotations

import dataclasses

import pytest

from newsift.events.incident_days import period
from newsift.events.incident_report import Report, jaccard, tokens
from newsift.events.incident_targets import targets_conflict
from newsift.events.same_incident import TOLL_TEXT, conflict, match
from newsift.events.toll_ties import toll_relation, toll_tie
from newsift.store.matching import rare_limit

KHARKIV = (49.98081, 36.25272)
CHUHUIV = (49.8353, 36.6881)  # about 35 km from Kharkiv


def report(text: str, **changes: object) -> Report:
    base = Report(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        date="2024-05-11", date_precision="day", latitude=KHARKIV[0], longitude=KHARKIV[1],
        geo_precision=1, admin1="Kharkiv Oblast", country="Ukraine", actor1="Russia",
        weapon="drone", fatalities=7, tokens=tokens(text))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


FIRST = ("A Russian drone hit a petrol station in Kharkiv on Saturday, killing seven people,"
         " including three children, the regional governor said.")
SECOND = ("Seven people were killed when a drone struck a petrol station in Kharkiv,"
          " officials said, adding that 15 houses burned.")
OTHER = "Shelling damaged a school and a power line in the city's north."


def test_two_outlets_on_one_strike_match() -> None:
    verdict = match(report(FIRST), report(SECOND, actor1=None))
    assert verdict.ok, verdict
    assert "same day" in verdict.reason


def test_a_different_type_never_matches() -> None:
    verdict = match(report(FIRST), report(FIRST, event_type="Protests",
                                          sub_event_type="Peaceful protest"))
    assert not verdict.ok and verdict.reason == "different event type"


def test_a_strike_read_as_fighting_joins_only_on_one_toll_day_and_place() -> None:
    fighting = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    assert match(report(FIRST), report(SECOND, **fighting)).ok  # type: ignore[arg-type]
    other_toll = report(SECOND, fatalities=9, **fighting)  # type: ignore[arg-type]
    assert not match(report(FIRST), other_toll).ok
    small = report(SECOND, fatalities=2, **fighting)  # type: ignore[arg-type]
    assert not match(report(FIRST, fatalities=2), small).ok


def test_a_strike_on_the_next_day_in_the_same_city_needs_a_textual_reason() -> None:
    next_day = report(OTHER, date="2024-05-12", fatalities=2)
    verdict = match(report(FIRST), next_day)
    assert not verdict.ok and "text only" in verdict.reason
    # A late report of the same strike, dated a day off, reads alike: it may join.
    late = report(FIRST.replace("Saturday", "Friday night"), date="2024-05-12")
    assert match(report(FIRST), late).ok


def test_days_beyond_the_lag_or_places_beyond_the_radius_never_match() -> None:
    assert not match(report(FIRST), report(FIRST, date="2024-05-15")).ok
    # Two days apart, another toll: the follow-up needs a toll tie to bridge the days.
    assert not match(report(FIRST), report(FIRST, date="2024-05-13", fatalities=2)).ok
    far = report(FIRST, latitude=CHUHUIV[0], longitude=CHUHUIV[1])
    verdict = match(report(FIRST), far)
    assert not verdict.ok and "km apart" in verdict.reason


def test_a_coarse_place_matches_within_its_admin1_only() -> None:
    coarse = report(SECOND, latitude=None, longitude=None, geo_precision=3)
    assert match(report(FIRST), coarse).ok
    elsewhere = dataclasses.replace(coarse, admin1="Sumy Oblast")
    assert match(report(FIRST), elsewhere).reason == "different admin1"


def test_a_month_precise_report_overlaps_the_day_but_needs_alike_text() -> None:
    vague = report(OTHER, date="2024-05", date_precision="month")
    assert not match(report(FIRST), vague).ok
    alike = report(FIRST, date="2024-05", date_precision="month")
    assert match(report(FIRST), alike).ok


def test_tolls_an_order_of_magnitude_apart_weigh_against() -> None:
    same = match(report(FIRST), report(SECOND, actor1=None))
    apart = match(report(FIRST), report(SECOND, actor1=None, fatalities=120))
    assert apart.score < same.score


def test_undated_reports_never_match() -> None:
    assert match(report(FIRST, date=None), report(FIRST, date=None)).reason == "undated"


def test_periods_and_similarity() -> None:
    assert period("2024-02", None)[1].day == 29
    assert (period("2024-05-06", "week")[1] - period("2024-05-06", "week")[0]).days == 6
    assert jaccard(tokens("The strike killed 7"), tokens("strike killed 7 people")) == 0.75
    assert jaccard(frozenset(), tokens("strike")) == 0.0


def test_different_targets_on_one_day_in_one_city_stay_apart() -> None:
    port = report("A missile hit grain warehouses in Odesa port on Monday, killing four.",
                  target="grain warehouses", fatalities=4)
    school = report("Missile debris fell on a school in Odesa on Monday, killing a guard.",
                    target="school", fatalities=1)
    assert not match(port, school).ok
    depot = report("A drone hit a filling station in Kharkiv on Saturday; seven were killed.",
                   target="filling station")
    assert match(report(FIRST, target="petrol station"), depot).ok  # one word in common


BOMBING = ("A car bomb tore through a line of buses carrying families out of the besieged"
           " towns, killing at least 104 people, a monitoring group said.")
UPDATE = ("The toll from the car bomb that hit buses of families leaving the towns rose to"
          " 121, rescuers said, as relatives searched hospitals for the missing.")


def test_toll_ties_weigh_by_how_rare_an_incident_that_size_is() -> None:
    assert toll_tie(7, 7) == "same" and toll_tie(2, 2) is None
    assert toll_tie(104, 121) == "large" and toll_tie(24, 35) == "large"
    assert toll_tie(13, 14) == "near" and toll_tie(15, 17) == "near"
    assert toll_tie(15, 19) == "close" and toll_tie(20, 32) is None
    assert toll_tie(104, 160) is None and toll_tie(7, None) is None


MARKET = ("Air strikes on a crowded market killed at least 17 civilians including eight"
          " children on Monday, a monitoring group said.")
TOWN = ("Air strikes hit the crowded market of a small town east of the city on Monday,"
        " killing 17 civilians, residents said.")


def test_a_town_the_geocoder_put_far_off_joins_only_on_a_large_toll_that_day() -> None:
    # Chuhuiv is about 35 km from Kharkiv, in the same oblast.
    town = report(TOWN, latitude=CHUHUIV[0], longitude=CHUHUIV[1], fatalities=17)
    assert match(report(MARKET, fatalities=17), town).ok
    assert not match(report(MARKET, fatalities=4), dataclasses.replace(town, fatalities=4)).ok
    next_day = dataclasses.replace(town, date="2024-05-12")
    assert not match(report(MARKET, fatalities=17), next_day).ok
    elsewhere = dataclasses.replace(town, admin1="Donetsk Oblast")
    assert not match(report(MARKET, fatalities=17), elsewhere).ok


def test_outlets_calling_one_attack_a_strike_or_shelling_are_penalised_once() -> None:
    strike = report(MARKET, fatalities=30, weapon="aircraft")
    shelling = report(TOWN, fatalities=31, weapon="artillery",
                      sub_event_type="Shelling/artillery/missile attack")
    one_sub_type = dataclasses.replace(shelling, sub_event_type=strike.sub_event_type)
    # The weapon differs with the sub-type: no second penalty for the same disagreement.
    # Same sub-type +0.15 and another weapon -0.05, against another sub-type -0.05 alone.
    gain = match(strike, one_sub_type).score - match(strike, shelling).score
    assert gain == pytest.approx(0.15)


def test_an_undated_update_of_a_large_toll_joins_over_overlapping_days() -> None:
    dated = report(BOMBING, fatalities=104, sub_event_type="Remote explosive/landmine/IED")
    undated = report(UPDATE, date=None, date_precision=None, published="2024-05-12",
                     fatalities=121, sub_event_type="Remote explosive/landmine/IED")
    assert jaccard(dated.tokens, undated.tokens) < 0.3
    verdict = match(dated, undated)
    assert verdict.ok and "overlapping days" in verdict.reason
    # The same words with a small, different toll are no reason on an unknown day.
    small = dataclasses.replace(undated, fatalities=3)
    assert not match(dated, small).ok


def test_related_types_match_only_on_the_same_toll_day_and_place() -> None:
    strike = report(FIRST)
    attack = report(SECOND, event_type="Violence against civilians", sub_event_type="Attack",
                    actor1=None)
    assert match(strike, attack).ok
    next_day = dataclasses.replace(attack, date="2024-05-12")
    assert not match(strike, next_day).ok
    other_toll = dataclasses.replace(attack, fatalities=2)
    assert "related event types" in match(strike, other_toll).reason


def test_a_target_the_other_report_mentions_is_no_conflict() -> None:
    station = report(FIRST, target="petrol station")
    assert not targets_conflict(station, report(SECOND, target="attack"))  # SECOND names it
    assert targets_conflict(station, report(OTHER, target="school"))
    assert not targets_conflict(station, report(OTHER))


def test_a_coarse_place_on_another_day_needs_more_alike_text() -> None:
    coarse = {"latitude": None, "longitude": None, "geo_precision": 3}
    words = FIRST.split()
    # About a third of the words in common: enough in one city, not in a whole region.
    other = " ".join(words[:9]) + " but the governor gave no figure for the wounded today"
    assert 0.3 <= jaccard(tokens(FIRST), tokens(other)) < 0.45
    precise_pair = match(report(FIRST), report(other, date="2024-05-12", fatalities=2))
    coarse_pair = match(report(FIRST, **coarse),  # type: ignore[arg-type]
                        report(other, date="2024-05-12", fatalities=2, **coarse))  # type: ignore[arg-type]
    assert "text only" not in precise_pair.reason and "text only" in coarse_pair.reason


def test_rare_shared_words_raise_the_score_and_need_a_store_to_count_in() -> None:
    dated = report(BOMBING, fatalities=104)
    later = report(UPDATE, fatalities=None)
    assert match(dated, later, rare=2).score > match(dated, later).score
    assert rare_limit(3) == 0 and rare_limit(50) == 4
    assert rare_limit(500) == 15 and rare_limit(10**6) == 25


def test_an_updated_toll_ties_days_apart_but_not_for_battles() -> None:
    coarse = {"latitude": None, "longitude": None, "geo_precision": 3}
    early = report(BOMBING, fatalities=104, **coarse)  # type: ignore[arg-type]
    later = report(UPDATE, fatalities=121, date="2024-05-12", **coarse)  # type: ignore[arg-type]
    assert 0.15 <= jaccard(early.tokens, later.tokens) < 0.45
    assert match(early, later).ok
    # Battle tolls add up over a campaign: a higher count a day later is a new report.
    battles = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    assert not match(dataclasses.replace(early, **battles),  # type: ignore[arg-type]
                     dataclasses.replace(later, **battles)).ok  # type: ignore[arg-type]


def test_a_toll_that_rises_in_later_reports_ties_them_and_a_falling_one_does_not() -> None:
    early = report(FIRST, fatalities=7, published="2024-05-11")
    assert toll_relation(early, report(SECOND, fatalities=12, published="2024-05-12")) == (
        "rising")
    assert toll_relation(early, report(SECOND, fatalities=21, published="2024-05-13")) == (
        "rising")
    assert toll_relation(early, report(SECOND, fatalities=25, published="2024-05-13")) is None
    # A lower count published later is no update of the earlier one.
    assert toll_relation(report(FIRST, fatalities=12, published="2024-05-11"),
                         report(SECOND, fatalities=7, published="2024-05-12")) is None


FOLLOW_UP = ("Rescuers finished clearing the burned-out petrol station on Monday; the"
             " regional governor said the dead now numbered seven.")


def test_a_follow_up_dated_days_later_joins_on_the_toll_and_the_target() -> None:
    strike = report(FIRST, target="petrol station")
    later = report(FOLLOW_UP, date="2024-05-13", target="the petrol station", actor1=None)
    assert jaccard(strike.tokens, later.tokens) < 0.25
    assert match(strike, later).ok
    # The same toll two days later, with nothing else tying it, is another strike.
    assert not match(strike, dataclasses.replace(later, target=None)).ok
    # Beyond the reporting lag, never.
    assert not match(strike, dataclasses.replace(later, date="2024-05-16")).ok


def test_different_targets_are_two_incidents_whatever_else_agrees() -> None:
    station = report(FIRST, target="petrol station")
    market = report("A Russian drone hit a covered market in Kharkiv on Sunday, killing seven"
                    " people, the regional governor said.", date="2024-05-12", target="market")
    assert jaccard(station.tokens, market.tokens) > 0.4
    assert conflict(station, market) == "different targets"
    assert not match(station, market).ok
    # On one day too: a petrol station and a market that neither report names for the
    # other are two strikes.
    assert conflict(station, dataclasses.replace(market, date="2024-05-11")) == "different targets"


def test_an_undated_report_joins_through_place_toll_and_target() -> None:
    dated = report(FIRST, target="petrol station")
    undated = report(FOLLOW_UP, date=None, date_precision=None, published="2024-05-12",
                     target="the petrol station", actor1=None)
    verdict = match(dated, undated)
    assert verdict.ok and "overlapping days" in verdict.reason
    # Published a week later, its days no longer reach the strike.
    assert not match(dated, dataclasses.replace(undated, published="2024-05-19")).ok


def test_a_city_and_its_region_match_but_not_another_region() -> None:
    region = {"latitude": 49.5, "longitude": 36.5, "geo_precision": 3}
    oblast = report(SECOND, **region)  # type: ignore[arg-type]
    assert match(report(FIRST), oblast).ok
    sumy = dataclasses.replace(oblast, admin1="Sumy Oblast", latitude=50.9, longitude=34.8)
    assert conflict(report(FIRST), sumy) == "different admin1"


KYIV = (50.45, 30.52)


def test_a_capital_and_the_region_around_it_match_on_a_large_toll_that_day() -> None:
    city = report(MARKET, latitude=KYIV[0], longitude=KYIV[1], admin1="Kyiv City",
                  fatalities=17)
    region = report(TOWN, latitude=50.05, longitude=30.77, geo_precision=3,
                    admin1="Kyiv Oblast", fatalities=17)
    assert match(city, region).ok
    assert not match(dataclasses.replace(city, fatalities=4),
                     dataclasses.replace(region, fatalities=4)).ok
    assert not match(city, dataclasses.replace(region, date="2024-05-12")).ok


RAFAH = (31.2968, 34.2436)
KHAN_YOUNIS = (31.3402, 34.3063)  # about 8 km from Rafah


def test_two_towns_a_few_km_apart_are_one_incident_only_on_a_toll_or_target() -> None:
    shelter = report("An air strike hit a school sheltering displaced families in Khan Younis"
                     " on Tuesday, killing 12.", latitude=KHAN_YOUNIS[0],
                     longitude=KHAN_YOUNIS[1], admin1="Gaza Strip", fatalities=12,
                     target="school")
    house = report("An air strike hit a house in Rafah on Tuesday, killing five members of"
                   " one family.", latitude=RAFAH[0], longitude=RAFAH[1], admin1="Gaza Strip",
                   fatalities=5, target="house")
    verdict = match(shelter, house, rare=3)  # words rare in the store do not tie them
    assert not verdict.ok and verdict.gated
    same_school = dataclasses.replace(house, fatalities=12, target="school")
    assert match(shelter, same_school).ok


def test_a_date_that_is_only_the_publication_day_may_mean_the_day_before() -> None:
    # Friday's paper, no day written: the strike it reports may be Thursday night's.
    stated = report(FIRST, date="2024-05-10", published="2024-05-11")
    fighting = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    dated_by_paper = report(SECOND, date="2024-05-11", date_basis="publication",
                            published="2024-05-11", **fighting)  # type: ignore[arg-type]
    assert match(stated, dated_by_paper).ok
    # The same day written out is a day apart, and a battle and a strike need one day.
    written = dataclasses.replace(dated_by_paper, date_basis="stated")
    assert not match(stated, written).ok
    # Both on the publication day: still read as one day.
    same = match(report(FIRST), dataclasses.replace(dated_by_paper, **{
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}))
    assert same.ok and "same day" in same.reason


def test_a_strike_read_as_fighting_joins_on_a_count_that_tells() -> None:
    fighting = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    thirty = report(FIRST, fatalities=30)
    assert match(thirty, report(SECOND, fatalities=31, **fighting)).ok  # type: ignore[arg-type]
    # A count that does not tell by itself (7 and 9) leaves a battle and a strike apart.
    assert not match(report(FIRST), report(SECOND, fatalities=9, **fighting)).ok  # type: ignore[arg-type]


MARKET = ("A car bomb tore through a crowded vegetable market in the town on Tuesday,"
          " killing 14 people and wounding dozens, a monitoring group said.")


def test_a_story_retold_weeks_later_with_its_toll_and_wording_is_one_incident() -> None:
    first = report(MARKET, fatalities=14, date="2024-05-07", date_basis="relative",
                   published="2024-05-07")
    # The same story, its day dropped, in a paper dated three weeks later (a region).
    reprint = dataclasses.replace(first, date="2024-05-29", published="2024-05-29",
                                  date_basis="publication", geo_precision=3)
    assert match(first, reprint).ok
    # Another toll, or a wording of its own, and the weeks apart keep them two incidents.
    assert not match(first, dataclasses.replace(reprint, fatalities=9)).ok
    other = dataclasses.replace(reprint, tokens=tokens(OTHER))
    assert not match(first, other).ok
    # Two dates written out as dates are trusted: weeks apart, two incidents.
    written = [dataclasses.replace(r, date_basis="stated") for r in (first, reprint)]
    assert not match(*written).ok
    # A small count ties nothing over weeks.
    assert not match(dataclasses.replace(first, fatalities=4),
                     dataclasses.replace(reprint, fatalities=4)).ok


def test_one_weekday_a_week_apart_in_one_town_on_a_telling_toll_is_one_incident() -> None:
    monday = report(FIRST, fatalities=17, date="2024-05-06", date_basis="relative")
    next_monday = report(SECOND, fatalities=15, date="2024-05-13", date_basis="relative")
    assert match(monday, next_monday).ok
    # Not whole weeks, not both weekdays, or a small count: the days keep them apart.
    assert not match(monday, dataclasses.replace(next_monday, date="2024-05-12")).ok
    assert not match(monday, dataclasses.replace(next_monday, date_basis="stated")).ok
    assert not match(dataclasses.replace(monday, fatalities=3),
                     dataclasses.replace(next_monday, fatalities=3)).ok
    # The region around the town is not the town: a week apart, two incidents.
    region = dataclasses.replace(next_monday, geo_precision=3)
    assert not match(monday, region).ok


def test_papers_of_two_days_naming_different_targets_are_two_incidents() -> None:
    # Neither names the day; the one paper is a day later and names another target.
    port = report(FIRST, date="2024-05-11", date_basis="publication", target="grain port")
    school = report(FIRST, date="2024-05-12", date_basis="publication", target="school")
    verdict = match(port, school)
    assert not verdict.ok and verdict.reason == "different targets"
    # The same target in the next day's paper is no conflict.
    assert match(port, dataclasses.replace(school, target="port")).ok


def test_a_paper_dated_report_reaches_back_one_day_not_two() -> None:
    stated = report(FIRST, date="2024-05-10", date_basis="stated")
    fighting = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    two_days_on = report(SECOND, date="2024-05-12", date_basis="publication",
                         **fighting)  # type: ignore[arg-type]
    verdict = match(stated, two_days_on)
    assert not verdict.ok and "one toll, day and place" in verdict.reason


def test_a_paper_dated_report_does_not_stretch_the_follow_up_lag() -> None:
    # Tuesday's strike, and a paper four days later with a higher toll and the same
    # target but no day: beyond the lag, whatever the paper's day may reach back.
    tuesday = report(FIRST, date="2024-05-07", date_basis="relative", target="petrol station")
    later = report(FIRST, date="2024-05-11", date_basis="publication", fatalities=9,
                   target="petrol station")
    assert not match(tuesday, later).ok
    # Three days on, a follow-up it may be.
    assert match(tuesday, dataclasses.replace(later, date="2024-05-10")).ok


# A capital that is an admin1 of its own, and a town of the region around it 50 km off.
CAPITAL = {"latitude": 50.45, "longitude": 30.52, "admin1": "Kyiv City"}
OUTER_TOWN = {"latitude": 50.06, "longitude": 30.10, "admin1": "Kyiv Oblast"}


def test_towns_across_an_admin1_border_join_only_on_a_count_of_twenty_or_more_that_day() -> None:
    fighting = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    shelled = report("Shells fired at the capital's eastern districts killed 28 people,"
                     " emergency services said.", fatalities=28, **CAPITAL)  # type: ignore[arg-type]
    clash = report("Twenty-seven soldiers died as troops fought off an assault on a base"
                   " outside a satellite town, the army said.", fatalities=27,
                   **OUTER_TOWN, **fighting)  # type: ignore[arg-type]
    assert jaccard(shelled.tokens, clash.tokens) < TOLL_TEXT  # a count, not words, ties them
    assert match(shelled, clash).ok
    # Fewer dead, or another day: the border and the distance keep them apart.
    assert not match(dataclasses.replace(shelled, fatalities=12),
                     dataclasses.replace(clash, fatalities=12)).ok
    assert not match(shelled, dataclasses.replace(clash, date="2024-05-12")).ok
    # Farther than a region reaches: never one place.
    far = dataclasses.replace(clash, latitude=49.2, longitude=28.5)
    assert match(shelled, far).reason.endswith("km apart") and match(shelled, far).gated


def test_neighbouring_regions_named_for_one_attack_join_on_a_large_toll_that_day() -> None:
    region = {"geo_precision": 3, "latitude": None, "longitude": None}
    west = report(BOMBING, fatalities=104, **{**region, "latitude": 49.9,  # type: ignore[arg-type]
                  "longitude": 36.3, "admin1": "Kharkiv Oblast"})
    east = report(UPDATE, fatalities=110, **{**region, "latitude": 49.3,  # type: ignore[arg-type]
                  "longitude": 37.2, "admin1": "Donetsk Oblast"})
    assert match(west, east).ok
    assert not match(dataclasses.replace(west, fatalities=6),
                     dataclasses.replace(east, fatalities=6)).ok
    # Regions whose points lie far apart are not beside each other.
    distant = dataclasses.replace(east, latitude=46.6, longitude=32.6, admin1="Kherson Oblast")
    assert match(west, distant).reason == "different admin1"


def test_a_large_count_ties_two_reports_more_than_a_small_one() -> None:
    fighting = {"event_type": "Battles", "sub_event_type": "Armed clash"}
    region = {"latitude": 49.5, "longitude": 36.5, "geo_precision": 3}
    words = ("Drones and shells hit the area through the day.", "Fighting raged near the"
             " front as troops repelled an assault.")
    small = (report(words[0], fatalities=8, **region),  # type: ignore[arg-type]
             report(words[1], fatalities=8, **region, **fighting))  # type: ignore[arg-type]
    assert not match(*small).ok  # a battle and a strike, eight dead each: too common
    large = [dataclasses.replace(one, fatalities=24) for one in small]
    assert match(*large).ok
    assert match(*large).score - match(*small).score == pytest.approx(0.1)


def test_a_large_toll_told_as_fighting_next_day_joins_the_strike() -> None:
    # A car bomb among evacuees' buses that one outlet codes as fighting, in the next
    # day's paper: a count of twenty-some ties the two.
    bombing = report(FIRST, fatalities=24)
    fighting = report(SECOND, event_type="Battles", sub_event_type="Armed clash",
                      date="2024-05-12", fatalities=26, actor1=None)
    assert match(bombing, fighting).ok
    # A few dead a day apart is everyday fighting, and so are counts far apart: no tie.
    few = dataclasses.replace(fighting, fatalities=7)
    assert "a battle and a strike" in match(report(FIRST), few).reason
    loose = dataclasses.replace(fighting, fatalities=34)
    assert "a battle and a strike" in match(bombing, loose).reason



def test_a_placeless_follow_up_joins_on_a_large_rising_toll_and_a_rare_name() -> None:
    first = report("Army jets bombed a crowd at a village ceremony in Sagaing, killing"
                   " at least 40 people in Tharyarwady.", fatalities=40, published="2024-05-11")
    later = report("Mourners in Tharyarwady have now buried 95 people after the raid,"
                   " the deadliest this year.", fatalities=95, date="2024-05-06",
                   date_precision="week", latitude=None, longitude=None, geo_precision=None,
                   admin1=None, country=None, published="2024-05-14")
    assert match(first, later, rare=1).ok
    assert not match(first, later, rare=0).ok  # no name in common: too little to go on
    assert not match(first, dataclasses.replace(later, fatalities=4), rare=1).ok


def test_an_air_strike_and_a_missile_attack_do_not_disagree_unless_the_means_do() -> None:
    strike = report(FIRST, weapon="aircraft")
    shelling = "Shelling/artillery/missile attack"
    missile = report(SECOND, sub_event_type=shelling, weapon="missile", actor1=None)
    rocket = report(SECOND, sub_event_type=shelling, weapon="rocket", actor1=None)
    barrage = report(SECOND, sub_event_type="Remote explosive/landmine/IED", weapon="missile",
                     actor1=None)
    # "An Israeli missile hit the house" is an air strike to one outlet and a missile
    # attack to another; aircraft against a rocket launcher are two means, two sub-types.
    assert match(strike, missile).score > match(strike, rocket).score
    assert match(strike, missile).score > match(strike, barrage).score


def test_a_later_report_of_wounded_only_is_not_the_deadly_strike() -> None:
    deadly = report(FIRST, published="2024-05-11")
    wounded = report("Russian drones hit homes in Kharkiv on Saturday, wounding five people,"
                     " the governor said.", fatalities=None, injured=5, published="2024-05-11")
    without_wounded = dataclasses.replace(wounded, injured=None)
    assert match(deadly, wounded).score < match(deadly, without_wounded).score
    # The morning's first report may know only of the wounded: no penalty then.
    early = dataclasses.replace(wounded, published="2024-05-10")
    assert match(deadly, early).score == match(deadly, without_wounded).score


def test_one_kind_of_target_on_two_stated_days_is_two_strikes() -> None:
    # A market hit on Monday, another on Tuesday, each told "on <weekday>" by its paper.
    monday = report("Warplanes hit a vegetable market in the east of the city on Monday,"
                    " killing five.", fatalities=5, target="vegetable market",
                    date_basis="relative", published="2024-05-11")
    tuesday = report("Jets struck a crowded market in the north of the city on Tuesday,"
                     " killing eight.", fatalities=8, target="crowded market",
                     date="2024-05-12", date_basis="relative", published="2024-05-12")
    verdict = match(monday, tuesday)
    assert not verdict.ok and verdict.reason == "two stated days without one toll or alike text"
    # One count ties them: "Saturday's attack" told as Sunday's by another outlet.
    assert match(monday, dataclasses.replace(tuesday, fatalities=5)).ok


def test_the_count_of_wounded_ties_reports_whose_tolls_moved_apart() -> None:
    first = report("Three missiles struck the centre of Kharkiv on Wednesday morning, killing"
                   " 13 people and wounding 61.", fatalities=13, injured=61,
                   date_basis="relative", published="2024-05-11")
    # The next day's paper dates the strike by the day the toll rose.
    update = report("The toll from the missile attack on Kharkiv rose to 17 on Thursday,"
                    " officials said; 60 people were wounded.", fatalities=17, injured=60,
                    date="2024-05-12", date_basis="relative", published="2024-05-12")
    assert match(first, update).ok
    assert not match(first, dataclasses.replace(update, injured=25)).ok
    assert not match(first, dataclasses.replace(update, injured=None)).ok


def test_a_village_massacre_read_as_a_clash_joins_on_one_toll_and_day() -> None:
    massacre = report("Gunmen on motorcycles stormed a village in the district on Sunday"
                      " and shot dead 21 residents.", event_type="Violence against civilians",
                      sub_event_type="Attack", fatalities=21, actor1=None, weapon=None)
    clash = report("Twenty-one people died in fighting when armed men attacked the village"
                   " on Sunday, residents said.", event_type="Battles",
                   sub_event_type="Armed clash", fatalities=21, actor1=None, weapon=None)
    assert match(massacre, clash).ok
    # Seven soldiers dead at a base and seven villagers shot at their fields, one day and
    # town: a count that small ties a battle to no attack on civilians.
    seven = {"fatalities": 7}
    verdict = match(dataclasses.replace(massacre, **seven), dataclasses.replace(clash, **seven))
    assert "a battle and a strike or attack" in verdict.reason


def test_an_unplaced_report_naming_the_other_s_town_is_placed_there() -> None:
    placed = report("Russian missiles struck Kharkiv late on Saturday, killing eight people.",
                    fatalities=8, place="Kharkiv", published="2024-05-11")
    unplaced = report("Kharkiv on Monday buried 12 of those killed in Saturday's missile"
                      " strike.", fatalities=12, latitude=None, longitude=None,
                      geo_precision=None, admin1=None, country=None, published="2024-05-13")
    assert match(placed, unplaced).ok
    # The words name another town: nothing places the report, and the text is too thin.
    elsewhere = dataclasses.replace(placed, place="Poltava")
    assert "no place on one side" in match(elsewhere, unplaced).reason


def test_a_toll_update_dated_by_its_own_day_reaches_back_to_the_strike() -> None:
    strike = report("A guided bomb hit a crowded hardware store in Kharkiv on Saturday,"
                    " killing 12 people.", fatalities=12, target="hardware store",
                    date_basis="relative", published="2024-05-11")
    # "said on Sunday" gave the update Sunday's date: the day of the update, not the strike.
    update = report("The number of people killed in the bombing of a supermarket in Kharkiv"
                    " has risen to 16, officials said on Sunday.", fatalities=16,
                    target="supermarket", date="2024-05-12", date_basis="relative",
                    published="2024-05-12")
    assert match(strike, update).ok
    # Told as a new strike on Sunday, a second shop hit is another incident.
    sunday = dataclasses.replace(update, tokens=tokens(
        "Jets struck a supermarket in Kharkiv on Sunday, killing 16 people."))
    assert not match(strike, sunday).ok


DEPOT_UPDATE = ("The number of people killed when a drone hit a fuel depot on the edge of the town"
          " has climbed to 34 as rescuers searched the rubble, the mayor said.")
DEPOT_FIRST = ("A drone struck a fuel depot in the town on Saturday, killing at least 21 people,"
               " the emergency service said.")


def test_an_undated_follow_up_days_later_joins_on_a_large_risen_count() -> None:
    dated = report(DEPOT_FIRST, fatalities=21, date="2024-05-11", date_basis="relative",
                   published="2024-05-11")
    later = report(DEPOT_UPDATE, fatalities=34, date="2024-05-14", date_basis="publication",
                   published="2024-05-14", actor1=None, target=None)
    assert match(dated, later).ok
    # One day stated by each side is two days: a count of that size told "on Tuesday",
    # not as an update, is a new incident.
    stated = dataclasses.replace(later, date_basis="relative", tokens=tokens(
        "Drones hit a fuel depot on the edge of the town on Tuesday, killing 34 people as"
        " it burned, the mayor said."))
    assert not match(dated, stated).ok
    # Small counts rise by chance; another town is another incident.
    assert not match(dataclasses.replace(dated, fatalities=4),
                     dataclasses.replace(later, fatalities=6)).ok
    elsewhere = dataclasses.replace(later, latitude=CHUHUIV[0], longitude=CHUHUIV[1])
    assert not match(dated, elsewhere).ok
    # Two region-wide counts days apart are two of the region's many incidents.
    region = {"latitude": 49.6, "longitude": 36.4, "geo_precision": 3}
    assert match(dataclasses.replace(dated, **region), later).ok  # a town in the region
    assert not match(dataclasses.replace(dated, **region),
                     dataclasses.replace(later, **region)).ok
    # A follow-up cannot come out before the incident it follows.
    early = dataclasses.replace(later, date="2024-05-08", published="2024-05-08")
    assert not match(dated, early).ok


def test_a_year_for_a_date_is_read_by_the_publication_and_needs_one_count() -> None:
    dated = report(DEPOT_FIRST, fatalities=21, date="2024-05-11", date_basis="relative",
                   published="2024-05-12")
    yearly = report(DEPOT_UPDATE, fatalities=21, date="2019", date_precision="year",
                    date_basis="stated", published="2024-05-12", target=None)
    assert match(dated, yearly).ok
    other_count = dataclasses.replace(yearly, fatalities=9)
    verdict = match(dated, other_count)
    assert not verdict.ok and verdict.gated


def test_a_car_bomb_and_a_suicide_bombing_in_one_town_that_day_do_not_disagree() -> None:
    car = report("A car packed with explosives blew up beside a queue of buses at the"
                 " crossing, killing 40 people.", event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED", weapon="car bomb",
                 fatalities=40, actor1=None)
    bomber = report("A suicide attacker drove into the buses waiting at the crossing and"
                    " detonated his load; at least 52 were dead by evening, medics said.",
                    sub_event_type="Suicide bomb", weapon="suicide bomb", fatalities=52,
                    actor1=None, date="2024-05-12")
    assert match(car, bomber).ok
    shelled = dataclasses.replace(bomber, sub_event_type="Shelling/artillery/missile attack",
                                  weapon="artillery")
    assert not match(car, shelled).ok


def test_a_toll_update_dated_by_its_statement_joins_the_raid_days_earlier() -> None:
    # "has risen to 44, the council said on Friday": Friday is the statement's day.
    raid = report("Gunmen on motorcycles killed at least 25 villagers on Tuesday night.",
                  event_type="Violence against civilians", sub_event_type="Attack",
                  date="2024-03-05", weapon=None, actor1=None, fatalities=25,
                  published="2024-03-06")
    update = dataclasses.replace(
        raid, date="2024-03-08", date_basis="relative", published="2024-03-08",
        fatalities=44, tokens=tokens("The toll from the raids on farming villages has risen"
                                     " to 44, the council chairman said on Friday."))
    assert match(raid, update).ok
    # A new raid told with its own day and a count of its own is another incident.
    other = dataclasses.replace(update, tokens=tokens("Gunmen killed 44 people in raids on"
                                                      " three villages on Friday."))
    assert not match(raid, other).ok


def test_a_district_and_a_town_in_it_are_one_area() -> None:
    town = report("Gunmen burned houses in Dorvan overnight, residents said.",
                  latitude=9.52, longitude=9.10, place="Dorvan", admin2="Dorvan",
                  fatalities=None, date="2024-03-05")
    district = dataclasses.replace(
        town, latitude=9.46, longitude=9.16, geo_precision=2, place="Dorvan district",
        tokens=tokens("Attacks on villages in Dorvan district killed dozens overnight."))
    assert match(town, district).ok
    # A town of another name, as far from the first, is another place.
    other = dataclasses.replace(district, place="Kelto", admin2="Kelto")
    assert not match(town, other).ok


def test_a_large_toll_risen_over_the_same_days_in_one_town_is_one_massacre() -> None:
    # Told a weekend apart by two outlets in words that share little.
    first = report("Militants stormed the town at the weekend and at least 50 people were"
                   " killed, sources said.", event_type="Violence against civilians",
                   sub_event_type="Attack", weapon=None, actor1=None, fatalities=50,
                   date="2024-05-25", date_basis="relative", published="2024-05-27")
    later = dataclasses.replace(
        first, fatalities=80, published="2024-05-30",
        tokens=tokens("More than 80 residents died when assailants went from house to house"
                      " on Saturday, a rights group said on Thursday."))
    assert match(first, later).ok
    # Small counts rise by chance: two raids with a few dead stay two.
    assert not match(dataclasses.replace(first, fatalities=5),
                     dataclasses.replace(later, fatalities=8)).ok


def test_a_report_placed_only_in_its_country_joins_on_target_and_a_large_toll() -> None:
    # "a jail in northern Yemen": no town, but the jail and a risen count of 60 tie it.
    first = report("An air strike on the jail in the city killed at least 45 inmates.",
                   target="jail", fatalities=45, published="2024-05-11")
    update = dataclasses.replace(
        first, latitude=None, longitude=None, geo_precision=None, admin1=None,
        target="detention centre", fatalities=60, date="2024-05-12", published="2024-05-12",
        tokens=tokens("The number killed in the bombing of a detention centre in the north of"
                      " the country rose to 60, health officials said."))
    assert match(first, update).ok
    # A small count with the target does not place it.
    assert not match(dataclasses.replace(first, fatalities=3),
                     dataclasses.replace(update, fatalities=4)).ok
