"""Fetching pages and feeds from the web, safely.

A URL someone else wrote (a feed's item link, a redirect) must not make newsift read
from the machine it runs on or its network: every connection is checked *after* DNS
resolution, at connect time, so a redirect or a name that resolves to 127.0.0.1, a
private range or a link-local address (cloud metadata at 169.254.169.254) is refused
unless :attr:`FetchPolicy.allow_private` is set. Redirects are followed here, one hop at
a time, so each new address is checked and only HTTP(S) is ever followed. Responses
are streamed and reading stops past :attr:`FetchPolicy.max_bytes`; the whole fetch,
redirects included, has one time budget. Environment proxies are ignored, because
through a proxy the address actually reached could not be checked.

Every failure is a :class:`FetchError` naming the URL, never a bare library exception.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

import httpcore
import httpx

from newsift import __version__
from newsift.documents.reading import HTML_SUFFIXES, decode, digest_of
from newsift.model import InputError, RawInput

USER_AGENT = f"newsift/{__version__} (conflict-news event extraction)"
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """Limits of one fetch. ``timeout`` (seconds) bounds the whole fetch, redirects and
    body included; ``max_bytes`` the decoded body."""

    allow_private: bool = False
    timeout: float = 20.0
    max_bytes: int = 10 * MEGABYTE
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """A successful response: ``url`` is where it was found after redirects."""

    requested: str
    url: str
    status: int
    content_type: str  # the media type, lower-cased, without parameters ("" if none)
    charset: str | None
    body: bytes


class FetchError(Exception):
    """A URL that could not be fetched; the message names it and says why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class AddressRefused(Exception):
    """A connection to an address the policy forbids (raised at connect time)."""


def is_url(text: str) -> bool:
    """Whether a command-line argument is meant as a URL (any scheme), not a path."""
    return _SCHEME.match(text) is not None


def refusal(address: str) -> str | None:
    """Why an IP address may not be fetched from, or None for a public address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("%eth0")
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_unspecified:
        return "the unspecified address (it reaches this machine)"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private:
        return "a private address"
    if ip.is_multicast or ip.is_reserved or not ip.is_global:
        return "not a public address"
    return None


class _CheckedBackend(httpcore.NetworkBackend):
    """Resolves the host itself and connects only to addresses that pass :func:`refusal`.

    Connecting to the very address that was checked leaves no window for a second DNS
    answer (rebinding); TLS still verifies the certificate against the host name.
    """

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None, socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
        for address in addresses:
            why = refusal(address)
            if why is not None:
                shown = host if host == address else f"{host} ({address})"
                raise AddressRefused(f"{shown} is {why}; refused (see --allow-private)")
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address,
                                               socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error

    def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise AddressRefused("unix sockets are never fetched from")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _transport(policy: FetchPolicy) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(trust_env=False)
    if not policy.allow_private:
        # httpx has no public hook for the connection backend; the pool it builds is
        # swapped for one that checks addresses (httpx is pinned, and the tests fail if
        # this stops taking effect).
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_CheckedBackend())
    return transport


class Fetcher:
    """An HTTP client under a :class:`FetchPolicy`; reuse one for many fetches."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._client = httpx.Client(
            transport=_transport(self.policy), follow_redirects=False, trust_env=False,
            headers={"User-Agent": self.policy.user_agent,
                     # No brotli or zstd: their compression ratios defeat the size cap.
                     "Accept-Encoding": "gzip, deflate"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def get(self, url: str, accept: str = PAGE_ACCEPT) -> Fetched:
        """The body at ``url`` after at most ``max_redirects`` redirects; or FetchError."""
        deadline = time.monotonic() + self.policy.timeout
        current = _http_url(url, url)
        for _ in range(self.policy.max_redirects + 1):
            left = deadline - time.monotonic()
            if left <= 0:
                raise FetchError(url, f"timed out after {self.policy.timeout:g}s")
            try:
                with self._client.stream("GET", current, headers={"Accept": accept},
                                         timeout=left) as response:
                    if response.status_code in REDIRECTS:
                        current = _redirect(url, current, response)
                        continue
                    if not 200 <= response.status_code < 300:
                        raise FetchError(url, f"HTTP {response.status_code} "
                                              f"{response.reason_phrase}".rstrip())
                    body = self._read(url, response, deadline)
                    return Fetched(
                        requested=url, url=str(response.url), status=response.status_code,
                        content_type=_media_type(response), charset=response.charset_encoding,
                        body=body)
            except AddressRefused as exc:
                where = "" if current == httpx.URL(url) else f"redirected to {current}: "
                raise FetchError(url, f"{where}{exc}") from None
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {self.policy.timeout:g}s") from None
            except httpx.HTTPError as exc:
                raise FetchError(url, _describe(exc)) from None
        raise FetchError(url, f"more than {self.policy.max_redirects} redirects")

    def _read(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        cap = self.policy.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"larger than the {_size(cap)} cap "
                                  f"({_size(int(declared))} declared); not read")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(url, f"larger than the {_size(cap)} cap; "
                                      f"stopped reading after {_size(size)}")
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out after {self.policy.timeout:g}s "
                                      f"({_size(size)} read)")
            chunks.append(chunk)
        return b"".join(chunks)


