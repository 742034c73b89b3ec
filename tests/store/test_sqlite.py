"""The SQLite store: idempotent, atomic adds, filters and search, clear errors."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsift.model import Event, Extraction, Span
from newsift.store import (
    EventQuery,
    SQLiteStore,
    Store,
    StoreError,
    default_db_path,
    open_store,
)
from newsift.store.rows import extraction_from_dict
from newsift.store.schema import MIGRATIONS

FIXTURE = Path(__file__).parents[1] / "fixtures" / "store" / "extractions.json"
CONTRACT_EVENT_KEYS = {f.name for f in dataclasses.fields(Event)}


@pytest.fixture
def extractions() -> list[Extraction]:
    return [extraction_from_dict(item) for item in json.loads(FIXTURE.read_text("utf-8"))]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "newsift.db"


@pytest.fixture
def store(db: Path, extractions: list[Extraction]) -> Iterator[SQLiteStore]:
    with SQLiteStore(db) as opened:
        for extraction in extractions:
            opened.add(extraction)
        yield opened


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, FTS shadow tables included, read by a separate connection."""
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in tables}
    finally:
        conn.close()


def ids(events: list[dict[str, object]]) -> list[object]:
    return [event["id"] for event in events]


def test_add_stores_every_row_and_get_document_gives_it_back(
    db: Path, extractions: list[Extraction]
) -> None:
    with SQLiteStore(db) as store:
        results = [store.add(extraction) for extraction in extractions]
        assert all(result.stored and not result.already_present for result in results)
        assert [r.events_added for r in results] == [2, 2, 2]
        assert store.counts() == {
            "documents": 3, "events": 6, "quotes": 2, "commitments": 1, "entities": 9}
    with SQLiteStore(db, create=False) as reopened:  # it is on disk, not only in a cache
        for extraction in extractions:
            assert reopened.has_document(extraction.document.id)
            assert reopened.get_document(extraction.document.id) == extraction
        assert reopened.get_document("no-such-id") is None
        assert not reopened.has_document("no-such-id")


def test_adding_the_same_document_again_changes_nothing(
    store: SQLiteStore, db: Path, extractions: list[Extraction]
) -> None:
    before, counts = dump(db), store.counts()
    again = [store.add(extraction) for extraction in extractions]
    assert all(result.already_present for result in again)
    assert [(r.events_added, r.events_merged) for r in again] == [(0, 0)] * 3
    assert store.counts() == counts
    assert dump(db) == before  # not even added_at moves


def test_a_failure_inside_add_leaves_nothing_of_that_document(
    db: Path, extractions: list[Extraction]
) -> None:
    first, second = extractions[0], extractions[1]
    with SQLiteStore(db) as store:
        store.add(first)
        before = dump(db)
        # The last insert of an add fails, after the document and its lists went in.
        other = sqlite3.connect(db)
        other.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON event_sources WHEN NEW.document_id = "
            f"'{second.document.id}' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")
        other.commit()
        with pytest.raises(StoreError, match="refused by test") as caught:
            store.add(second)
        assert str(db) in str(caught.value)
        assert not store.has_document(second.document.id)
        other.execute("DROP TRIGGER refuse")
        other.commit()
        other.close()
        assert dump(db) == before
        assert store.add(second).stored  # the rollback left the store usable
        assert store.get_document(second.document.id) == second


def test_an_invalid_extraction_is_refused_before_writing(
    db: Path, extractions: list[Extraction]
) -> None:
    bad = extractions[0]
    with SQLiteStore(db) as store:
        before = dump(db)
        twice = dataclasses.replace(bad, events=[bad.events[0], bad.events[0]])
        with pytest.raises(ValueError, match="occurs twice"):
            store.add(twice)
        wrong_date = dataclasses.replace(bad.events[0], date="11/05/2024")
        with pytest.raises(ValueError, match="bad date"):
            store.add(dataclasses.replace(bad, events=[wrong_date]))
        assert dump(db) == before


def test_stored_events_have_the_contract_fields_plus_sources(
    store: SQLiteStore, extractions: list[Extraction]
) -> None:
    events = store.events()
    assert len(events) == 6
    by_id = {event["id"]: event for event in events}
    for extraction in extractions:
        for event in extraction.events:
            stored = by_id[event.id]
            assert set(stored) == CONTRACT_EVENT_KEYS | {
                "sources", "sources_count", "fatalities_low", "fatalities_high"}
            assert stored["sources_count"] == 1
            contract = dataclasses.asdict(event)
            assert {key: stored[key] for key in contract} == contract
            assert stored["sources"] == [{
                "document_id": extraction.document.id, "source": extraction.document.source,
                "evidence": contract["evidence"], "fatalities": event.fatalities,
                "injured": event.injured, "date": event.date,
                "date_precision": event.date_precision}]
            assert stored["fatalities_low"] == stored["fatalities_high"] == event.fatalities


def test_events_are_ordered_by_date_then_id_with_undated_last(store: SQLiteStore) -> None:
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
def test_filters(store: SQLiteStore, query: EventQuery, expected_places: list[str | None]) -> None:
    found = store.events(query)
    assert [(event["location"] or {}).get("name") for event in found] == expected_places


def test_query_dates_must_be_iso() -> None:
    with pytest.raises(ValueError, match="since must be"):
        EventQuery(since="11/05/2024")
    with pytest.raises(ValueError, match="until must be"):
        EventQuery(until="May 2024")


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
    store: SQLiteStore, search: str, expected_places: list[str | None]
) -> None:
    found = store.events(EventQuery(search=search))
    assert [(event["location"] or {}).get("name") for event in found] == expected_places


