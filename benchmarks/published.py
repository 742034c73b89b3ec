"""How well the document stage finds a publication date that nobody handed it.

There is no gold for publication dates, so two honest proxies:

- FA-KES (``events-fakes-dev.jsonl``): each article is read as plain text with its
  ``published`` field withheld; the date found is compared with the record's date
  (exact, within one day, wrong, or none found). One row per article, halves by a hash
  of the article id, as ``newsift eval`` splits the set.
- Guardian and NYT article bodies (``ukraine-news-unlabelled.jsonl``), which print no
  dateline: the same comparison says how often a date is found where the text gives
  none, and whether it is then right.
- The boilerplate pages (``boilerplate-*-dev.jsonl``: url and html): the share of pages
  where a date is found, by basis. Whether those dates are right is checked by hand:
  ``--show N`` prints, for the first N pages of a half, the date and its basis, for a
  reader to judge against the page; ``htmldate_agrees`` compares each date with the one
  htmldate picks on its own (exact, one day apart, wrong), where both give one.

    python benchmarks/published.py                 # both halves, both sets
    python benchmarks/published.py --half tune --show 20

Needs no spaCy model: only the document stage runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from newsift.documents.calendar_dates import find_dates, full_date
from newsift.documents.document import build_document
from newsift.documents.webpage import extract_page
from newsift.evaluate.records import Half, by_id, read_jsonl
from newsift.model import RawInput

SHARED = Path(__file__).resolve().parents[2] / "shared"
BOILERPLATE = ("boilerplate-scrapinghub-dev.jsonl", "boilerplate-comments-dev.jsonl")


def _article_key(record: dict[str, Any]) -> str:
    return str(record["article_id"])


def fakes(shared: Path, half: Half, name: str = "events-fakes-dev.jsonl") -> dict[str, Any]:
    """Dates found in a set's texts alone, against each article's own published date."""
    outcome: Counter[str] = Counter()
    basis: Counter[str] = Counter()
    seen: set[str] = set()
    key = _article_key if name.startswith("events-fakes") else by_id
    for record in read_jsonl(shared / "eval" / name, half=half, key=key):
        if key(record) in seen or not record.get("published"):
            continue
        seen.add(key(record))
        raw = RawInput(source="fakes", kind="text", content=record["text"], digest="x")
        document = build_document(raw)
        verdict = _compare(document.published, record["published"][:10])
        outcome[verdict] += 1
        basis[str(document.published_basis)] += 1
        if verdict == "wrong" and not _written(record["text"], record["published"][:10]):
            outcome["wrong_unwritten"] += 1
    total = sum(outcome[k] for k in ("exact", "one_day", "wrong", "none"))
    return {
        "articles": total,
        "exact": outcome["exact"] / total,
        "within_1_day": (outcome["exact"] + outcome["one_day"]) / total,
        "wrong": outcome["wrong"] / total,
        "none": outcome["none"] / total,
        # Wrong answers where the record's date is written nowhere in the text: the text
        # states another date (the record's date comes from elsewhere), not a misreading.
        "wrong_record_date_not_in_text": outcome["wrong_unwritten"],
        "wrong_count": outcome["wrong"],
        "basis": dict(basis),
    }


def _compare(found: str | None, gold: str) -> str:
    if found is None:
        return "none"
    gap = abs((dt.date.fromisoformat(found) - dt.date.fromisoformat(gold)).days)
    return "exact" if gap == 0 else "one_day" if gap == 1 else "wrong"


def _written(text: str, day: str) -> bool:
    """Whether ``day`` is written as a full date anywhere in ``text``."""
    return any(
        (found := full_date(mention)) is not None and found.isoformat() == day
        for mention in find_dates(text)
    )


def pages(shared: Path, half: Half, show: int) -> dict[str, Any]:
    """The share of boilerplate pages whose publication date is found, by basis."""
    basis: Counter[str] = Counter()
    agree: Counter[str] = Counter()  # our date against htmldate's own pick, where both exist
    shown = 0
    for name in BOILERPLATE:
        for record in read_jsonl(shared / "eval" / name, half=half):
            raw = RawInput(
                source=str(record["id"]), kind="html", content=record["html"], digest="x",
                url=record.get("url"),
            )  # fmt: skip
            document = build_document(raw)
            basis[str(document.published_basis)] += 1
            guessed = extract_page(record["html"], url=record.get("url")).guessed
            if document.published and guessed:
                agree[_compare(guessed, document.published)] += 1
            if shown < show:
                shown += 1
                print(json.dumps({
                    "set": name.split("-")[1], "id": record["id"], "url": record.get("url"),
                    "published": document.published, "basis": document.published_basis,
                }))  # fmt: skip
    total = sum(basis.values())
    return {
        "pages": total,
        "found": 1 - basis["None"] / total,
        "basis": dict(basis),
        "htmldate_agrees": dict(agree),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--half", choices=("tune", "check"), action="append")
    parser.add_argument("--show", type=int, default=0, help="print N pages for a hand check")
    args = parser.parse_args()
    for half in args.half or ("tune", "check"):
        print(f"{half}: fakes", json.dumps(fakes(args.shared, half)))
        clean = fakes(args.shared, half, "ukraine-news-unlabelled.jsonl")
        print(f"{half}: clean bodies", json.dumps(clean))
        print(f"{half}: pages", json.dumps(pages(args.shared, half, args.show)))


if __name__ == "__main__":
    main()
