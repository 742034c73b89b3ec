"""One day's events from a store of ``--events`` events, on SQLite and PostgreSQL.

Fills each store with synthetic extractions through ``Store.add`` (``dedup=False``:
this measures reading, and matching 100k events is the dedup benchmark's business;
``batch()`` transactions of ``--batch`` documents), ten events a document, dated over
two years (about 137 a day; 2% month-precise, 1% year-precise, 1% undated), placed in
Ukraine, with a sentence of evidence each. Then, for ``--days`` random days, times:

- ``events``: ``Store.events(EventQuery(since=DAY, until=DAY))`` (rows and sources);
- ``count``: ``Store.count_events`` of the same query;
- ``summary``: ``Store.summary`` of the same query (what the map page asks);
- ``search``: the day's events with a full-text word as well.

Prints a Markdown table of the median and slowest wall time of each, in milliseconds,
and the median CPU time of this process (SQLite's whole work; for PostgreSQL only the
client's share, the server's is not counted), which moves less when other work shares
the machine.
``--postgres throwaway`` starts a server of its own (tests/pg_server.py, needs
PostgreSQL's binaries); ``--postgres URL`` uses an existing database (its current
schema must be empty or a store of this benchmark).

    python benchmarks/store_query.py --events 100000 --postgres throwaway
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from newsift.model import Document, Event, Extraction, Location, Span
from newsift.store import EventQuery, open_store

PER_DOCUMENT = 10
FIRST_DAY = date(2023, 1, 1)
DAYS = 731
PLACES = [("Kharkiv", "Kharkiv Oblast", 49.98, 36.25), ("Odesa", "Odesa Oblast", 46.48, 30.72),
          ("Kherson", "Kherson Oblast", 46.64, 32.61), ("Sumy", "Sumy Oblast", 50.91, 34.80),
          ("Pokrovsk", "Donetsk Oblast", 48.28, 37.18), ("Zaporizhzhia",
           "Zaporizhzhia Oblast", 47.84, 35.14), ("Kyiv", "Kyiv City", 50.45, 30.52)]
KINDS = [("Explosions/Remote violence", "Air/drone strike", "drone"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack", "artillery"),
         ("Battles", "Armed clash", None), ("Protests", "Peaceful protest", None)]
WORDS = ["school", "hospital", "market", "bridge", "depot", "station", "village", "apartment"]


def synthetic(number: int, rng: random.Random) -> Extraction:
    """Document ``number`` with its ten events."""
    events, sentences, at = [], [], 0
    for seq in range(PER_DOCUMENT):
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        draw = rng.random()
        when: str | None = day.isoformat()
        precision: Literal["day", "month", "year"] | None = "day"
        if draw < 0.01:
            when, precision = None, None
        elif draw < 0.02:
            when, precision = str(day.year), "year"
        elif draw < 0.04:
            when, precision = day.isoformat()[:7], "month"
        name, admin1, lat, lon = rng.choice(PLACES)
        kind, sub, weapon = rng.choice(KINDS)
        killed = rng.choice([None, 0, 1, 2, 3, 5, 8])
        text = (f"A {weapon or 'unit'} attack hit a {rng.choice(WORDS)} in {name},"
                f" killing {killed or 'no'} people, officials said.")
        sentences.append(text)
        events.append(Event(
            id=f"ev-{number:06d}-{seq}", event_type=kind, sub_event_type=sub, date=when,
            date_precision=precision, actor1="Russia", actor2="Civilians (Ukraine)",
            weapon=weapon, target=None,
            location=Location(name, admin1, "Ukraine", lat + rng.uniform(-0.2, 0.2),
                              lon + rng.uniform(-0.2, 0.2), 1),
            fatalities=killed, injured=None, evidence=[Span(at, at + len(text), text)]))
        at += len(text) + 1
    body = " ".join(sentences)
    document = Document(id=f"doc-{number:06d}", source=f"https://example.org/{number}",
                        title=f"Report {number}", published=None, published_basis=None,
                        language="en", text=body)
    return Extraction(document=document, events=events)


def fill(target: str | Path, events: int, batch: int) -> float | None:
    """Fill the store at ``target``; the seconds taken, None when it was full already."""
    documents = events // PER_DOCUMENT
    rng = random.Random(16)
    started = time.perf_counter()
    with open_store(target, dedup=False) as store:
        if store.counts()["documents"] >= documents:
            return None
        for first in range(0, documents, batch):
            with store.batch():
                for number in range(first, min(first + batch, documents)):
                    store.add(synthetic(number, rng))
    return time.perf_counter() - started


def timings(target: str | Path, days: int) -> dict[str, list[float]]:
    """Milliseconds of each read, over ``days`` random days (one untimed warm-up)."""
    rng = random.Random(7)
    picked = [(FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
              for _ in range(days + 1)]
    reads: dict[str, Callable[[Any, str], Any]] = {
        "events": lambda store, day: store.events(EventQuery(since=day, until=day)),
        "count": lambda store, day: store.count_events(EventQuery(since=day, until=day)),
        "summary": lambda store, day: store.summary(EventQuery(since=day, until=day)),
        "search": lambda store, day: store.events(
            EventQuery(since=day, until=day, search="hospital")),
    }
    found: dict[str, list[float]] = {}
    for name in reads:
        found[name], found[f"{name} cpu"] = [], []
    with open_store(target, create=False) as store:
        for number, day in enumerate(picked):
            for name, read in reads.items():
                started, cpu = time.perf_counter(), time.process_time()
                result = read(store, day)
                spent = (time.perf_counter() - started) * 1000
                if number:  # the first day warms caches and prepared statements
                    found[name].append(spent)
                    found[f"{name} cpu"].append((time.process_time() - cpu) * 1000)
                if name == "events" and number == 1:
                    print(f"  {day}: {len(result)} events", file=sys.stderr)
    return found


@contextmanager
def postgres(option: str | None) -> Iterator[str | None]:
    if option != "throwaway":
        yield option
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import psycopg
    from pg_server import start_server, stop_server

    server = start_server()
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        yield server.url("bench")
    finally:
        stop_server(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=20)
    parser.add_argument("--batch", type=int, default=500, help="documents per transaction")
    parser.add_argument("--sqlite", type=Path, help="SQLite file (default: a temporary one)")
    parser.add_argument("--postgres", help="'throwaway' or a postgresql:// URL")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, postgres(args.postgres) as url:
        targets: list[tuple[str, str | Path]] = [
            ("SQLite", args.sqlite or Path(tmp) / "bench.db")]
        if url:
            targets.append(("PostgreSQL", url))
        for name, target in targets:
            seconds = fill(target, args.events, args.batch)
            filled = "already filled" if seconds is None else f"{seconds:.0f} s"
            print(f"{name}: {filled}", file=sys.stderr)
            found = timings(target, args.days)
            for read in [read for read in found if not read.endswith(" cpu")]:
                wall, cpu = found[read], found[f"{read} cpu"]
                rows.append(f"| {name} | {read} | {statistics.median(wall):.1f} |"
                            f" {max(wall):.1f} | {statistics.median(cpu):.1f} |")
            rows.append(f"| {name} | fill ({args.events} events) | {filled} | | |")
    print(f"{args.events} events, {args.days} days, {os.cpu_count()} cores\n")
    print("| store | read | median ms | slowest ms | median CPU ms, this process |\n"
          "| --- | --- | ---: | ---: | ---: |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
