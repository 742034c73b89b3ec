"""Write stored events as CSV, JSON Lines, GeoJSON or Parquet.

JSON Lines is the stored-event shape itself (the contract's event fields plus
``sources``, ``fatalities_low``, ``fatalities_high``). The tabular formats (CSV, Parquet
and GeoJSON properties) share one flat row: ACLED's column names in ACLED's order
(:data:`ACLED_COLUMNS`), so existing ACLED tooling reads them, then newsift's own
(:data:`EXTRA_COLUMNS`). How contract fields become ACLED columns:

- ``event_id_cnty``: the stored event id.
- ``event_date``: ``YYYY-MM-DD``; a date known only to the month or year ("2024-03")
  becomes the first day of that period, as ACLED always gives a full date. ``year``:
  its year.
- ``time_precision``: ACLED's code, from ``date_precision``: day -> 1, week -> 2,
  month or year -> 3 (ACLED has nothing coarser than 3); empty without a date. Without
  a ``date_precision``, a full date counts as a day and a partial one as 3.
- ``disorder_type``, ``inter1``, ``inter2``, ``interaction``, ``civilian_targeting``,
  ``iso``, ``region``: derived as :mod:`newsift.acled` says, empty where the codebook
  value does not follow from what newsift knows; ``country`` in ACLED's spelling.
- ``location``/``admin1``/``latitude``/``longitude``/``geo_precision``: the resolved
  location.
- ``source``: the ``source`` (path or URL) of each source document, joined by ``"; "``.
- ``notes``: the evidence sentences of all sources, joined by a space, repeats dropped.
- ``timestamp``: when the export was made (Unix seconds); ACLED's is when a row last
  changed, which the export time bounds.
- ``assoc_actor_1``, ``assoc_actor_2``, ``admin2``, ``admin3``, ``source_scale``,
  ``tags``: always empty (newsift does not code them).
- ``evidence``: every evidence span with its ``document_id`` (JSON text in CSV, a list
  of structs in Parquet); ``document_ids``: the source documents (``"; "``-joined in CSV).

GeoJSON holds only events with coordinates, as Points in GeoJSON's ``[longitude,
latitude]`` order; the others are counted in :attr:`ExportResult.skipped`.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

import pyarrow as pa
import pyarrow.parquet as pq

from newsift.acled import (
    CIVILIAN_TARGETING,
    CIVILIANS,
    Country,
    actor_code,
    country_codes,
    disorder_type,
    interaction,
)
from newsift.store.base import EventQuery, Store, StoredEvent
from newsift.store.rows import period_start

FORMATS = ("csv", "jsonl", "geojson", "parquet")
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS = (
    "injured", "weapon", "target", "evidence", "document_ids", "sources_count",
    "fatalities_low", "fatalities_high",
)
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_FULL_DATE_LENGTH = len("YYYY-MM-DD")

_SPAN = pa.struct([("document_id", pa.string()), ("start", pa.int32()),
                   ("end", pa.int32()), ("text", pa.string())])
_TYPES: dict[str, pa.DataType] = {
    "event_date": pa.date32(), "year": pa.int16(), "time_precision": pa.int8(),
    "inter1": pa.int8(), "inter2": pa.int8(), "interaction": pa.int8(), "iso": pa.int16(),
    "latitude": pa.float64(), "longitude": pa.float64(), "geo_precision": pa.int8(),
    "fatalities": pa.int32(), "timestamp": pa.int64(), "injured": pa.int32(),
    "evidence": pa.list_(_SPAN), "document_ids": pa.list_(pa.string()),
    "sources_count": pa.int32(), "fatalities_low": pa.int32(), "fatalities_high": pa.int32(),
}  # every other column is a string
PARQUET_SCHEMA = pa.schema(
    [pa.field(name, _TYPES.get(name, pa.string()), nullable=name != "event_id_cnty")
     for name in COLUMNS],
    metadata={"time_precision": "ACLED codes: 1 day, 2 week, 3 month or coarser"},
)
_PARQUET_BATCH = 2000


@dataclass(frozen=True)
class ExportResult:
    format: str
    written: int
    skipped: int = 0  # events left out: for GeoJSON, those without coordinates


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(value for value in values if value))


def _time_precision(value: str | None, precision: str | None) -> int | None:
    if not value:
        return None
    if precision in TIME_PRECISION:
        return TIME_PRECISION[precision]
    return 1 if len(value) == _FULL_DATE_LENGTH else 3


@dataclass(frozen=True)
class RowContext:
    """What every row of one export shares: the country table and the export time."""

    countries: dict[str, Country]
    timestamp: int

    @classmethod
    def now(cls) -> RowContext:
        return cls(country_codes(), int(time.time()))


def flat_row(event: StoredEvent, context: RowContext) -> dict[str, Any]:
    """One event as the flat ACLED-plus-newsift row; lists stay lists, missing is None."""
    location = event.get("location") or {}
    sources = event.get("sources") or []
    evidence = [{"document_id": source["document_id"], **span}
                for source in sources for span in source["evidence"]]
    event_date = period_start(event["date"]) if event["date"] else None
    country = context.countries.get(location.get("country") or "")
    inter1 = actor_code(event["actor1"], location.get("country"), context.countries)
    inter2 = actor_code(event["actor2"], location.get("country"), context.countries)
    return {
        "event_id_cnty": event["id"],
        "event_date": event_date,
        "year": int(event_date[:4]) if event_date else None,
        "time_precision": _time_precision(event["date"], event.get("date_precision")),
        "disorder_type": disorder_type(event["event_type"], event["sub_event_type"]),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": event["actor1"],
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": event["actor2"],
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2, bool(event["actor2"])),
        "civilian_targeting": CIVILIAN_TARGETING if inter2 == CIVILIANS else None,
        "iso": country.iso if country else None,
        "region": country.region if country else None,
        "country": country.name if country else location.get("country"),
        "admin1": location.get("admin1"),
        "admin2": None,
        "admin3": None,
        "location": location.get("name"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "geo_precision": location.get("geo_precision"),
        "source": "; ".join(_unique(source.get("source", "") for source in sources)),
        "source_scale": None,
        "notes": " ".join(_unique(span["text"] for span in evidence)),
        "fatalities": event["fatalities"],
        "tags": None,
        "timestamp": context.timestamp,
        "injured": event["injured"],
        "weapon": event["weapon"],
        "target": event["target"],
        "evidence": evidence,
        "document_ids": [source["document_id"] for source in sources],
        "sources_count": len(sources),
        "fatalities_low": event.get("fatalities_low"),
        "fatalities_high": event.get("fatalities_high"),
    }


def _csv_value(name: str, value: Any) -> Any:
    if value is None:
        return ""
    if name == "document_ids":
        return "; ".join(value)
    if name == "evidence":
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(events: Iterator[StoredEvent], out: TextIO) -> ExportResult:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    written = 0
    context = RowContext.now()
    for event in events:
        row = flat_row(event, context)
        writer.writerow([_csv_value(name, row[name]) for name in COLUMNS])
        written += 1
    return ExportResult("csv", written)


def write_jsonl(events: Iterator[StoredEvent], out: TextIO) -> ExportResult:
    written = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        written += 1
    return ExportResult("jsonl", written)


def _point(row: dict[str, Any]) -> list[float] | None:
    lon, lat = row["longitude"], row["latitude"]
    if lon is None or lat is None or not (math.isfinite(lon) and math.isfinite(lat)):
        return None
    return [lon, lat]


def write_geojson(events: Iterator[StoredEvent], out: TextIO) -> ExportResult:
    written = skipped = 0
    context = RowContext.now()
    out.write('{"type": "FeatureCollection", "features": [')
    for event in events:
        row = flat_row(event, context)
        point = _point(row)
        if point is None:
            skipped += 1
            continue
        feature = {"type": "Feature", "id": row["event_id_cnty"],
                   "geometry": {"type": "Point", "coordinates": point}, "properties": row}
        out.write(("," if written else "") + "\n" + json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return ExportResult("geojson", written, skipped)


def _parquet_row(event: StoredEvent, context: RowContext) -> dict[str, Any]:
    row = flat_row(event, context)
    if row["event_date"]:
        row["event_date"] = date.fromisoformat(row["event_date"])
    return row


def write_parquet(events: Iterator[StoredEvent], out: str | BinaryIO) -> ExportResult:
    written = 0
    context = RowContext.now()
    with pq.ParquetWriter(out, PARQUET_SCHEMA) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            batch.append(_parquet_row(event, context))
            if len(batch) == _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
                written += len(batch)
                batch = []
        # Always write a table, so that an empty export is still a readable file.
        writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
        written += len(batch)
    return ExportResult("parquet", written)


_TEXT_WRITERS: dict[str, Callable[[Iterator[StoredEvent], TextIO], ExportResult]] = {
    "csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson,
}


def _is_text(stream: IO[Any]) -> bool:
    return isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding")


def export(
    store: Store,
    format: str,
    out: str | os.PathLike[str] | TextIO | BinaryIO,
    query: EventQuery | None = None,
) -> ExportResult:
    """Write the events ``query`` selects (all by default) to ``out``.

    ``out`` is a path (written to a ``.part`` file, renamed when complete, so a failed
    export never leaves a truncated file under the real name) or an open stream: text
    or binary for the text formats, binary for Parquet.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    events = store.iter_events(query)
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        part = path.with_name(path.name + ".part")
        try:
            if format == "parquet":
                result = write_parquet(events, str(part))
            else:
                with open(part, "w", encoding="utf-8", newline="") as handle:
                    result = _TEXT_WRITERS[format](events, handle)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return result
    if format == "parquet":
        if _is_text(out):
            raise ValueError("parquet is binary: give a path or a binary stream")
        return write_parquet(events, cast(BinaryIO, out))
    if _is_text(out):
        return _TEXT_WRITERS[format](events, cast(TextIO, out))
    text = io.TextIOWrapper(cast(BinaryIO, out), encoding="utf-8", newline="")
    try:
        return _TEXT_WRITERS[format](events, text)
    finally:
        text.flush()
        text.detach()  # hand the caller's stream back open
