"""Scoring against ``shared/gold/seeds.json`` by the rules in shared/spec/OUTPUT.md.

Events match when their types are equal, dates are within a day (or the gold date
is null) and locations are within 50 km (or share admin1 when the gold precision is
3); matching is one-to-one and optional gold events count neither way. Quotes match
when one text holds 80% of the other's words; a speaker is right when last names agree.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsift.documents.reading import read_inputs
from newsift.model import Extraction, InputError
from newsift.pipeline import Pipeline
from newsift.places.distance import km_between

WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]



def _coords(location: dict[str, Any] | None) -> tuple[float, float] | None:
    if not location or location.get("latitude") is None or location.get("longitude") is None:
        return None
    return (float(location["latitude"]), float(location["longitude"]))


def events_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if pred.get("event_type") != gold.get("event_type"):
        return False
    if gold.get("date") is not None:
        if pred.get("date") is None:
            return False
        gap = dt.date.fromisoformat(pred["date"]) - dt.date.fromisoformat(gold["date"])
        if abs(gap.days) > 1:
            return False
    gold_loc, pred_loc = gold.get("location"), pred.get("location")
    if gold_loc is None:
        return True
    if pred_loc is None:
        return False
    if gold_loc.get("geo_precision") == 3 and gold_loc.get("admin1"):
        return bool(pred_loc.get("admin1") == gold_loc["admin1"])
    a, b = _coords(pred_loc), _coords(gold_loc)
    return a is not None and b is not None and km_between(a, b) <= 50.0


def quotes_match(pred: str, gold: str) -> bool:
    """One text contains most (80%) of the other's words."""
    p, g = words(pred), words(gold)
    if not p or not g:
        return False
    shared = sum(min(p.count(w), g.count(w)) for w in set(g))
    return shared >= 0.8 * len(g) or shared >= 0.8 * len(p)


def last_name(name: str | None) -> str | None:
    parts = words(name or "")
    return parts[-1] if parts else None


def match_one_to_one(
    preds: Sequence[dict[str, Any]],
    golds: Sequence[dict[str, Any]],
    same: Callable[[dict[str, Any], dict[str, Any]], bool],
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in gold order; returns (pred index, gold index) pairs."""
    taken: set[int] = set()
    pairs = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if pi not in taken and same(pred, gold):
                taken.add(pi)
                pairs.append((pi, gi))
                break
    return pairs


@dataclass
class Tally:
    """Counts behind precision/recall and per-field accuracy for one kind of record."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, total]

    def field(self, name: str, right: bool) -> None:
        score = self.fields.setdefault(name, [0, 0])
        score[0] += int(right)
        score[1] += 1

    def scores(self, prefix: str) -> dict[str, float]:
        precision = self.matched / self.predicted if self.predicted else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out = {f"{prefix}_precision": precision, f"{prefix}_recall": recall, f"{prefix}_f1": f1}
        for name, (right, total) in sorted(self.fields.items()):
            out[f"{prefix}_{name}_accuracy"] = right / total if total else 1.0
        return out


def same_actor(pred: str | None, gold: str | None) -> bool:
    return (pred or "").casefold().strip() == (gold or "").casefold().strip()


def score_events(tally: Tally, preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> None:
    pairs = match_one_to_one(preds, golds, events_match)
    optional_matched = sum(1 for _, gi in pairs if golds[gi].get("optional"))
    tally.matched += len(pairs) - optional_matched
    tally.predicted += len(preds) - optional_matched
    tally.gold += sum(1 for g in golds if not g.get("optional"))
    for pi, gi in pairs:
        pred, gold = preds[pi], golds[gi]
        if gold.get("optional"):
            continue
        for name in ("fatalities", "injured", "sub_event_type", "date", "date_precision"):
            tally.field(name, pred.get(name) == gold.get(name))
        for name in ("weapon", "target"):
            if name in gold:
                tally.field(name, (pred.get(name) or "").casefold() == gold[name].casefold())
        for name in ("actor1", "actor2"):
            tally.field(name, same_actor(pred.get(name), gold.get(name)))
        pred_loc, gold_loc = pred.get("location") or {}, gold.get("location") or {}
        for name in ("admin1", "country", "geo_precision"):
            tally.field(f"location_{name}", pred_loc.get(name) == gold_loc.get(name))


def score_quotes(tally: Tally, preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> None:
    pairs = match_one_to_one(preds, golds, lambda p, g: quotes_match(p["text"], g["text"]))
    tally.matched += len(pairs)
    tally.predicted += len(preds)
    tally.gold += len(golds)
    for pi, gi in pairs:
        pred, gold = preds[pi], golds[gi]
        tally.field("speaker", last_name(pred.get("speaker")) == last_name(gold.get("speaker")))
        tally.field("direct", pred.get("direct") == gold.get("direct"))
        tally.field("date", pred.get("date") == gold.get("date"))


def _commitment_key(c: dict[str, Any]) -> tuple[Any, ...]:
    return (c.get("donor"), c.get("amount"), c.get("currency"), c.get("status"))


def score_commitments(
    tally: Tally, preds: list[dict[str, Any]], golds: list[dict[str, Any]]
) -> None:
    """A commitment is right when donor, amount, currency and status all agree."""
    pairs = match_one_to_one(preds, golds, lambda p, g: _commitment_key(p) == _commitment_key(g))
    tally.matched += len(pairs)
    tally.predicted += len(preds)
    tally.gold += len(golds)


def document_checks(doc: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool]:
    """The document-level expectations of the gold file, each a pass/fail."""
    text = doc["text"]
    checks = {
        "body_start": text.startswith(gold["body_starts_with"]),
        "body_end": text.rstrip().endswith(gold["body_ends_with"]),
        "nothing_not_in_body": not any(s in text for s in gold.get("not_in_body", [])),
        "published": doc["published"]
        in [gold["published"], *gold.get("published_also_accepted", [])],
        "published_basis": doc["published_basis"] == gold["published_basis"],
    }
    authors = [c["author"] for c in doc["comments"]]
    if "comment_authors" in gold:
        checks["comment_authors"] = authors == gold["comment_authors"]
    expected = gold.get("comments_count", len(gold.get("comments", [])))
    checks["comments_count"] = len(doc["comments"]) == expected
    return checks


def extract_seeds(shared: Path, pipeline: Pipeline, gold: dict[str, Any]) -> list[Extraction]:
    paths = [str(shared / entry["file"]) for entry in gold["documents"]]
    extractions = []
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            raise RuntimeError(f"cannot read seed: {item}")
        extractions.append(pipeline.run(item))
    return extractions


def evaluate_seeds(shared: Path, pipeline: Pipeline, limit: int | None = None) -> dict[str, Any]:
    """Score the seeds (``limit`` is accepted for the runner's signature; there are two)."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    extractions = extract_seeds(shared, pipeline, gold)
    events, quotes, commitments = Tally(), Tally(), Tally()
    checks_passed = checks_total = 0
    failed: list[str] = []
    for entry, extraction in zip(gold["documents"], extractions, strict=True):
        out = extraction.to_dict()
        for name, ok in document_checks(out["document"], entry["document"]).items():
            checks_total += 1
            checks_passed += ok
            if not ok:
                failed.append(f"{entry['file']}: {name}")
        score_events(events, out["events"], entry["events"])
        score_quotes(quotes, out["quotes"], entry["quotes"])
        score_commitments(commitments, out["commitments"], entry["commitments"])
    return {
        "document_checks": checks_passed / checks_total if checks_total else 1.0,
        **events.scores("events"),
        **quotes.scores("quotes"),
        **commitments.scores("commitments"),
        "failed_document_checks": failed,
    }
