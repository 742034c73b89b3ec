"""Scoring cross-document dedup: do articles about one incident end up sharing an event?

Two sets, each ingested article by article into a fresh in-memory store (the real
pipeline, the real matching on ingest):

* **FA-KES** (``eval/events-fakes-dev.jsonl``, read at run time): gold groups are built
  by rule from the annotated fields: articles with the same date (``published``, which
  FA-KES sets to the incident's date), the same gold location and the same toll report
  one incident. Checked by eye (13 groups, 29 articles): all but one are one incident
  told by two outlets or re-published by one. Left out by rule: an article whose own
  dateline (the first date in its text) is more than :data:`DATELINE_DAYS` days after
  the gold date is commentary on an older incident, not a report of it (Reuters
  politics pieces weeks after the 2013 Ghouta attack); such articles are still ingested
  (distractors) but no pair with one is counted, either way. Fixed by eye
  (:data:`BY_EYE`): groups the rule splits because outlets gave different tolls or dates
  for one incident, found by listing pairs with the same gold location, dates within 3
  days and tolls within half of each other, and reading their titles; and one found
  by reading the merges matching made (the Zubdiya chlorine barrel, whose articles
  each cite both the three and the four dead).
* **Own fixtures** (``tests/fixtures/dedup/articles.jsonl``, written for newsift):
  news-style reports with a known ``group`` (null: an incident reported once), with
  hard negatives: another strike in the same city two days later, same-day strikes in
  other cities.

Measures, over pairs of articles; gold pairs are pairs in one group.

- ``pairwise_*``: a pair is predicted when the two articles' *annotated incidents* end
  up in one stored event. FA-KES annotates one incident per article, so an article's
  annotated incident is its events stating the gold toll (the fixtures are one incident
  each: all their events). Articles about different incidents often both mention a
  third one in passing (a massacre two weeks earlier, the start of the war): merging
  those mentions is right, and the gold, built from the annotated incident only, cannot
  tell, so they are not counted against precision here.
- ``extracted_pairs``/``recall_when_extracted``: the gold pairs whose two articles both
  have an event stating the gold toll, and the recall on those alone: what matching
  does when extraction found the incident in both articles; ``missed_when_extracted``
  lists the misses matching owns (the other misses need extraction to find a toll);
  ``missed_verdicts`` gives, for each, :func:`newsift.events.same_incident.match`'s verdict
  on the two articles' annotated incidents side by side (the best-scoring pair of their events,
  rare words not counted): in the store a report meets the stored event instead, with
  its consensus values, so this is a lead to follow, not the decision itself.
- ``any_pairwise_*``: a pair is predicted when the articles share any stored event: the
  literal reading, a lower bound on precision for the reason above.
- ``dedup_share_of_store_time``: the share of ``store.add`` time spent matching.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from newsift.evaluate.events import _run
from newsift.evaluate.records import read_jsonl
from newsift.events.same_incident import match
from newsift.model import Extraction
from newsift.pipeline import Pipeline
from newsift.store import SQLiteStore
from newsift.store.matching import report_of

DATELINE_DAYS = 3
# FA-KES article ids judged by eye to report one incident (see the module docstring).
BY_EYE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Idlib sarin attack, April 2017, tolls 58 to 86",
     ("1918150030", "1923848144", "1965495387")),
    ("Hasakah wedding suicide bombing, October 2016, tolls 20 to 32",
     ("1923102911", "1923102912", "1924058103")),
    ("evacuee bus convoy bombing near Aleppo, April 2017, tolls 100 to 130",
     ("1919191772", "1923848126", "1962495733", "1965495372", "1924058078", "1924058147")),
    ("shelling of Jayrud, July 2016, tolls 30 and 31",
     ("1918150039", "1918398795", "1923848178")),
    ("market air strike in al-Asharah, June 2016, reported two days later too",
     ("1923102957", "1923848268", "1924058084")),
    ("Damascus police station bombings, October 2017, tolls 15 and 17",
     ("1923102965", "1924058110", "1965495340")),
    ("Ghouta gas attack, August 2013, early tolls 200 to 1300",
     ("1926479352", "1965495325", "1926479389")),
    ("one article filed twice under two ids", ("1918398786", "1924058140")),
    ("chlorine barrel on Zubdiya, Aleppo, August 2016, tolls 3 and 4 (each article"
     " names the civil defence's three and the hospital's four)",
     ("1918150044", "1919191753", "1923102847")),
)
FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "dedup" / "articles.jsonl"
_MONTHS = {name: number for number, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
     "jul july", "aug august", "sep sept september", "oct october", "nov november",
     "dec december"), start=1) for name in names.split()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATELINES = (
    (re.compile(rf"\b(\d{{1,2}}) ({_MONTH})\.? (\d{{4}})\b", re.I), (0, 1, 2)),
    (re.compile(rf"\b({_MONTH})\.? (\d{{1,2}}),? (\d{{4}})\b", re.I), (1, 0, 2)),
    (re.compile(r"\b(\d{1,2})[.-](\d{1,2})[.-](\d{4})\b"), (0, 1, 2)),
)


@dataclass
class Article:
    id: str
    source: str
    text: str
    published: str | None
    groups: set[str] = field(default_factory=set)
    scored: bool = True  # False: ingested as a distractor, its pairs not counted
    tolls: set[int] = field(default_factory=set)  # gold tolls; empty: every event counts


def dateline(text: str) -> date | None:
    """The first date written in the opening of an article ("Sun 05 Jul 2015", ...)."""
    opening = text[:300]
    found: list[tuple[int, date]] = []
    for pattern, (d, m, y) in _DATELINES:
        hit = pattern.search(opening)
        if not hit:
            continue
        parts = hit.groups()
        month = parts[m] if parts[m].isdigit() else _MONTHS[parts[m].casefold().rstrip(".")]
        try:
            found.append((hit.start(), date(int(parts[y]), int(month), int(parts[d]))))
        except ValueError:
            continue
    return min(found)[1] if found else None


def fakes_articles(shared: Path, limit: int | None) -> tuple[list[Article], int]:
    """FA-KES articles with their rule-built groups, and how many were left out."""
    articles: dict[str, Article] = {}
    for record in read_jsonl(shared / "eval" / "events-fakes-dev.jsonl", limit):
        gold = record["gold"]
        article = articles.setdefault(record["article_id"], Article(
            record["article_id"], record["source"], record["text"], record.get("published")))
        article.groups.add(f"{record.get('published')}|{gold['location']}|{gold['fatalities']}")
        article.tolls.add(gold["fatalities"])
    for note, members in BY_EYE:
        for member in members:
            if member in articles:
                articles[member].groups.add(f"by eye: {note}")
    left_out = 0
    for article in articles.values():
        written = dateline(article.text)
        if written and article.published and (
            written - date.fromisoformat(article.published)
        ).days > DATELINE_DAYS:
            article.scored = False
            left_out += 1
    return list(articles.values()), left_out


def fixture_articles(path: Path = FIXTURES) -> list[Article]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            articles.append(Article(item["id"], item["source"], item["text"],
                                    item["published"], {item["group"]} if item["group"] else set()))
    return articles


def gold_pairs(articles: Iterable[Article]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = {}
    for article in articles:
        for group in article.groups:
            members.setdefault(group, []).append(article.id)
    return {tuple(sorted(pair)) for ids in members.values()  # type: ignore[misc]
            for pair in combinations(sorted(set(ids)), 2)}


def shared_pairs(event_sets: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Pairs of articles whose event sets intersect."""
    by_event: dict[str, set[str]] = {}
    for article, events in event_sets.items():
        for event in events:
            by_event.setdefault(event, set()).add(article)
    return {tuple(sorted(pair)) for members in by_event.values()  # type: ignore[misc]
            for pair in combinations(sorted(members), 2)}


