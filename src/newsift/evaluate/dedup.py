"""Scoring cross-document merging, by the rule of ``shared/eval/README.md``: do articles
about one incident end up sharing one stored event?

Every article of a set (of one half of it) is ingested, in the set's order, into one
fresh in-memory store: the real pipeline and the real matching on ingest. Each article
is represented by its *headline incident*, chosen without gold: the first of its own
events in text order that states a toll, else the first
(:func:`newsift.evaluate.events.headline_incident`), followed to the stored event it
joined or became (:meth:`newsift.store.base.Store.document_event_ids`). Two articles are
predicted together when their headline incidents are one stored event; an article with
no event is alone.

Sets, each split into tune and check halves so that a gold group stays in one half (the
half of an article is the hash of its group's name, or of its id when it is alone):

* ``dedup-fakes``: the FA-KES articles of ``events-fakes-dev.jsonl`` (each once, with
  its ``published`` date), against the adjudicated groups of
  ``dedup-fakes-dev.groups.json``; pairs listed as ambiguous count neither way.
* ``dedup-news``: the annotated articles of ``news-incidents-dev.json``, fed as a JSON
  Lines feed would give them (:func:`newsift.evaluate.incidents.raw_input`); an
  article's group is its main incident's ``cluster`` (roundups and negatives have no
  main incident and stand alone).
* ``dedup-fixtures``: our own news-style articles (``tests/fixtures/dedup``), whole:
  incidents in several wars, each told by two to five outlets (rising tolls, next-day
  papers, a region for the town, undated follow-ups), beside incidents of the same kind
  in the same area and days that must stay apart; with its headline where one is given.

Measures: pairwise precision, recall and F1 over article pairs; B-cubed precision,
recall and F1 (per article, over the articles of its predicted and gold groups, an
ambiguous partner counted in neither); ``reversed_pairwise_f1``: the pairwise F1 when
the same articles arrive in the opposite order (merging should not depend on it);
``dedup_share_of_store_time``: the share of ``store.add`` time spent matching;
``judged_pairwise_*`` (news): the pairwise scores over pairs of articles that have a
main incident (a roundup's headline incident may rightly join a cluster's event, and
the rule counts it as a false merge). For
study (tune only), ``false_merges`` and ``missed_merges`` list article pairs, and
``missed_verdicts`` gives :func:`newsift.events.same_incident.match`'s verdict on the
two headline incidents of each missed pair as their articles tell them.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from newsift.evaluate.events import headline_incident, text_input
from newsift.evaluate.incidents import annotated_articles, raw_input
from newsift.evaluate.records import Half, half_of, read_jsonl
from newsift.events.same_incident import match
from newsift.model import Event, Extraction, RawInput
from newsift.pipeline import Pipeline
from newsift.store import SQLiteStore
from newsift.store.matching import report_of

FIXTURES = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "dedup" / "articles.jsonl"
GROUPS = "dedup-fakes-dev.groups.json"
Pair = tuple[str, str]


@dataclass
class Article:
    """One article of a dedup set: how it is fed, and its gold group (None: alone)."""

    id: str
    raw: RawInput
    group: str | None = None


@dataclass
class DedupSet:
    """Articles, pairs that count neither way, and articles whose gold says nothing of
    what their headline incident may join (roundups: no main incident)."""

    articles: list[Article]
    ambiguous: set[Pair] = field(default_factory=set)
    unjudged: set[str] = field(default_factory=set)


def pair(a: str, b: str) -> Pair:
    return (a, b) if a <= b else (b, a)


def _in_half(article: Article, half: Half | None) -> bool:
    return half is None or half_of(article.group or article.id) == half


def fakes_set(shared: Path, limit: int | None = None, half: Half | None = None) -> DedupSet:
    """FA-KES articles (each once) and their adjudicated groups."""
    gold = json.loads((shared / "eval" / GROUPS).read_text(encoding="utf-8"))
    group_of = {member: name for name, members in gold["groups"].items()
                for member in members}
    articles: dict[str, Article] = {}
    for record in read_jsonl(shared / "eval" / "events-fakes-dev.jsonl"):
        article_id = str(record["article_id"])
        if article_id not in articles:
            articles[article_id] = Article(
                article_id, text_input(f"fakes:{article_id}", record["text"],
                                        record.get("published")),
                group_of.get(article_id))
    chosen = [a for a in articles.values() if _in_half(a, half)][:limit]
    return DedupSet(chosen, {pair(*p) for p in gold["ambiguous_pairs"]})


def news_set(shared: Path, limit: int | None = None, half: Half | None = None) -> DedupSet:
    """Annotated real news, grouped by the cluster of each article's main incident."""
    articles = []
    for gold, record in annotated_articles(shared):
        main = next((i["cluster"] for i in gold["incidents"] if i.get("main")), None)
        articles.append(Article(str(gold["id"]), raw_input(record), main))
    chosen = [a for a in articles if _in_half(a, half)][:limit]
    return DedupSet(chosen, unjudged={a.id for a in chosen if a.group is None})


