"""Two writers and a reader on one store, on both backends: a writer waits for the other's
commit, so neither stores a document or an incident twice, and reading never waits."""

from __future__ import annotations

import threading
import time
from typing import Any

from store_backends import Stores

from newsift.model import Document, Event, Extraction, Location, Span
from newsift.store import open_store

KHARKIV = Location("Kharkiv", "Kharkiv Oblast", "Ukraine", 49.98081, 36.25272, 1)


def report(doc_id: str, text: str) -> Extraction:
    event = Event(
        id=f"ev-{doc_id}", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", date="2024-05-11", date_precision="day",
        actor1="Russia", actor2="Civilians (Ukraine)", weapon="drone", target=None,
        location=KHARKIV, fatalities=7, injured=None, evidence=[Span(0, len(text), text)])
    document = Document(id=doc_id, source=f"https://{doc_id}.example/story", title=None,
                        published="2024-05-11", published_basis="header", language="en",
                        text=text)
    return Extraction(document=document, events=[event])


FIRST = report("first", "A drone hit a petrol station in Kharkiv, killing seven people.")
SECOND = report("second", "Seven people died when a drone struck a Kharkiv petrol station.")


def adding(stores: Stores, extraction: Extraction) -> tuple[threading.Thread, list[Any]]:
    """Add in a thread of its own, with a connection of its own (as another process)."""
    result: list[Any] = []
    target = stores.target()

    def add() -> None:
        with open_store(target) as store:
            result.append(store.add(extraction))

    thread = threading.Thread(target=add, daemon=True)
    thread.start()
    return thread, result


def test_a_writer_waits_for_the_others_commit_and_then_sees_its_rows(stores: Stores) -> None:
    holder, reader = stores.open(), stores.open()
    with holder.batch():
        assert holder.add(FIRST).stored
        same, same_result = adding(stores, FIRST)
        incident, incident_result = adding(stores, SECOND)
        time.sleep(0.5)
        assert same.is_alive() and incident.is_alive()  # both wait for the lock
        assert reader.counts()["documents"] == 0  # reading does not wait, nor see
        assert reader.events() == []
    same.join(10)
    incident.join(10)
    assert same_result[0].already_present  # the same document: not stored twice
    # The same incident from another outlet joined the committed event, not a new one.
    assert (incident_result[0].events_added, incident_result[0].events_merged) == (0, 1)
    (event,) = reader.events()
    assert event["sources_count"] == 2
