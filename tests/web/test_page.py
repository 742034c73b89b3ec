"""The page in headless Chromium: map circles, the evidence view, the timeline brush,
the list views, and untrusted text that must stay text.

Runs Debian's /usr/bin/chromium through Playwright against uvicorn on 127.0.0.1; the
browser may reach nothing else. Screenshots go to test-artifacts/web/.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from newsift.api import create_app
from newsift.api.app import assets_installed
from newsift.batch import run_batch
from newsift.documents.reading import read_inputs
from newsift.pipeline import Pipeline
from newsift.store import SQLiteStore
from newsift.store.rows import extraction_from_dict

REPO = Path(__file__).resolve().parent.parent.parent
FIXTURES = REPO / "tests" / "fixtures"
ARTIFACTS = REPO / "test-artifacts" / "web"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
KUPIANSK = "ev-web-kupiansk-market"
LOCATED = 5  # events with coordinates in the fixture database


def _require(ok: bool, why: str) -> None:
    if not ok:
        # CI installs everything the page needs: there a missing piece is a failure.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(why)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require(Path(CHROMIUM).exists(), f"{CHROMIUM} missing: apt-get install -y chromium")
    _require(assets_installed(), "web assets missing: python scripts/vendor_web_assets.py")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require(False, "the playwright package is not installed")
        raise
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@contextmanager
def served(db: Path) -> Iterator[str]:
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=0,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "page.db"
    with SQLiteStore(db) as store:
        for name in ("store/extractions.json",):
            for item in json.loads((FIXTURES / name).read_text("utf-8")):
                store.add(extraction_from_dict(item))
        hostile = (FIXTURES / "web" / "hostile_article.json").read_text("utf-8")
        store.add(extraction_from_dict(json.loads(hostile)))
    with served(db) as url:
        yield url


@contextmanager
def opened(browser: Any, url: str, fragment: str = "") -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10000)
    outside: list[str] = []
    errors: list[str] = []
    page.on("request",
            lambda r: None if r.url.startswith((url, "data:")) else outside.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url + fragment)
    page.wait_for_selector("body[data-loaded=true]")
    try:
        yield page
        assert outside == [], "the page reached beyond its own server"
        assert errors == []
    finally:
        context.close()


def expect(locator: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    # Playwright's 5 s default is short on a loaded 2-core CI machine.
    playwright_expect.set_options(timeout=10_000)
    return playwright_expect(locator)


def circles(page: Any) -> Any:
    return page.locator("path.event-circle")


def click_event(page: Any, event_id: str) -> None:
    click_until_evidence(page, page.locator(f'path[data-event-id="{event_id}"]'))


def click_until_evidence(page: Any, circle: Any) -> None:
    """Click an event's circle until its evidence shows: a click that lands while the map
    is still settling (zoom animation on a loaded CI machine) can be lost."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(3):
        circle.click()
        try:
            page.locator("#detail .article mark").first.wait_for(timeout=4000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError("clicking the event's circle never showed its evidence")


def test_events_on_the_map_and_a_click_shows_the_evidence_highlighted(
    browser: Any, site: str
) -> None:
    with opened(browser, site) as page:
        assert circles(page).count() == LOCATED
        assert "7 events, 5 on the map" in page.locator("#status").inner_text()
        assert page.locator("#timeline rect.bar").count() == 6  # six distinct dates
        click_event(page, KUPIANSK)
        mark = page.locator("#detail .article mark")
        assert mark.all_inner_texts() == [
            "Artillery fire hit a market in Kupiansk on Tuesday, killing four people and "
            "wounding nine, regional officials said."]
        fields = page.locator("#detail dl.fields").inner_text()
        assert "Kupiansk, Kharkiv Oblast, Ukraine" in fields and "Russia <i>forces</i>" in fields
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "event-evidence.png"))
        assert page.url.endswith(f"#event={KUPIANSK}")
        page.reload()  # the address reopens the same event
        expect(page.locator("#detail .article mark")).to_have_count(1)
        assert page.locator("#detail h2").inner_text() == "Shelling/artillery/missile attack"
        page.click("#detail button.back")
        expect(page.locator("#detail .event-list li")).to_have_count(7)  # unlocated too
        assert "#event" not in page.url


def test_markup_in_untrusted_text_is_shown_as_text_and_never_runs(
    browser: Any, site: str
) -> None:
    # Opened by its address rather than a click: its circle sits among others near
    # Kharkiv, and what is tested here is how the text renders, not the map.
    with opened(browser, site, f"#event={KUPIANSK}") as page:
        page.locator("#detail .article mark").first.wait_for()
        article = page.locator("#detail .article")
        comments = article.locator(".comments-box")
        assert comments.locator("summary").inner_text().startswith("Reader comments (2)")
        texts = comments.locator(".comment-text").all_inner_texts()
        assert texts[0] == "<script>window.__pwned = 'comment'</script>Nothing to see here"
        assert texts[1].startswith('<img src=x onerror="window.__pwned=')
        assert comments.locator(".author").first.inner_text() == "<b>troll</b>"
        assert "<script>window.__pwned='title'</script>" in article.locator(".title").inner_text()
        assert "<script>window.__pwned='quote'</script>" in article.locator(".body").inner_text()
        assert article.locator("script, img, b, i").count() == 0
        # A javascript: source is not made a link.
        assert article.locator("a").count() == 0
        page.locator("#tabs button[data-view=quotes]").click()
        page.locator(".speaker").first.wait_for()
        page.locator("#tabs button[data-view=commitments]").click()
        page.locator("#commitments tbody tr td").nth(4).wait_for()
        assert "<script>" in page.locator("#commitments tbody").inner_text()
        page.wait_for_timeout(200)  # give any injected handler its chance to run
        assert page.evaluate("window.__pwned") is None


