"""Exports read back with the tools people will use on them: pandas, pyarrow, json."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from builders import STORE_FIXTURE, sample_store

from newsift.export import ACLED_COLUMNS, COLUMNS, PARQUET_SCHEMA, export
from newsift.store import EventQuery, SQLiteStore
from newsift.store.rows import extraction_from_dict

ACLED_ORDER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    with sample_store(tmp_path / "newsift.db") as opened:
        yield opened


@pytest.fixture
def events(store: SQLiteStore) -> dict[str, dict[str, Any]]:
    return {event["id"]: event for event in store.events()}


def test_csv_has_acled_columns_and_reads_back_with_pandas(
    store: SQLiteStore, events: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    result = export(store, "csv", out)
    assert (result.written, result.skipped) == (6, 0)
    assert not list(tmp_path.glob("*.part"))
    frame = pd.read_csv(out, dtype={"event_id_cnty": str})
    assert list(frame.columns) == list(COLUMNS)
    assert list(frame.columns[:31]) == ACLED_ORDER == list(ACLED_COLUMNS)
    assert set(frame["event_id_cnty"]) == set(events)
    rows = {row["event_id_cnty"]: row for row in frame.to_dict("records")}
    for event_id, event in events.items():
        row = rows[event_id]
        assert row["event_type"] == event["event_type"]
        assert row["notes"] == event["evidence"][0]["text"]
        assert row["source"] == event["sources"][0]["source"]
        assert row["document_ids"] == event["sources"][0]["document_id"]
        assert row["sources_count"] == 1
        assert json.loads(row["evidence"])[0]["text"] == event["evidence"][0]["text"]
        if event["fatalities"] is None:
            assert pd.isna(row["fatalities"])
        else:
            assert row["fatalities"] == event["fatalities"]
    kharkiv = next(row for row in rows.values() if row["location"] == "Kharkiv")
    assert (kharkiv["event_date"], kharkiv["time_precision"], kharkiv["injured"]) == (
        "2024-05-11", 1, 11)
    assert (kharkiv["latitude"], kharkiv["longitude"], kharkiv["geo_precision"]) == (
        49.98081, 36.25272, 1)
    assert (kharkiv["admin1"], kharkiv["country"], kharkiv["weapon"]) == (
        "Kharkiv Oblast", "Ukraine", "drone")
    by_place = {row["location"]: row["time_precision"] for row in rows.values()}
    assert by_place["Omdurman"] == 2  # a week
    undated = next(row for row in rows.values() if row["location"] == "Tel Aviv")
    assert pd.isna(undated["event_date"]) and pd.isna(undated["time_precision"])
    month = next(row for row in rows.values() if pd.isna(row["location"]))
    assert month["time_precision"] == 3


def test_geojson_is_a_feature_collection_of_lon_lat_points(
    store: SQLiteStore, events: dict[str, dict[str, Any]]
) -> None:
    buffer = io.StringIO()
    result = export(store, "geojson", buffer)
    located = {i for i, e in events.items() if e["location"] and e["location"]["latitude"]}
    assert (result.written, result.skipped) == (len(located), len(events) - len(located)) == (4, 2)
    collection = json.loads(buffer.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert {feature["id"] for feature in collection["features"]} == located
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        location = events[feature["id"]]["location"]
        assert feature["geometry"]["coordinates"] == [location["longitude"], location["latitude"]]
        assert feature["properties"]["event_type"] == events[feature["id"]]["event_type"]
        assert feature["properties"]["location"] == location["name"]


def test_jsonl_round_trips_the_stored_events(store: SQLiteStore) -> None:
    buffer = io.BytesIO()  # a binary stream is wrapped and handed back open
    result = export(store, "jsonl", buffer)
    lines = buffer.getvalue().decode("utf-8").splitlines()
    assert result.written == len(lines) == 6
    assert [json.loads(line) for line in lines] == store.events()


def test_parquet_reads_back_with_pyarrow(
    store: SQLiteStore, events: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out).written == 6
    table = pq.read_table(out)
    assert table.schema.equals(PARQUET_SCHEMA)
    assert table.num_rows == 6
    assert table.column("event_id_cnty").to_pylist() == list(events)
    rows = {row["event_id_cnty"]: row for row in table.to_pylist()}
    rafah = next(row for row in rows.values() if row["location"] == "Rafah")
    assert str(rafah["event_date"]) == "2024-03-05"
    assert rafah["fatalities"] == 5 and rafah["latitude"] == 31.29722
    assert rafah["evidence"][0]["text"].startswith("An Israeli air strike")
    assert rafah["document_ids"] == [events[rafah["event_id_cnty"]]["sources"][0]["document_id"]]


def test_parquet_to_a_binary_stream_and_an_empty_store(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "empty.db") as empty:
        buffer = io.BytesIO()
        assert export(empty, "parquet", buffer).written == 0
        assert pq.read_table(pa.BufferReader(buffer.getvalue())).num_rows == 0
        text = io.StringIO()
        assert export(empty, "geojson", text).written == 0
        assert json.loads(text.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_export_honours_a_query(store: SQLiteStore, tmp_path: Path) -> None:
    out = tmp_path / "battles.csv"
    assert export(store, "csv", out, EventQuery(event_type="Battles")).written == 2
    assert set(pd.read_csv(out)["event_type"]) == {"Battles"}


def test_bad_format_and_text_stream_for_parquet_are_refused(
    store: SQLiteStore, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xlsx", tmp_path / "x.xlsx")
    with pytest.raises(ValueError, match="binary"):
        export(store, "parquet", io.StringIO())
    assert not (tmp_path / "x.xlsx").exists()


class FailingStore(SQLiteStore):
    """Breaks after the first event, as a lost connection or a full disk would."""

    def iter_events(self, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
        yield next(super().iter_events(query))
        raise OSError("disk full")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_failed_export_leaves_no_file_behind(
    store: SQLiteStore, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"events.{fmt}"
    out.write_text("the previous export")
    with FailingStore(store.path) as failing, pytest.raises(OSError, match="disk full"):
        export(failing, fmt, out)
    assert out.read_text() == "the previous export"
    assert not list(tmp_path.glob("*.part"))


def test_partial_dates_export_as_the_start_of_their_period(tmp_path: Path) -> None:
    item = json.loads(STORE_FIXTURE.read_text("utf-8"))[2]
    item["events"][0]["date"], item["events"][0]["date_precision"] = "2024-01", None
    item["events"][1]["date"], item["events"][1]["date_precision"] = "2023", "year"
    with SQLiteStore(tmp_path / "partial.db") as store:
        store.add(extraction_from_dict(item))
        export(store, "csv", tmp_path / "partial.csv")
        export(store, "parquet", tmp_path / "partial.parquet")
        jsonl = io.StringIO()
        export(store, "jsonl", jsonl)
    frame = pd.read_csv(tmp_path / "partial.csv")
    assert list(zip(frame["event_date"], frame["time_precision"], strict=True)) == [
        ("2023-01-01", 3), ("2024-01-01", 3)]
    table = pq.read_table(tmp_path / "partial.parquet")
    assert [str(d) for d in table.column("event_date").to_pylist()] == [
        "2023-01-01", "2024-01-01"]
    assert [json.loads(line)["date"] for line in jsonl.getvalue().splitlines()] == [
        "2023", "2024-01"]


def test_an_acled_analysis_script_runs_on_the_csv_unchanged(
    store: SQLiteStore, tmp_path: Path
) -> None:
    """What a researcher's script for an ACLED download does, run on newsift's CSV."""
    out = tmp_path / "events.csv"
    before = int(time.time())
    export(store, "csv", out)
    # --- the script: ACLED's dtypes, date parsing, the usual filters and tables ---
    df = pd.read_csv(out, dtype={"event_id_cnty": str, "iso": "Int64", "inter1": "Int64",
                                 "inter2": "Int64", "interaction": "Int64"},
                     parse_dates=["event_date"])
    df = df[ACLED_ORDER]
    violence = df[df["disorder_type"] == "Political violence"]
    by_country = violence.groupby("country")["fatalities"].sum().to_dict()
    per_year = df.dropna(subset=["event_date"]).groupby(df["event_date"].dt.year).size()
    targeting = df[df["civilian_targeting"] == "Civilian targeting"]
    # --- what it must find ---
    assert by_country == {"Palestine": 5.0, "Sudan": 12.0, "Ukraine": 3.0}
    assert per_year.to_dict() == {2024: 5}
    assert (df["year"].dropna() == 2024).all()
    assert set(targeting["location"]) == {"Kharkiv", "Rafah"}
    rows = {row["location"]: row for row in df.to_dict("records")
            if isinstance(row["location"], str)}
    kharkiv, vovchansk, protest = rows["Kharkiv"], rows["Vovchansk"], rows["Tel Aviv"]
    assert (kharkiv["iso"], kharkiv["region"], kharkiv["inter1"], kharkiv["inter2"],
            kharkiv["interaction"]) == (804, "Europe", 8, 7, 78)
    assert (vovchansk["inter1"], vovchansk["inter2"], vovchansk["interaction"]) == (1, 8, 18)
    assert (rows["Rafah"]["iso"], rows["Rafah"]["region"]) == (275, "Middle East")
    assert (protest["disorder_type"], protest["inter1"], protest["interaction"]) == (
        "Demonstrations", 6, 60)
    assert pd.isna(rows["Omdurman"]["interaction"])  # the second actor's type is unknown
    assert df["admin2"].isna().all() and df["tags"].isna().all()
    assert (df["timestamp"] >= before).all()
