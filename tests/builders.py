"""Building parsed Articles by hand, for stage tests that must not depend on other stages."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import cast

from newsift.article import Article
from newsift.events.stage import find_events
from newsift.model import DateMention, Document, Event, Extraction, Place, RawInput
from newsift.resources import Resources
from newsift.store import open_store
from newsift.store.rows import extraction_from_dict
from newsift.store.sqlstore import SQLStore

STORE_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "store" / "extractions.json"


def parsed_article(
    resources: Resources, text: str, published: str, dates: list[DateMention] | None = None
) -> Article:
    """An article of ``text`` published on ``published``, parsed, with the given dates."""
    raw = RawInput(source="test", kind="text", content=text, digest="test")
    document = Document(
        id="test", source="test", title=None, published=published,
        published_basis="header", language="en", text=text,
    )
    return Article(raw=raw, document=document, doc=resources.nlp(text), dates=dates or [])


def mark_places(article: Article, places: dict[str, dict[str, object]]) -> Article:
    """Mark every occurrence of each name in ``places`` as a Place with the given fields,
    so event tests do not depend on the places stage."""
    text = article.document.text if article.document else ""
    for name, fields in places.items():
        start = text.find(name)
        while start >= 0:
            article.places.append(Place(name=name, start=start, end=start + len(name), **fields))  # type: ignore[arg-type]
            start = text.find(name, start + 1)
    article.places.sort(key=lambda p: p.start)
    return article


def marked_article(
    resources: Resources,
    text: str,
    places: dict[str, dict[str, object]] | None = None,
    dates: dict[str, str] | None = None,
    published: str = "2024-03-16",
) -> Article:
    """An article whose dates and places are given by hand: every occurrence is marked."""
    raw = RawInput(source="test", kind="text", content=text, digest="d1", published=published)
    document = Document(id="d1", source="test", title=None, published=published,
                        published_basis="header", language="en", text=text)  # fmt: skip
    article = Article(raw=raw, document=document, doc=resources.nlp(text))
    mark_places(article, places or {})
    for phrase, value in (dates or {}).items():
        start = text.find(phrase)
        while start >= 0:
            article.dates.append(DateMention(phrase, start, start + len(phrase), value))
            start = text.find(phrase, start + 1)
    article.dates.sort(key=lambda d: d.start)
    return article


def events_of(resources: Resources, text: str, **kwargs: object) -> list[Event]:
    article = marked_article(resources, text, **kwargs)  # type: ignore[arg-type]
    return find_events(article, resources)


def fixture_extractions() -> list[Extraction]:
    """The hand-written extractions of the store fixture (three documents)."""
    return [extraction_from_dict(item) for item in json.loads(STORE_FIXTURE.read_text("utf-8"))]


def sample_store(target: str | Path) -> SQLStore:
    """A store at ``target`` (a file or a postgresql:// URL) holding the hand-written
    extractions of the store fixture."""
    store = cast(SQLStore, open_store(target))
    for extraction in fixture_extractions():
        store.add(extraction)
    return store


# Generated corpora for robustness tests: many small, distinct news briefs.

CITIES = ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Mykolaiv",
          "Chernihiv", "Poltava", "Lviv", "Kramatorsk", "Sloviansk")
WEAPONS = ("a missile strike", "a drone attack", "artillery shelling", "a glide bomb")
TARGETS = ("an apartment block", "a grain warehouse", "a power substation", "a school")
CHILD_TABLES = ("comments", "removed", "quotes", "entities", "places", "dates", "commitments",
                "event_sources")


def brief(number: int) -> dict[str, str]:
    """One generated news brief; the number makes every text, and so every id, distinct."""
    pick = random.Random(number)
    city, weapon, target = pick.choice(CITIES), pick.choice(WEAPONS), pick.choice(TARGETS)
    killed, injured = pick.randint(1, 30), pick.randint(0, 60)
    day = 1 + number % 28
    text = (f"{weapon.capitalize()} hit {target} in {city} on Tuesday, killing {killed} "
            f"people and injuring {injured}, the regional governor said. "
            f"Rescuers worked through the night, the emergency service said in report "
            f"number {number}. \"We heard two explosions,\" a resident told reporters.")
    return {"id": f"brief-{number}", "title": f"{weapon.capitalize()} kills {killed} in {city}",
            "published": f"2024-03-{day:02d}", "text": text}


def write_corpus(path: Path, docs: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(docs):
            handle.write(json.dumps(brief(number)) + "\n")
    return path


def ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    """``newsift ingest CORPUS --db DB`` in a process of its own."""
    command = [sys.executable, "-m", "newsift", "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rows_by_document(db: Path) -> dict[str, tuple[int, ...]]:
    """Per stored document, how many rows each child table holds for it."""
    with sqlite3.connect(db) as conn:
        counts: dict[str, list[int]] = {
            doc_id: [0] * len(CHILD_TABLES)
            for (doc_id,) in conn.execute("SELECT id FROM documents")}
        for index, table in enumerate(CHILD_TABLES):
            for doc_id, n in conn.execute(
                    f"SELECT document_id, COUNT(*) FROM {table} GROUP BY document_id"):  # noqa: S608
                counts.setdefault(doc_id, [0] * len(CHILD_TABLES))[index] = n
    return {doc_id: tuple(row) for doc_id, row in counts.items()}
