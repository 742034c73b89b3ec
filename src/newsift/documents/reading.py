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
    text = decode(data, html=fmt == "html")
    if text is None:
        yield InputError(source=source, reason=_undecodable(data))
        return
    if not text.strip():
        yield InputError(source=source, reason="empty input")
        return
    yield RawInput(source=source, kind=fmt, content=text, digest=digest_of(data))


def decode(data: bytes, html: bool = False) -> str | None:
    """UTF-8 (with or without BOM), or the charset an HTML page declares; else None."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if html:
        match = _DECLARED_CHARSET.search(data[:4096])
        if match:
            try:
                codec = codecs.lookup(match.group(1).decode("ascii"))
                return data.decode(codec.name)
            except (LookupError, UnicodeDecodeError):
                return None
    return None


def _undecodable(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
    return "not UTF-8 text"


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


def _jsonl_record(source: str, number: int, line: bytes) -> RawInput | InputError:
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
