"""Safe fetching against a news site on 127.0.0.1 (and a twin on 127.0.0.2)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from local_server import NewsSite

from newsift.documents import fetch
from newsift.documents.fetch import (
    USER_AGENT,
    Fetched,
    Fetcher,
    FetchError,
    FetchPolicy,
    fetch_pages,
    is_url,
    page_input,
    refusal,
)
from newsift.model import InputError, RawInput

LOCAL = FetchPolicy(allow_private=True, timeout=5)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as running:
        yield running


@pytest.fixture
def inside() -> Iterator[NewsSite]:
    """A server standing for a machine inside the network: 127.0.0.2."""
    with NewsSite("127.0.0.2") as running:
        yield running


@pytest.fixture
def site_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat 127.0.0.1 (the test site) as a public address, and only it, so that the
    checks a redirect meets can be seen without --allow-private."""
    real = fetch.refusal
    monkeypatch.setattr(fetch, "refusal",
                        lambda address: None if address == "127.0.0.1" else real(address))


@pytest.mark.parametrize(("address", "why"), [
    ("127.0.0.1", "loopback"), ("127.10.0.3", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.20.0.1", "private"), ("192.168.1.10", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1%eth0", "link-local"),
    ("::ffff:127.0.0.1", "loopback"), ("0.0.0.0", "unspecified"), ("fd00::5", "private"),
    ("100.64.0.1", "not a public"), ("224.0.0.1", "not a public"),
])
def test_addresses_inside_a_network_are_refused(address: str, why: str) -> None:
    reason = refusal(address)
    assert reason is not None and why in reason


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:84e5", "8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


def test_a_page_is_fetched_with_a_user_agent_naming_newsift(site: NewsSite) -> None:
    url = site.fixture("/2024/04/18/zaporizhzhia-drone", "zaporizhzhia-drone.html")
    with Fetcher(LOCAL) as fetcher:
        page = fetcher.get(url)
    assert page.status == 200 and page.content_type == "text/html" and page.url == url
    assert b"nine-storey apartment block" in page.body
    assert site.hits[0].headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("newsift/")


def test_loopback_is_refused_by_name_and_by_address_unless_allowed(site: NewsSite) -> None:
    site.page("/a", "<p>Shelling was reported overnight.</p>")
    with Fetcher() as fetcher:
        for url, named in ((site.url("/a"), "127.0.0.1 is a loopback address"),
                           (f"http://localhost:{site.port}/a", "localhost (127.0.0.1) is a")):
            with pytest.raises(FetchError) as caught:
                fetcher.get(url)
            assert str(caught.value).startswith(url) and named in caught.value.reason
            assert "--allow-private" in caught.value.reason
    assert site.hits == []  # refused before connecting
    with Fetcher(LOCAL) as fetcher:
        assert fetcher.get(f"http://localhost:{site.port}/a").status == 200


@pytest.mark.usefixtures("site_is_public")
def test_a_redirect_to_a_private_address_is_refused(site: NewsSite, inside: NewsSite) -> None:
    inside.page("/admin", "<p>internal</p>")
    hop = site.redirect("/go", inside.url("/admin"))
    with Fetcher() as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(hop)
        assert caught.value.url == hop
        assert caught.value.reason.startswith(f"redirected to {inside.url('/admin')}: ")
        assert "127.0.0.2 is a loopback address; refused" in caught.value.reason
    assert inside.hits == []
    with Fetcher(LOCAL) as fetcher:
        assert fetcher.get(hop).url == inside.url("/admin")


@pytest.mark.usefixtures("site_is_public")
def test_redirects_are_followed_only_to_http_and_only_a_few_times(site: NewsSite) -> None:
    site.page("/story", "<p>Officials said the bridge was damaged.</p>")
    site.redirect("/short", "/r1")  # relative Location, resolved against the hop
    for hop in range(1, 3):
        site.redirect(f"/r{hop}", f"/r{hop + 1}" if hop < 2 else "/story", status=307)
    site.redirect("/file", "file:///etc/passwd")
    site.redirect("/loop", "/loop")
    with Fetcher(FetchPolicy(max_redirects=3)) as fetcher:
        page = fetcher.get(site.url("/short"))
        assert page.url == site.url("/story") and page.requested == site.url("/short")
        with pytest.raises(FetchError, match=r"redirected to a non-HTTP URL \(file:\)"):
            fetcher.get(site.url("/file"))
        with pytest.raises(FetchError, match="more than 3 redirects"):
            fetcher.get(site.url("/loop"))
    assert site.paths().count("/loop") == 4


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed.xml",
                                 "gopher://example.org/", "javascript:alert(1)"])
