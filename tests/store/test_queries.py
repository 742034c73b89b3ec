"""The store reads the API needs: bbox, sub-type and killed filters, counts, one event,
summaries, and quotes by date and words (module newsift.store.queries), on both
backends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from builders import sample_store
from store_backends import Stores

from newsift.store import EventQuery
from newsift.store.queries import date_envelope, partial_date_range
from newsift.store.sqlstore import SQLStore


@pytest.fixture
def store(stores: Stores) -> Iterator[SQLStore]:
    with sample_store(stores.target("q")) as opened:
        yield opened


@pytest.mark.parametrize("bbox", [
    (0.0, 10.0, 5.0), (0.0, 60.0, 10.0, 50.0), (-181.0, 0.0, 10.0, 10.0), (0.0, -91.0, 1.0, 1.0),
])
def test_a_malformed_bbox_is_refused(bbox: tuple[float, ...]) -> None:
    with pytest.raises(ValueError, match="bbox"):
        EventQuery(bbox=bbox)  # type: ignore[arg-type]


@pytest.mark.parametrize("query", [
    EventQuery(), EventQuery(bbox=(30, 44, 41, 53)), EventQuery(bbox=(35, 0, 33, 90)),
    EventQuery(sub_event_type="AIR/DRONE STRIKE"), EventQuery(min_fatalities=1),
    EventQuery(min_fatalities=0, since="2024-03"), EventQuery(actor="sudan", search="army"),
])
def test_count_events_counts_what_events_returns(store: SQLStore, query: EventQuery) -> None:
    found = store.events(query)
    assert store.count_events(query) == len(found)
    paged = EventQuery(**{**query.__dict__, "limit": 1, "offset": 1})
    assert store.count_events(paged) == len(found)  # limit and offset are ignored


def test_filters_hold_on_every_event_returned(store: SQLStore) -> None:
    in_box = store.events(EventQuery(bbox=(30, 44, 41, 53)))
    assert {e["location"]["name"] for e in in_box} == {"Kharkiv", "Vovchansk"}
    assert all((e["fatalities"] or 0) >= 3 for e in store.events(EventQuery(min_fatalities=3)))
    assert len(store.events(EventQuery(min_fatalities=3))) == 3
    subs = store.events(EventQuery(sub_event_type="Armed clash"))
    assert len(subs) == 2 and {e["event_type"] for e in subs} == {"Battles"}
    assert store.events(EventQuery(sub_event_type="Battles")) == []  # a type is not a sub-type


def test_get_event_adds_document_title_and_date_to_each_source(store: SQLStore) -> None:
    event = store.get_event("ev-7d36e385155e9fdd")
    assert event is not None
    (source,) = event["sources"]
    assert (source["title"], source["published"]) == ("Fighting near Omdurman", "2024-01-27")
    listed = store.events(EventQuery(actor="Rapid Support"))[0]
    assert event["corrections"] == []  # get_event alone lists them
    assert {k: v for k, v in event.items() if k not in ("sources", "corrections")} == {
        k: v for k, v in listed.items() if k != "sources"}
    assert store.get_event("missing") is None


def test_summary_of_an_empty_selection_is_zeros(store: SQLStore) -> None:
    empty = store.summary(EventQuery(place="Atlantis"))
    assert empty == {"events": 0, "fatalities": 0, "by_day": [], "by_type": [], "by_admin1": []}
    everything = store.summary()
    assert everything["events"] == 6 and everything["fatalities"] == 20
    assert sum(row["fatalities"] for row in everything["by_admin1"]) == 20


def test_quotes_by_date_fall_back_to_the_publication_date(store: SQLStore) -> None:
    assert [q["speaker"] for q in store.quotes(since="2024-05-01")] == ["Oleh Syniehubov"]
    assert [q["speaker"] for q in store.quotes(until="2024-02")] == [None]
    assert store.quotes(search="CIVILIAN SITE")[0]["speaker"] == "Oleh Syniehubov"
    assert store.quotes(search="absent words") == []


DATES = ["2023", "2024", "2025", "2023-12", "2024-01", "2024-02", "2024-12", "2025-01",
         "2023-12-31", "2024-01-01", "2024-01-31", "2024-02-01", "2024-02-29", "2024-12-31",
         "2025-01-01"]
BOUNDS = [None, "2024", "2024-01", "2024-02", "2024-01-31", "2024-02-01", "2024-12-31", "2025"]


@pytest.mark.parametrize("since", BOUNDS)
@pytest.mark.parametrize("until", BOUNDS)
def test_the_indexed_date_envelope_holds_every_date_the_exact_filter_keeps(
    since: str | None, until: str | None
) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE events (date TEXT)")
    conn.executemany("INSERT INTO events VALUES (?)", [(day,) for day in DATES])

    def kept(conditions: list[tuple[str, list[Any]]]) -> set[str]:
        where = " AND ".join(cond for cond, _ in conditions) or "1"
        params = [value for _, values in conditions for value in values]
        return {row[0] for row in conn.execute(f"SELECT date FROM events WHERE {where}", params)}

    exact = kept([(cond, [value] * cond.count("?"))
                  for cond, value in partial_date_range("date", since, until)])
    envelope = date_envelope(since, until)
    assert exact <= kept([envelope] if envelope else [])
    if since is not None and since == until and len(since) == 10:
        # One day: only that day, its month and its year are looked up.
        assert kept([envelope] if envelope else []) == exact == {
            since, since[:7], since[:4]} & set(DATES)
