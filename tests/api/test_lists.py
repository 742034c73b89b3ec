"""/api/documents, /api/quotes, /api/commitments, /api/entities and their CSV downloads."""

from __future__ import annotations

import csv
import io
from typing import Any

from newsift.api.tables import (
    COMMITMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    QUOTE_COLUMNS,
)

HOSTILE_QUOTE = "The shells landed while people were buying bread,"


def items(client: Any, url: str, **params: Any) -> list[dict[str, Any]]:
    response = client.get(url, **params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_document_list_has_no_bodies_and_pages(client: Any) -> None:
    docs = items(client, "/api/documents")
    assert len(docs) == 4 and all("text" not in doc for doc in docs)
    page = client.get("/api/documents", limit=3).json()
    assert page["next_offset"] == 3 and len(page["items"]) == 3
    found = items(client, "/api/documents", search="shrapnel")
    assert [doc["title"] for doc in found] == [
        "Market shelled in Kupiansk <script>window.__pwned='title'</script>"]


def test_one_document_is_its_extraction_with_comments_apart(client: Any) -> None:
    (doc_id,) = [d["id"] for d in items(client, "/api/documents", search="Kupiansk")]
    extraction = client.get(f"/api/documents/{doc_id}").json()
    assert set(extraction) == {"document", "events", "quotes", "entities", "places", "dates",
                               "commitments"}
    document = extraction["document"]
    assert [c["author"] for c in document["comments"]] == ["<b>troll</b>", None]
    assert "Nothing to see here" not in document["text"]  # comments are not in the body
    assert extraction["events"][0]["id"] == "ev-web-kupiansk-market"
    assert client.get("/api/documents/nope").status_code == 404


def test_quotes_filter_by_speaker_words_and_date(client: Any) -> None:
    assert len(items(client, "/api/quotes")) == 3
    assert [q["text"] for q in items(client, "/api/quotes", speaker="petrenko")] == [
        HOSTILE_QUOTE]
    assert [q["speaker"] for q in items(client, "/api/quotes", search="NEGOTIATE")] == [None]
    # The Kupiansk quote is dated 2024-06-04 in the text; the others only by publication.
    assert [q["text"] for q in items(client, "/api/quotes", since="2024-06-04")] == [
        HOSTILE_QUOTE]
    assert [q["text"] for q in items(client, "/api/quotes", until="2024-06-03",
                                     since="2024-05")] == ["The strike hit a purely civilian site,"]
    assert client.get("/api/quotes", since="yesterday").status_code == 422


def test_quote_csv_downloads_the_whole_filtered_list(client: Any) -> None:
    response = client.get("/api/quotes", limit=1, format="csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == QUOTE_COLUMNS and len(rows) == 3
    assert {row["direct"] for row in rows} == {"True"}


def test_commitments_filter_by_party_and_download(client: Any) -> None:
    assert {c["donor"] for c in items(client, "/api/commitments")} == {"Germany", "Denmark"}
    (germany,) = items(client, "/api/commitments", party="germ")
    assert (germany["amount"], germany["currency"], germany["recipient"]) == (
        500000000.0, "EUR", "Ukraine")
    assert germany["evidence"] and {"start", "end", "text"} == set(germany["evidence"][0])
    response = client.get("/api/commitments", party="denmark", format="csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == COMMITMENT_COLUMNS and [r["donor"] for r in rows] == ["Denmark"]
    assert rows[0]["evidence"] == "[]"
    no_points = client.get("/api/commitments", format="geojson")
    assert no_points.status_code == 422  # only events have coordinates


def test_documents_and_entities_download_as_csv(client: Any) -> None:
    docs = list(csv.DictReader(io.StringIO(client.get("/api/documents", format="csv").text)))
    assert tuple(docs[0]) == DOCUMENT_COLUMNS and len(docs) == 4
    assert "text" not in docs[0]
    response = client.get("/api/entities", label="GPE", format="csv")
    assert 'filename="entities.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == ENTITY_COLUMNS and {r["label"] for r in rows} == {"GPE"}
    assert {r["name"] for r in rows} >= {"Kharkiv", "Kupiansk", "Omdurman"}


def test_entities_are_summed_and_filtered_by_label(client: Any) -> None:
    people = items(client, "/api/entities", label="person")
    assert {e["name"] for e in people} == {"Oleh Syniehubov", "Ivan Petrenko"}
    assert all(e["mentions"] == 1 and e["documents"] == 1 for e in people)
    assert client.get("/api/counts").json()["documents"] == 4
