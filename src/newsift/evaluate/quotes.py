"""Scoring quotes against PolNeAR attributions (``shared/eval/quotes-polnear-dev.jsonl``).

PolNeAR marks every attribution (source, cue, content) in 2016 US election news. The
rules are those of ``shared/eval/README.md`` (Quotes):

- gold *direct* quotes are the quoted runs inside each attribution's content: words
  between quote marks (straight, curly or two apostrophes), and transcript turns
  (``PENCE: ...``, ``Q: ...``) after their all-capitals label. A split quote gives
  two runs. Runs under 4 words are optional: neither rewarded nor penalised;
- a predicted direct quote is right when at least half its words are quoted words of
  one attribution and it covers at least half of the words of that attribution's runs
  it touches. Each run makes one prediction right (the first in text order): a second
  prediction of the same run is wrong. A prediction right only through short runs is
  optional. Recall counts 4+-word runs covered at least half by a right prediction;
- the gold speaker is the head of the source phrase; a pronoun or a description
  ("the senator", "a spokeswoman for X") resolves to the nearest earlier named source
  (:mod:`newsift.evaluate.quotes_speakers`).
  Every right direct prediction whose gold speaker resolves is scored: right when the
  last names match, and the first names too when both give one;
- gold *reported* speech is a content of 4+ words with no quoted run; a reported
  prediction matches it when they overlap by at least half of each one's words. Each
  content is matched once; any other reported prediction is wrong (the README makes
  only direct runs under 4 words optional).

No gold value chooses which prediction is scored: predictions are judged one by one in
text order. The document text is taken as given (no cleaning), so offsets compare
directly.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsift.article import Article
from newsift.evaluate.quotes_speakers import resolve_speakers, speaker_matches
from newsift.evaluate.records import Half, read_jsonl
from newsift.model import Document, Quote, RawInput
from newsift.pipeline import Pipeline

POLNEAR = Path("eval") / "quotes-polnear-dev.jsonl"
STAGES_NEEDED = ("doc", "dates", "places", "entities", "quotes")
MIN_WORDS = 4
WORD = re.compile(r"\w+")
OPENERS = {"“": "”»\"", "„": "“”\"", "«": "»", '"': '"'}
# A transcript turn: an all-capitals label, possibly after an opening mark: `"PENCE: `.
TURN = re.compile(
    r"[ \t\u00a0]*[\"“„«]?[ \t]*[A-Z][A-Z.’'-]*(?:[ \t][A-Z][A-Z.’'-]*){0,2}:[ \t]+(?=\S)"
)


@dataclass
class Run:
    """One quoted run of one attribution's content."""

    start: int
    end: int
    words: frozenset[int]  # indices into the record's word list

    @property
    def required(self) -> bool:
        return len(self.words) >= MIN_WORDS


@dataclass
class Attribution:
    words: frozenset[int]  # the content's words
    runs: list[Run]
    speaker: str | None  # the gold speaker's name, resolved; None when none resolves
    size: int  # characters of content: the smallest of nested contents is innermost

    @property
    def quoted(self) -> frozenset[int]:
        return frozenset().union(*(r.words for r in self.runs))

    @property
    def reported(self) -> bool:
        return not self.runs and len(self.words) >= MIN_WORDS


@dataclass
class RecordGold:
    text: str
    word_spans: list[tuple[int, int]]
    attributions: list[Attribution]

    def words_of(self, spans: list[tuple[int, int]]) -> frozenset[int]:
        starts = [s for s, _ in self.word_spans]
        found: set[int] = set()
        for start, end in spans:
            i = max(bisect.bisect_right(starts, start) - 1, 0)
            while i < len(self.word_spans) and self.word_spans[i][0] < end:
                if self.word_spans[i][1] > start:
                    found.add(i)
                i += 1
        return frozenset(found)


@dataclass
class PolnearTally:
    """Counts by kind ("direct" | "reported"): gold, found, predicted (scored), right,
    speakers scored and speakers right."""

    counts: Counter[str] = field(default_factory=Counter)
    # (quote, verdict, gold speaker) for every prediction: for reading failures.

    def scores(self) -> dict[str, Any]:
        c = self.counts

        def ratio(a: str, b: str) -> float:
            return round(c[a] / c[b], 4) if c[b] else 0.0

        return {
            "direct_precision": ratio("right_direct", "predicted_direct"),
            "direct_recall": ratio("found_direct", "gold_direct"),
            "speaker_accuracy": ratio("speakers_right_direct", "speakers_direct"),
            "reported_recall": ratio("right_reported", "gold_reported"),
            "reported_precision": ratio("right_reported", "predicted_reported"),
            "reported_speaker_accuracy": ratio("speakers_right_reported", "speakers_reported"),
            "counts": {
                "gold_direct_runs": c["gold_direct"],
                "gold_reported": c["gold_reported"],
                "predicted_direct_scored": c["predicted_direct"],
                "predicted_reported_scored": c["predicted_reported"],
                "speaker_scored": c["speakers_direct"],
            },
        }


# --- gold: quoted runs ----------------------------------------------------------------------


@dataclass(frozen=True)
class Turn:
    """A transcript turn: the words after a label ("PENCE: …") to the paragraph's end."""

    start: int
    end: int
    label: tuple[int, int]


def quoted_regions(text: str) -> tuple[list[tuple[int, int]], list[Turn]]:
    """Character spans of words in quote marks, paragraph by paragraph (an unclosed quote
    runs to the end of its paragraph: the next one reopens it), and transcript turns."""
    text = text.replace("''", ' "')  # wire copy's two apostrophes: same length
    regions = []
    turns = []
    pos = 0
    for para in text.split("\n"):
        base, pos = pos, pos + len(para) + 1
        turn = TURN.match(para)
        if turn is not None:
            label = turn.group().strip(" \t\u00a0\"“„«:")
            at = base + para.index(label)
            turns.append(Turn(base + turn.end(), base + len(para.rstrip()), (at, at + len(label))))
        opened: int | None = None
        closers = ""
        for i, ch in enumerate(para):
            if opened is None and ch in OPENERS:
                opened, closers = i, OPENERS[ch]
            elif opened is None and ch == "”" and _opens(para, i):  # ”Like this.”
                opened, closers = i, "”“\""
            elif opened is not None and ch in closers:
                regions.append((base + opened + 1, base + i))
                opened = None
        if opened is not None:
            regions.append((base + opened + 1, base + len(para.rstrip())))
    return [(s, e) for s, e in regions if e > s], [t for t in turns if t.end > t.start]


def _opens(para: str, i: int) -> bool:
    """A closing mark written where an opening one belongs: before a word, after a space."""
    return (i == 0 or para[i - 1].isspace()) and para[i + 1 : i + 2].strip() != ""


def _regions_of(attribution: dict[str, Any], regions: list[tuple[int, int]], turns: list[Turn]
                ) -> list[tuple[int, int]]:
    """The quoted regions for one attribution: a turn only when its label is the
    attribution's source (a label like "UPDATE:" says nothing about who speaks)."""
    source = attribution.get("source") or {}
    spoken = [
        (t.start, t.end) for t in turns
        if source and t.label[0] <= int(source["start"]) and int(source["end"]) <= t.label[1]
    ]
    others = [(s, e) for s, e in regions if not any(s < te and ts < e for ts, te in spoken)]
    return others + spoken


def _runs(
    gold: RecordGold, spans: list[tuple[int, int]], regions: list[tuple[int, int]]
) -> list[Run]:
    runs = []
    for rs, re_ in regions:
        cut = [(max(s, rs), min(e, re_)) for s, e in spans if s < re_ and rs < e]
        words = gold.words_of(cut) if cut else frozenset()
        if words:
            runs.append(Run(min(s for s, _ in cut), max(e for _, e in cut), words))
    return runs


def gold_of(record: dict[str, Any]) -> RecordGold:
    text = record["text"]
    gold = RecordGold(text, [m.span() for m in WORD.finditer(text)], [])
    regions, turns = quoted_regions(text)
    for attribution, speaker in zip(
        record.get("attributions", []), resolve_speakers(record), strict=True
    ):
        content = attribution.get("content")
        if not content:
            continue
        spans = [(int(s), int(e)) for s, e in
                 content.get("fragments") or [[content["start"], content["end"]]]]
        gold.attributions.append(Attribution(
            gold.words_of(spans), _runs(gold, spans, _regions_of(attribution, regions, turns)),
            speaker,
            sum(e - s for s, e in spans),
        ))
    return gold


# --- judging predictions ------------------------------------------------------------------


def _judge_direct(words: frozenset[int], gold: RecordGold, claimed: set[tuple[int, int]]
                  ) -> tuple[str, Attribution | None]:
    """("right" | "wrong" | "optional", the attribution it is right for)."""
    optional = False
    duplicate = False
    for attribution in sorted(gold.attributions, key=lambda a: a.size):
        quoted = attribution.quoted
        if not quoted or 2 * len(words & quoted) < len(words):
            continue
        touched = [r for r in attribution.runs if r.words & words]
        touched_words = frozenset().union(*(r.words for r in touched))
        if 2 * len(words & touched_words) < len(touched_words):
            continue
        covered = [r for r in touched if r.required and 2 * len(words & r.words) >= len(r.words)]
        fresh = [r for r in covered if (r.start, r.end) not in claimed]
        if fresh:
            claimed.update((r.start, r.end) for r in fresh)
            return "right", attribution
        duplicate = duplicate or bool(covered)
        optional = optional or not any(r.required for r in touched)
    return ("optional" if optional and not duplicate else "wrong"), None


def _overlaps(a: frozenset[int], b: frozenset[int]) -> bool:
    shared = len(a & b)
    return bool(a) and bool(b) and 2 * shared >= len(a) and 2 * shared >= len(b)


def _judge_reported(words: frozenset[int], gold: RecordGold, claimed: set[int]
                    ) -> tuple[str, Attribution | None]:
    matches = [(i, a) for i, a in enumerate(gold.attributions)
               if a.reported and _overlaps(words, a.words)]
    fresh = [(i, a) for i, a in matches if i not in claimed]
    if fresh:
        i, attribution = max(fresh, key=lambda m: len(words & m[1].words))
        claimed.add(i)
        return "right", attribution
    # The README makes only short direct runs optional: a reported prediction that
    # matches no 4+-word content without quote marks is wrong, whatever else it overlaps.
    return "wrong", None


def score_record(tally: PolnearTally, quotes: list[Quote], gold: RecordGold) -> None:
    required = {(r.start, r.end) for a in gold.attributions for r in a.runs if r.required}
    tally.counts["gold_direct"] += len(required)
    tally.counts["gold_reported"] += sum(a.reported for a in gold.attributions)
    claimed_runs: set[tuple[int, int]] = set()
    claimed_contents: set[int] = set()
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        words = gold.words_of([(quote.start, quote.end)])
        if quote.direct:
            verdict, attribution = _judge_direct(words, gold, claimed_runs)
        else:
            verdict, attribution = _judge_reported(words, gold, claimed_contents)
        speaker = attribution.speaker if attribution is not None else None
        if verdict == "optional":
            continue
        kind = "direct" if quote.direct else "reported"
        tally.counts[f"predicted_{kind}"] += 1
        tally.counts[f"right_{kind}"] += verdict == "right"
        if verdict == "right" and speaker is not None:
            tally.counts[f"speakers_{kind}"] += 1
            tally.counts[f"speakers_right_{kind}"] += speaker_matches(quote.speaker, speaker)
    tally.counts["found_direct"] += len(claimed_runs & required)


def quotes_of_text(pipeline: Pipeline, text: str, published: str | None, name: str) -> list[Quote]:
    """Run the stages quotes need on ``text`` as it stands (no cleaning)."""
    raw = RawInput(source=name, kind="text", content=text, digest=name, published=published)
    article = Article(raw=raw)
    article.document = Document(
        id=name, source=name, title=None, published=published,
        published_basis="metadata" if published else None, language="en", text=text,
    )
    for stage in pipeline.stages:
        if stage.adds in STAGES_NEEDED:
            setattr(article, stage.adds, stage.run(article, pipeline.resources))
    return article.quotes


def evaluate_polnear(
    shared: Path, pipeline: Pipeline, limit: int | None = None, half: Half | None = None
) -> dict[str, Any]:
    tally = PolnearTally()
    for record in read_jsonl(shared / POLNEAR, limit, half):
        quotes = quotes_of_text(pipeline, record["text"], record.get("published"), record["id"])
        score_record(tally, quotes, gold_of(record))
    return tally.scores()


if __name__ == "__main__":  # python -m newsift.evaluate.quotes [SHARED]
    import sys

    from newsift.evaluate.runner import find_shared

    result = evaluate_polnear(find_shared(sys.argv[1] if len(sys.argv) > 1 else None),
                              Pipeline.load())
    print(json.dumps(result, indent=2))
