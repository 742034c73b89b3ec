"""Reading inputs: files, directories, standard input and JSON Lines records.

Every input becomes a :class:`RawInput` or, when it cannot be read, an :class:`InputError`
that names it and says why; one bad input never stops the rest of a batch.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from newsift.model import InputError, RawInput

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
STDIN = "-"

Format = Literal["text", "html", "jsonl"]

_MARKUP_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml|<!--)", re.IGNORECASE)
# Only charsets a page declares itself are honoured; we never guess an encoding.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_ISO_DAY = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")


def digest_of(data: bytes) -> str:
    """The document id: the same input bytes always give the same id."""
    return hashlib.sha256(data).hexdigest()[:16]


def read_inputs(
    paths: Iterable[str], stdin: TextIO | None = None
) -> Iterator[RawInput | InputError]:
    """Read every path in order: files, directories (recursively, sorted) or ``-``."""
    for name in paths:
        if name == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(name)
        if path.is_dir():
            for child in _walk(path):
                yield from _read_file(child)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield InputError(source=name, reason="no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts):
            continue
        if path.is_file():
            yield path


def _read_stdin(stream: TextIO) -> Iterator[RawInput | InputError]:
    buffer = getattr(stream, "buffer", None)
    peek = getattr(buffer, "peek", None)
    if buffer is not None and peek is not None and _sniff(peek(4096)) == "jsonl":
        # A pipe can carry gigabytes of JSON Lines: read it a line at a time.
        yield from _jsonl_lines(STDIN, buffer)
        return
    try:
        data = buffer.read() if buffer is not None else stream.read().encode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        yield InputError(source=STDIN, reason=f"cannot read standard input: {err}")
        return
    fmt = _sniff(data)
    if fmt is None:
        yield InputError(source=STDIN, reason="binary content, not text, HTML or JSON Lines")
        return
    yield from _parse(STDIN, data, fmt)


def _read_file(path: Path) -> Iterator[RawInput | InputError]:
    source = str(path)
    suffix = path.suffix.lower()
    known = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
    if suffix and suffix not in known:
        yield InputError(source=source, reason=f"unsupported file type {suffix!r}")
        return
    if suffix in JSONL_SUFFIXES:
        # Never load a JSON Lines file whole: it may be a multi-GB crawl.
        try:
            with path.open("rb") as handle:
                yield from _jsonl_lines(source, handle)
        except OSError as err:
            yield InputError(source=source, reason=f"cannot read: {err.strerror or err}")
        return
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:  # before reading it (JSON Lines streamed above)
            yield InputError(source=source, reason=_too_large(size))
            return
        data = path.read_bytes()
    except OSError as err:
        yield InputError(source=source, reason=f"cannot read: {err.strerror or err}")
        return
    fmt: Format | None
    if suffix in HTML_SUFFIXES:
        fmt = "html"
    elif suffix in TEXT_SUFFIXES:
        fmt = "html" if _MARKUP_START.match(data[:1024]) else "text"
    else:
        fmt = _sniff(data)
    if fmt is None:
        yield InputError(source=source, reason="binary content, not text, HTML or JSON Lines")
        return
    yield from _parse(source, data, fmt)


def _sniff(data: bytes) -> Format | None:
    """Format from content alone: markup, JSON Lines, text, or None for binary data."""
    head = data[:4096]
    if b"\x00" in head:
        return None
    if _MARKUP_START.match(head):
        return "html"
    lines = [line.strip() for line in head.splitlines()[:5] if line.strip()]
    if lines and all(line.startswith(b"{") for line in lines):
        return "jsonl"
    return "text"


def _parse(source: str, data: bytes, fmt: Format) -> Iterator[RawInput | InputError]:
    if fmt == "jsonl":
        yield from _read_jsonl(source, data)
        return
    if len(data) > (MAX_ARTICLE_BYTES if fmt == "html" else MAX_TEXT_CHARS):
        yield InputError(source=source, reason=_too_large(len(data)))
        return
    decoded = decode_bytes(data, html=fmt == "html")
    if decoded is None:
        yield InputError(source=source, reason=_undecodable(data))
        return
    if not decoded.text.strip():
        yield InputError(source=source, reason="empty input")
        return
    yield RawInput(source=source, kind=fmt, content=decoded.text, digest=digest_of(data),
                   encoding=decoded.encoding)


# A saved news page with its scripts is rarely over 3 MB, and an article's text under
# 100 kB; far larger input is not one article, and would only cost minutes of cleaning
# before the parser (which takes up to 1,000,000 characters) refused it.
MAX_ARTICLE_BYTES = 10_000_000
MAX_TEXT_CHARS = 2_000_000

# The legacy encodings news pages still arrive in, commonest first: tried before any
# other, so that a short Western text is not read as a rarer code page.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "cp1250", "cp1251", "koi8_r", "cp1256", "cp1253",
                    "cp1254", "cp1255", "shift_jis", "gb18030", "big5", "euc_kr")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python's codec name


def decode_bytes(data: bytes, html: bool = False) -> Decoded | None:
    """UTF-8 (with or without BOM), the charset an HTML page declares, else the legacy
    encoding charset-normalizer finds (a Windows-1252 or Latin-1 scrape is common);
    None when nothing decodes to readable text."""
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        match = _DECLARED_CHARSET.search(data[:4096])
        if match:
            try:
                codec = codecs.lookup(match.group(1).decode("ascii"))
                return Decoded(data.decode(codec.name), codec.name)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best() or from_bytes(data).best()
    # A few stray bytes decode in dozens of code pages; only text in which some language
    # can be recognised counts as text.
    if best is None or best.encoding is None or best.coherence <= 0:
        return None
    text = str(best)
    # Many single-byte encodings agree on most letters; name the commonest that gives
    # the same text (a Western page is cp1252, not the Baltic page that decodes alike).
    name = next((codec for codec in LEGACY_ENCODINGS if _decodes_to(data, codec, text)),
                best.encoding)
    return Decoded(text, codecs.lookup(name).name)


def _decodes_to(data: bytes, codec: str, text: str) -> bool:
    try:
        return data.decode(codec) == text
    except UnicodeDecodeError:
        return False


def decode(data: bytes, html: bool = False) -> str | None:
    decoded = decode_bytes(data, html)
    return decoded.text if decoded else None


def _undecodable(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return (f"not text in any encoding newsift recognises (not UTF-8: byte "
                f"0x{data[err.start]:02x} at offset {err.start})")
    return "not text in any encoding newsift recognises"


def _read_jsonl(source: str, data: bytes) -> Iterator[RawInput | InputError]:
    yield from _jsonl_lines(source, data.split(b"\n"))


def _jsonl_lines(source: str, lines: Iterable[bytes]) -> Iterator[RawInput | InputError]:
    for number, line in enumerate(lines, start=1):
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        yield _jsonl_record(source, number, line)


def _too_large(size: int) -> str:
    return (f"too large for one article: {size / 1e6:.1f} MB (newsift reads article text of "
            f"up to {MAX_TEXT_CHARS / 1e6:.0f} MB and web pages of up to "
            f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB; a corpus goes in as JSON Lines)")


def _jsonl_record(source: str, number: int, line: bytes) -> RawInput | InputError:
    if len(line) > MAX_ARTICLE_BYTES:
        return InputError(source=source, line=number, reason=_too_large(len(line)))
    try:
        record: Any = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return InputError(source=source, line=number, reason=_undecodable(line))
    except json.JSONDecodeError as err:
        return InputError(source=source, line=number, reason=f"invalid JSON: {err.msg}")
    if not isinstance(record, dict):
        return InputError(source=source, line=number, reason="not a JSON object")
    html, text = _string(record, "html"), _string(record, "text")
    if not (html and html.strip()) and not (text and text.strip()):
        return InputError(source=source, line=number, reason="no 'text' or 'html' field")
    if not (html and html.strip()) and text and len(text) > MAX_TEXT_CHARS:
        return InputError(source=source, line=number, reason=_too_large(len(text)))
    url = _string(record, "url")
    return RawInput(
        source=url or f"{source}:{number}",
        kind="html" if html and html.strip() else "text",
        content=html if html and html.strip() else (text or ""),
        digest=digest_of(line),
        title=_string(record, "title"),
        published=normalise_day(_string(record, "published")),
        url=url,
    )


def _string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) else None


def normalise_day(value: str | None) -> str | None:
    """``2024-04-10T09:30:00Z`` or ``2024-04-10`` → ``2024-04-10``; anything else → None."""
    if not value:
        return None
    match = _ISO_DAY.match(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    for layout in ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(value.strip(), layout).date().isoformat()
        except ValueError:
            continue
    try:  # RFC 2822, as feeds write it: "Wed, 10 Apr 2024 09:30:00 GMT"
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
