"""Merging on ingest, stable ids, corrections that outlast re-ingest, merge and split (on
both backends, but for the SQLite-only query plan and old-version migration)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_backends import Stores

from newsift.model import Document, Event, Extraction, Location, Span
from newsift.store import EventQuery, SQLiteStore
from newsift.store.corrections import correct_event, merge_events, split_event
from newsift.store.linking import linkable
from newsift.store.matching import _candidate_sql, word_documents
from newsift.store.merge import blocking_values, latest_toll
from newsift.store.schema import MIGRATIONS
from newsift.store.sqlstore import SQLStore

KHARKIV = Location("Kharkiv", "Kharkiv Oblast", "Ukraine", 49.98081, 36.25272, 1)
IZIUM = Location("Izium", "Kharkiv Oblast", "Ukraine", 49.2103, 37.2563, 1)


def article(doc_id: str, text: str, *, date: str = "2024-05-11", killed: int | None = 7,
            injured: int | None = None, where: Location | None = KHARKIV,
            sub: str = "Air/drone strike") -> Extraction:
    event = Event(
        id=f"ev-{doc_id}", event_type="Explosions/Remote violence", sub_event_type=sub,
        date=date, date_precision="day", actor1="Russia", actor2="Civilians (Ukraine)",
        weapon="drone", target=None, location=where, fatalities=killed, injured=injured,
        evidence=[Span(0, len(text), text)])
    document = Document(id=doc_id, source=f"https://{doc_id}.example/story", title=None,
                        published=date, published_basis="header", language="en", text=text)
    return Extraction(document=document, events=[event])


OUTLET_A = article("outlet-a", "A Russian drone hit a petrol station in Kharkiv on Saturday,"
                   " killing seven people including three children, the governor said.")
OUTLET_B = article("outlet-b", "Seven people were killed when a drone struck a petrol station"
                   " in Kharkiv; 15 houses burned, officials said.", killed=7, injured=15)
OUTLET_C = article("outlet-c", "The toll from the drone strike on a Kharkiv petrol station"
                   " rose to nine, the governor said on Saturday.", killed=9)
NEXT_DAY = article("next-day", "Shelling damaged a school and a power line in northern"
                   " Kharkiv overnight.", date="2024-05-12", killed=2,
                   sub="Shelling/artillery/missile attack")


@pytest.fixture
def store(stores: Stores) -> Iterator[SQLStore]:
    with stores.open() as opened:
        yield opened


def test_three_outlets_on_one_strike_are_one_event_with_every_source(
    store: SQLStore,
) -> None:
    results = [store.add(x) for x in (OUTLET_A, OUTLET_B, OUTLET_C)]
    assert [(r.events_added, r.events_merged) for r in results] == [(1, 0), (0, 1), (0, 1)]
    (event,) = store.events()
    assert event["id"] == "ev-outlet-a"  # the first report's id, kept as sources join
    assert event["sources_count"] == 3
    assert [(s["document_id"], s["fatalities"], s["injured"]) for s in event["sources"]] == [
        ("outlet-a", 7, None), ("outlet-b", 7, 15), ("outlet-c", 9, None)]
    # ACLED's conservative rule: the lowest stated figure; the range spans the sources.
    assert (event["fatalities"], event["injured"]) == (7, 15)
    assert (event["fatalities_low"], event["fatalities_high"]) == (7, 9)
    # Each document still gives back exactly what was extracted from it.
    assert store.get_document("outlet-c") == OUTLET_C
    assert store.events(EventQuery(search="houses"))[0]["id"] == "ev-outlet-a"


def test_the_id_comes_from_content_not_from_arrival_order(stores: Stores) -> None:
    with stores.open("other") as other:
        for x in (OUTLET_B, OUTLET_A):
            other.add(x)
        assert [e["id"] for e in other.events()] == ["ev-outlet-b"]
        event = other.get_event("ev-outlet-b")
        assert event is not None and event["sources"][0]["document_id"] == "outlet-b"


def test_another_incident_next_day_in_the_same_city_stays_apart(store: SQLStore) -> None:
    store.add(OUTLET_A)
    assert store.add(NEXT_DAY).events_added == 1
    far = article("izium", "A drone hit a petrol station in Izium on Saturday, killing seven.",
                  where=IZIUM)
    assert store.add(far).events_added == 1
    assert store.counts()["events"] == 3


def test_without_dedup_every_report_is_its_own_event(stores: Stores) -> None:
    with stores.open("plain", dedup=False) as plain:
        for x in (OUTLET_A, OUTLET_B):
            plain.add(x)
        assert plain.counts()["events"] == 2


def test_a_correction_survives_reingest_and_new_sources(store: SQLStore, stores: Stores) -> None:
    store.add(OUTLET_A)
    correct_event(store, "ev-outlet-a", {"fatalities": "8", "location.name": "Kharkiv city"},
                  author="analyst")
    for x in (OUTLET_A, OUTLET_B, OUTLET_C):  # re-ingest everything, one new source more
        store.add(x)
    store.close()
    with stores.open() as reopened:
        for x in (OUTLET_A, OUTLET_B, OUTLET_C):
            assert reopened.add(x).already_present
        event = reopened.get_event("ev-outlet-a")
        assert event is not None
        assert (event["fatalities"], event["location"]["name"]) == (8, "Kharkiv city")
        assert (event["fatalities_low"], event["fatalities_high"]) == (7, 9)
        assert [s["fatalities"] for s in event["sources"]] == [7, 7, 9]  # extracted kept
        assert [(c["field"], c["value"], c["author"]) for c in event["corrections"]] == [
            ("fatalities", 8, "analyst"), ("location_name", "Kharkiv city", "analyst")]
        # Filters read the corrected values.
        assert reopened.count_events(EventQuery(place="kharkiv city")) == 1
        assert reopened.count_events(EventQuery(min_fatalities=8)) == 1


def test_bad_corrections_are_refused(store: SQLStore) -> None:
    store.add(OUTLET_A)
    with pytest.raises(ValueError, match="cannot correct"):
        correct_event(store, "ev-outlet-a", {"colour": "red"})
    with pytest.raises(ValueError, match="date must be"):
        correct_event(store, "ev-outlet-a", {"date": "May 11"})
    with pytest.raises(ValueError, match="unknown event_type"):
        correct_event(store, "ev-outlet-a", {"event_type": "Skirmish"})
    with pytest.raises(KeyError):
        correct_event(store, "ev-nope", {"fatalities": 1})
    assert store.event_corrections("ev-outlet-a") == []


def test_merge_by_hand_then_split_the_wrong_merge_back(store: SQLStore) -> None:
    for x in (OUTLET_A, NEXT_DAY):
        store.add(x)
    correct_event(store, "ev-next-day", {"actor1": "Russia (military)"})
    assert merge_events(store, "ev-outlet-a", "ev-next-day") == "ev-outlet-a"
    (event,) = store.events()
    assert [s["document_id"] for s in event["sources"]] == ["outlet-a", "next-day"]
    assert event["actor1"] == "Russia (military)"  # the merged event's correction moved
    assert (store.get_event("ev-next-day") or {})["id"] == "ev-outlet-a"  # old links resolve
    new_id = split_event(store, "ev-outlet-a", ["next-day"])
    assert new_id == "ev-next-day"  # the split-off report's own id, from its content
    assert sorted(e["id"] for e in store.events()) == ["ev-next-day", "ev-outlet-a"]
    assert (store.get_event("ev-next-day") or {})["date"] == "2024-05-12"
    assert (store.get_event("ev-outlet-a") or {})["fatalities"] == 7
    with pytest.raises(ValueError, match="at least one source"):
        split_event(store, "ev-outlet-a", ["outlet-a"])
    with pytest.raises(ValueError, match="no source"):
        split_event(store, "ev-outlet-a", ["someone-else"])


def test_candidates_come_from_indexes_not_a_scan(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "plan.db")
    store.add(OUTLET_A)
    store.close()
    sql, params = _candidate_sql(OUTLET_B.events[0])
    conn = sqlite3.connect(store.path)
    plan = " ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    conn.close()
    assert "events_by_cell" in plan and "events_by_admin1" in plan
    assert "SCAN events" not in plan.replace("SCAN events_", "")


def test_a_version_2_database_gains_dedup_on_open(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
    for version, statements in enumerate(MIGRATIONS[:2], start=1):
        for statement in statements:
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version VALUES (?, '2024-01-01')", (version,))
    conn.close()
    with SQLiteStore(path) as store:
        store.add(OUTLET_A)
        assert store.add(OUTLET_B).events_merged == 1


def test_reextracting_with_a_newer_newsift_keeps_corrections(store: SQLStore) -> None:
    for x in (OUTLET_A, OUTLET_B):
        store.add(x)
    correct_event(store, "ev-outlet-a", {"fatalities": 8})
    # A newer extraction of outlet A: another toll, a new evidence span, same event id.
    newer = article("outlet-a", OUTLET_A.document.text, killed=6)
    result = store.reextract(newer)
    assert result.stored and store.counts()["documents"] == 2
    (event,) = store.events()
    assert event["id"] == "ev-outlet-a" and event["fatalities"] == 8
    assert sorted(s["fatalities"] for s in event["sources"]) == [6, 7]
    assert store.get_document("outlet-a") == newer
    assert store.documents(search="governor")[0]["id"] == "outlet-a"  # search index kept
    # A re-extraction that finds no event leaves the event to its other source.
    store.reextract(Extraction(document=OUTLET_A.document, events=[]))
    (event,) = store.events()
    assert [s["document_id"] for s in event["sources"]] == ["outlet-b"]
    assert (event["id"], event["fatalities"]) == ("ev-outlet-a", 8)


def test_an_undated_report_matches_over_the_days_before_its_publication(
    store: SQLStore,
) -> None:
    store.add(OUTLET_A)
    headline = article("headline", "Drone strike on Kharkiv petrol station kills seven,"
                       " three children among the dead", date="2024-05-12")
    headline.events[0].date = headline.events[0].date_precision = None
    assert store.add(headline).events_merged == 1
    old = article("old-news", headline.document.text, date="2024-05-20")
    old.events[0].date = old.events[0].date_precision = None
    assert store.add(old).events_added == 1  # published a week later: another incident
    (first, second) = store.events()
    assert first["date"] == "2024-05-11" and first["sources_count"] == 2
    assert second["date"] is None


def test_the_date_most_sources_give_wins_over_the_first_reports(store: SQLStore) -> None:
    misdated = article("misdated", OUTLET_A.document.text, date="2024-05-12")
    for x in (misdated, OUTLET_A, OUTLET_B):
        store.add(x)
    (event,) = store.events()
    assert event["id"] == "ev-misdated" and event["date"] == "2024-05-11"
    assert [s["document_id"] for s in event["sources"]] == ["misdated", "outlet-a", "outlet-b"]


def rare_words(store: SQLStore, words: frozenset[str]) -> frozenset[str]:
    """The words few stored documents use, as matching counts them."""
    seen, limit = word_documents(store.conn, words)
    return frozenset(word for word, count in seen.items() if 0 < count <= limit)


def test_rare_words_are_those_few_stored_documents_use(store: SQLStore) -> None:
    for day in range(1, 13):
        # One strike a day somewhere else, each named once; "drone" in every one.
        store.add(article(f"daily-{day}", f"A drone hit Village{day} overnight, officials said.",
                          date=f"2024-04-{day:02d}", where=IZIUM, killed=None))
    store.add(OUTLET_A)
    store.add(article("outlet-d", "A drone hit a petrol station in Kharkiv; village12 mourns.",
                      killed=None))
    found = rare_words(store, frozenset({"petrol", "drone", "village12", "unseen"}))
    assert found == {"petrol", "village12"}


def test_a_small_store_calls_no_word_rare(store: SQLStore) -> None:
    store.add(OUTLET_A)
    store.add(OUTLET_B)
    assert rare_words(store, frozenset({"petrol", "kharkiv"})) == frozenset()


def test_an_undated_update_of_a_large_toll_joins_and_keeps_both_figures(
    store: SQLStore,
) -> None:
    first = article("bombing", "A car bomb hit buses carrying evacuees at a checkpoint in"
                    " Kharkiv, killing at least 104 people.", killed=104,
                    sub="Remote explosive/landmine/IED")
    update = article("update", "The toll from the weekend car bombing of evacuee buses"
                     " rose to 121 on Sunday, rescuers said.", date="2024-05-12",
                     killed=121, sub="Remote explosive/landmine/IED")
    update.events[0].date = update.events[0].date_precision = None
    small = article("small", "Two people died when a car bomb went off in a Kharkiv"
                    " courtyard, police said.", date="2024-05-12", killed=2,
                    sub="Remote explosive/landmine/IED")
    small.events[0].date = small.events[0].date_precision = None
    store.add(first)
    assert store.add(update).events_merged == 1
    assert store.add(small).events_added == 1  # an unknown day and nothing in common
    event = store.get_event("ev-bombing") or {}
    assert (event["fatalities_low"], event["fatalities_high"]) == (104, 121)


def test_a_report_is_weighed_as_the_source_it_reads_like_tells_it(store: SQLStore) -> None:
    first = article("early", "A suicide bomber blew himself up at a wedding hall in Kharkiv,"
                    " killing 10 guests, police said.", killed=10, sub="Suicide bomb")
    second = article("later", "The toll from the suicide bombing of a wedding hall in Kharkiv"
                     " rose to 14, police said, as guests buried the dead.", killed=14,
                     sub="Remote explosive/landmine/IED")
    store.add(first)
    assert store.add(second).events_merged == 1
    event = store.get_event("ev-early") or {}
    assert (event["fatalities"], event["sub_event_type"]) == (10, "Suicide bomb")
    # It reads most like the later report: weighed as that source tells the incident,
    # 15 ties its 14 (not the event's lowest, 10) and its sub-type agrees.
    third = article("third", "The toll rose to 15 on Sunday as families buried the dead,"
                    " a hospital official said.", killed=15,
                    sub="Remote explosive/landmine/IED")
    assert store.add(third).events_merged == 1


def test_a_target_the_source_it_reads_like_names_is_no_conflict(store: SQLStore) -> None:
    first = article("wire", "Russian missiles hit a crowded market in Kharkiv on Saturday,"
                    " killing 17 people, the governor said.", killed=17)
    first.events[0].target = "toll"  # a noisy target, as extraction sometimes gives
    second = article("daily", "Seventeen people died when Russian missiles struck a busy"
                     " Kharkiv market on Saturday, the governor said.", killed=17)
    second.events[0].target = "market"
    store.add(first)
    assert store.add(second).events_merged == 1
    assert (store.get_event("ev-wire") or {})["target"] == "toll"  # the first on a tie
    # It reads most like the second report: its target conflicts with the event's
    # "toll", not with that source's market.
    third = article("radio", "Traders were among the dead after an attack on stalls selling"
                    " fruit near the market, a hospital official said.", killed=17)
    third.events[0].target = "stalls"
    assert store.add(third).events_merged == 1


def report(doc_id: str, text: str, *, date: str | None, published: str,
           killed: int | None, target: str | None, where: Location = KHARKIV) -> Extraction:
    event = Event(
        id=f"ev-{doc_id}", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", date=date, date_precision="day" if date else None,
        actor1=None, actor2=None, weapon="drone", target=target, location=where,
        fatalities=killed, injured=None, evidence=[Span(0, len(text), text)])
    return Extraction(Document(doc_id, f"https://{doc_id}.example", None, published,
                               "header", "en", text), [event])


# One strike told five ways over three days, and another strike in the city the next day.
STRIKE = [
    report("first", "A drone hit a petrol station in Kharkiv on Saturday, killing at least"
           " seven people.", date="2024-05-11", published="2024-05-11", killed=7,
           target="petrol station"),
    report("update", "The toll from the strike on the petrol station rose to twelve"
           " overnight, the governor said.", date=None, published="2024-05-12", killed=12,
           target="petrol station"),
    report("oblast", "Twelve dead in the region after Saturday's drone attack, officials"
           " said.", date="2024-05-11", published="2024-05-12", killed=12, target=None,
           where=Location("Kharkiv Oblast", "Kharkiv Oblast", "Ukraine", 49.5, 36.5, 3)),
    report("funeral", "Kharkiv buried the twenty-one victims of the petrol station strike on"
           " Monday.", date="2024-05-13", published="2024-05-13", killed=21,
           target="petrol station"),
    report("market", "A second drone struck the covered market in Kharkiv on Sunday, killing"
           " two traders.", date="2024-05-12", published="2024-05-12", killed=2,
           target="market"),
]


def groupings(store: SQLStore, extractions: list[Extraction]) -> set[frozenset[str]]:
    where: dict[str, set[str]] = {}
    for extraction in extractions:
        store.add(extraction)
    for extraction in extractions:
        event_id = store.document_event_ids(extraction.document.id)[0]
        where.setdefault(event_id, set()).add(extraction.document.id)
    return {frozenset(group) for group in where.values()}


def test_one_strike_told_over_days_is_one_event_whatever_the_order_of_arrival(
    stores: Stores,
) -> None:
    expected = {frozenset({"first", "update", "oblast", "funeral"}), frozenset({"market"})}
    orders = [STRIKE, STRIKE[::-1], [STRIKE[i] for i in (3, 4, 1, 0, 2)]]
    for number, order in enumerate(orders):
        with stores.open(f"order{number}") as store:
            assert groupings(store, order) == expected, number


def test_a_report_matching_two_stored_events_links_them(store: SQLStore) -> None:
    first, update = STRIKE[0], STRIKE[1]
    funeral = report("funeral", "Kharkiv buried the twenty-five victims of the petrol station"
                     " strike on Monday.", date="2024-05-13", published="2024-05-13",
                     killed=25, target="petrol station")
    # The first report and the funeral two days later, 7 against 25 dead: no tie yet.
    store.add(first)
    store.add(funeral)
    assert store.count_events() == 2
    # The undated update (12 dead, the petrol station) ties both: one event.
    store.add(update)
    (event,) = store.events()
    assert {s["document_id"] for s in event["sources"]} == {"first", "update", "funeral"}
    assert store.get_event("ev-funeral")["id"] == event["id"]  # type: ignore[index]


def test_a_region_level_report_meets_a_town_far_from_the_regions_middle(
    store: SQLStore,
) -> None:
    kupiansk = Location("Kupiansk", "Kharkiv Oblast", "Ukraine", 49.71, 37.62, 1)
    oblast = Location("Kharkiv Oblast", "Kharkiv Oblast", "Ukraine", 49.5, 36.5, 3)
    store.add(report("town", "Shelling killed five people at the Kupiansk bus depot on"
                     " Saturday, the prosecutor said.", date="2024-05-11",
                     published="2024-05-11", killed=5, target="bus depot", where=kupiansk))
    store.add(report("region", "Five people died when shells hit a bus depot in the east of"
                     " the region, the governor said.", date="2024-05-11",
                     published="2024-05-12", killed=5, target="bus depot", where=oblast))
    assert store.count_events() == 1


def test_the_event_gives_the_latest_toll_and_each_outlet_keeps_its_own_figure_and_date(
    store: SQLStore,
) -> None:
    for extraction in STRIKE[:4]:
        store.add(extraction)
    (event,) = [e for e in store.events() if e["sources_count"] == 4]
    assert event["fatalities"] == 21  # the funeral report, published last
    assert (event["fatalities_low"], event["fatalities_high"]) == (7, 21)
    own = {s["document_id"]: (s["fatalities"], s["date"]) for s in event["sources"]}
    assert own == {"first": (7, "2024-05-11"), "update": (12, None),
                   "oblast": (12, "2024-05-11"), "funeral": (21, "2024-05-13")}


def test_the_latest_toll_is_what_most_of_the_last_days_sources_say() -> None:
    days = ["2024-05-11", "2024-05-12", "2024-05-12", "2024-05-12", None]
    assert latest_toll([7, 12, 12, 9, 30], days) == 12
    assert latest_toll([7, 12, 9, None, 30], days) == 9  # a tie: the lower figure
    assert latest_toll([None, None, None, None, 30], days) == 30  # only an undated source
    assert latest_toll([None] * 5, days) is None


def test_two_events_a_gate_keeps_apart_are_never_linked_through_a_third(stores: Stores) -> None:
    chuhuiv = Location("Chuhuiv", "Kharkiv Oblast", "Ukraine", 49.8353, 36.6881, 1)
    with stores.open("plain", dedup=False) as plain:
        plain.add(article("city", "Four killed by a drone in Kharkiv.", killed=17))
        plain.add(article("town", "Four killed by a drone in Chuhuiv.", killed=4,
                          where=chuhuiv))
        plain.add(article("again", "Seventeen killed by a drone in Kharkiv.", killed=17))
        # 35 km apart in one oblast need a large toll tie that day: a gate refuses the town.
        assert not linkable(plain.conn, "ev-city", "ev-town")
        assert linkable(plain.conn, "ev-city", "ev-again")


def _strike(doc_id: str, seq: int, text: str, killed: int, at: int = 0) -> Event:
    return Event(id=f"ev-{doc_id}-{seq}", event_type="Explosions/Remote violence",
                 sub_event_type="Air/drone strike", date="2024-05-11", date_precision="day",
                 actor1=None, actor2=None, weapon="drone", target=None, location=KHARKIV,
                 fatalities=killed, injured=None, evidence=[Span(at, at + len(text), text)])


def test_a_report_joins_the_event_another_article_leads_with(store: SQLStore) -> None:
    lead = "Drones struck the Kharkiv tractor works on Saturday, killing 20 workers."
    aside = "Drones also hit a bus depot in Kharkiv on Saturday; 21 were killed, officials said."
    wire = Extraction(Document("wire", "https://wire.example", None, "2024-05-11", "header",
                               "en", f"{lead} {aside}"),
                      [_strike("wire", 0, lead, 20), _strike("wire", 1, aside, 21, len(lead) + 1)])
    text = "Drones hit Kharkiv on Saturday; 20 were killed, officials said."
    daily = Extraction(Document("daily", "https://daily.example", None, "2024-05-11",
                                "header", "en", text), [_strike("daily", 0, text, 20)])
    store.add(wire)
    store.add(daily)
    # The daily reads more like the wire's aside, but both tie it: it joins the lead.
    assert store.document_event_ids("daily") == {0: "ev-wire-0"}


def test_a_report_a_gate_keeps_from_one_source_does_not_join_the_event(
    store: SQLStore,
) -> None:
    chuhuiv = Location("Chuhuiv", "Kharkiv Oblast", "Ukraine", 49.8353, 36.6881, 1)
    oblast = Location("Kharkiv Oblast", "Kharkiv Oblast", "Ukraine", 49.5, 36.5, 3)
    words = "Drones struck a crowded market in the region on Saturday, officials said."
    store.add(report("city", "A drone strike on a Kharkiv market killed 17 people on"
                     " Saturday.", date="2024-05-11", published="2024-05-11", killed=17,
                     target="market"))
    store.add(report("region", words, date="2024-05-11", published="2024-05-11",
                     killed=17, target="market", where=oblast))
    assert store.count_events() == 1
    # Reads like the region's report, but 35 km from the city's with four dead, not 17.
    store.add(report("town", words.replace("officials said", "four dead"),
                     date="2024-05-11", published="2024-05-11", killed=4, target="market",
                     where=chuhuiv))
    assert store.count_events() == 2


def test_a_day_an_outlet_writes_beats_the_publication_days_others_fell_back_on(
    store: SQLiteStore,
) -> None:
    papers = []
    for name in ("paper-1", "paper-2"):
        paper = article(name, OUTLET_B.document.text, date="2024-05-12")
        paper.events[0].date_basis = "publication"
        papers.append(paper)
    written = article("written", OUTLET_A.document.text)
    written.events[0].date_basis = "relative"
    for x in (*papers, written):
        store.add(x)
    (event,) = store.events()
    # Two outlets dated it by their paper, one wrote the day: the written day wins.
    assert event["date"] == "2024-05-11" and event["sources_count"] == 3


def test_a_weekday_read_against_another_week_still_finds_its_event(store: SQLiteStore) -> None:
    text = ("A missile struck a shopping centre in Kharkiv on Monday, killing 18 people,"
            " the governor said; rescuers searched the rubble into the night.")
    monday = article("monday", text, date="2024-05-06", killed=18)
    # Another outlet, its publication date a week late, reads "Monday" as the 13th.
    late = article("late", text.replace("rescuers", "crews"), date="2024-05-13", killed=18)
    for x in (monday, late):
        x.events[0].date_basis = "relative"
    store.add(monday)
    assert store.add(late).events_merged == 1
    # A small toll gives no such reach: weeks apart, another event.
    small = article("small", text.replace("18", "2"), date="2024-05-20", killed=2)
    small.events[0].date_basis = "relative"
    assert store.add(small).events_added == 1


def test_a_story_reprinted_weeks_later_without_its_day_finds_its_event(
    store: SQLiteStore,
) -> None:
    text = ("Rocket fire on a crowded bus depot in Kharkiv killed 14 people and wounded"
            " 40, the regional administration said, calling it a deliberate attack.")
    first = article("first", text, date="2024-05-06", killed=14)
    first.events[0].date_basis = "relative"
    store.add(first)
    reprint = article("reprint", text, date="2024-05-24", killed=14)
    reprint.events[0].date_basis = "publication"
    assert store.add(reprint).events_merged == 1
    # The same wording with another toll, weeks later, is another event.
    other = article("other", text.replace("14", "11"), date="2024-05-27", killed=11)
    other.events[0].date_basis = "publication"
    assert store.add(other).events_added == 1


def test_a_papers_day_is_indexed_as_two_days_among_the_day_precise_events() -> None:
    values = {"event_type": "Battles", "sub_event_type": "Armed clash",
              "date": "2024-05-12", "date_precision": "day", "date_basis": "publication",
              "latitude": None, "longitude": None, "geo_precision": None}
    paper = blocking_values(values, "2024-05-12")
    assert paper["day_last"] - paper["day_first"] == 1 and paper["vague"] == 0
    written = blocking_values({**values, "date_basis": "stated"}, "2024-05-12")
    assert written["day_first"] == paper["day_last"] and written["vague"] == 0
    month = blocking_values({**values, "date": "2024-05", "date_precision": "month"}, None)
    assert month["vague"] == 1
