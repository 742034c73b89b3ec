"""A news site on 127.0.0.1 for the fetch and feed tests: pages, feeds, redirects, and
servers that misbehave (slow, trickling, endless). Nothing here reaches the network.

Routes are set per test (``site.page("/a", html)``) and may change between requests,
which is how a feed gains items between two rounds. Every request is logged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from xml.sax.saxutils import escape

FEED_PAGES = Path(__file__).resolve().parent / "fixtures" / "feeds"
CHUNK = 64 * 1024


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    trickle: float | None = None  # seconds between single bytes of the body
    endless: bool = False  # send CHUNKs until the client hangs up


@dataclass(frozen=True)
class Hit:
    path: str
    headers: dict[str, str]


class NewsSite:
    """An HTTP server on ``host`` (a loopback address) with a free port."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.sent: dict[str, int] = {}  # body bytes written per path
        self._server = _Server((host, 0), _handler(self))
        self.host = host
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)

    def __enter__(self) -> NewsSite:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def page(self, path: str, html: str | bytes, content_type: str = "text/html; charset=utf-8",
             **options: Any) -> str:
        body = html.encode("utf-8") if isinstance(html, str) else html
        headers = {"Content-Type": content_type, **options.pop("headers", {})}
        self.routes[path] = Route(body=body, headers=headers, **options)
        return self.url(path)

    def fixture(self, path: str, name: str) -> str:
        """Serve one of the news pages under tests/fixtures/feeds."""
        return self.page(path, (FEED_PAGES / name).read_bytes())

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.routes[path] = Route(status=status, headers={"Location": location})
        return self.url(path)

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]


def rss(title: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed; items are (headline, link, RFC 2822 date)."""
    entries = "".join(
        f"<item><title>{escape(headline)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><pubDate>{date}</pubDate></item>"
        for headline, link, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title)}</title><link>http://example.org/</link>"
            f"<description>Latest news</description>{entries}</channel></rss>")


def atom(title: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom feed; items are (headline, link, ISO 8601 time)."""
    entries = "".join(
        f'<entry><title>{escape(headline)}</title><link rel="alternate" href="{escape(link)}"/>'
        f"<id>{escape(link)}</id><updated>{when}</updated></entry>"
        for headline, link, when in items)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:test:feed</id>"
            f"<updated>2024-05-21T12:00:00Z</updated>{entries}</feed>")


def rfc2822(day: str, hour: int = 9) -> str:
    return format_datetime(datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC),
                           usegmt=True)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up on an endless body is what the tests want


def _handler(site: NewsSite) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            site.hits.append(Hit(self.path, dict(self.headers.items())))
            route = site.routes.get(self.path)
            if route is None:
                route = Route(status=404, body=b"not found", headers={"Content-Type": "text/plain"})
            time.sleep(route.delay)
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if not (route.endless or route.trickle) and "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self._body(route)

        def _body(self, route: Route) -> None:
            if route.endless:
                while True:
                    self._send(b"x" * CHUNK)
            elif route.trickle is not None:
                for byte in route.body:
                    self._send(bytes([byte]))
                    time.sleep(route.trickle)
            else:
                self._send(route.body)

        def _send(self, data: bytes) -> None:
            self.wfile.write(data)
            self.wfile.flush()
            site.sent[self.path] = site.sent.get(self.path, 0) + len(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    return Handler
