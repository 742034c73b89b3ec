"""The text cleaner: furniture out, comments apart with authors, clean articles untouched."""

from __future__ import annotations

from pathlib import Path

from newsift.documents.cleaning import clean_text, normalise

INPUT = Path(__file__).parents[1] / "fixtures" / "input"


def test_scraped_page_body_furniture_and_comments() -> None:
    cleaned = clean_text((INPUT / "scraped_page.txt").read_text(encoding="utf-8"))
    assert cleaned.text.startswith("Regional authorities in Zaporizhzhia said on Tuesday")
    assert cleaned.text.endswith("repairs to the depot would take several weeks.")
    for furniture in ("Share this article", "Advertisement", "Read more", "Recommended",
                      "Grain exports", "Reporting by", "newsletter", "Telegram", "comments",
                      "avatar", "ago", "Reply", "Stay strong"):  # fmt: skip
        assert furniture not in cleaned.text, furniture
    assert "Ukraine's air force said it shot down 14 of 19 drones" in cleaned.text
    assert [c.author for c in cleaned.comments] == ["Marta K.", "oldsoldier77", "Peter Lang"]
    assert cleaned.comments[1].text == (
        "Air defence is stretched thin. More systems are needed before winter.\n\n"
        "They will keep hitting depots until the supply problem is fixed."
    )
    kinds = {r.text: r.kind for r in cleaned.removed}
    assert kinds["Advertisement"] == "advertisement"
    assert kinds["Read more: Frontline towns brace for a long summer of shelling"] == "related"
    assert kinds["Grain exports recover despite port attacks"] == "related"
    assert kinds["Follow us on Telegram"] == "footer"
    assert kinds["Reporting by Olena Marchenko; Editing by Tom Reid"] == "credit"
    assert kinds["5 comments"] == "other"


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    cleaned = clean_text((INPUT / "scraped_page.txt").read_text(encoding="utf-8"))
    assert "\n\n\n" not in cleaned.text
    assert len(cleaned.text.split("\n\n")) == 5


def test_clean_article_is_unchanged_but_for_whitespace() -> None:
    original = (INPUT / "clean_article.txt").read_text(encoding="utf-8")
    cleaned = clean_text(original)
    assert cleaned.removed == [] and cleaned.comments == []
    assert cleaned.text == normalise(original)
    assert cleaned.text.split() == original.split()


def test_normalise_whitespace() -> None:
    assert normalise("  A\u00a0 b \r\n\r\n\r\n\r\nC\t d  \n") == "A b\n\nC d"


def test_trailing_agency_credit_only_at_the_end() -> None:
    text = "With AFP reporting, the ministry said.\n\nTroops withdrew on Friday.\n\nWITH AFP\n"
    cleaned = clean_text(text)
    assert cleaned.text == "With AFP reporting, the ministry said.\n\nTroops withdrew on Friday."
    assert [(r.kind, r.text) for r in cleaned.removed] == [("credit", "WITH AFP")]


def test_comment_header_among_meta_lines_does_not_swallow_the_article() -> None:
    body = "\n\n".join(f"Paragraph {n} reports what the officials said." for n in range(8))
    text = f"Headline about shelling\n\n12 comments | Posted in World\n\n{body}"
    cleaned = clean_text(text)
    assert cleaned.comments == []
    assert "Paragraph 7 reports" in cleaned.text
    assert "12 comments" not in cleaned.text


def test_comments_with_says_and_timestamp_authors() -> None:
    body = "The mayor said the bridge would reopen on Monday after repairs.\n\n" * 3
    text = (
        f"{body}Leave a Reply\n\nAnna Petrenko says:\nMay 3, 2024 at 9:15 am\n"
        "Finally some good news.\n\nIhor 04.05.24 at 10:30\nLet us hope it holds.\n"
    )
    cleaned = clean_text(text)
    assert [(c.author, c.text) for c in cleaned.comments] == [
        ("Anna Petrenko", "Finally some good news."),
        ("Ihor", "Let us hope it holds."),
    ]
    assert cleaned.text.endswith("after repairs.")


def test_image_credit_and_bare_image_urls_are_removed() -> None:
    text = (
        "https://cdn.example.org/photos/strike.jpg\nPhoto: Reuters\n\n"
        "Smoke rose over the port after the strike."
    )
    cleaned = clean_text(text)
    assert cleaned.text == "Smoke rose over the port after the strike."
    assert {r.kind for r in cleaned.removed} == {"credit", "other"}


def test_threaded_scrape_with_share_bar_and_reply_form() -> None:
    text = (INPUT / "scraped_page_threaded.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert cleaned.text.startswith("Dnipro rail depot hit in overnight missile strike")
    assert cleaned.text.endswith("repairs would be finished by the weekend.")
    assert [(c.author, c.text) for c in cleaned.comments] == [
        ("JaneDoe", "Stay safe, Dnipro."),
        ("Bob_Smith", "The railway workers deserve medals."),
    ]
    kinds = {r.text: r.kind for r in cleaned.removed}
    assert kinds["Advertisement - Scroll to continue"] == "advertisement"
    assert kinds["Tweet"] == "footer"
    assert kinds["Kyiv asks allies for more air defence"] == "related"
    for form in ("Post Comment", "Name *", "Your email address", "Cancel reply", "Sort by"):
        assert form not in cleaned.text and all(form not in c.text for c in cleaned.comments)


def test_wire_scrape_navigation_captions_and_list_teasers() -> None:
    text = (INPUT / "scraped_page_wire.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text)
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0] == "Sudan army says it repelled paramilitary attack on El Fasher"
    assert paragraphs[1].startswith("Sudan's army said on Sunday it had repelled an attack")
    assert paragraphs[2].startswith("Residents said heavy artillery fire")
    assert paragraphs[3].endswith("hundreds of thousands of displaced civilians at risk.")
    assert len(paragraphs) == 4
    kinds = {r.text: r.kind for r in cleaned.removed}
    assert kinds["Skip to content"] == "other" and kinds["3 min read"] == "other"
    assert (
        kinds["Image caption, Smoke rises over El Fasher in a photo taken last month"] == "credit"
    )
    assert kinds["UN warns of famine in Sudan's west"] == "related"
    assert kinds["MORE: Sudan talks stall in Jeddah"] == "related"
    assert kinds["Our Standards: The Trust Principles."] == "footer"
    assert kinds["Source: Reuters and news agencies"] == "credit"


def test_bare_author_names_in_a_comment_section() -> None:
    body = "\n\n".join(f"Paragraph {n}: officials said the depot burned." for n in range(5))
    text = (
        f"{body}\n\nComments (2)\n\nJohn\nGreat piece, thanks.\n\n"
        "Maria Lopez\nI disagree with the premise.\nIt ignores the winter.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.text == body
    assert [(c.author, c.text) for c in cleaned.comments] == [
        ("John", "Great piece, thanks."),
        ("Maria Lopez", "I disagree with the premise.\nIt ignores the winter."),
    ]
