"""The store contract, on SQLite and PostgreSQL alike: idempotent, atomic adds, every
row back as it went in, filters and full-text search, lists, and sources joining events.

Each test runs once per backend (the ``stores`` fixture of tests/conftest.py); what only
one backend has (files, WAL, locks, schemas) is tested in test_sqlite.py and
test_postgres.py.
"""

from __future__ import annotations

import dataclasses

import pytest
from builders import fixture_extractions
from store_backends import Stores

from newsift.model import Document, Event, Extraction, Span
from newsift.store import EventQuery, StoreError
from newsift.store.rows import extraction_from_dict
from newsift.store.sqlstore import SQLStore

CONTRACT_EVENT_KEYS = {f.name for f in dataclasses.fields(Event)}


@pytest.fixture
def extractions() -> list[Extraction]:
    return fixture_extractions()


@pytest.fixture
def store(stores: Stores, extractions: list[Extraction]) -> SQLStore:
    opened = stores.open()
    for extraction in extractions:
        opened.add(extraction)
    return opened


def ids(events: list[dict[str, object]]) -> list[object]:
    return [event["id"] for event in events]


def test_add_stores_every_row_and_get_document_gives_it_back(
    stores: Stores, extractions: list[Extraction]
) -> None:
    with stores.open() as store:
        results = [store.add(extraction) for extraction in extractions]
        assert all(result.stored and not result.already_present for result in results)
        assert [r.events_added for r in results] == [2, 2, 2]
        assert store.counts() == {
            "documents": 3, "events": 6, "quotes": 2, "commitments": 1, "entities": 9}
    with stores.open(create=False) as reopened:  # it is on disk, not only in a cache
        for extraction in extractions:
            assert reopened.has_document(extraction.document.id)
            assert reopened.get_document(extraction.document.id) == extraction
        assert reopened.get_document("no-such-id") is None
        assert not reopened.has_document("no-such-id")


def test_adding_the_same_document_again_changes_nothing(
    store: SQLStore, stores: Stores, extractions: list[Extraction]
) -> None:
    before, counts = stores.dump(), store.counts()
    again = [store.add(extraction) for extraction in extractions]
    assert all(result.already_present for result in again)
    assert [(r.events_added, r.events_merged) for r in again] == [(0, 0)] * 3
    assert store.counts() == counts
    assert stores.dump() == before  # not even added_at moves


def test_a_failure_inside_add_leaves_nothing_of_that_document(
    stores: Stores, extractions: list[Extraction]
) -> None:
    first, second = extractions[0], extractions[1]
    with stores.open() as store:
        store.add(first)
        before = stores.dump()
        # The last insert of an add fails, after the document and its lists went in.
        stores.refuse_sources(second.document.id)
        with pytest.raises(StoreError, match="refused by test") as caught:
            store.add(second)
        assert str(stores.target()).split("?")[0] in str(caught.value)
        assert not store.has_document(second.document.id)
        stores.allow_sources()
        assert stores.dump() == before
        assert store.add(second).stored  # the rollback left the store usable
        assert store.get_document(second.document.id) == second


def test_an_invalid_extraction_is_refused_before_writing(
    stores: Stores, extractions: list[Extraction]
) -> None:
    bad = extractions[0]
    with stores.open() as store:
        before = stores.dump()
        twice = dataclasses.replace(bad, events=[bad.events[0], bad.events[0]])
        with pytest.raises(ValueError, match="occurs twice"):
            store.add(twice)
        wrong_date = dataclasses.replace(bad.events[0], date="11/05/2024")
        with pytest.raises(ValueError, match="bad date"):
            store.add(dataclasses.replace(bad, events=[wrong_date]))
        assert stores.dump() == before