def prf(predicted: set[tuple[str, str]], gold: set[tuple[str, str]], prefix: str
        ) -> dict[str, float]:
    right = len(predicted & gold)
    p = right / len(predicted) if predicted else 1.0
    r = right / len(gold) if gold else 1.0
    return {f"{prefix}precision": p, f"{prefix}recall": r,
            f"{prefix}f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_articles(articles: list[Article], pipeline: Pipeline, name: str) -> dict[str, Any]:
    extractions = [_run(pipeline, f"{name}:{a.id}", a.text, a.published) for a in articles]
    return score_extractions(articles, extractions)


def score_extractions(articles: list[Article], extractions: list[Extraction]
                      ) -> dict[str, Any]:
    """Ingest the extractions in order into a fresh store and score the merges."""
    store = SQLiteStore(":memory:")
    by_id = {article.id: (article, extraction)
             for article, extraction in zip(articles, extractions, strict=True)}
    every: dict[str, set[str]] = {}
    incident: dict[str, set[str]] = {}
    store_seconds = 0.0
    try:
        for article, extraction in zip(articles, extractions, strict=True):
            started = time.perf_counter()
            store.add(extraction)
            store_seconds += time.perf_counter() - started
            rows = store._conn.execute(  # noqa: SLF001 - the eval reads where sources went
                "SELECT seq, event_id FROM event_sources WHERE document_id = ?",
                (extraction.document.id,)).fetchall()
            where = {seq: event_id for seq, event_id in rows}
            every[article.id] = set(where.values())
            incident[article.id] = {
                where[seq] for seq, event in enumerate(extraction.events)
                if not article.tolls or event.fatalities in article.tolls}
        events = store.counts()["events"]
    finally:
        store.close()
    scored = {article.id for article in articles if article.scored}

    def counted(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
        return {pair for pair in pairs if set(pair) <= scored}

    gold = counted(gold_pairs(articles))
    every_pairs, incident_pairs = counted(shared_pairs(every)), counted(shared_pairs(incident))
    extracted = {pair for pair in gold if all(incident[member] for member in pair)}
    missed = extracted - incident_pairs
    return {
        "articles": len(articles), "gold_pairs": len(gold), "events": events,
        **prf(incident_pairs, gold, "pairwise_"),
        **prf(every_pairs, gold, "any_pairwise_"),
        "extracted_pairs": len(extracted),
        "recall_when_extracted": (
            len(extracted & incident_pairs) / len(extracted) if extracted else 1.0),
        "false_merges": sorted(f"{a} + {b}" for a, b in incident_pairs - gold),
        "missed_merges": sorted(f"{a} + {b}" for a, b in gold - incident_pairs),
        "missed_when_extracted": sorted(f"{a} + {b}" for a, b in missed),
        "missed_verdicts": {f"{a} + {b}": verdict(by_id[a], by_id[b])
                            for a, b in sorted(missed)},
        "dedup_share_of_store_time": store.dedup_seconds / store_seconds if store_seconds else 0,
    }


def verdict(first: tuple[Article, Extraction], second: tuple[Article, Extraction]) -> str:
    """The best verdict of match() on two articles' annotated incidents, side by side."""
    def reports(article: Article, extraction: Extraction) -> list[Any]:
        return [report_of(event, published=article.published) for event in extraction.events
                if not article.tolls or event.fatalities in article.tolls]
    verdicts = [match(a, b) for a in reports(*first) for b in reports(*second)]
    if not verdicts:
        return "no annotated incident"
    best = max(verdicts, key=lambda found: (found.ok, found.score))
    return f"{'match' if best.ok else 'no match'} {best.score:.2f}: {best.reason}"


def evaluate_dedup(shared: Path, pipeline: Pipeline, limit: int | None = None
                   ) -> dict[str, Any]:
    """Pairwise merge precision/recall/F1 on FA-KES groups and on our own fixtures."""
    articles, left_out = fakes_articles(shared, limit)
    fakes = score_articles(articles, pipeline, "fakes")
    own = score_articles(fixture_articles(), pipeline, "fixture")
    return {
        **{k: v for k, v in fakes.items()},
        "left_out_by_dateline": left_out,
        **{f"fixtures_{k}": v for k, v in own.items()},
    }
