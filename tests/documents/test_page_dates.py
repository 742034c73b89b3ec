"""An HTML page's own date: its markup, its canonical URL, the byline by its headline."""

from __future__ import annotations

import lxml.html

from newsift.documents.page_dates import (
    MarkupDate,
    canonical_url,
    headline_date,
    markup_date,
    page_lines,
)

# A page with a date bar in a sticky header that repeats the headline, a byline, a
# related-stories list and a footer, each with its own date.
PAGE = """<html><head><title>Drones hit Odesa port | Example News</title>
<link rel="canonical" href="https://news.example.org/world/2024/05/03/drones-hit-odesa-port">
</head><body>
<div class="sticky"><h1>Drones hit Odesa port</h1><span>Tuesday, 7 May 2024</span></div>
<nav><a href="/">Home</a> <span>7 May 2024</span></nav>
<main><article>
<p class="kicker">Ukraine war</p>
<h1>Drones hit Odesa port</h1>
<div class="byline">By <a href="/olena">Olena Koval</a> <span class="sep">|</span>
<span class="when">08:15 03 May 2024</span></div>
<p>Russian drones struck grain silos in the port of Odesa overnight, the governor said
on Friday, 3 May 2024.</p>
<p>The attack on 1 May 2024 had damaged the same terminal.</p>
</article>
<section class="related"><h2>Related</h2><ul>
<li>Missile hits Kharkiv printing house <span>23 May 2024</span></li></ul></section>
</main>
<footer>Copyright 12 March 2019 Example News</footer>
</body></html>"""


def _tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def test_the_byline_under_the_articles_headline_gives_the_date() -> None:
    assert headline_date(_tree(PAGE)) == "2024-05-03"


def test_no_headline_means_no_dateline() -> None:
    assert headline_date(_tree("<html><body><p>Posted 3 May 2024</p></body></html>")) is None
    assert headline_date(_tree("<html><body><p>Odesa port</p><p>3 May 2024</p></body></html>"),
                         title="Odesa port") == "2024-05-03"  # fmt: skip


def test_page_lines_leave_out_menus_footers_and_the_head() -> None:
    lines = page_lines(_tree(PAGE))
    assert "Copyright 12 March 2019 Example News" not in lines
    assert "Home 7 May 2024" not in lines
    assert "Drones hit Odesa port | Example News" not in lines
    assert "By Olena Koval | 08:15 03 May 2024" in lines


def test_canonical_url() -> None:
    assert canonical_url(_tree(PAGE)) == (
        "https://news.example.org/world/2024/05/03/drones-hit-odesa-port"
    )
    og = '<html><head><meta property="og:url" content="https://e.org/a"></head></html>'
    assert canonical_url(_tree(og)) == "https://e.org/a"


def test_markup_prefers_the_newsrooms_own_time_to_utc() -> None:
    html = """<html><head>
    <meta property="article:published_time" content="2024-05-04T02:10:00+00:00">
    <meta property="article:modified_time" content="2024-05-06T09:00:00+00:00">
    <meta name="sailthru.date" content="2024-05-03 22:10:00 -0400">
    </head><body></body></html>"""
    assert markup_date(_tree(html)) == MarkupDate("2024-05-03", utc=False)
    utc_only = html.replace('<meta name="sailthru.date" content="2024-05-03 22:10:00 -0400">', "")
    assert markup_date(_tree(utc_only)) == MarkupDate("2024-05-04", utc=True)


def test_markup_from_json_ld_and_time_elements() -> None:
    json_ld = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle",
    "dateModified": "2024-05-06", "datePublished": "2024-05-03"}]}</script></head></html>"""
    assert markup_date(_tree(json_ld)) == MarkupDate("2024-05-03", utc=False)
    time = '<html><body><time class="entry-published" datetime="2024-05-03">Fri</time></body>'
    assert markup_date(_tree(time)) == MarkupDate("2024-05-03", utc=False)
    assert markup_date(_tree("<html><body><time datetime='2024-05-06'>x</time></body>")) is None
    assert markup_date(_tree(PAGE)) is None


def test_a_logo_in_the_h1_gives_way_to_the_line_that_names_the_page() -> None:
    html = """<html><head><title>Shelling hits Kherson market – Example News</title></head>
    <body><h1>Example News</h1><p>Tuesday, 7 May 2024</p>
    <h2>Shelling hits Kherson market</h2><p>By Petro Marchenko, 6 May 2024</p>
    <p>Russian shells hit the central market of Kherson, the governor said.</p></body></html>"""
    assert headline_date(_tree(html)) == "2024-05-06"