def test_stored_events_have_the_contract_fields_plus_sources(
    store: SQLStore, extractions: list[Extraction]
) -> None:
    events = store.events()
    assert len(events) == 6
    by_id = {event["id"]: event for event in events}
    for extraction in extractions:
        for event in extraction.events:
            stored = by_id[event.id]
            assert set(stored) == CONTRACT_EVENT_KEYS | {
                "sources", "sources_count", "fatalities_low", "fatalities_high"}
            assert stored["warnings"] == event.warnings
            assert stored["sources_count"] == 1
            contract = dataclasses.asdict(event)
            assert {key: stored[key] for key in contract} == contract
            assert stored["sources"] == [{
                "document_id": extraction.document.id, "source": extraction.document.source,
                "evidence": contract["evidence"], "fatalities": event.fatalities,
                "injured": event.injured, "date": event.date,
                "date_precision": event.date_precision, "warnings": event.warnings}]
            assert stored["fatalities_low"] == stored["fatalities_high"] == event.fatalities


def test_events_are_ordered_by_date_then_id_with_undated_last(store: SQLStore) -> None:
    dates = [event["date"] for event in store.events()]
    assert dates == ["2024-01-01", "2024-01-20", "2024-03-05", "2024-05-10", "2024-05-11", None]
    everything = ids(store.events())
    assert ids(store.events(EventQuery(limit=2))) == everything[:2]
    assert ids(store.events(EventQuery(limit=2, offset=2))) == everything[2:4]
    assert ids(list(store.iter_events(EventQuery(offset=4)))) == everything[4:]


@pytest.mark.parametrize(
    ("query", "expected_places"),
    [
        (EventQuery(since="2024-03-05"), ["Rafah", "Vovchansk", "Kharkiv"]),
        (EventQuery(until="2024-01-20"), [None, "Omdurman"]),
        (EventQuery(since="2024-01-02", until="2024-05-10"), ["Omdurman", "Rafah", "Vovchansk"]),
        (EventQuery(until="2024-03"), [None, "Omdurman", "Rafah"]),  # all of March
        (EventQuery(since="2024-05", until="2024"), ["Vovchansk", "Kharkiv"]),
        (EventQuery(event_type="battles"), [None, "Omdurman"]),
        (EventQuery(event_type="AIR/DRONE STRIKE"), ["Rafah", "Kharkiv"]),
        (EventQuery(place="kharkiv"), ["Vovchansk", "Kharkiv"]),  # admin1 and name
        (EventQuery(place="israel"), ["Tel Aviv"]),  # country
        (EventQuery(actor="rapid support"), ["Omdurman"]),  # actor2
        (EventQuery(actor="ukraine"), ["Vovchansk", "Kharkiv"]),  # actor1 or "Civilians (...)"
        (EventQuery(actor="russia", event_type="Shelling/artillery/missile attack"),
         ["Vovchansk"]),
        (EventQuery(place="nowhere"), []),
    ],
)
def test_filters(store: SQLStore, query: EventQuery, expected_places: list[str | None]) -> None:
    found = store.events(query)
    assert [(event["location"] or {}).get("name") for event in found] == expected_places


@pytest.mark.parametrize(
    ("search", "expected_places"),
    [
        ("petrol", ["Kharkiv"]),  # evidence
        ("strikes", ["Rafah", "Kharkiv"]),  # stemmed: "strikes" finds "strike"
        ("shell*", ["Vovchansk"]),  # prefix
        ("Khartoum", ["Omdurman"]),  # admin1
        ("hostages protesters", ["Tel Aviv"]),  # both words, any order
        ("protesters rafah", []),  # AND, not OR
        ('"unbalanced AND (quote -', []),  # user text is never FTS syntax
        ('(petrol -"', ["Kharkiv"]),
    ],
)
def test_full_text_search(
    store: SQLStore, search: str, expected_places: list[str | None]
) -> None:
    found = store.events(EventQuery(search=search))
    assert [(event["location"] or {}).get("name") for event in found] == expected_places


def test_document_filter_and_document_search(
    store: SQLStore, extractions: list[Extraction]
) -> None:
    sudan = extractions[2].document.id
    assert {e["id"] for e in store.events(EventQuery(document_id=sudan))} == {
        event.id for event in extractions[2].events}
    found = store.documents(search="negotiate")  # words only in the document text
    assert [doc["id"] for doc in found] == [sudan]
    assert found[0]["events"] == 2 and "text" not in found[0]
    assert [doc["id"] for doc in store.documents()] == [x.document.id for x in extractions]


