"""The JSON endpoints under ``/api``: thin wrappers over :class:`~newsift.store.Store`.

Every item carries the extraction contract's field names (shared/spec/OUTPUT.md). Lists
are paged: ``{"limit", "offset", "next_offset", "items"}`` (events add ``total``);
``format=csv`` (and ``geojson`` for events) downloads the whole filtered list instead.
The store is opened per request, in the request's worker thread, because an SQLite
connection may only be used by the thread that made it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from newsift.api.tables import (
    COMMITMENT_COLUMNS,
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    QUOTE_COLUMNS,
    events_download,
    page,
    rows_download,
)
from newsift.store import Store, open_store
from newsift.store.base import EventQuery

Limit = Annotated[int, Query(ge=1, le=10000, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
Format = Annotated[Literal["json", "csv", "geojson"],
                   Query(description="json: one page; csv/geojson: the whole filtered list.")]
ListFormat = Annotated[Literal["json", "csv"],
                       Query(description="json: one page; csv: the whole filtered list.")]
DateParam = Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive.")]


@contextmanager
def opened(request: Request) -> Iterator[Store]:
    db_path: Path | str = request.app.state.db_path
    with open_store(db_path, create=False) as store:
        yield store


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    try:
        parts = [float(part) for part in text.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4:
        raise HTTPException(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    return parts[0], parts[1], parts[2], parts[3]


def event_filters(
    since: DateParam = None,
    until: DateParam = None,
    event_type: Annotated[str | None, Query(description="Event type or sub-event type.")] = None,
    sub_event_type: Annotated[str | None, Query(description="Sub-event type.")] = None,
    actor: Annotated[str | None, Query(description="Substring of actor1 or actor2.")] = None,
    place: Annotated[str | None, Query(
        description="Substring of the location name, admin1 or country.")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, description="At least this many killed.")
                              ] = None,
    search: Annotated[str | None, Query(
        description="Full-text search over evidence, places, actors, types, weapon, target."
    )] = None,
    document_id: Annotated[str | None, Query(description="Only events this document reports."
                                             )] = None,
) -> EventQuery:
    try:
        return EventQuery(since=since, until=until, event_type=event_type,
                          sub_event_type=sub_event_type, actor=actor, place=place,
                          bbox=_bbox(bbox), min_fatalities=min_fatalities, search=search,
                          document_id=document_id)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


Filters = Annotated[EventQuery, Depends(event_filters)]


def _paged(query: EventQuery, limit: int, offset: int) -> EventQuery:
    return EventQuery(**{**query.__dict__, "limit": limit + 1, "offset": offset})


def list_events(request: Request, filters: Filters, limit: Limit = 100, offset: Offset = 0,
                format: Format = "json") -> Any:
    """Stored events (contract fields plus ``sources``, ``fatalities_low``/``_high``),
    by date then id, undated last."""
    with opened(request) as store:
        if format != "json":
            return events_download(store.iter_events(filters), format)
        return page(store.events(_paged(filters, limit, offset)), limit, offset,
                    total=store.count_events(filters))


def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One event with every source (its document's title, published date and evidence
    spans into that document's text) and its ``corrections``."""
    with opened(request) as store:
        event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return event


def summary(request: Request, filters: Filters) -> dict[str, Any]:
    """Event and fatality counts for the filter: totals, ``by_day``, ``by_type``,
    ``by_admin1``."""
    with opened(request) as store:
        return store.summary(filters)


def list_documents(
    request: Request,
    search: Annotated[str | None, Query(description="Full-text search over title and body.")
                      ] = None,
    limit: Limit = 100, offset: Offset = 0, format: ListFormat = "json",
) -> Any:
    """Document summaries without the body, in the order they were added."""
    with opened(request) as store:
        if format != "json":
            return rows_download(store.documents(search), DOCUMENT_COLUMNS, "documents", format)
        return page(store.documents(search, limit + 1, offset), limit, offset)


def get_document(request: Request, document_id: str) -> dict[str, Any]:
    """The whole extraction of one document, as ``newsift extract`` writes it: the cleaned
    body in ``document.text``, reader comments apart in ``document.comments``."""
    with opened(request) as store:
        extraction = store.get_document(document_id)
    if extraction is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return extraction.to_dict()


def list_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(description="Substring of the speaker.")] = None,
    since: DateParam = None, until: DateParam = None,
    search: Annotated[str | None, Query(description="Substring of the quoted words.")] = None,
    document_id: str | None = None,
    limit: Limit = 100, offset: Offset = 0, format: ListFormat = "json",
) -> Any:
    """Quotes; the date filters use the quote's date, else its document's publication date."""
    try:
        EventQuery(since=since, until=until)  # the same date syntax as events
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    args: dict[str, Any] = {"document_id": document_id, "speaker": speaker, "since": since,
                            "until": until, "search": search}
    with opened(request) as store:
        if format != "json":
            return rows_download(store.quotes(**args), QUOTE_COLUMNS, "quotes", format)
        return page(store.quotes(**args, limit=limit + 1, offset=offset), limit, offset)


def list_commitments(
    request: Request,
    party: Annotated[str | None, Query(description="Substring of donor or recipient.")] = None,
    document_id: str | None = None,
    limit: Limit = 100, offset: Offset = 0, format: ListFormat = "json",
) -> Any:
    """Aid, sales and delivery commitments with their evidence spans."""
    with opened(request) as store:
        if format != "json":
            return rows_download(store.commitments(document_id, party), COMMITMENT_COLUMNS,
                                 "commitments", format)
        return page(store.commitments(document_id, party, limit + 1, offset), limit, offset)


def list_entities(
    request: Request,
    label: Annotated[str | None, Query(description="spaCy label: PERSON, ORG, GPE ...")
                     ] = None,
    document_id: str | None = None,
    limit: Limit = 100, offset: Offset = 0, format: ListFormat = "json",
) -> Any:
    """Entities summed over documents, most mentioned first."""
    with opened(request) as store:
        if format != "json":
            return rows_download(store.entities(document_id, label), ENTITY_COLUMNS,
                                 "entities", format)
        return page(store.entities(document_id, label, limit + 1, offset), limit, offset)


def counts(request: Request) -> dict[str, int]:
    """How many documents, events, quotes, commitments and entities are stored."""
    with opened(request) as store:
        return store.counts()


ROUTES: tuple[tuple[str, Callable[..., Any]], ...] = (
    ("/events", list_events),
    ("/events/{event_id}", get_event),
    ("/summary", summary),
    ("/documents", list_documents),
    ("/documents/{document_id}", get_document),
    ("/quotes", list_quotes),
    ("/commitments", list_commitments),
    ("/entities", list_entities),
    ("/counts", counts),
)


def api_router() -> APIRouter:
    """A fresh router with every endpoint under ``/api``: built per app, never at import."""
    router = APIRouter(prefix="/api", tags=["data"])
    for path, endpoint in ROUTES:
        router.add_api_route(path, endpoint, methods=["GET"])
    return router