def fixture_set(path: Path = FIXTURES) -> DedupSet:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            raw = text_input(f"fixture:{item['id']}", item["text"], item["published"])
            # A headline, where the fixture gives one, as a feed gives it.
            raw = replace(raw, title=item.get("title"))
            articles.append(Article(item["id"], raw, item["group"]))
    return DedupSet(articles)


def extract(pipeline: Pipeline, dataset: DedupSet) -> list[Extraction]:
    return [pipeline.run(article.raw) for article in dataset.articles]


def headline_index(events: list[Event]) -> int | None:
    """The index, in the article's own events, of its headline incident."""
    chosen = headline_incident(events)
    return None if chosen is None else next(
        i for i, event in enumerate(events) if event is chosen)


@dataclass
class Ingested:
    """Where each article's headline incident went (None: no event), and timings."""

    headline: dict[str, str | None]
    store_seconds: float
    matching_seconds: float
    events: int


def ingest(articles: list[Article], extractions: list[Extraction]) -> Ingested:
    """Add the extractions, in order, to a fresh store; follow each headline incident."""
    headline: dict[str, str | None] = {}
    spent = 0.0
    with SQLiteStore(":memory:") as store:
        for extraction in extractions:
            started = time.perf_counter()
            store.add(extraction)
            spent += time.perf_counter() - started
        for article, extraction in zip(articles, extractions, strict=True):
            index = headline_index(extraction.events)
            where = store.document_event_ids(extraction.document.id)
            headline[article.id] = None if index is None else where.get(index)
        return Ingested(headline, spent, store.dedup_seconds, store.counts()["events"])


def groups_of(members: dict[str, str | None]) -> dict[str, set[str]]:
    """Article -> the articles sharing its group (itself included; None: alone)."""
    by_group: dict[str, set[str]] = {}
    for article, group in members.items():
        if group is not None:
            by_group.setdefault(group, set()).add(article)
    return {article: by_group[group] if group is not None else {article}
            for article, group in members.items()}


def pairs_of(groups: dict[str, set[str]]) -> set[Pair]:
    return {pair(a, b) for a, together in groups.items() for b in together if a < b}


def largest_share(gold_groups: dict[str, set[str]], gold: set[Pair]) -> float:
    """The share of the gold pairs that one group holds: pairs grow with the square of a
    group, so where one group holds most of them, pairwise recall is that group's."""
    groups = {frozenset(group) for group in gold_groups.values() if len(group) > 1}
    most = max((len(pairs_of({a: set(group) for a in group}) & gold) for group in groups),
               default=0)
    return most / len(gold) if gold else 0.0


def prf(predicted: set[Pair], gold: set[Pair], prefix: str) -> dict[str, float]:
    right = len(predicted & gold)
    p = right / len(predicted) if predicted else 1.0
    r = right / len(gold) if gold else 1.0
    return {f"{prefix}precision": p, f"{prefix}recall": r,
            f"{prefix}f1": 2 * p * r / (p + r) if p + r else 0.0}


def bcubed(predicted: dict[str, set[str]], gold: dict[str, set[str]],
           ambiguous: set[Pair]) -> dict[str, float]:
    """B-cubed precision, recall and F1; an ambiguous partner counts on neither side."""
    precision = recall = 0.0
    for article in gold:
        def plain(group: set[str], article: str = article) -> set[str]:
            return {o for o in group if o == article or pair(article, o) not in ambiguous}
        mine, truth = plain(predicted[article]), plain(gold[article])
        both = len(mine & truth)
        precision += both / len(mine)
        recall += both / len(truth)
    n = len(gold) or 1
    p, r = precision / n, recall / n
    return {"bcubed_precision": p, "bcubed_recall": r,
            "bcubed_f1": 2 * p * r / (p + r) if p + r else 0.0}