def test_quotes_commitments_and_entities(store: SQLStore, extractions: list[Extraction]) -> None:
    quotes = store.quotes(speaker="syniehubov")
    assert [(q["speaker"], q["direct"], q["document_id"]) for q in quotes] == [
        ("Oleh Syniehubov", True, extractions[0].document.id)]
    assert len(store.quotes()) == 2
    assert store.quotes(document_id=extractions[1].document.id) == []
    commitments = store.commitments(party="ukraine")
    assert [(c["donor"], c["amount"], c["currency"]) for c in commitments] == [
        ("Germany", 500000000.0, "EUR")]
    assert commitments[0]["evidence"][0]["text"].startswith("Germany pledged")
    assert store.commitments(party="france") == []
    orgs = store.entities(label="org")
    assert [e["name"] for e in orgs] == ["Rapid Support Forces", "Sudanese Armed Forces"]
    assert len(store.entities(document_id=extractions[1].document.id)) == 2


def test_one_event_reported_by_two_documents_gains_a_source(
    store: SQLStore, extractions: list[Extraction]
) -> None:
    kharkiv = extractions[0].events[0]
    text = "Four people died after a drone hit a petrol station in Kharkiv, officials said."
    follow_up = extraction_from_dict({
        "document": {"id": "follow-up", "source": "https://example.net/follow-up",
                     "title": None, "published": "2024-05-13", "published_basis": None,
                     "language": "en", "text": text},
        "entities": [{"name": "Kharkiv", "label": "GPE", "mentions": 1}],
    })
    follow_up.events = [dataclasses.replace(
        kharkiv, fatalities=4, injured=None, evidence=[Span(0, len(text), text)])]
    result = store.add(follow_up)
    assert (result.events_added, result.events_merged) == (0, 1)
    assert store.counts()["events"] == 6
    merged = store.events(EventQuery(search="officials"))
    assert ids(merged) == [kharkiv.id]
    assert [s["document_id"] for s in merged[0]["sources"]] == [
        extractions[0].document.id, "follow-up"]
    assert (merged[0]["fatalities_low"], merged[0]["fatalities_high"]) == (3, 4)
    assert merged[0]["fatalities"] == 4  # the later report's figure (tolls rise)
    assert store.get_document("follow-up") == follow_up
    kharkiv_entity = store.entities(label="GPE", limit=1)[0]
    assert (kharkiv_entity["name"], kharkiv_entity["mentions"], kharkiv_entity["documents"]) == (
        "Kharkiv", 2, 2)


def test_matching_ignores_case_and_accents_beyond_ascii(stores: Stores) -> None:
    text = "Gunmen attacked a market in Ménaka on Monday, killing four traders."
    mali = extraction_from_dict({
        "document": {"id": "mali", "source": "mali.txt", "title": None, "published": None,
                     "published_basis": None, "language": "en", "text": text},
        "events": [{
            "id": "ev-menaka", "event_type": "Violence against civilians",
            "sub_event_type": "Attack", "date": "2024-02-05", "date_precision": "day",
            "actor1": "Unidentified Armed Group (Mali)", "actor2": "Civilians (Mali)",
            "weapon": None, "target": "market", "fatalities": 4, "injured": None,
            "location": {"name": "Ménaka", "admin1": "Ménaka", "country": "Mali",
                         "latitude": 15.9182, "longitude": 2.4022, "geo_precision": 1},
            "evidence": [{"start": 0, "end": len(text), "text": text}]}],
    })
    with stores.open("mali") as store:
        store.add(mali)
        assert ids(store.events(EventQuery(place="MÉNAKA"))) == ["ev-menaka"]
        assert ids(store.events(EventQuery(search="menaka traders"))) == ["ev-menaka"]
        assert ids(store.events(EventQuery(event_type="violence AGAINST civilians"))) == [
            "ev-menaka"]