def _http_url(original: str, text: str | httpx.URL) -> httpx.URL:
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise FetchError(original, f"invalid URL: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        shown = f"{parsed.scheme}:" if parsed.scheme else "no scheme"
        raise FetchError(original, f"only http and https URLs are fetched, not {shown}")
    if not parsed.host:
        raise FetchError(original, "invalid URL: no host")
    return parsed


def _redirect(original: str, current: httpx.URL, response: httpx.Response) -> httpx.URL:
    location = response.headers.get("Location")
    if not location:
        raise FetchError(original, f"HTTP {response.status_code} redirect without a Location")
    try:
        target = current.join(location)
    except httpx.InvalidURL as exc:
        raise FetchError(original, f"redirected to an invalid URL: {exc}") from None
    if target.scheme not in ("http", "https"):
        raise FetchError(original, f"redirected to a non-HTTP URL ({target.scheme}:); refused")
    return _http_url(original, target)


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


def _describe(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _size(count: int) -> str:
    return f"{count / MEGABYTE:.1f} MB" if count >= MEGABYTE else f"{count / 1024:.0f} kB"


# -- pages as inputs -------------------------------------------------------------------


def page_input(page: Fetched, source: str | None = None) -> RawInput | InputError:
    """A fetched page as a :class:`RawInput` (HTML or plain text), or why it is not one.

    ``source`` is what the document records (default: the URL as requested, which is
    what a later "already stored?" check knows); ``url`` is where the page was found,
    which the document stage reads dates and links against.
    """
    name = source or page.requested
    kind = _page_kind(page)
    if kind is None:
        return InputError(name, f"not a web page or text (content type {page.content_type})")
    text = _decoded(page, html=kind == "html")
    if text is None:
        return InputError(name, "cannot decode the page (undeclared or wrong charset)")
    if not text.strip():
        return InputError(name, "empty page")
    return RawInput(source=name, kind=kind, content=text, digest=digest_of(page.body),
                    url=page.url)


def fetch_pages(
    urls: Iterable[str], policy: FetchPolicy | None = None, *,
    skip: Callable[[str], bool] = lambda _url: False,
    on_skip: Callable[[str], None] = lambda _url: None,
) -> Iterator[RawInput | InputError]:
    """Fetch each URL in turn; ``skip(url)`` true (already stored) means not fetched."""
    with Fetcher(policy) as fetcher:
        for url in urls:
            if skip(url):
                on_skip(url)
                continue
            try:
                yield page_input(fetcher.get(url))
            except FetchError as exc:
                yield InputError(url, exc.reason)


def _page_kind(page: Fetched) -> Literal["text", "html"] | None:
    if page.content_type in HTML_TYPES:
        return "html"
    if page.content_type == "text/plain":
        return "text"
    if page.content_type in ("", "application/octet-stream"):
        path = httpx.URL(page.url).path.lower()
        if path.endswith(tuple(HTML_SUFFIXES)) or page.body.lstrip()[:1] == b"<":
            return "html"
        return None if b"\x00" in page.body[:4096] else "text"
    return None


def _decoded(page: Fetched, html: bool) -> str | None:
    if page.charset:
        try:
            return page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common: fall back to what the page declares
    return decode(page.body, html=html)
