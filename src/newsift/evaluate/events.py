"""Scoring the `events` stage on FA-KES and ACLED notes, by the rules of
``shared/eval/README.md`` (the held-out halves are scored the same way).

* **FA-KES** (``events-fakes-dev.jsonl``, Syrian-war articles): the pipeline runs on the
  article with the record's publication date. The article's *headline incident* is the
  first event in text order that states a toll, else the first event, chosen without
  looking at the gold. Toll right when ``fatalities`` equals the gold figure (a missing
  toll is never 0; records whose gold toll is 0 are left out of that measure).
  Governorate right when the event's admin1, else its location when it names a
  governorate or its capital, is the gold governorate (:data:`GOVERNORATES` lists the
  spellings of each; gold "damascus" also takes Rif Dimashq). No distance radius, no
  substring match. An article annotated with several incidents matches each record to
  a distinct event stating that record's toll (the headline incident when none does).
* **ACLED notes** (Ukraine ``acled-notes-dev.jsonl``, Sudan
  ``acled-notes-sudan-dev.jsonl``): the first event in text order is the note's event.
  Sub-event type and date exact; place within :data:`ACLED_KM` km of the coded point;
  fatalities exact where the coded toll is above 0. The notes carry no publication date.
  Sub-event types are also scored by macro-F1 (:mod:`newsift.evaluate.macro`), which
  weighs a rare kind as much as shelling.

A record with no event is wrong on every measure. FA-KES is halved by article, so
an article's records stay together.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from newsift.documents.reading import digest_of
from newsift.evaluate.macro import macro_f1
from newsift.evaluate.records import Half, read_jsonl
from newsift.model import Event, Extraction, RawInput
from newsift.pipeline import Pipeline
from newsift.places.distance import km_between

ACLED_KM = 25.0
# Syria's fourteen governorates as GeoNames, FA-KES and the press spell them.
GOVERNORATES: dict[str, tuple[str, ...]] = {
    "aleppo": ("halab",),
    "damascus": ("dimashq",),
    "rif dimashq": ("rif-dimashq", "damascus countryside", "rural damascus", "reef dimashq"),
    "idlib": ("idleb",),
    "deir ezzor": ("deir ez-zor", "deir al-zour", "deir el-zour", "deir ez zor", "dayr az zawr"),
    "raqqa": ("ar-raqqah", "al-raqqa", "raqqah", "rakka"),
    "hasakeh": ("al-hasakah", "hasakah", "hassakeh", "hasaka", "al-hasakeh"),
    "homs": ("hims",),
    "daraa": ("dar'a", "deraa", "dara'a"),
    "hama": ("hamah",),
    "lattakia": ("latakia", "al-ladhiqiyah", "ladhiqiyah"),
    "quneitra": ("al-qunaytirah", "qunaytirah", "kuneitra"),
    "tartous": ("tartus", "tartos"),
    "sweida": ("as-suwayda", "suwayda", "al-suwayda", "suweida"),
}
# FA-KES codes no countryside governorate: its "damascus" takes Rif Dimashq in.
ALSO_ACCEPTED = {"damascus": ("rif dimashq",)}


def _key(name: str) -> str:
    name = re.sub(r"\b(?:governorate|province|city)\b", "", name.casefold())
    return re.sub(r"[^a-z]", "", name)


_CANONICAL = {_key(alias): canonical for canonical, aliases in GOVERNORATES.items()
              for alias in (canonical, *aliases)}


def governorate(name: str | None) -> str | None:
    """The canonical governorate a name spells (GeoNames admin1 or a press spelling)."""
    return _CANONICAL.get(_key(name)) if name else None


def text_input(source: str, text: str, published: str | None) -> RawInput:
    """A record's text as one input. Its id comes from the source and the text, so two
    records with the same text stay two documents (a store keeps one copy of an id)."""
    digest = digest_of(f"{source}\n{text}".encode())
    return RawInput(source=source, kind="text", content=text, digest=digest, published=published)


def _run(pipeline: Pipeline, source: str, text: str, published: str | None) -> Extraction:
    return pipeline.run(text_input(source, text, published))


def in_text_order(events: list[Event]) -> list[Event]:
    """Events ordered by their first evidence span (an event with none comes first)."""
    return sorted(events, key=lambda e: min((s.start for s in e.evidence), default=0))


def headline_incident(events: list[Event]) -> Event | None:
    """The first event in text order that states a death toll, else the first event."""
    ordered = in_text_order(events)
    return next((e for e in ordered if e.fatalities is not None), ordered[0] if ordered else None)




def governorate_right(event: Event, gold: str) -> bool:
    wanted = {governorate(gold) or gold.casefold(), *ALSO_ACCEPTED.get(gold.casefold(), ())}
    location = event.location
    if location is None:
        return False
    named = location.admin1 if location.admin1 else location.name
    return governorate(named) in wanted


def _fakes_key(record: dict[str, Any]) -> str:
    return str(record["article_id"])


def _assign(records: list[dict[str, Any]], events: list[Event]) -> list[Event | None]:
    """The event each record of one article is scored on (see the module docstring)."""
    headline = headline_incident(events)
    if len(records) == 1:
        return [headline]
    used: set[int] = set()
    chosen: list[Event | None] = []
    for record in records:
        toll = record["gold"]["fatalities"]
        match = next((e for e in in_text_order(events)
                      if id(e) not in used and e.fatalities is not None and e.fatalities == toll),
                     None)  # fmt: skip
        if match is not None:
            used.add(id(match))
        chosen.append(match if match is not None else headline)
    return chosen


def evaluate_fakes(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    """Headline-incident toll and governorate on FA-KES (see the module docstring)."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for record in read_jsonl(shared / "eval" / "events-fakes-dev.jsonl", limit, half, _fakes_key):
        by_article.setdefault(record["article_id"], []).append(record)
    n = tolled = fatal_right = place_right = found = 0
    failures: Counter[str] = Counter()
    for article_id, records in by_article.items():
        first = records[0]
        extraction = _run(pipeline, f"fakes:{article_id}", first["text"], first.get("published"))
        for record, event in zip(records, _assign(records, extraction.events), strict=True):
            n += 1
            gold = record["gold"]
            toll_counts = gold["fatalities"] != 0
            tolled += toll_counts
            if event is None:
                failures["no event"] += 1
                continue
            found += 1
            if toll_counts and event.fatalities == gold["fatalities"]:
                fatal_right += 1
            elif toll_counts:
                failures["toll missing" if event.fatalities is None else
                         "toll too high" if event.fatalities > gold["fatalities"]
                         else "toll too low"] += 1  # fmt: skip
            if governorate_right(event, gold["location"]):
                place_right += 1
            else:
                failures["no location" if event.location is None else "wrong governorate"] += 1
    return {
        "records": n,
        "event_found": found / n if n else 0.0,
        "fatalities_accuracy": fatal_right / tolled if tolled else 0.0,
        "location_accuracy": place_right / n if n else 0.0,
        "failures": dict(failures.most_common()),
    }