def test_partial_dates_are_kept_and_filtered_by_overlap(
    stores: Stores, extractions: list[Extraction]
) -> None:
    sudan = extractions[2]
    month = dataclasses.replace(sudan.events[1], date="2024-01", date_precision="month")
    year = dataclasses.replace(sudan.events[0], date="2023", date_precision="year")
    partial = dataclasses.replace(sudan, events=[year, month])
    with stores.open() as store:
        store.add(partial)
        assert store.get_document(sudan.document.id) == partial
        assert [e["date"] for e in store.events()] == ["2023", "2024-01"]
        assert ids(store.events(EventQuery(since="2024-01-15"))) == [month.id]
        assert ids(store.events(EventQuery(since="2024-02-01"))) == []
        assert ids(store.events(EventQuery(until="2023-06-30"))) == [year.id]
        assert ids(store.events(EventQuery(since="2023-12-31", until="2024-01-01"))) == [
            year.id, month.id]
        with pytest.raises(ValueError, match="bad date"):
            store.add(dataclasses.replace(sudan, events=[
                dataclasses.replace(month, date="2024-13")]))


def test_quote_speaker_role_round_trips(stores: Stores, extractions: list[Extraction]) -> None:
    kharkiv = extractions[0]
    assert kharkiv.quotes
    kharkiv.quotes = [dataclasses.replace(kharkiv.quotes[0], speaker_role="regional governor"),
                      *kharkiv.quotes[1:]]
    with stores.open() as store:
        store.add(kharkiv)
    with stores.open(create=False) as reopened:
        stored = reopened.get_document(kharkiv.document.id)
    assert stored is not None
    assert stored.quotes[0].speaker_role == "regional governor"
    assert stored == kharkiv
    with stores.open(create=False) as reopened:
        listed = reopened.quotes(document_id=kharkiv.document.id)
    assert listed[0]["speaker_role"] == "regional governor"


def test_has_source_knows_the_path_or_url_a_document_was_read_from(
    stores: Stores, extractions: list[Extraction]
) -> None:
    page = extractions[0]
    url = "https://news.example.org/2024/02/10/strike-on-petrol-station"
    page.document = dataclasses.replace(page.document, source=url)
    with stores.open() as store:
        assert not store.has_source(url)
        store.add(page)
        assert store.has_source(url)
        assert not store.has_source(url + "?page=2")  # exact, as recorded
        assert not store.has_source(url.upper())


def many_events(doc_id: str, count: int) -> Extraction:
    """A document reporting ``count`` different strikes, one a day."""
    text = "Strikes were reported every day."
    events = [Event(id=f"ev-{doc_id}-{n}", event_type="Explosions/Remote violence",
                    sub_event_type="Air/drone strike", date=f"2023-{1 + n // 28:02d}-"
                    f"{1 + n % 28:02d}", date_precision="day", actor1=None, actor2=None,
                    weapon=None, target=None, location=None, fatalities=None, injured=None,
                    evidence=[Span(0, len(text), text)]) for n in range(count)]
    document = Document(id=doc_id, source=doc_id, title=None, published=None,
                        published_basis=None, language="en", text=text)
    return Extraction(document=document, events=events)


def test_iter_events_streams_past_a_batch_and_may_stop_early(stores: Stores) -> None:
    store = stores.open("many", dedup=False)
    with store.batch():
        for number in range(2):
            store.add(many_events(f"daily-{number}", 260))
    assert sum(1 for _ in store.iter_events()) == 520  # more than one fetch of rows
    assert ids(list(store.iter_events(EventQuery(offset=518)))) == ids(store.events())[518:]
    with store.batch():  # streaming inside a write transaction too
        assert sum(1 for _ in store.iter_events(EventQuery(limit=3))) == 3
    first, second = store.iter_events(), store.iter_events()
    assert next(first)["id"] == next(second)["id"]  # two exports at once
    first.close()  # given up half way, in any order: the store stays usable
    second.close()
    assert store.add(many_events("daily-3", 2)).stored
    assert store.count_events() == 522


def test_a_sources_warning_reaches_the_stored_event(
    stores: Stores, extractions: list[Extraction]
) -> None:
    extraction = extractions[0]
    note = "the text gives 5,000,000,000 fatalities, more than any one incident; left unknown"
    extraction.events[0] = dataclasses.replace(
        extraction.events[0], fatalities=None, warnings=[note]
    )
    with stores.open() as store:
        store.add(extraction)
        stored = store.get_event(extraction.events[0].id)
    assert stored is not None
    assert stored["warnings"] == [note]
    assert stored["sources"][0]["warnings"] == [note]
