"""Page cleaning scored against hand-made article bodies (and comment sections).

Words are ``\\w+`` tokens, case-folded, counted as multisets. Body precision, recall and
F1 compare the extracted body with the gold body. Comment leak is the share of
comment-only words (those in the gold comments beyond what the gold body holds) that
turn up in the extracted body: |(comments - body) & extracted| / |comments - body|; it
also counts a body slightly longer than gold ("the" once more) as a leak. The strict
leak counts only words the gold body never uses, so it measures comments alone.
Every score is pooled over all pages (micro-averaged). Each set is run through the
``document`` stage and, as a baseline, through trafilatura's defaults (comments
included), so the difference is what newsift's cleaning adds.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from newsift.documents.document import build_document
from newsift.documents.reading import digest_of
from newsift.evaluate.records import Half, read_jsonl
from newsift.model import RawInput

WORD = re.compile(r"\w+", re.UNICODE)
COMMENTS_SET = "boilerplate-comments-dev.jsonl"
BODIES_SET = "boilerplate-scrapinghub-dev.jsonl"


@dataclass(frozen=True)
class Extracted:
    body: str
    comments: str | None = None  # None: the extractor does not keep comments apart


Extractor = Callable[[str, str | None], Extracted]


def words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in WORD.findall(text))


@dataclass
class Tally:
    true_positive: int = 0
    extracted: int = 0
    gold: int = 0
    leaked: int = 0
    comment_words: int = 0
    leaked_strict: int = 0
    comment_words_strict: int = 0
    comments_found: int = 0
    comments_right: int = 0
    comments_gold: int = 0
    pages: int = 0
    seconds: float = 0.0

    def add(self, extracted: Extracted, body: str, comments: str | None) -> None:
        got, want = words(extracted.body), words(body)
        self.true_positive += sum((got & want).values())
        self.extracted += sum(got.values())
        self.gold += sum(want.values())
        if comments is not None:
            comment_only = words(comments) - want
            self.leaked += sum((comment_only & got).values())
            self.comment_words += sum(comment_only.values())
            foreign = Counter({w: n for w, n in words(comments).items() if w not in want})
            self.leaked_strict += sum((foreign & got).values())
            self.comment_words_strict += sum(foreign.values())
            if extracted.comments is not None:
                kept = words(extracted.comments)
                self.comments_found += sum(kept.values())
                self.comments_right += sum((kept & words(comments)).values())
                self.comments_gold += sum(words(comments).values())
        self.pages += 1

    def scores(self) -> dict[str, float]:
        precision = self.true_positive / self.extracted if self.extracted else 0.0
        recall = self.true_positive / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result = {
            "pages": float(self.pages),
            "body_precision": round(precision, 4),
            "body_recall": round(recall, 4),
            "body_f1": round(f1, 4),
            "ms_per_page": round(1000 * self.seconds / self.pages, 1) if self.pages else 0.0,
        }
        if self.comment_words:
            result["comment_leak"] = round(self.leaked / self.comment_words, 4)
        if self.comments_found:
            result["comments_precision"] = round(self.comments_right / self.comments_found, 4)
            result["comments_recall"] = round(self.comments_right / self.comments_gold, 4)
        if self.comment_words_strict:
            result["comment_leak_strict"] = round(self.leaked_strict / self.comment_words_strict, 4)
        return result


def newsift_document(html: str, url: str | None) -> Extracted:
    raw = RawInput(source=url or "page", kind="html", content=html,
                   digest=digest_of(html.encode("utf-8")), url=url)  # fmt: skip
    document = build_document(raw)
    return Extracted(document.text, "\n\n".join(c.text for c in document.comments))


def trafilatura_default(html: str, url: str | None) -> Extracted:
    import trafilatura

    return Extracted(trafilatura.extract(html, url=url) or "")


EXTRACTORS: Mapping[str, Extractor] = MappingProxyType(
    {
        "newsift": newsift_document,
        "trafilatura_default": trafilatura_default,
    }
)



def evaluate_boilerplate(
    path: Path,
    limit: int | None = None,
    extractors: Mapping[str, Extractor] | None = None,
    half: Half | None = None,
) -> dict[str, dict[str, float]]:
    """Scores per extractor for one boilerplate set (a file, or a folder holding the sets)."""
    if path.is_dir():
        return {
            f"{name.split('-')[1]}/{label}": scores
            for name in (COMMENTS_SET, BODIES_SET)
            if (path / name).is_file()
            for label, scores in evaluate_boilerplate(path / name, limit, extractors, half).items()
        }
    chosen = extractors if extractors is not None else EXTRACTORS
    tallies = {label: Tally() for label in chosen}
    for record in read_jsonl(path, limit, half):
        for label, extract in chosen.items():
            started = time.perf_counter()
            body = extract(record["html"], record.get("url"))
            tallies[label].seconds += time.perf_counter() - started
            tallies[label].add(body, record["body"], record.get("comments"))
    return {label: tally.scores() for label, tally in tallies.items()}


def boilerplate_measures(
    shared: Path, limit: int | None = None, baseline: bool = True, half: Half | None = None
) -> dict[str, float]:
    """Flat measures for ``newsift eval``: ``<set>_<extractor>_<score>``, e.g.
    ``comments_newsift_body_f1``. Leaks are lower-is-better; ``*_comment_free`` is
    1 - strict leak, for a floor that must not drop."""
    chosen = dict(EXTRACTORS) if baseline else {"newsift": newsift_document}
    nested = evaluate_boilerplate(shared / "eval", limit, chosen, half)
    flat: dict[str, float] = {}
    for key, scores in nested.items():
        prefix = key.replace("/", "_")
        for measure, value in scores.items():
            flat[f"{prefix}_{measure}"] = value
        if "comment_leak_strict" in scores:
            flat[f"{prefix}_comment_free"] = round(1 - scores["comment_leak_strict"], 4)
    return flat


def evaluate_boilerplate_set(
    shared: Path, pipeline: object, limit: int | None = None, half: Half | None = None
) -> dict[str, float]:
    """The runner's entry: body cleaning needs no NLP, so the pipeline goes unused."""
    return boilerplate_measures(shared, limit, half=half)
