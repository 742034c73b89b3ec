"""Downloads and pages: list results as CSV or GeoJSON, and the JSON page envelope.

Events are written by :mod:`newsift.export` (ACLED columns), so a download from the
API is byte for byte what ``newsift export`` writes for the same filter. The other
lists have no coordinates, so they come as JSON or CSV only (the routes refuse
format=geojson for them); their CSV columns are the
JSON field names, with list fields (evidence) as JSON text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

from fastapi.responses import Response

from newsift.export import ExportResult, write_csv, write_geojson
from newsift.store.base import StoredEvent

QUOTE_COLUMNS = ("document_id", "speaker", "text", "direct", "date", "start", "end")
COMMITMENT_COLUMNS = ("document_id", "donor", "recipient", "amount", "currency", "items",
                      "status", "date", "evidence")
ENTITY_COLUMNS = ("name", "label", "mentions", "documents")
DOCUMENT_COLUMNS = ("id", "source", "title", "published", "language", "added_at", "events")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}
_EVENT_WRITERS: dict[str, Callable[[Iterator[StoredEvent], TextIO], ExportResult]] = {
    "csv": write_csv, "geojson": write_geojson}


def page(items: list[dict[str, Any]], limit: int, offset: int,
         total: int | None = None) -> dict[str, Any]:
    """``items`` was fetched with ``limit + 1``: the extra row only says a next page exists."""
    more = len(items) > limit
    body: dict[str, Any] = {"limit": limit, "offset": offset,
                            "next_offset": offset + limit if more else None}
    if total is not None:
        body["total"] = total
    body["items"] = items[:limit]
    return body


def _attachment(text: str, name: str, fmt: str) -> Response:
    return Response(text, media_type=MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def events_download(events: Iterator[StoredEvent], fmt: str) -> Response:
    # Built in memory, in the request's thread: the SQLite connection must not be
    # iterated from the other threads a streaming response would use.
    out = io.StringIO()
    _EVENT_WRITERS[fmt](events, out)
    return _attachment(out.getvalue(), "events", fmt)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def rows_download(rows: Sequence[dict[str, Any]], columns: Sequence[str], name: str,
                  fmt: str) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return _attachment(out.getvalue(), name, fmt)
