"""Scoring the incidents of real news articles (``news-incidents-dev.json``), by the rules
of ``shared/eval/README.md``; the held-out multi-outlet news is scored the same way.

Each annotated article (joined on ``id`` with ``ukraine-news-unlabelled.jsonl``) runs
through the pipeline as a JSON Lines feed would give it: its text, title and
publication date. Its gold incidents, in order, each take at most one extracted event:
the first not yet taken, in text order, with the same ``event_type``, a date within
:data:`DAYS` day of the gold date (a null gold date takes any; an event with no date
matches no dated incident), and a place within :data:`RADIUS_KM` km of the gold point
(for a gold ``geo_precision`` 3, the event's admin1 must be the gold admin1 or one of
``admin1_alt`` instead).

Measures: ``main_found`` (main incidents matched), ``main_toll_exact`` (matched, with
``fatalities`` equal to the gold ``killed``, null equal to null), ``main_sub_type``
(matched, same ``sub_event_type``), ``event_precision`` (extracted events matched to
any gold incident, optional ones included, over all extracted events, negatives
included) and ``other_found`` (non-optional, non-main incidents matched).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsift.documents.reading import digest_of, normalise_day
from newsift.evaluate.events import in_text_order
from newsift.evaluate.records import Half, half_of
from newsift.model import Event, RawInput
from newsift.pipeline import Pipeline
from newsift.places.distance import km_between
from newsift.places.gazetteer.lookup import fold_name

DAYS = 1
RADIUS_KM = 50.0
GOLD = "news-incidents-dev.json"
TEXTS = "ukraine-news-unlabelled.jsonl"


def annotated_articles(
    shared: Path, limit: int | None = None, half: Half | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold article, its text record) pairs in the file's order, halved by article id."""
    gold = json.loads((shared / "eval" / GOLD).read_text(encoding="utf-8"))
    wanted = [a for a in gold["articles"] if half is None or half_of(a["id"]) == half]
    wanted = wanted[:limit] if limit is not None else wanted
    texts: dict[str, dict[str, Any]] = {}
    ids = {a["id"] for a in wanted}
    with (shared / "eval" / TEXTS).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if record["id"] in ids:
                    texts[record["id"]] = record
    for article in wanted:
        yield article, texts[article["id"]]


def raw_input(record: dict[str, Any]) -> RawInput:
    """The record as ``newsift ingest`` reads one line of a JSON Lines feed."""
    line = json.dumps(record, ensure_ascii=False).encode("utf-8")
    return RawInput(
        source=f"news:{record['id']}", kind="text", content=record["text"],
        digest=digest_of(line), title=record.get("title"),
        published=normalise_day(record.get("published")),
    )  # fmt: skip


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _same_admin1(event: Event, incident: dict[str, Any]) -> bool:
    admin1 = event.location.admin1 if event.location else None
    if not admin1:
        return False
    wanted = [incident.get("admin1"), *incident.get("admin1_alt", [])]
    return any(name and fold_name(name) == fold_name(admin1) for name in wanted)


def mismatch(event: Event, incident: dict[str, Any]) -> str | None:
    """Why ``event`` cannot be ``incident`` (None when it can)."""
    if event.event_type != incident["event_type"]:
        return "type"
    if incident.get("date"):
        got, want = _day(event.date), _day(incident["date"])
        if got is None or want is None or abs((got - want).days) > DAYS:
            return "date"
    if incident.get("geo_precision") == 3:
        return None if _same_admin1(event, incident) else "place"
    location = event.location
    if location is None or location.latitude is None or location.longitude is None:
        return "place"
    distance = km_between((location.latitude, location.longitude),
                          (incident["latitude"], incident["longitude"]))
    return None if distance <= RADIUS_KM else "place"


def match_incidents(events: list[Event], incidents: list[dict[str, Any]]
                    ) -> list[Event | None]:
    """The extracted event each gold incident takes, in the gold order (None: missed)."""
    ordered = in_text_order(events)
    used: set[int] = set()
    taken: list[Event | None] = []
    for incident in incidents:
        event = next((e for e in ordered if id(e) not in used and mismatch(e, incident) is None),
                     None)
        if event is not None:
            used.add(id(event))
        taken.append(event)
    return taken


def _why_missed(events: list[Event], incident: dict[str, Any]) -> str:
    reasons = Counter(mismatch(e, incident) for e in events)
    if not events:
        return "no event"
    for reason in ("place", "date", "type"):  # the closest miss: only this field was off
        if reasons[reason]:
            return f"wrong {reason}"
    return "taken"


def evaluate_news_incidents(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    """Main and other incidents found, main toll and sub-type, event precision."""
    counts: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for article, record in annotated_articles(shared, limit, half):
        events = pipeline.run(raw_input(record)).events
        incidents = article["incidents"]
        taken = match_incidents(events, incidents)
        counts["articles"] += 1
        counts["events"] += len(events)
        counts["events_matched"] += sum(event is not None for event in taken)
        for incident, event in zip(incidents, taken, strict=True):
            if incident.get("main"):
                counts["main"] += 1
                if event is None:
                    misses[_why_missed(events, incident)] += 1
                    continue
                counts["main_found"] += 1
                counts["main_toll_exact"] += event.fatalities == incident["killed"]
                counts["main_sub_type"] += event.sub_event_type == incident["sub_event_type"]
            elif not incident.get("optional"):
                counts["other"] += 1
                counts["other_found"] += event is not None
        if article["kind"] == "negative":
            counts["negative_events"] += len(events)

    def share(part: str, whole: str) -> float:
        return counts[part] / counts[whole] if counts[whole] else 0.0

    return {
        "articles": counts["articles"],
        "main_incidents": counts["main"],
        "main_found": share("main_found", "main"),
        "main_toll_exact": share("main_toll_exact", "main"),
        "main_sub_type": share("main_sub_type", "main"),
        "event_precision": share("events_matched", "events"),
        "other_found": share("other_found", "other"),
        "events": counts["events"],
        "events_in_negatives": counts["negative_events"],
        "main_misses": dict(misses.most_common()),
    }