def test_brushing_the_timeline_filters_the_map(browser: Any, site: str) -> None:
    with opened(browser, site) as page:
        box = page.locator("#timeline").bounding_box()
        y = box["y"] + box["height"] / 2
        # From the left edge to a third across: January and February 2024 only.
        page.mouse.move(box["x"] + 30, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 3, y, steps=5)
        page.mouse.up()
        assert page.locator("#timeline rect.brush").count() == 1
        shown = [circle.get_attribute("data-event-id") for circle in circles(page).all()]
        assert shown == ["ev-7d36e385155e9fdd"]  # Omdurman, 2024-01-20
        label = page.locator("#timeline-label").inner_text()
        since, until = label.split(" ")[1], label.split(" ")[3]
        assert since <= "2024-01-20" <= until < "2024-03-05"
        href = page.locator("#dl-csv").get_attribute("href") or ""
        assert f"since={since}" in href and f"until={until}" in href
        page.mouse.click(box["x"] + box["width"] / 2, y)  # a click clears the brush
        assert circles(page).count() == LOCATED


def test_the_filter_bar_refetches_and_downloads_follow_it(browser: Any, site: str) -> None:
    with opened(browser, site) as page:
        page.select_option("#filters select[name=event_type]", "Battles")
        page.click("#filters button[type=submit]")
        expect(circles(page)).to_have_count(1)
        assert "event_type=Battles" in (page.locator("#dl-geojson").get_attribute("href") or "")
        page.fill("#filters input[name=min_fatalities]", "100")
        page.click("#filters button[type=submit]")
        expect(circles(page)).to_have_count(0)
        page.click("#filters button[type=reset]")
        expect(circles(page)).to_have_count(LOCATED)
        page.check("#filters input[name=in_view]")
        page.click("#filters button[type=submit]")
        expect(page.locator("#dl-csv")).to_have_attribute("href", re.compile(r"bbox=[-\d.]+%2C"))
        expect(circles(page)).to_have_count(LOCATED)  # the map was fitted to all of them
        page.locator(".leaflet-control-zoom-in").click()
        page.locator(".leaflet-control-zoom-in").click()  # now some fall outside the view
        expect(circles(page)).not_to_have_count(LOCATED)  # refetched for the smaller box


def test_quotes_are_grouped_by_speaker_and_open_in_their_article(
    browser: Any, site: str
) -> None:
    with opened(browser, site) as page:
        page.locator("#tabs button[data-view=quotes]").click()
        page.locator(".speaker").first.wait_for()
        headings = page.locator(".speaker h3").all_inner_texts()
        assert headings == ["Ivan Petrenko (1)", "Oleh Syniehubov (1)", "Unattributed (1)"]
        page.locator(".quote-text").first.click()
        mark = page.locator("#quote-article mark")
        mark.first.wait_for()
        assert mark.inner_text() == "The shells landed while people were buying bread,"
        page.locator("#tabs button[data-view=commitments]").click()
        rows = page.locator("#commitments tbody tr")
        expect(rows).to_have_count(2)
        assert "500,000,000 EUR" in rows.first.inner_text()


def test_the_sample_corpus_ingested_shows_on_the_map(
    browser: Any, pipeline: Pipeline, tmp_path: Path
) -> None:
    db = tmp_path / "samples.db"
    with SQLiteStore(db) as store:
        run_batch(read_inputs([str(REPO / "samples")]), pipeline,
                  lambda extraction: store.add(extraction).stored, seen=store.has_document)
        located = sum(1 for event in store.events()
                      if event["location"] and event["location"]["latitude"] is not None)
    with served(db) as url, opened(browser, url) as page:
        assert circles(page).count() == located
        if located:
            # drawn last: on top of any circle it overlaps
            click_until_evidence(page, circles(page).last)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "samples.png"))


def test_articles_stored_while_the_page_is_open_appear_without_a_reload(
    browser: Any, tmp_path: Path
) -> None:
    db = tmp_path / "live.db"
    first, *later = [extraction_from_dict(item) for item in
                     json.loads((FIXTURES / "store" / "extractions.json").read_text("utf-8"))]
    with SQLiteStore(db) as store:
        store.add(first)
    with served(db) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.clock.install()  # the page's refresh timer runs when the test says
        page = context.new_page()
        page.set_default_timeout(10000)
        try:
            page.goto(url)
            page.wait_for_selector("body[data-loaded=true]")
            before = page.locator("#detail .event-list li").count()
            click_until_evidence(page, circles(page).first)
            opened_event = page.url.split("#event=")[1]
            with SQLiteStore(db) as store:  # as `newsift watch` would, meanwhile
                for extraction in later:
                    store.add(extraction)
                total = store.count_events()
            page.clock.run_for(31_000)
            expect(page.locator("#status")).to_contain_text("2 new articles")
            assert f"{total} events" in page.locator("#status").inner_text() and total > before
            # The reader's place is kept: the open event is still open and marked.
            assert page.url.endswith(f"#event={opened_event}")
            expect(page.locator("#detail .article mark").first).to_be_visible()
            page.click("#detail button.back")
            expect(page.locator("#detail .event-list li")).to_have_count(total)
        finally:
            context.close()
