"""Throughput and memory of ``newsift ingest`` end to end, against spaCy's parse alone.

Builds a corpus of ``--articles`` real news articles from
``../shared/eval/ukraine-news-unlabelled.jsonl`` (397 Guardian/NYT war articles,
repeated as needed; each copy gets its own id, so its own document id, and is not
skipped as already present), then runs, each in its own process tree:

- ``raw J``: spaCy's ``nlp.pipe`` over the same texts, same model and components
  (``newsift.text.nlp.load_nlp``), same ``nlp.pipe`` batch size, ``n_process=J``;
- ``ingest --jobs J``: ``newsift ingest CORPUS --db NEW.db --jobs J``;
- ``ingest --dask local:N``: the same on a local Dask cluster of N one-thread workers;
- ``memory``: ``ingest --jobs 1`` on ``--memory`` articles, to compare peak RSS;
- ``--stages N``: each stage's CPU seconds over N articles, in this process.

Each run is timed from process start to exit (model loading included, as a user
waits for it); its CPU time (``/proc/PID/stat``) and peak RSS (``VmHWM``) are read per
process while it runs. CPU time moves less than wall time when other work shares the
machine, so the table gives both. Prints a
Markdown table: articles/s, words/s, peak RSS of the largest process, and each
ingest's ratio to the raw parse with as many processes.

    python benchmarks/ingest.py --articles 4000 --jobs 1 2 --dask 1 2 --memory 400
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/ukraine-news-unlabelled.jsonl"
POLL_SECONDS = 0.2


@dataclass
class Run:
    label: str
    processes: int
    articles: int
    words: int
    seconds: float
    cpu_seconds: float  # user + system, every process of the run
    peak_rss_mb: float  # the largest peak of any one process of the run
    peak_rss_main_mb: float

    def rate(self) -> float:
        return self.articles / self.seconds


def build_corpus(data: Path, articles: int, out: Path) -> int:
    """``articles`` records cycled from ``data``, copies given new ids; the word count."""
    rows = [json.loads(line) for line in data.open(encoding="utf-8") if line.strip()]
    words = 0
    with out.open("w", encoding="utf-8") as handle:
        for n in range(articles):
            row = dict(rows[n % len(rows)])
            if n >= len(rows):
                row["id"] = f"{row.get('id', 'row')}~{n // len(rows)}"
            words += len(row["text"].split())
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return words


def _children(pid: int) -> list[int]:
    """Children of every thread of ``pid`` (a pool or a nanny starts workers from one)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _tree(root: int) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(_children(pid))
    return found