def _pairwise(articles: list[Article], ingested: Ingested, ambiguous: set[Pair]
              ) -> tuple[set[Pair], set[Pair], dict[str, set[str]], dict[str, set[str]]]:
    predicted_groups = groups_of(dict(ingested.headline))
    gold_groups = groups_of({a.id: a.group for a in articles})
    predicted = pairs_of(predicted_groups) - ambiguous
    gold = pairs_of(gold_groups) - ambiguous
    return predicted, gold, predicted_groups, gold_groups


def score_extractions(dataset: DedupSet, extractions: list[Extraction]) -> dict[str, Any]:
    """Ingest the extractions in the set's order (and reversed) and score the merges."""
    articles = dataset.articles
    ingested = ingest(articles, extractions)
    predicted, gold, predicted_groups, gold_groups = _pairwise(
        articles, ingested, dataset.ambiguous)
    backwards = ingest(articles[::-1], extractions[::-1])
    reversed_pairs = _pairwise(articles, backwards, dataset.ambiguous)[0]
    by_id = {a.id: (a, e) for a, e in zip(articles, extractions, strict=True)}

    def judged(pairs: set[Pair]) -> set[Pair]:
        return {p for p in pairs if not set(p) & dataset.unjudged}

    return {
        "articles": len(articles), "gold_pairs": len(gold), "events": ingested.events,
        "largest_group_pair_share": largest_share(gold_groups, gold),
        **prf(predicted, gold, "pairwise_"),
        **bcubed(predicted_groups, gold_groups, dataset.ambiguous),
        **(prf(judged(predicted), judged(gold), "judged_pairwise_") if dataset.unjudged
           else {}),
        "reversed_pairwise_f1": prf(reversed_pairs, gold, "")["f1"],
        "dedup_share_of_store_time": (ingested.matching_seconds / ingested.store_seconds
                                      if ingested.store_seconds else 0.0),
        "false_merges": sorted(f"{a} + {b}" for a, b in predicted - gold),
        "missed_merges": sorted(f"{a} + {b}" for a, b in gold - predicted),
        "missed_verdicts": {f"{a} + {b}": verdict(by_id[a], by_id[b])
                            for a, b in sorted(gold - predicted)},
    }


def verdict(first: tuple[Article, Extraction], second: tuple[Article, Extraction]) -> str:
    """match() on two articles' headline incidents, as their own articles tell them."""
    def report(article: Article, extraction: Extraction) -> Any:
        chosen = headline_incident(extraction.events)
        return None if chosen is None else report_of(chosen, published=article.raw.published)

    a, b = report(*first), report(*second)
    if a is None or b is None:
        return "no event"
    found = match(a, b)
    return f"{'match' if found.ok else 'no match'} {found.score:.2f}: {found.reason}"


def _scored(dataset: DedupSet, pipeline: Pipeline) -> dict[str, Any]:
    return score_extractions(dataset, extract(pipeline, dataset))


def evaluate_dedup_fakes(shared: Path, pipeline: Pipeline, limit: int | None = None,
                         half: Half | None = None) -> dict[str, Any]:
    """FA-KES articles against the adjudicated incident groups."""
    return _scored(fakes_set(shared, limit, half), pipeline)


def evaluate_dedup_news(shared: Path, pipeline: Pipeline, limit: int | None = None,
                        half: Half | None = None) -> dict[str, Any]:
    """Real Guardian/NYT news against the main incidents' clusters."""
    return _scored(news_set(shared, limit, half), pipeline)


def evaluate_dedup_fixtures(shared: Path, pipeline: Pipeline, limit: int | None = None
                            ) -> dict[str, Any]:
    """Our own news-style articles, with hard negatives (``shared`` is not read)."""
    dataset = fixture_set()
    dataset.articles = dataset.articles[:limit]
    return _scored(dataset, pipeline)

