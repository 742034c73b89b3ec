"""Scoring the `places` stage on toponym-resolution sets in ``shared/eval``.

- GeoWebNews (``geo-gwn.jsonl``): for each gold toponym, the place whose span overlaps
  it must lie within 161 km (100 miles) of the gold point; a missed mention is wrong.
- Ukraine incidents (``geo-ukraine-dev.jsonl``): for records whose text names the gold
  town, the place overlapping that name must lie within 161 km of the gold point.
- ACLED notes, places only (``acled-notes-dev.jsonl``, ``acled-notes-sudan-dev.jsonl``):
  for notes whose text names the coded location (gold ``location``, the part before
  ACLED's " - " for a city district), the place overlapping that name must lie within
  25 km of the coded point. Unlike the events sets' place accuracy, this does not
  depend on which event the events stage finds first.

All run the real ``parse`` and ``places`` stages on the record text taken as the body.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from newsift.article import Article
from newsift.evaluate.records import Half, read_jsonl
from newsift.model import Document, Place, RawInput
from newsift.pipeline import Pipeline
from newsift.places.distance import km_between
from newsift.places.stage import find_places

RADIUS_KM = 161.0
ACLED_RADIUS_KM = 25.0
EXAMPLES = 15
ACLED_NOTES = {"ukraine": "acled-notes-dev.jsonl", "sudan": "acled-notes-sudan-dev.jsonl"}


def article_for(
    pipeline: Pipeline, text: str, published: str | None, ident: str = "eval"
) -> Article:
    """An Article whose body is ``text`` verbatim (gold offsets stay valid), parsed."""
    raw = RawInput(source=ident, kind="text", content=text, digest=ident)
    document = Document(
        id=ident,
        source=ident,
        title=None,
        published=published,
        published_basis=None,
        language="en",
        text=text,
    )
    article = Article(raw=raw, document=document)
    article.doc = pipeline.resources.nlp(text)
    return article


def _overlapping(places: list[Place], start: int, end: int) -> Place | None:
    for place in places:
        if place.start < end and start < place.end:
            return place
    return None


def _verdict(place: Place | None, gold: tuple[float, float], radius: float = RADIUS_KM) -> str:
    if place is None:
        return "missed"
    if place.latitude is None or place.longitude is None:
        return "unresolved"
    if km_between((place.latitude, place.longitude), gold) <= radius:
        return "right"
    return "far"


def evaluate_gwn(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    outcomes: Counter[str] = Counter()
    adjectives: Counter[str] = Counter()
    examples: list[dict[str, Any]] = []
    for record in read_jsonl(shared / "eval" / "geo-gwn.jsonl", limit, half):
        article = article_for(pipeline, record["text"], None, record["id"])
        places = find_places(article, pipeline.resources)
        for gold in record["toponyms"]:
            place = _overlapping(places, gold["start"], gold["end"])
            verdict = _verdict(place, (gold["latitude"], gold["longitude"]))
            outcomes[verdict] += 1
            if gold.get("modifier_type") == "Adjective":
                adjectives[verdict] += 1
            if verdict != "right" and len(examples) < EXAMPLES * 4:
                examples.append(
                    {
                        "id": record["id"],
                        "gold": gold["name"],
                        "type": gold["type"],
                        "verdict": verdict,
                        "got": place.resolved if place else None,
                        "got_country": place.country if place else None,
                    }
                )
    total = sum(outcomes.values())
    nouns = total - sum(adjectives.values())
    return {
        "acc_161km": outcomes["right"] / total if total else 0.0,
        "acc_161km_without_adjectives": (
            (outcomes["right"] - adjectives["right"]) / nouns if nouns else 0.0
        ),
        # "Russian", "French": GeoWebNews counts nationality words as toponyms.
        "acc_161km_adjectives": (
            adjectives["right"] / sum(adjectives.values()) if adjectives else 0.0
        ),
        "toponyms": total,
        "outcomes": dict(outcomes),
        "examples": examples,
    }


def evaluate_ukraine(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    outcomes: Counter[str] = Counter()
    examples: list[dict[str, Any]] = []
    for record in read_jsonl(shared / "eval" / "geo-ukraine-dev.jsonl", limit, half):
        gold = record["gold"]
        town = gold.get("town")
        if not town or gold.get("latitude") is None:
            continue
        found = re.search(rf"\b{re.escape(town)}\b", record["text"], re.IGNORECASE)
        if found is None:
            continue
        article = article_for(pipeline, record["text"], gold.get("date"), record["id"])
        places = find_places(article, pipeline.resources)
        place = _overlapping(places, found.start(), found.end())
        verdict = _verdict(place, (gold["latitude"], gold["longitude"]))
        outcomes[verdict] += 1
        if verdict != "right" and len(examples) < EXAMPLES * 4:
            examples.append(
                {
                    "id": record["id"],
                    "town": town,
                    "verdict": verdict,
                    "got": place.resolved if place else None,
                    "got_country": place.country if place else None,
                }
            )
    total = sum(outcomes.values())
    return {
        "acc_161km": outcomes["right"] / total if total else 0.0,
        "records": total,
        "outcomes": dict(outcomes),
        "examples": examples,
    }


_REGION_NEXT = re.compile(
    r"\s+(?:region|oblast|province|state|governorate|district|raion|locality)\b", re.IGNORECASE
)


def _coded_name(location: str, text: str) -> re.Match[str] | None:
    """Where a note names its coded location as a place: "Khartoum - Bahri" is written
    so, or "Bahri" or "Khartoum" (the district part is tried first, being the more precise),
    and "the Odesa region (coded to Odesa)" names the town only the second time."""
    parts = location.split(" - ")
    for name in [location, *reversed(parts)] if len(parts) > 1 else parts:
        pattern = rf"(?<!\w){re.escape(name.strip())}(?!\w)"
        found = list(re.finditer(pattern, text, re.IGNORECASE))
        alone = [m for m in found if not _REGION_NEXT.match(text, m.end())]
        if found:
            return (alone or found)[0]
    return None


def evaluate_acled_places(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    """The places stage alone on ACLED notes: the coded location's name, where the note
    writes it, must resolve within :data:`ACLED_RADIUS_KM` of the coded point."""
    results: dict[str, Any] = {}
    examples: list[dict[str, Any]] = []
    for country, filename in ACLED_NOTES.items():
        outcomes: Counter[str] = Counter()
        unnamed = 0
        for record in read_jsonl(shared / "eval" / filename, limit, half):
            gold = record["gold"]
            if not gold.get("location") or gold.get("latitude") is None:
                continue
            found = _coded_name(gold["location"], record["text"])
            if found is None:
                unnamed += 1
                continue
            # No publication date: the note's gold date must not help resolve its place.
            article = article_for(pipeline, record["text"], None, record["id"])
            places = find_places(article, pipeline.resources)
            place = _overlapping(places, found.start(), found.end())
            point = (gold["latitude"], gold["longitude"])
            verdict = _verdict(place, point, ACLED_RADIUS_KM)
            outcomes[verdict] += 1
            if verdict != "right" and len(examples) < EXAMPLES * 4:
                examples.append(
                    {
                        "id": record["id"],
                        "location": gold["location"],
                        "admin1": gold.get("admin1"),
                        "verdict": verdict,
                        "got": place.resolved if place else None,
                        "got_admin1": place.admin1 if place else None,
                        "km": (
                            round(km_between((place.latitude, place.longitude), point))
                            if place and place.latitude is not None and place.longitude is not None
                            else None
                        ),
                    }
                )
        total = sum(outcomes.values())
        results[f"{country}_acc_25km"] = outcomes["right"] / total if total else 0.0
        results[f"{country}_records"] = total
        results[f"{country}_location_not_in_text"] = unnamed
        results[f"{country}_outcomes"] = dict(outcomes)
    results["examples"] = examples
    return results
