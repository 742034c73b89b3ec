"""HTML pages: body without the comment section, comments apart with their authors."""

from __future__ import annotations

from pathlib import Path

from newsift.documents.webpage import (
    comment_items,
    extract_page,
    parse_html,
    prune_comment_sections,
)

INPUT = Path(__file__).parents[1] / "fixtures" / "input"


def _page() -> str:
    return (INPUT / "comment_page.html").read_text(encoding="utf-8")


def test_body_title_and_date_come_from_the_page() -> None:
    page = extract_page(_page())
    assert page.title == "Shelling cuts power to villages near Kherson"
    assert page.published == "2024-05-14"
    assert page.text.startswith("Russian artillery fire damaged a substation outside Kherson")
    assert page.text.endswith("keep torches and water at home.")
    assert len(page.text.split("\n\n")) == 4
    for leak in ("parents live", "Halyna", "generators reached", "Leave a reply", "Copyright"):
        assert leak not in page.text, leak


def test_comments_are_kept_apart_with_authors_and_replies() -> None:
    page = extract_page(_page())
    assert [(c.author, c.text) for c in page.comments] == [
        ("Halyna", "My parents live in one of these villages. "
         "They have had no power since Sunday."),
        ("Mykola B", "Hope they are safe. The generators reached our street this morning."),
        ("Reader from Lviv", "Terrible news. Engineers are the quiet heroes of this war."
         "\n\nThank you for reporting it."),
    ]  # fmt: skip


def test_prune_removes_comment_containers_but_not_the_article() -> None:
    tree = parse_html(_page())
    assert tree is not None
    prune_comment_sections(tree)
    assert tree.xpath("//section[@id='comments']") == []
    assert len(tree.xpath("//article//p")) == 5  # the byline and four paragraphs
    assert comment_items(tree) == []


def test_comments_without_item_markup_fall_back_to_trafilatura() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n}: the ministry said air defences shot down the drones over Kyiv.</p>"
        for n in range(6)
    )
    html = (
        f"<html><body><article>{paragraphs}</article>"
        "<div class='comments'><h3>Comments</h3><p>Vasyl said it was loud all night.</p>"
        "</div></body></html>"
    )
    page = extract_page(html)
    assert "Vasyl" not in page.text
    assert "Paragraph 5" in page.text
    assert [c.text for c in page.comments] == ["Vasyl said it was loud all night."]


def test_prune_keeps_wrappers_and_text_after_a_container() -> None:
    tree = parse_html(
        "<html><body><div class='discussion'><h1>Talks resume</h1><p>Envoys met.</p>"
        "<div class='comments'><p>First!</p></div>Tail text stays.</div></body></html>"
    )
    assert tree is not None
    prune_comment_sections(tree)
    assert tree.xpath("//h1/text()") == ["Talks resume"]
    assert tree.xpath("//p/text()") == ["Envoys met."]
    assert tree.xpath("//p")[0].tail == "Tail text stays."


def test_fragment_is_read_as_a_page() -> None:
    page = extract_page("<p>Shelling hit Nikopol on Friday.</p><p>Two men were hurt.</p>")
    assert page.text == "Shelling hit Nikopol on Friday.\n\nTwo men were hurt."


def test_page_without_a_body_gives_empty_text() -> None:
    page = extract_page("<html><body></body></html>")
    assert page.text == ""
    assert page.comments == []
