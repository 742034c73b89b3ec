"""Which stored event a new report joins: the article's counted lead chooses first, and
a name every joined article uses still counts as rare for that event."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from store_backends import Stores

from newsift.model import Document, Event, Extraction, Location, Span
from newsift.store.corrections import correct_event
from newsift.store.linking import linkable
from newsift.store.matching import vetoed
from newsift.store.merge import choosing_order
from newsift.store.sqlstore import SQLStore

DNIPRO = Location("Dnipro", "Dnipropetrovsk Oblast", "Ukraine", 48.4647, 35.0462, 1)
SUMY = Location("Sumy", "Sumy Oblast", "Ukraine", 50.9077, 34.7981, 1)


def strike(name: str, seq: int, text: str, killed: int | None, *, at: int = 0,
           day: str = "2024-03-09", where: Location = DNIPRO) -> Event:
    return Event(id=f"{name}-{seq}", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", date=day,
                 date_precision="day", actor1=None, actor2=None, weapon="missile",
                 target=None, location=where, fatalities=killed, injured=None,
                 evidence=[Span(at, at + len(text), text)])


def paper(name: str, *sentences: tuple[str, int | None], day: str = "2024-03-09",
          where: Location = DNIPRO) -> Extraction:
    """One article; each sentence (text, dead) is one of its events, in text order."""
    text = " ".join(sentence for sentence, _ in sentences)
    events, at = [], 0
    for seq, (sentence, killed) in enumerate(sentences):
        events.append(strike(name, seq, sentence, killed, at=at, day=day, where=where))
        at += len(sentence) + 1
    return Extraction(Document(name, f"https://{name}.example/news", None, day, "header",
                               "en", text), events)


@pytest.fixture
def store(stores: Stores) -> Iterator[SQLStore]:
    with stores.open() as opened:
        yield opened


SCENE = "Missiles slammed into the centre of Dnipro on Saturday morning, witnesses said."
COUNT = "Rescuers said 22 people died when a missile hit an apartment block in Dnipro."


def test_an_article_s_counted_incident_chooses_before_the_scene_it_opens_on() -> None:
    opening = paper("x", (SCENE, None), (COUNT, 22)).events
    assert choosing_order(opening) == [1, 0]
    assert choosing_order(paper("y", (COUNT, 22), (SCENE, 3)).events) == [0, 1]
    assert choosing_order(paper("z", (SCENE, None), (SCENE, None)).events) == [0, 1]


def test_the_counted_incident_takes_the_stored_event_both_of_an_article_s_events_match(
    store: SQLStore,
) -> None:
    store.add(paper("wire", (COUNT.replace("Rescuers said", "Officials said on Saturday"), 22)))
    store.add(paper("daily", (SCENE.replace("witnesses", "officials"), None), (COUNT, 22)))
    # Both of the daily's events match the wire's strike: its counted one joins it.
    assert store.document_event_ids("daily")[1] == store.document_event_ids("wire")[0]
    assert store.document_event_ids("daily")[0] != store.document_event_ids("wire")[0]


def test_a_report_joins_the_event_of_another_article_s_counted_lead(store: SQLStore) -> None:
    store.add(paper("wire", (SCENE, None), (COUNT, 22)))
    assert store.count_events() == 2
    # Reads like the wire's scene and ties its count: it joins the counted incident.
    store.add(paper("radio", (f"{SCENE} Twenty-two were killed, 22 in all.", 22)))
    assert store.document_event_ids("radio")[0] == store.document_event_ids("wire")[1]


VILLAGE = ("A strike on Ostrivka near Dnipro on Saturday killed Mykola Tarasiuk, the"
           " village's schoolteacher, and wounded his wife, the governor said.")


def test_a_village_every_joined_article_names_still_ties_a_new_report_to_them(
    store: SQLStore,
) -> None:
    for number, source in enumerate(("the governor", "police", "a local official",
                                      "neighbours", "the regional council")):
        store.add(paper(f"outlet{number}", (VILLAGE.replace("the governor", source), None)))
    for number, day in enumerate(("2024-03-02", "2024-03-04", "2024-03-14", "2024-03-20",
                                  "2024-03-25")):
        store.add(paper(f"other{number}", (f"Shelling damaged homes in Sumy; case {number}.",
                                           None), day=day, where=SUMY))
    assert store.count_events() == 6 and store.counts()["documents"] == 10
    # Little wording in common, but the village and the teacher's name, which only the
    # five articles of that event use.
    late = paper("late", ("Relatives buried Tarasiuk in Ostrivka after the missile attack"
                          " on the city's outskirts.", None))
    assert store.add(late).events_merged == 1
    assert store.document_event_ids("late")[0] == store.document_event_ids("outlet0")[0]


def test_reports_naming_two_neighbouring_regions_for_one_large_toll_meet(
    store: SQLStore,
) -> None:
    west = Location("Poltava Oblast", "Poltava Oblast", "Ukraine", 49.6, 34.5, 3)
    east = Location("Kharkiv Oblast", "Kharkiv Oblast", "Ukraine", 49.5, 35.6, 3)
    store.add(paper("west", ("A missile struck a crowded rail junction on the regional border"
                             " on Saturday, killing 41 people, officials said.", 41), where=west))
    store.add(paper("east", ("Forty-one people were killed when a missile hit a rail junction"
                             " near the border of the region on Saturday.", 41), where=east))
    assert store.count_events() == 1


def test_an_early_low_count_does_not_keep_a_related_type_from_the_event(
    store: SQLStore,
) -> None:
    # A strike first counted at 30, then 50; a week later an outlet codes it as an attack
    # on civilians with 57 dead. The first count ties nothing to 57, the second does.
    store.add(paper("first", ("A missile hit the crowded station in Dnipro, killing 30.", 30)))
    store.add(paper("second", ("The toll from the missile strike on the station in Dnipro"
                               " rose to 50 on Saturday.", 50)))
    assert store.count_events() == 1
    text = "Investigators said the missile that hit the station in Dnipro killed 57."
    attack = Event(id="week-0", event_type="Violence against civilians",
                   sub_event_type="Attack", date="2024-03-09", date_precision="day",
                   actor1=None, actor2=None, weapon=None, target=None, location=DNIPRO,
                   fatalities=57, injured=None, evidence=[Span(0, len(text), text)])
    store.add(Extraction(Document("week", "https://week.example/news", None, "2024-03-15",
                                  "header", "en", text), [attack]))
    assert store.count_events() == 1


# A made-up town: the rule reads coordinates and names, not a gazetteer.
HLYBOKE = Location("Hlyboke Pole", "Poltava Oblast", "Ukraine", 49.31, 33.87, 1)


def told(name: str, text: str, killed: int | None, target: str | None,
         day: str = "2024-08-17") -> Extraction:
    event = Event(id=f"{name}-0", event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", date=day,
                  date_precision="day", actor1="Russia", actor2=None, weapon="missile",
                  target=target, location=HLYBOKE, fatalities=killed, injured=None,
                  evidence=[Span(0, len(text), text)])
    return Extraction(Document(name, f"https://{name}.example/news", None, day, "header",
                               "en", text), [event])


def strike_told_three_times(store: SQLStore) -> Extraction:
    """Three outlets on one market strike, one of them geocoded at a hamlet 8 km off
    (its count ties it to the others); and a later report the hamlet alone refuses
    (no count, but the market and much of the first's wording: another town, no toll or
    target in common)."""
    store.add(told("first", "A missile hit the grain market of Hlyboke Pole on Saturday,"
                   " killing 26 people, the governor said.", 26, "market"))
    store.add(told("second", "Twenty-six people died when a Russian missile struck traders"
                   " at the Hlyboke Pole market on Saturday.", 26, None))
    stray = told("third", "Rescuers pulled bodies from the rubble after a missile attack on"
                 " Saturday left 26 dead, the emergency service said.", 26, None)
    hamlet = Location("Mala Pole", "Poltava Oblast", "Ukraine", 49.38, 33.87, 1)
    store.add(Extraction(stray.document, [replace(stray.events[0], location=hamlet)]))
    assert store.count_events() == 1
    return told("late", "The grain market of Hlyboke Pole stayed shut on Saturday after the"
                " missile hit it, the governor said.", None, "bazaar")


def test_one_stray_source_of_a_well_told_incident_keeps_no_later_report_out(
    store: SQLStore,
) -> None:
    late = strike_told_three_times(store)
    # One source of three refuses it.
    assert store.add(late).events_merged == 1
    assert store.count_events() == 1


def test_past_a_stray_source_a_report_must_match_the_event_as_most_sources_tell_it(
    store: SQLStore,
) -> None:
    late = strike_told_three_times(store)
    # An editor dates the event two days earlier: a report of Saturday is not it, though
    # the first source's day still says Saturday.
    correct_event(store, "first-0", {"date": "2024-08-15"})
    assert store.add(late).events_merged == 0
    assert store.count_events() == 2


def test_a_report_most_of_an_event_s_sources_refuse_stays_apart(store: SQLStore) -> None:
    store.add(told("first", "A missile hit the grain market of Hlyboke Pole on Saturday,"
                   " killing 26 people, the governor said.", 26, "market"))
    store.add(told("second", "Twenty-six people died when a Russian missile struck traders"
                   " at the Hlyboke Pole bazaar on Saturday.", 26, "bazaar"))
    store.add(told("third", "A missile attack on Hlyboke Pole on Saturday left 26 dead,"
                   " officials said.", 26, None))
    assert store.count_events() == 1
    # Matches the third, which names no target; the two that name the market refuse it.
    school = told("school", "A missile attack on a school in Hlyboke Pole on Saturday left"
                  " 26 dead, officials said.", 26, "school")
    store.add(school)
    assert store.count_events() == 2


def test_among_few_sources_one_refusal_vetoes_among_many_half_of_them_do() -> None:
    assert vetoed(1, 2) and not vetoed(0, 2)
    assert not vetoed(1, 3) and vetoed(2, 3)
    assert not vetoed(2, 5) and vetoed(3, 6)


def one_event(plain: SQLStore, *reports: Extraction) -> None:
    """Add the reports to a store without dedup and merge them by hand into the first's."""
    for report in reports:
        plain.add(report)
    for report in reports[1:]:
        plain.merge_events(reports[0].events[0].id, report.events[0].id)


