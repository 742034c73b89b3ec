"""/api/events, /api/events/{id} and /api/summary: filters, pages, downloads."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import pytest

from newsift.export import COLUMNS, write_csv
from newsift.model import Event
from newsift.store import EventQuery, SQLiteStore

CONTRACT_KEYS = {f.name for f in dataclasses.fields(Event)}
KHARKIV, VOVCHANSK, RAFAH, TEL_AVIV = (
    "ev-f49a5ae32006501c", "ev-7164d407d5114371", "ev-2b2d7b9adbd0c490", "ev-087936827715951b")
OMDURMAN, SUDAN_UNPLACED, KUPIANSK = (
    "ev-7d36e385155e9fdd", "ev-d4258f897750fb8a", "ev-web-kupiansk-market")


def ids(client: Any, **params: Any) -> set[str]:
    response = client.get("/api/events", **params)
    assert response.status_code == 200, response.text
    return {item["id"] for item in response.json()["items"]}


def test_events_carry_the_contract_fields_and_page_through(client: Any) -> None:
    first = client.get("/api/events", limit=3).json()
    assert first["total"] == 7
    assert (first["limit"], first["offset"], first["next_offset"]) == (3, 0, 3)
    for item in first["items"]:
        assert CONTRACT_KEYS | {"sources", "fatalities_low", "fatalities_high"} <= item.keys()
    last = client.get("/api/events", limit=3, offset=6).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None
    everything = [item["id"] for item in client.get("/api/events").json()["items"]]
    assert len(everything) == len(set(everything)) == 7
    paged = [i["id"] for off in (0, 3, 6)
             for i in client.get("/api/events", limit=3, offset=off).json()["items"]]
    assert paged == everything


@pytest.mark.parametrize(("params", "expected"), [
    ({"event_type": "Battles"}, {OMDURMAN, SUDAN_UNPLACED}),
    ({"event_type": "air/drone strike"}, {KHARKIV, RAFAH}),  # a sub-type works here too
    ({"sub_event_type": "Shelling/artillery/missile attack"}, {VOVCHANSK, KUPIANSK}),
    ({"actor": "sudan"}, {OMDURMAN, SUDAN_UNPLACED}),
    ({"place": "kharkiv oblast"}, {KHARKIV, VOVCHANSK, KUPIANSK}),
    ({"min_fatalities": 5}, {RAFAH, OMDURMAN}),
    ({"min_fatalities": 0}, {KHARKIV, RAFAH, TEL_AVIV, OMDURMAN, KUPIANSK}),
    ({"search": "petrol"}, {KHARKIV}),
    ({"since": "2024-05-11"}, {KHARKIV, KUPIANSK}),
    ({"since": "2024-03", "until": "2024-05-10"}, {RAFAH, VOVCHANSK}),
    ({"bbox": "30,44,41,53"}, {KHARKIV, VOVCHANSK, KUPIANSK}),
    # West edge east of the east edge: the box wraps the antimeridian, Rafah (34.2) is out.
    ({"bbox": "35,0,33,90"}, {KHARKIV, VOVCHANSK, KUPIANSK, OMDURMAN}),
    ({"bbox": "30,44,41,53", "min_fatalities": 4}, {KUPIANSK}),
    ({"document_id": "2cb0e42f1a8918a31ae6e2393feed6f2afcd627ec1263fd749d401479c7a72e4"},
     {RAFAH, TEL_AVIV}),
    ({"document_id": "no-such-document"}, set()),
])
def test_each_filter_selects_exactly_its_events(client: Any, params: dict[str, Any],
                                                expected: set[str]) -> None:
    assert ids(client, **params) == expected
    assert client.get("/api/events", **params).json()["total"] == len(expected)


@pytest.mark.parametrize("params", [
    {"since": "May 2024"}, {"bbox": "1,2,3"}, {"bbox": "a,b,c,d"}, {"bbox": "0,60,10,50"},
    {"min_fatalities": -1}, {"limit": 0}, {"format": "xml"},
])
def test_bad_parameters_are_422_with_a_reason(client: Any, params: dict[str, Any]) -> None:
    response = client.get("/api/events", **params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_csv_download_is_the_exporters_csv_for_the_same_filter(client: Any, db: Path) -> None:
    response = client.get("/api/events", event_type="Explosions/Remote violence", limit=1,
                          format="csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == COLUMNS
    # The whole filtered list, not one page.
    assert {row["event_id_cnty"] for row in rows} == {KHARKIV, VOVCHANSK, RAFAH, KUPIANSK}
    expected = io.StringIO()
    with SQLiteStore(db, create=False) as store:
        write_csv(store.iter_events(EventQuery(event_type="Explosions/Remote violence")),
                  expected)
    assert response.text == expected.getvalue()


def test_geojson_download_holds_the_located_events_of_the_filter(client: Any) -> None:
    response = client.get("/api/events", event_type="Protests", format="geojson")
    assert response.json()["features"] == []  # Tel Aviv has no coordinates
    collection = client.get("/api/events", place="kharkiv", format="geojson").json()
    assert collection["type"] == "FeatureCollection"
    points = {f["id"]: f["geometry"]["coordinates"] for f in collection["features"]}
    assert points[KHARKIV] == [36.25272, 49.98081]
    assert set(points) == {KHARKIV, VOVCHANSK, KUPIANSK}


def test_one_event_has_its_sources_evidence_and_corrections(client: Any) -> None:
    event = client.get(f"/api/events/{KUPIANSK}").json()
    assert event["corrections"] == []
    assert event["fatalities"] == 4 and event["location"]["name"] == "Kupiansk"
    (source,) = event["sources"]
    assert source["published"] == "2024-06-05"
    assert source["title"].startswith("Market shelled in Kupiansk")
    text = client.get(f"/api/documents/{source['document_id']}").json()["document"]["text"]
    for span in source["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert event["evidence"] == source["evidence"]
    missing = client.get("/api/events/ev-nope")
    assert missing.status_code == 404 and "ev-nope" in missing.json()["detail"]


def test_summary_counts_by_day_type_and_admin1(client: Any) -> None:
    summary = client.get("/api/summary").json()
    assert (summary["events"], summary["fatalities"]) == (7, 24)
    assert sum(row["events"] for row in summary["by_type"]) == 7
    by_type = {row["event_type"]: row for row in summary["by_type"]}
    assert by_type["Explosions/Remote violence"] == {
        "event_type": "Explosions/Remote violence", "events": 4, "fatalities": 12}
    days = [row["date"] for row in summary["by_day"]]
    assert days == sorted(days) and "2024-06-04" in days
    assert sum(row["events"] for row in summary["by_day"]) == 6  # Tel Aviv is undated
    kharkiv = next(row for row in summary["by_admin1"] if row["admin1"] == "Kharkiv Oblast")
    assert (kharkiv["country"], kharkiv["events"], kharkiv["fatalities"]) == ("Ukraine", 3, 7)
    filtered = client.get("/api/summary", actor="Sudan").json()
    assert filtered["events"] == 2 and [r["event_type"] for r in filtered["by_type"]] == [
        "Battles"]


def test_event_lists_are_json_not_html(client: Any) -> None:
    response = client.get("/api/events", limit=1)
    assert response.headers["content-type"] == "application/json"
    json.loads(response.text)