def test_non_http_schemes_are_refused(url: str) -> None:
    with Fetcher(LOCAL) as fetcher, pytest.raises(FetchError, match="only http and https"):
        fetcher.get(url)


def test_a_huge_response_is_cut_off_at_the_cap(site: NewsSite) -> None:
    endless = site.page("/dump", b"", endless=True)
    declared = site.page("/declared", b"x" * 300_000)
    small = FetchPolicy(allow_private=True, timeout=10, max_bytes=200_000)
    with Fetcher(small) as fetcher:
        with pytest.raises(FetchError, match="larger than the 195 kB cap; stopped reading"):
            fetcher.get(endless)
        with pytest.raises(FetchError, match=r"195 kB cap \(293 kB declared\); not read"):
            fetcher.get(declared)
    time.sleep(0.2)
    # Stopped soon after the cap: the server wrote what the socket buffers took, no more.
    assert site.sent["/dump"] < 20 * 1024 * 1024


def test_a_slow_server_times_out(site: NewsSite) -> None:
    silent = site.page("/slow", "<p>late</p>", delay=3)
    trickling = site.page("/drip", "<p>" + "A" * 200 + "</p>", trickle=0.05)
    with Fetcher(FetchPolicy(allow_private=True, timeout=0.6)) as fetcher:
        for url in (silent, trickling):
            started = time.monotonic()
            with pytest.raises(FetchError, match=r"timed out after 0\.6s"):
                fetcher.get(url)
            assert time.monotonic() - started < 2.0


def test_http_errors_and_unreachable_hosts_name_the_url(
    site: NewsSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Fetcher(LOCAL) as fetcher:
        with pytest.raises(FetchError, match=r"/missing: HTTP 404 Not Found$"):
            fetcher.get(site.url("/missing"))
        with pytest.raises(FetchError, match="cannot connect"):
            fetcher.get("http://127.0.0.1:9/")  # the discard port: nothing listens

    def no_such_name(*_args: object, **_kwargs: object) -> None:
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(fetch.socket, "getaddrinfo", no_such_name)  # no real DNS query
    with Fetcher() as fetcher, pytest.raises(
            FetchError, match=r"^http://news\.invalid/: cannot connect: cannot resolve"):
        fetcher.get("http://news.invalid/")


def _fetched(body: bytes, content_type: str, charset: str | None = None,
             url: str = "https://news.example.org/a") -> Fetched:
    return Fetched(requested=url, url=url, status=200, content_type=content_type,
                   charset=charset, body=body)


def test_page_input_keeps_the_url_and_decodes_by_header_then_page() -> None:
    latin = "<html><body><p>Caf\u00e9 shelled in Kherson</p></body></html>"
    raw = page_input(_fetched(latin.encode("latin-1"), "text/html", charset="iso-8859-1"))
    assert isinstance(raw, RawInput) and raw.kind == "html" and "Café" in raw.content
    assert raw.source == raw.url == "https://news.example.org/a"
    declared = ('<html><head><meta charset="windows-1251"></head><body>'
                "\u041a\u0438\u0457\u0432</body></html>")
    raw = page_input(_fetched(declared.encode("cp1251"), "text/html"))
    assert isinstance(raw, RawInput) and "\u041a\u0438\u0457\u0432" in raw.content
    text = page_input(_fetched(b"date 2024-04-18\nA drone hit Sumy.", "text/plain"))
    assert isinstance(text, RawInput) and text.kind == "text"
    pdf = page_input(_fetched(b"%PDF-1.7 ...", "application/pdf"))
    assert isinstance(pdf, InputError) and "application/pdf" in pdf.reason
    assert isinstance(page_input(_fetched(b"  \n", "text/html")), InputError)


def test_fetch_pages_reads_in_order_skips_known_urls_and_reports_failures(
    site: NewsSite,
) -> None:
    first = site.fixture("/a", "kharkiv-shelling.html")
    second = site.fixture("/b", "vovchansk-clash.html")
    skipped: list[str] = []
    found = list(fetch_pages([first, site.url("/gone"), second], LOCAL,
                             skip=lambda url: url == second, on_skip=skipped.append))
    assert [type(item) for item in found] == [RawInput, InputError]
    assert isinstance(found[0], RawInput) and found[0].source == first
    assert isinstance(found[1], InputError) and found[1].source == site.url("/gone")
    assert skipped == [second] and "/b" not in site.paths()


@pytest.mark.parametrize(("text", "expected"), [
    ("https://example.org/a", True), ("HTTP://EXAMPLE.ORG", True), ("ftp://x/y", True),
    ("samples/", False), ("-", False), ("C:\\news\\a.html", False), ("notes:today.txt", False),
])
def test_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected
