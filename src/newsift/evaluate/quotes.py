"""Scoring quotes against PolNeAR attributions (``shared/eval/quotes-polnear-dev.jsonl``).

PolNeAR marks every attribution (source, cue, content) in 2016 US election news. The
rules used here:

- a gold *direct* quote is an attribution whose content is wholly in quote marks
  (after an optional leading "that"), marks just outside its span included; so is a
  transcript turn in marks, where the mark opens before the speaker's label and the
  words run to the end of the paragraph (`"PENCE: Well, look, ...`: PolNeAR's content
  starts after the label, but the words are quoted); a *mixed* one has marks only
  around part of it ("that Clinton's team avoided ... to “keep the details ... under
  wraps”"); the rest are *reported* speech;
- a predicted quote matches a gold content when their spans overlap and one holds at
  least 80% of the other's words (the seeds rule, :func:`newsift.evaluate.seeds.quotes_match`).
  A quote split around its attribution is one gold content with fragments, so several
  predictions may match one gold quote: recall counts gold quotes found, precision counts
  predictions that match something;
- direct precision: a predicted direct quote is right when it matches a gold direct or
  mixed content (a quoted phrase inside a mixed attribution is a partial quote); the
  strict variant counts only gold direct contents;
- reported recall: gold reported contents matched by a predicted reported (direct=False)
  quote;
- speaker accuracy: on matched direct quotes whose gold source names someone (not a
  bare pronoun or a common noun), the predicted speaker's last name is one of the words
  of the gold source.

The document text is taken as given (no cleaning), so that offsets compare directly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsift.article import Article
from newsift.evaluate.records import Half, read_jsonl
from newsift.evaluate.seeds import last_name, quotes_match, words
from newsift.model import Document, Quote, RawInput
from newsift.pipeline import Pipeline

POLNEAR = Path("eval") / "quotes-polnear-dev.jsonl"
OPEN_MARKS = "“\"„«"
CLOSE_MARKS = "”\"»"
NOT_NAMES = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their",
     "its", "this", "that", "some", "one", "many", "most", "those", "these", "both", "our"}
)
# An opening mark and a speaker's label before the words: `"WALLACE: `.
TURN_LABEL = re.compile(r"\s*[“\"„«]\s*(?:[A-Z][\w.’'-]*\s?){1,3}:\s*")
STAGES_NEEDED = ("doc", "dates", "places", "entities", "quotes")


@dataclass
class Gold:
    kind: str  # "direct" | "mixed" | "reported"
    spans: list[tuple[int, int]]
    text: str
    source: str | None


@dataclass
class PolnearTally:
    gold: dict[str, int] = field(default_factory=lambda: {"direct": 0, "mixed": 0, "reported": 0})
    found: dict[str, int] = field(default_factory=lambda: {"direct": 0, "reported": 0})
    predicted_direct: int = 0
    right_direct: int = 0
    right_direct_strict: int = 0
    predicted_reported: int = 0
    right_reported: int = 0
    speaker_right: int = 0
    speaker_total: int = 0

    def scores(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "direct_precision": ratio(self.right_direct, self.predicted_direct),
            "direct_precision_strict": ratio(self.right_direct_strict, self.predicted_direct),
            "direct_recall": ratio(self.found["direct"], self.gold["direct"]),
            "reported_recall": ratio(self.found["reported"], self.gold["reported"]),
            "reported_precision": ratio(self.right_reported, self.predicted_reported),
            "speaker_accuracy": ratio(self.speaker_right, self.speaker_total),
            "counts": {
                "gold": dict(self.gold),
                "predicted_direct": self.predicted_direct,
                "predicted_reported": self.predicted_reported,
                "speaker_scored": self.speaker_total,
            },
        }


def gold_kind(content: str) -> str:
    content = content.replace("''", '"')
    body = content.strip().rstrip(".,;:!? ")
    if body.lower().startswith("that "):
        body = body[5:].lstrip()
    if body[:1] in OPEN_MARKS and body[-1:] in CLOSE_MARKS and len(body) > 2:
        return "direct"
    if any(mark in content for mark in OPEN_MARKS + CLOSE_MARKS):
        return "mixed"
    return "reported"


def golds_of(record: dict[str, Any]) -> list[Gold]:
    text = record["text"]
    golds = []
    for attribution in record.get("attributions", []):
        content = attribution.get("content")
        if not content:
            continue
        spans = [tuple(f) for f in content.get("fragments") or [[content["start"], content["end"]]]]
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        # Marks just outside the span make it direct too: “<content>”.
        outside = text[max(0, start - 1) : start] + content["text"] + text[end : end + 1]
        kind = gold_kind(content["text"])
        if kind == "reported" and gold_kind(outside) == "direct":
            kind = "direct"
        if kind != "direct" and quoted_turn(text, start, end):
            kind = "direct"
        source = (attribution.get("source") or {}).get("text")
        golds.append(Gold(kind, [(int(s), int(e)) for s, e in spans], content["text"], source))
    return golds


def quoted_turn(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one speaker's turn of a transcript quoted in marks."""
    para_start = text.rfind("\n", 0, start) + 1
    if not TURN_LABEL.fullmatch(text[para_start:start]):
        return False
    after = text[end:].lstrip(".,;:!?…— ")
    return after[:1] in ("", "\n") or after[:1] in CLOSE_MARKS


def _overlaps(quote: Quote, gold: Gold) -> bool:
    return any(quote.start < e and s < quote.end for s, e in gold.spans)


def _matches(quote: Quote, gold: Gold) -> bool:
    return _overlaps(quote, gold) and quotes_match(quote.text, gold.text)


def named_source(source: str | None) -> bool:
    if not source:
        return False
    tokens = source.replace("’", "'").split()
    return any(t[:1].isupper() and t.lower().strip("',.") not in NOT_NAMES for t in tokens)


def speaker_right(speaker: str | None, source: str) -> bool:
    # "Joseph R. Biden Jr." and "Mr. Biden" share a last name.
    parts = [w for w in (speaker or "").replace(",", " ").split()
             if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii", "iv")]
    last = last_name(" ".join(parts))
    return last is not None and last in words(source.replace("’s", "").replace("'s", ""))


def score_record(tally: PolnearTally, quotes: list[Quote], golds: list[Gold]) -> None:
    for gold in golds:
        tally.gold[gold.kind] += 1
    direct = [q for q in quotes if q.direct]
    reported = [q for q in quotes if not q.direct]
    tally.predicted_direct += len(direct)
    tally.predicted_reported += len(reported)
    for quote in direct:
        hits = [g for g in golds if g.kind in ("direct", "mixed") and _matches(quote, g)]
        tally.right_direct += bool(hits)
        tally.right_direct_strict += any(g.kind == "direct" for g in hits)
    for quote in reported:
        tally.right_reported += any(_matches(quote, g) for g in golds)
    for gold in golds:
        if gold.kind == "direct":
            found = [q for q in direct if _matches(q, gold)]
            if found:
                tally.found["direct"] += 1
                if named_source(gold.source):
                    tally.speaker_total += 1
                    tally.speaker_right += speaker_right(found[0].speaker, gold.source or "")
        elif gold.kind == "reported":
            tally.found["reported"] += any(_matches(q, gold) for q in reported)


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
        score_record(tally, quotes, golds_of(record))
    return tally.scores()


if __name__ == "__main__":  # python -m newsift.evaluate.quotes [SHARED]
    import sys

    from newsift.evaluate.runner import find_shared

    result = evaluate_polnear(find_shared(sys.argv[1] if len(sys.argv) > 1 else None),
                              Pipeline.load())
    print(json.dumps(result, indent=2))
