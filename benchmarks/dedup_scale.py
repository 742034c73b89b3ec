"""How dedup cost grows with the store: matching time against total ``store.add`` time.

Synthetic but realistic stream: incidents at real places in four conflicts, arriving
roughly in date order (a report may come up to three days late) at ``--per-day``
articles a day, so 10,000 articles span about a year at the default 30; the event
types, sub-types, tolls and precisions the events stage gives. Each incident is
reported by one to four outlets in different words, some a day late, some only at
region level, some with an updated toll; every article also carries an unrelated event
of its own, as real articles mention other incidents. Articles are added one by one to
a fresh SQLite file, with dedup on and, for the baseline, off.

Prints, for each size: total add time, time spent matching, its share of add time, the
mean add time and matching time of articles 1-100 and of the last 100 (the 10,000th
article should cost about what the 100th did), and pairwise precision/recall of the
merges against the synthetic groups (matching only: the extraction is perfect here).

    python benchmarks/dedup_scale.py --sizes 1000 10000 100000 --pipeline 50

``--pipeline N`` also times the real pipeline on N unlabelled news articles
(``../shared/eval/ukraine-news-unlabelled.jsonl``) and gives matching's share of a whole
ingest (extraction plus store) at that per-article extraction time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from newsift.model import Document, Event, Extraction, Location, Span
from newsift.store import SQLiteStore

PLACES: tuple[tuple[str, str, str, float, float], ...] = (
    ("Kharkiv", "Kharkiv Oblast", "Ukraine", 49.98, 36.25), ("Izium", "Kharkiv Oblast",
    "Ukraine", 49.21, 37.26), ("Kupiansk", "Kharkiv Oblast", "Ukraine", 49.71, 37.62),
    ("Odesa", "Odesa Oblast", "Ukraine", 46.48, 30.72), ("Kherson", "Kherson Oblast",
    "Ukraine", 46.64, 32.61), ("Zaporizhzhia", "Zaporizhzhia Oblast", "Ukraine", 47.84,
    35.14), ("Donetsk", "Donetsk Oblast", "Ukraine", 48.0, 37.8), ("Sumy", "Sumy Oblast",
    "Ukraine", 50.91, 34.8), ("Kyiv", "Kyiv City", "Ukraine", 50.45, 30.52),
    ("Aleppo", "Aleppo Governorate", "Syria", 36.2, 37.16), ("Idlib", "Idlib Governorate",
    "Syria", 35.93, 36.63), ("Douma", "Rif Dimashq Governorate", "Syria", 33.57, 36.4),
    ("Khan Younis", "Gaza Strip", "Palestine", 31.35, 34.3), ("Rafah", "Gaza Strip",
    "Palestine", 31.3, 34.25), ("Omdurman", "Khartoum", "Sudan", 15.64, 32.48),
    ("El Fasher", "North Darfur", "Sudan", 13.63, 25.35),
)  # fmt: skip
KINDS: tuple[tuple[str, str, str | None, str], ...] = (
    ("Explosions/Remote violence", "Air/drone strike", "drone", "strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "artillery", "shelling"),
    ("Battles", "Armed clash", None, "fighting"),
    ("Violence against civilians", "Attack", None, "attack"),
)
TARGETS = ("market", "school", "hospital", "apartment block", "petrol station", "bakery",
           "bus station", "power plant", "warehouse", "checkpoint", "mosque", "farm")
LEADS = ("{toll} people were killed when {what} hit a {target} in {place}'s {district}"
         " district on {day} {hour}",
         "A {what} on a {target} in the {district} area of {place} killed {toll} people on"
         " {day} {hour}, officials said",
         "At least {toll} dead after {what} struck a {target} in {district}, {place}, a"
         " monitor said",
         "{Place} {target} {what}: toll rises to {toll} in {district}, rescuers say")
# Reports of one incident share its details (where in the town, when in the day);
# two incidents in one town rarely do.
DISTRICTS = ("northern", "eastern", "old town", "industrial", "riverside", "central",
             "southern", "airport", "station", "western", "market", "university")
HOURS = ("at dawn", "in the morning", "at midday", "in the afternoon", "in the evening",
         "overnight")
ACTORS = {"Ukraine": "Russia", "Syria": "Syria", "Palestine": "Israel", "Sudan": "RSF"}


@dataclass(frozen=True)
class Incident:
    place: tuple[str, str, str, float, float]
    kind: tuple[str, str, str | None, str]
    target: str
    toll: int
    day: date
    n: int
    district: str = ""
    hour: str = ""


def _incidents(count: int, days: int, rng: random.Random) -> list[Incident]:
    start = date(2024, 1, 1)
    return [Incident(rng.choice(PLACES), rng.choice(KINDS), rng.choice(TARGETS),
                     rng.choice((0, 1, 2, 3, 5, 7, 12, 20)),
                     start + timedelta(days=rng.randrange(days)), n,
                     rng.choice(DISTRICTS), rng.choice(HOURS))
            for n in range(count)]


def _event(incident: Incident, outlet: int, rng: random.Random, tag: str) -> Event:
    name, admin1, country, lat, lon = incident.place
    event_type, sub, weapon, what = incident.kind
    day, toll = incident.day, incident.toll
    if rng.random() < 0.2:
        toll += rng.randrange(1, 4)  # a later, higher count
    late = rng.random() < 0.15
    coarse = rng.random() < 0.15
    text = LEADS[outlet % len(LEADS)].format(
        toll=toll, what=what, target=incident.target, place=name, Place=name,
        district=incident.district, hour=incident.hour,
        day=(day + timedelta(days=1) if late else day).strftime("%A"))
    location = Location(admin1 if coarse else name, admin1, country,
                        None if coarse else lat + rng.uniform(-0.02, 0.02),
                        None if coarse else lon + rng.uniform(-0.02, 0.02), 3 if coarse else 1)
    return Event(id=f"ev-{tag}", event_type=event_type, sub_event_type=sub,
                 date=(day + timedelta(days=1 if late else 0)).isoformat(),
                 date_precision="day", actor1=ACTORS[country], actor2=None, weapon=weapon,
                 target=incident.target, location=location, fatalities=toll,
                 injured=None, evidence=[Span(0, len(text), text)])


def articles(size: int, per_day: int = 30, seed: int = 7
             ) -> tuple[list[Extraction], list[int]]:
    """``size`` articles, ``per_day`` a day, roughly in date order as news arrives (a
    report may come up to three days late), and for each the incident it reports."""
    rng = random.Random(seed)
    days = max(1, size // per_day)
    reports: list[Incident] = []
    for incident in _incidents(size, days, rng):
        reports += [incident] * rng.choice((1, 1, 2, 2, 3, 4))
        if len(reports) >= size:
            break
    reports = reports[:size]
    rng.shuffle(reports)
    reports.sort(key=lambda incident: incident.day.toordinal() + rng.uniform(0, 3))
    noise = _incidents(size, days, random.Random(seed + 1))
    noise.sort(key=lambda incident: incident.day)
    out, groups = [], []
    for number, incident in enumerate(reports):
        events = [_event(incident, number, rng, f"{number}-a"),
                  _event(noise[number], number, rng, f"{number}-b")]
        text = " ".join(span.text for e in events for span in e.evidence)
        events[1].evidence = [Span(len(events[0].evidence[0].text) + 1, len(text),
                                   events[1].evidence[0].text)]
        day = max(e.date or "" for e in events)
        out.append(Extraction(Document(f"doc-{number}", f"synthetic:{number}", None, day,
                                       "header", "en", text), events))
        groups.append(incident.n)
    return out, groups


def run(size: int, dedup: bool, per_day: int) -> dict[str, float]:
    extractions, groups = articles(size, per_day)
    times, matching_times = [], []
    with tempfile.TemporaryDirectory() as folder, SQLiteStore(
        Path(folder) / "bench.db", dedup=dedup
    ) as store:
        for extraction in extractions:
            started, matched = time.perf_counter(), store.dedup_seconds
            store.add(extraction)
            times.append(time.perf_counter() - started)
            matching_times.append(store.dedup_seconds - matched)
        where = {e.document.id: store.document_event_ids(e.document.id)[0]
                 for e in extractions} if size <= 2000 else {}
        matching = store.dedup_seconds
        stored = store.counts()["events"]
    predicted = {pair for pair in combinations(range(size), 2)
                 if where[f"doc-{pair[0]}"] == where[f"doc-{pair[1]}"]} if size <= 2000 else None
    result = {"size": size, "events": stored, "add_s": sum(times), "match_s": matching,
              "share": matching / sum(times), "first100_ms": 1000 * statistics.mean(times[:100]),
              "last100_ms": 1000 * statistics.mean(times[-100:]),
              "match_first100_ms": 1000 * statistics.mean(matching_times[:100]),
              "match_last100_ms": 1000 * statistics.mean(matching_times[-100:])}
    if predicted is not None and dedup:
        gold = {pair for pair in combinations(range(size), 2)
                if groups[pair[0]] == groups[pair[1]]}
        right = len(predicted & gold)
        result["precision"] = right / len(predicted) if predicted else 1.0
        result["recall"] = right / len(gold) if gold else 1.0
    return result


def pipeline_seconds(count: int) -> float:
    """Mean seconds the real pipeline takes per unlabelled news article."""
    import hashlib
    import json

    from newsift.model import RawInput
    from newsift.pipeline import Pipeline

    data = Path(__file__).resolve().parents[2] / "shared/eval/ukraine-news-unlabelled.jsonl"
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()[:count]]
    pipeline = Pipeline.load()
    started = time.perf_counter()
    for row in rows:
        digest = hashlib.sha256(row["text"].encode()).hexdigest()[:16]
        pipeline.run(RawInput("bench", "text", row["text"], digest,
                              published=(row.get("published") or "")[:10] or None))
    return (time.perf_counter() - started) / len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--per-day", type=int, default=30,
                        help="articles a day: the stream spans size/per-day days")
    parser.add_argument("--pipeline", type=int, default=0,
                        help="time the real pipeline on this many articles")
    args = parser.parse_args()
    extract = pipeline_seconds(args.pipeline) if args.pipeline else None
    if extract is not None:
        print(f"pipeline: {1000 * extract:.1f} ms per article (mean of {args.pipeline})")
    for size in args.sizes:
        for dedup in (True, False):
            found = run(size, dedup, args.per_day)
            quality = (f"  pairwise P {found['precision']:.3f} R {found['recall']:.3f}"
                       if "precision" in found else "")
            switch = "on " if dedup else "off"
            print(f"{size:>6} articles ({found['events']} events stored) dedup={switch}"
                  f"  add {found['add_s']:7.2f}s"
                  f"  matching {found['match_s']:6.2f}s ({100 * found['share']:4.1f}% of add)"
                  f"  per article: first 100 {found['first100_ms']:.2f} ms,"
                  f" last 100 {found['last100_ms']:.2f} ms{quality}", flush=True)
            if dedup:
                print(f"{'':>15} matching per article: first 100 "
                      f"{found['match_first100_ms']:.3f} ms, last 100 "
                      f"{found['match_last100_ms']:.3f} ms", flush=True)
            if extract is not None and dedup:
                whole = found["add_s"] + size * extract
                print(f"{'':>15} matching is {100 * found['match_s'] / whole:.2f}% of a whole"
                      f" ingest ({whole:.0f}s with extraction)", flush=True)


if __name__ == "__main__":
    main()