def market_strike_with_a_stray(plain: SQLStore) -> None:
    """Event "a-0": two outlets on the market strike and one the geocoder put at a
    hamlet 8 km off, with no count (merged by hand)."""
    stray = told("c", "Rescuers pulled bodies from the rubble after a missile attack on"
                 " Saturday left 26 dead.", None, None)
    hamlet = Location("Mala Pole", "Poltava Oblast", "Ukraine", 49.38, 33.87, 1)
    one_event(plain, told("a", "A missile hit the grain market of Hlyboke Pole on Saturday,"
                          " killing 26 people, the governor said.", 26, "market"),
              told("b", "Twenty-six people died when a missile struck traders at the"
                   " Hlyboke Pole market on Saturday.", 26, None),
              Extraction(stray.document, [replace(stray.events[0], location=hamlet)]))


def test_halves_of_an_incident_link_past_one_stray_source_if_their_values_match(
    stores: Stores,
) -> None:
    with stores.open("plain", dedup=False) as plain:
        market_strike_with_a_stray(plain)
        one_event(plain, told("d", "The market of Hlyboke Pole lay in ruins on Saturday"
                              " after the missile strike that killed 26 traders.", 26, "bazaar"),
                  told("e", "Traders mourned 26 colleagues killed when a missile hit the"
                       " Hlyboke Pole market on Saturday.", 26, None))
        one_event(plain, told("p", "Air raid sirens sounded twice over Hlyboke Pole on"
                              " Saturday night.", None, None),
                  told("q", "Residents of Hlyboke Pole spent Saturday night in shelters as"
                       " sirens wailed.", None, None))
        # The hamlet, with no count, refuses both of the other half (another town, no
        # toll or target in common): two pairs of six; the halves' own values agree.
        assert linkable(plain.conn, "a-0", "d-0")
        # Only the hamlet refuses the sirens too, but a night of sirens is not the strike.
        assert not linkable(plain.conn, "a-0", "p-0")
        # Without the second outlet the hamlet is half of its side: two pairs of four.
        plain.split_event("a-0", ["b"])
        assert not linkable(plain.conn, "a-0", "d-0")