def _peak_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of ``pid`` so far (its own, not its children's)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICKS


def measure(label: str, command: list[str], processes: int, articles: int, words: int) -> Run:
    """Run ``command`` to its end, polling the peak RSS of every process it starts."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}  # the last reading of each process: a poll's worth short
    while child.poll() is None:
        for pid in _tree(child.pid):
            peak, used = _peak_kb(pid), _cpu_seconds(pid)
            if peak is not None:
                peaks[pid] = max(peaks.get(pid, 0), peak)
            if used is not None:
                cpu[pid] = max(cpu.get(pid, 0.0), used)
        time.sleep(POLL_SECONDS)
    seconds = time.perf_counter() - started
    stderr = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"{label} failed ({child.returncode}):\n{stderr[-2000:]}")
    return Run(label, processes, articles, words, seconds, sum(cpu.values()),
               max(peaks.values(), default=0) / 1024, peaks.get(child.pid, 0) / 1024)


def raw_parse(corpus: Path, jobs: int) -> None:
    """The baseline: spaCy's parse alone over the corpus texts, streamed."""
    from newsift.pipeline import PARSE_BATCH
    from newsift.text.nlp import load_nlp

    nlp = load_nlp()
    with corpus.open(encoding="utf-8") as handle:
        texts = (json.loads(line)["text"] for line in handle)
        for _ in nlp.pipe(texts, batch_size=PARSE_BATCH, n_process=jobs):
            pass


def stage_times(corpus: Path) -> dict[str, float]:
    """CPU seconds each stage takes over the corpus on the batch path, in this process
    (CPU time, not wall time: it barely moves when other work shares the machine)."""
    from dataclasses import replace

    from newsift.documents.reading import read_inputs
    from newsift.model import RawInput
    from newsift.pipeline import STAGES, Pipeline
    from newsift.resources import load_resources

    spent = dict.fromkeys([stage.name for stage in STAGES], 0.0)

    def timed(name: str, run: Any) -> Any:
        def wrapper(*args: Any) -> Any:
            started = time.process_time()
            try:
                return run(*args)
            finally:
                spent[name] += time.process_time() - started

        return wrapper

    stages = [replace(stage, run=timed(stage.name, stage.run),
                      batch=stage.batch and timed(stage.name, stage.batch)) for stage in STAGES]
    pipeline = Pipeline(load_resources(), stages)
    raws = (item for item in read_inputs([str(corpus)]) if isinstance(item, RawInput))
    for _ in pipeline.run_many(raws):
        pass
    return spent


def _ingest(corpus: Path, db: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "newsift", "ingest", str(corpus), "--db", str(db), *options]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--dask", type=int, nargs="*", default=[],
                        help="local Dask worker counts to run (needs the dask extra)")
    parser.add_argument("--memory", type=int, default=0,
                        help="also ingest this many articles with --jobs 1, for peak RSS")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw parse runs")
    parser.add_argument("--stages", type=int, default=0,
                        help="also give each stage's CPU seconds over this many articles")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--raw", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw:
        raw_parse(args.raw, args.jobs[0])
        return
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        words = build_corpus(args.data, args.articles, corpus)

        def db() -> Path:
            return folder / f"run{len(runs)}.db"

        for jobs in args.jobs:
            if not args.no_raw:
                runs.append(measure(f"raw parse, {jobs} process(es)", [
                    sys.executable, __file__, "--raw", str(corpus), "--jobs", str(jobs)],
                    jobs, args.articles, words))
            runs.append(measure(f"ingest --jobs {jobs}", _ingest(corpus, db(), "--jobs",
                                str(jobs)), jobs, args.articles, words))
        for workers in args.dask:
            runs.append(measure(f"ingest --dask local:{workers}", _ingest(
                corpus, db(), "--dask", f"local:{workers}"), workers, args.articles, words))
        if args.memory:
            small = folder / "small.jsonl"
            small_words = build_corpus(args.data, args.memory, small)
            runs.append(measure("ingest --jobs 1 (memory)", _ingest(small, db(), "--jobs", "1"),
                                1, args.memory, small_words))
        stages = {}
        if args.stages:
            sample = folder / "stages.jsonl"
            build_corpus(args.data, args.stages, sample)
            stages = stage_times(sample)
    report(runs, args.json)
    if stages:
        total = sum(stages.values())
        print(f"\nCPU seconds by stage over {args.stages} articles (batch path, one process):")
        print(" | ".join(f"{name} {seconds:.1f} ({seconds / total:.0%})"
                         for name, seconds in stages.items()))


def report(runs: list[Run], as_json: bool) -> None:
    if as_json:
        print(json.dumps([run.__dict__ for run in runs], indent=1))
        return
    raw = {run.processes: run for run in runs if run.label.startswith("raw")}
    one = next((run for run in runs if run.label == "ingest --jobs 1"), None)
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| run | articles | seconds | articles/s | words/s | CPU s | peak RSS MB (largest "
          "process / main) | vs raw parse, same processes | vs ingest --jobs 1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for run in runs:
        base = raw.get(run.processes)
        versus_raw = ""
        if base and base is not run and base.articles == run.articles:
            versus_raw = (f"{run.rate() / base.rate():.2f}x "
                          f"(CPU {base.cpu_seconds / run.cpu_seconds:.2f}x)")
        versus_one = (f"{run.rate() / one.rate():.2f}x" if one and run.label.startswith(
            "ingest") and one.articles == run.articles else "")
        print(f"| {run.label} | {run.articles} | {run.seconds:.0f} | {run.rate():.2f} | "
              f"{run.words / run.seconds:,.0f} | {run.cpu_seconds:.0f} | "
              f"{run.peak_rss_mb:,.0f} / {run.peak_rss_main_mb:,.0f} | {versus_raw} | "
              f"{versus_one} |")

if __name__ == "__main__":
    main()