def test_document_filter_and_document_search(
    store: SQLiteStore, extractions: list[Extraction]
) -> None:
    sudan = extractions[2].document.id
    assert {e["id"] for e in store.events(EventQuery(document_id=sudan))} == {
        event.id for event in extractions[2].events}
    found = store.documents(search="negotiate")  # words only in the document text
    assert [doc["id"] for doc in found] == [sudan]
    assert found[0]["events"] == 2 and "text" not in found[0]
    assert [doc["id"] for doc in store.documents()] == [x.document.id for x in extractions]


def test_quotes_commitments_and_entities(store: SQLiteStore, extractions: list[Extraction]) -> None:
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
    store: SQLiteStore, extractions: list[Extraction]
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


def test_database_uses_wal_and_records_its_schema_version(store: SQLiteStore, db: Path) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_a_version_1_database_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, '2024-01-01')")
    conn.close()
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(dates)")]
    assert "precision" in columns
    assert "speaker_role" in [row[1] for row in conn.execute("PRAGMA table_info(quotes)")]
    conn.close()


def test_a_file_that_is_not_a_database_is_named_in_the_error(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is a shopping list, not a database\n" * 100)
    with pytest.raises(StoreError, match="not an SQLite database") as caught:
        SQLiteStore(junk)
    assert str(junk) in str(caught.value)


def test_someone_elses_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a newsift database"):
        SQLiteStore(other)


def test_a_newer_schema_is_refused(store: SQLiteStore, db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer than this newsift"):
        SQLiteStore(db)


def test_a_locked_database_gives_a_clear_error(
    db: Path, extractions: list[Extraction]
) -> None:
    SQLiteStore(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(db, timeout=0.05) as store:
            assert store.counts()["documents"] == 0  # WAL: reading still works
            with pytest.raises(StoreError, match="locked") as caught:
                store.add(extractions[0])
            assert str(db) in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_re_adding_needs_no_write_lock(db: Path, extractions: list[Extraction]) -> None:
    with SQLiteStore(db) as store:
        store.add(extractions[0])
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(db, timeout=0.05) as store:
            assert store.add(extractions[0]).already_present
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_missing_database_and_database_urls(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        SQLiteStore(tmp_path / "absent.db", create=False)
    assert not (tmp_path / "absent.db").exists()
    with pytest.raises(StoreError, match="cannot open"):
        SQLiteStore(tmp_path / "no" / "such" / "folder" / "x.db")
    with pytest.raises(StoreError, match="only SQLite"):
        open_store("postgresql://localhost/newsift")
    with open_store(tmp_path / "opened.db") as store:
        assert isinstance(store, Store)
        assert store.counts()["documents"] == 0


def test_default_db_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSIFT_DB", raising=False)
    assert default_db_path() == Path("newsift.db")
    monkeypatch.setenv("NEWSIFT_DB", str(tmp_path / "elsewhere.db"))
    assert default_db_path() == tmp_path / "elsewhere.db"


def test_matching_ignores_case_and_accents_beyond_ascii(tmp_path: Path) -> None:
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
    with SQLiteStore(tmp_path / "mali.db") as store:
        store.add(mali)
        assert ids(store.events(EventQuery(place="MÉNAKA"))) == ["ev-menaka"]
        assert ids(store.events(EventQuery(search="menaka traders"))) == ["ev-menaka"]
        assert ids(store.events(EventQuery(event_type="violence AGAINST civilians"))) == [
            "ev-menaka"]


def test_partial_dates_are_kept_and_filtered_by_overlap(
    db: Path, extractions: list[Extraction]
) -> None:
    sudan = extractions[2]
    month = dataclasses.replace(sudan.events[1], date="2024-01", date_precision="month")
    year = dataclasses.replace(sudan.events[0], date="2023", date_precision="year")
    partial = dataclasses.replace(sudan, events=[year, month])
    with SQLiteStore(db) as store:
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


def test_quote_speaker_role_round_trips(db: Path, extractions: list[Extraction]) -> None:
    kharkiv = extractions[0]
    assert kharkiv.quotes
    kharkiv.quotes = [dataclasses.replace(kharkiv.quotes[0], speaker_role="regional governor"),
                      *kharkiv.quotes[1:]]
    with SQLiteStore(db) as store:
        store.add(kharkiv)
    with SQLiteStore(db, create=False) as reopened:
        stored = reopened.get_document(kharkiv.document.id)
    assert stored is not None
    assert stored.quotes[0].speaker_role == "regional governor"
    assert stored == kharkiv
    with SQLiteStore(db, create=False) as reopened:
        listed = reopened.quotes(document_id=kharkiv.document.id)
    assert listed[0]["speaker_role"] == "regional governor"
    conn = sqlite3.connect(db)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(quotes)")]
    conn.close()
    assert "speaker_role" in columns


def test_has_source_knows_the_path_or_url_a_document_was_read_from(
    db: Path, extractions: list[Extraction]
) -> None:
    page = extractions[0]
    url = "https://news.example.org/2024/02/10/strike-on-petrol-station"
    page.document = dataclasses.replace(page.document, source=url)
    with SQLiteStore(db) as store:
        assert not store.has_source(url)
        store.add(page)
        assert store.has_source(url)
        assert not store.has_source(url + "?page=2")  # exact, as recorded
        assert not store.has_source(url.upper())
    conn = sqlite3.connect(db)
    plan = " ".join(str(row[-1]) for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM documents WHERE source = ?", (url,)))
    conn.close()
    assert "documents_by_source" in plan  # a lookup per feed item must not scan the table