def _acled(shared: Path, pipeline: Pipeline, name: str, limit: int | None, half: Half | None
           ) -> dict[str, Any]:
    n = found = sub_right = type_right = date_right = place_right = fatal_right = tolled = 0
    confusions: Counter[str] = Counter()
    typed: list[tuple[str, str | None]] = []
    for record in read_jsonl(shared / "eval" / name, limit, half):
        n += 1
        gold = record["gold"]
        extraction = _run(pipeline, f"acled:{record['id']}", record["text"], None)
        ordered = in_text_order(extraction.events)
        event = ordered[0] if ordered else None
        gold_toll = gold["fatalities"] or 0
        tolled += gold_toll > 0
        typed.append((gold["sub_event_type"], event.sub_event_type if event else None))
        if event is None:
            confusions[f"{gold['sub_event_type']} -> (none)"] += 1
            continue
        found += 1
        type_right += event.event_type == gold["event_type"]
        if event.sub_event_type == gold["sub_event_type"]:
            sub_right += 1
        else:
            confusions[f"{gold['sub_event_type']} -> {event.sub_event_type}"] += 1
        date_right += event.date == gold["event_date"]
        fatal_right += gold_toll > 0 and event.fatalities == gold_toll
        location = event.location
        if location and location.latitude is not None and location.longitude is not None:
            distance = km_between(
                (location.latitude, location.longitude), (gold["latitude"], gold["longitude"])
            )
            place_right += distance <= ACLED_KM
    return {
        "records": n,
        "event_found": found / n if n else 0.0,
        "sub_event_type_accuracy": sub_right / n if n else 0.0,
        "sub_event_type_macro_f1": macro_f1(typed),
        "event_type_accuracy": type_right / n if n else 0.0,
        "date_accuracy": date_right / n if n else 0.0,
        "place_accuracy": place_right / n if n else 0.0,
        "fatalities_accuracy": fatal_right / tolled if tolled else 0.0,
        "confusions": dict(confusions.most_common(12)),
    }


def evaluate_acled_notes(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    """ACLED Ukraine notes (see the module docstring)."""
    return _acled(shared, pipeline, "acled-notes-dev.jsonl", limit, half)


def evaluate_acled_sudan(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    """ACLED Sudan notes: protests, communal attacks, looting (see the module docstring)."""
    return _acled(shared, pipeline, "acled-notes-sudan-dev.jsonl", limit, half)
