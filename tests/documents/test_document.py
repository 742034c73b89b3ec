"""Stage `document`: raw inputs of every kind become cleaned Documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsift.documents.document import build_document, strip_date_header
from newsift.documents.reading import read_inputs
from newsift.model import Document, RawInput
from newsift.resources import Resources

INPUT = Path(__file__).parents[1] / "fixtures" / "input"


def _document(path: Path) -> Document:
    [raw] = list(read_inputs([str(path)]))
    assert isinstance(raw, RawInput)
    return build_document(raw)


def _text(content: str, **extra: str) -> RawInput:
    return RawInput(source="t.txt", kind="text", content=content, digest="d1", **extra)


@pytest.mark.parametrize(
    ("text", "published", "rest"),
    [
        (" date 2024-02-10 North Atlantic allies met.", "2024-02-10", "North Atlantic allies met."),
        ("date 2024-03-05\nDrones hit Odesa.", "2024-03-05", "Drones hit Odesa."),
        ("Date: 2024-03-05\n\nDrones hit Odesa.", "2024-03-05", "\nDrones hit Odesa."),
        ("date 2024-13-05 Drones hit Odesa.", None, "Drones hit Odesa."),
        (" date 2024-02-30 \nDrones hit Odesa.", None, "Drones hit Odesa."),
        ("The date 2024-03-05 was set.", None, "The date 2024-03-05 was set."),
    ],
)
def test_strip_date_header(text: str, published: str | None, rest: str) -> None:
    header = strip_date_header(text)
    assert (header.published, header.rest) == (published, rest)
    # A header whose date is no calendar date is dropped with a warning, not kept as text.
    assert (header.warning is not None) == (published is None and rest != text)


def test_an_impossible_header_date_is_a_warning_on_the_document() -> None:
    document = build_document(_text(" date 2024-02-30 \nA drone hit a depot near Sumy."))
    assert document.text == "A drone hit a depot near Sumy." and document.published is None
    assert document.warnings == [
        "the date header '2024-02-30' is not a calendar date; it was ignored"]


def test_headline_paragraph_becomes_the_title_and_stays_in_the_text() -> None:
    document = _document(INPUT / "scraped_page_threaded.txt")
    assert document.title == "Dnipro rail depot hit in overnight missile strike"
    assert document.text.startswith("Dnipro rail depot hit")
    assert _document(INPUT / "clean_article.txt").title is None


def test_header_on_its_own_line() -> None:
    document = _document(INPUT / "header_own_line.txt")
    assert document.published == "2024-03-05" and document.published_basis == "header"
    assert document.text.startswith("Drone debris fell on a residential street in Odesa")


def test_jsonl_published_is_metadata_and_id_is_digest(resources: Resources) -> None:
    raw = _text("Shelling resumed on Friday, 12 April.", published="2024-04-12")
    assert build_document(raw).language is None  # no identifier given: not identified
    document = build_document(raw, resources.languages)
    assert document.id == "d1" and document.source == "t.txt"
    assert (document.published, document.published_basis) == ("2024-04-12", "metadata")
    assert document.language == "en"


def test_text_dateline_and_inference() -> None:
    stated = build_document(_text("Published 3 May 2024\n\nTroops advanced near Avdiivka."))
    assert (stated.published, stated.published_basis) == ("2024-05-03", "text")
    inferred = build_document(_text("On Friday, May 3, officials said 2023 was worse."))
    assert (inferred.published, inferred.published_basis) == ("2024-05-03", "inferred")
    unknown = build_document(_text("Troops advanced near Avdiivka."))
    assert (unknown.published, unknown.published_basis) == (None, None)


def test_html_document_keeps_comments_apart() -> None:
    document = _document(INPUT / "comment_page.html")
    assert document.title == "Shelling cuts power to villages near Kherson"
    assert (document.published, document.published_basis) == ("2024-05-14", "metadata")
    assert document.text.startswith("Russian artillery fire damaged a substation")
    assert [c.author for c in document.comments] == ["Halyna", "Mykola B", "Reader from Lviv"]
    assert "Halyna" not in document.text


def test_jsonl_html_record(tmp_path: Path) -> None:
    items = list(read_inputs([str(INPUT / "articles.jsonl")]))
    html = items[-1]
    assert isinstance(html, RawInput) and html.kind == "html"
    document = build_document(html)
    assert document.text.startswith("Kharkiv was hit by two glide bombs on Friday")
    assert (document.published, document.published_basis) == ("2024-06-02", "metadata")


def _gold(shared: Path) -> dict[str, dict[str, object]]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return {entry["file"]: entry["document"] for entry in gold["documents"]}


SEEDS = ["seeds/000_a55dc4d38da5a85f.txt", "seeds/002_f8691bf09fced10f.txt"]


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_documents_meet_gold(shared: Path, seed: str) -> None:
    gold = _gold(shared)[seed]
    document = _document(shared / seed)
    assert document.text.startswith(str(gold["body_starts_with"]))
    assert document.text.endswith(str(gold["body_ends_with"]))
    for furniture in gold["not_in_body"]:  # type: ignore[attr-defined]
        assert furniture not in document.text, furniture
    accepted = [gold["published"], *gold.get("published_also_accepted", [])]  # type: ignore[misc]
    assert document.published in accepted
    assert document.published_basis == gold["published_basis"]
    authors = [c.author for c in document.comments]
    assert authors == gold.get("comment_authors", [])
    assert len(document.comments) == gold.get("comments_count", len(authors))
    assert "\n\n" in document.text and "\n\n\n" not in document.text


def test_seed_002_comments_and_removed(shared: Path) -> None:
    document = _document(shared / "seeds/002_f8691bf09fced10f.txt")
    second_john = document.comments[2]
    assert second_john.text.startswith("@John, Hi new John.")
    assert "https://www.kyivpost.com/post/30908" in second_john.text
    assert second_john.text.endswith("Ukraine must do whatever works best for it.")
    assert "herding cats" in document.comments[0].text
    kinds = [r.kind for r in document.removed]
    assert kinds.count("advertisement") == 2
    assert kinds.count("related") == 4
    assert kinds.count("footer") == 2
    for comment in document.comments:
        assert "spoilers" not in comment.text and "author.png" not in comment.text


def test_seed_000_credit_removed(shared: Path) -> None:
    document = _document(shared / "seeds/000_a55dc4d38da5a85f.txt")
    assert [(r.kind, r.text) for r in document.removed] == [("credit", "WITH AFP")]
    assert document.comments == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian forces shelled the city of Kherson on Tuesday, killing two people and "
         "wounding seven, the head of the regional military administration said.", "en"),
        ("Les forces russes ont bombardé la ville de Kherson mardi, tuant deux personnes et en "
         "blessant sept, a annoncé le chef de l'administration militaire de la région.", "fr"),
        ("Російські війська обстріляли Херсон у вівторок, загинули двоє людей, ще семеро "
         "поранені, повідомив голова обласної військової адміністрації у Телеграмі.", "uk"),
        ("Российские войска обстреляли Херсон во вторник, погибли два человека, еще семь "
         "ранены, сообщил глава областной военной администрации в Телеграме.", "ru"),
        ("Pasukan Rusia menembaki kota Kherson pada hari Selasa, menewaskan dua orang dan "
         "melukai tujuh orang lainnya, kata kepala pemerintahan militer regional.", "id"),
        ("Shelling hit Vovchansk, Kharkiv, on Monday; two killed.", "en"),
        ("Les forces russes ont bombardé Kherson.", "en"),  # too short to rule English out
        ("Short English note.", "en"),
    ],
)  # fmt: skip
def test_the_language_identifier_is_trusted_only_when_sure(
    resources: Resources, text: str, language: str
) -> None:
    assert resources.languages is not None
    assert resources.languages.identify(text) == language


def _page(head: str = "", byline: str = "", url: str | None = None) -> RawInput:
    paragraphs = "".join(
        f"<p>Paragraph {n}: Russian drones struck the port of Odesa overnight, officials said, "
        "and rescuers worked through the morning to clear the debris.</p>"
        for n in range(4)
    )
    html = (
        f"<html><head>{head}</head><body><article><h1>Drones strike Odesa port</h1>"
        f"<p class='byline'>{byline}</p>{paragraphs}</article></body></html>"
    )
    return RawInput(source="p.html", kind="html", content=html, digest="p1", url=url)


def test_page_date_sources_in_order_of_trust() -> None:
    url = "https://news.example.org/world/2024/05/02/drones-strike-odesa-port"
    meta = '<meta property="article:published_time" content="2024-05-03T10:00:00+03:00">'
    cases = [
        (_page(meta, "By Olena Koval | 4 May 2024", url), ("2024-05-03", "metadata")),
        (_page("", "By Olena Koval | 4 May 2024", url), ("2024-05-02", "url")),
        (_page("", "By Olena Koval | 4 May 2024"), ("2024-05-04", "text")),
        (_page(f'<link rel="canonical" href="{url}">'), ("2024-05-02", "url")),
    ]
    for raw, expected in cases:
        document = build_document(raw)
        assert (document.published, document.published_basis) == expected


def test_a_utc_timestamp_yields_to_the_day_printed_by_the_headline() -> None:
    late = '<meta property="article:published_time" content="2024-05-04T02:30:00Z">'
    document = build_document(_page(late, "By Olena Koval | May 3, 2024 10:30 PM EDT"))
    assert (document.published, document.published_basis) == ("2024-05-03", "text")
    far = build_document(_page(late, "By Olena Koval | May 1, 2024"))
    assert (far.published, far.published_basis) == ("2024-05-04", "metadata")
    # No headline to find a byline by: the day the body text prints still counts.
    lede = "<p>KYIV, May 3, 2024 - Drones struck the port of Odesa, officials said.</p>"
    headless = _page(late).content.replace("<h1>Drones strike Odesa port</h1>", lede)
    raw = RawInput(source="p.html", kind="html", content=headless, digest="p2")
    assert build_document(raw).published == "2024-05-03"


def test_a_text_input_with_a_dated_url() -> None:
    raw = _text("Troops advanced near Avdiivka.", url="https://e.org/2024/05/03/avdiivka")
    document = build_document(raw)
    assert (document.published, document.published_basis) == ("2024-05-03", "url")


def test_a_headline_may_open_with_a_label_word_but_a_dateline_is_no_headline() -> None:
    body = "\n\nRussian drones struck the port of Odesa overnight, officials said."
    assert build_document(_text("Data shows drone strikes doubled in May" + body)).title == (
        "Data shows drone strikes doubled in May"
    )
    assert build_document(_text("Updated 3 May 2024 at 08:15 GMT" + body)).title is None
