"""Crash safety: `newsift ingest` killed with SIGKILL at random moments loses nothing.

Each trial ingests a corpus of generated news briefs, kills the process at a random
moment, re-runs the same ingest to completion, and compares the store with one made
by a clean run: every document stored exactly once, with all of its rows or none
(counted table by table, per document), no orphan rows, and SQLite's own integrity
check passing. The test runs a few short trials; the full run of the issue (20 trials
of 1,000 documents) is

    python tests/robustness/test_crash.py --trials 20 --docs 1000

whose results are recorded in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

if __name__ == "__main__":  # run as a script: the tests' shared builders are beside it
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from builders import ingest, rows_by_document, write_corpus  # noqa: E402


def problems(db: Path, reference: dict[str, tuple[int, ...]], events: int) -> list[str]:
    """What differs from the clean run's store (empty when nothing was lost or doubled)."""
    found: list[str] = []
    with sqlite3.connect(db) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            found.append("integrity check failed")
        stored_events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        ids = [row[0] for row in conn.execute("SELECT id FROM documents")]
    if len(ids) != len(set(ids)):
        found.append("a document is stored twice")
    got = rows_by_document(db)
    missing = set(reference) - set(got)
    extra = set(got) - set(reference)  # includes orphan rows of documents never stored
    differ = [doc for doc in set(reference) & set(got) if reference[doc] != got[doc]]
    found += [f"missing {doc}" for doc in sorted(missing)[:5]]
    found += [f"unexpected rows for {doc}" for doc in sorted(extra)[:5]]
    found += [f"rows differ for {doc}: {got[doc]} != {reference[doc]}" for doc in differ[:5]]
    if stored_events != events:
        found.append(f"{stored_events} events stored, {events} in the clean run")
    return found


@dataclass
class Trial:
    killed_after: float
    stored_when_killed: int
    problems: list[str]


def run_trials(workdir: Path, trials: int, docs: int, seed: int = 7) -> list[Trial]:
    corpus = write_corpus(workdir / "corpus.jsonl", docs)
    clean = workdir / "clean.db"
    started = time.monotonic()
    assert ingest(corpus, clean).wait() == 0
    duration = time.monotonic() - started
    reference = rows_by_document(clean)
    with sqlite3.connect(clean) as conn:
        events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    pick = random.Random(seed)
    results = []
    for number in range(trials):
        db = workdir / f"trial-{number}.db"
        process = ingest(corpus, db)
        delay = pick.uniform(0.1, duration)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        stored = len(rows_by_document(db)) if db.exists() else 0
        assert ingest(corpus, db).wait() == 0
        results.append(Trial(delay, stored, problems(db, reference, events)))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    return results


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_killed_ingest_rerun_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    results = run_trials(tmp_path, trials=1, docs=100)
    assert [trial.problems for trial in results] == [[]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=Path("test-artifacts/crash"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    results = run_trials(args.dir, args.trials, args.docs)
    for number, trial in enumerate(results):
        verdict = "ok" if not trial.problems else "; ".join(trial.problems)
        print(f"trial {number:2d}: killed after {trial.killed_after:5.1f}s with "
              f"{trial.stored_when_killed:4d} stored -> {verdict}")
    failed = sum(bool(trial.problems) for trial in results)
    print(f"{len(results) - failed} of {len(results)} trials lost and doubled nothing")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
