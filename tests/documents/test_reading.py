"""Reading files, folders, standard input and JSON Lines into RawInput or InputError."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsift.documents.reading import digest_of, normalise_day, read_inputs
from newsift.model import InputError, RawInput

INPUT = Path(__file__).parents[1] / "fixtures" / "input"


def _read(*paths: str | Path) -> list[RawInput | InputError]:
    return list(read_inputs([str(p) for p in paths]))


def test_text_file_is_read_as_text_with_content_digest() -> None:
    path = INPUT / "clean_article.txt"
    [raw] = _read(path)
    assert isinstance(raw, RawInput)
    assert raw.kind == "text"
    assert raw.source == str(path)
    assert raw.content.startswith("KYIV, March 4")
    assert raw.digest == digest_of(path.read_bytes())
    assert len(raw.digest) == 16


def test_same_bytes_give_same_digest_wherever_they_live(tmp_path: Path) -> None:
    data = (INPUT / "clean_article.txt").read_bytes()
    (tmp_path / "copy.text").write_bytes(data)
    first, second = _read(INPUT / "clean_article.txt", tmp_path / "copy.text")
    assert isinstance(first, RawInput) and isinstance(second, RawInput)
    assert first.digest == second.digest
    (tmp_path / "changed.txt").write_bytes(data + b" ")
    [changed] = _read(tmp_path / "changed.txt")
    assert isinstance(changed, RawInput) and changed.digest != first.digest


def test_html_by_extension_and_by_content(tmp_path: Path) -> None:
    [by_suffix] = _read(INPUT / "comment_page.html")
    assert isinstance(by_suffix, RawInput) and by_suffix.kind == "html"
    (tmp_path / "page").write_text("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    (tmp_path / "plain").write_text("Shelling resumed on Sunday.")
    page, plain = _read(tmp_path / "page", tmp_path / "plain")
    assert isinstance(page, RawInput) and page.kind == "html"
    assert isinstance(plain, RawInput) and plain.kind == "text"


def test_jsonl_good_bad_and_empty_lines() -> None:
    path = INPUT / "articles.jsonl"
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["RawInput", "InputError", "InputError", "RawInput"]
    good, bad_json, no_text, html = items
    assert isinstance(good, RawInput)
    assert good.kind == "text"
    assert good.source == "https://example.org/a/1"
    assert good.url == "https://example.org/a/1"
    assert good.title == "Strike on Sumy"
    assert good.published == "2024-06-01"
    first_line = path.read_bytes().split(b"\n")[0]
    assert good.digest == digest_of(first_line)
    assert isinstance(bad_json, InputError)
    assert bad_json.line == 2 and "invalid JSON" in bad_json.reason
    assert str(bad_json).startswith(f"{path}:2: ")
    assert isinstance(no_text, InputError)
    assert no_text.line == 3 and "text" in no_text.reason
    assert isinstance(html, RawInput)
    assert html.kind == "html" and html.source == f"{path}:5" and html.published == "2024-06-02"


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second.")
    (tmp_path / "a.txt").write_text("First.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.")
    items = _read(tmp_path)
    assert [i.content for i in items if isinstance(i, RawInput)] == ["First.", "Second."]
    assert len(items) == 2


def test_bad_inputs_are_reported_and_reading_goes_on(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "z.txt").write_text("Still read.")
    items = _read(tmp_path / "missing.txt", tmp_path)
    errors = [i for i in items if isinstance(i, InputError)]
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert reasons["missing.txt"] == "no such file or directory"
    assert reasons["scan.pdf"] == "unsupported file type '.pdf'"
    assert "binary" in reasons["bin"]
    assert reasons["empty.txt"] == "empty input"
    assert [i.content for i in items if isinstance(i, RawInput)] == ["Still read."]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("The café on Rue de la Paix reopened on Monday, its owner said, after the "
         "blast shattered its windows in February. “We stayed,” she said.", "cp1252"),
        ("Der Bürgermeister sagte am Montag, die Brücke über den Fluss sei nach dem "
         "Angriff gesperrt worden; Anwohner müssten Umwege fahren.", "latin-1"),
    ],
)
def test_legacy_encodings_are_detected_decoded_and_recorded(
    tmp_path: Path, text: str, codec: str
) -> None:
    (tmp_path / "old.txt").write_bytes(text.encode(codec))
    [raw] = _read(tmp_path / "old.txt")
    assert isinstance(raw, RawInput) and raw.content == text
    assert raw.encoding is not None and raw.encoding != "utf-8"


def test_random_high_bytes_are_not_read_as_text(tmp_path: Path) -> None:
    noise = bytes((n * 97 + 131) % 256 for n in range(2000)).replace(b"\x00", b"\x01")
    (tmp_path / "noise.txt").write_bytes(noise)
    [item] = _read(tmp_path / "noise.txt")
    assert isinstance(item, InputError) and "encoding" in item.reason


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfKyiv said.")
    [raw] = _read(tmp_path / "bom.txt")
    assert isinstance(raw, RawInput) and raw.content == "Kyiv said."


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9</p></body></html>'
    (tmp_path / "old.html").write_bytes(page.encode("cp1252"))
    [raw] = _read(tmp_path / "old.html")
    assert isinstance(raw, RawInput) and "Café" in raw.content


def test_stdin_text_and_jsonl() -> None:
    [raw] = list(read_inputs(["-"], stdin=io.StringIO("Drones hit Odesa.\n")))
    assert isinstance(raw, RawInput) and raw.source == "-" and raw.kind == "text"
    assert raw.digest == digest_of(b"Drones hit Odesa.\n")
    lines = '{"text": "One."}\n{"text": "Two."}\n'
    items = list(read_inputs(["-"], stdin=io.StringIO(lines)))
    assert [i.content for i in items if isinstance(i, RawInput)] == ["One.", "Two."]


def test_normalise_day() -> None:
    assert normalise_day("2024-04-10T23:59:00+02:00") == "2024-04-10"
    assert normalise_day("2024-04-10") == "2024-04-10"
    assert normalise_day("10 April 2024") == "2024-04-10"
    assert normalise_day("Wed, 10 Apr 2024 09:30:00 GMT") == "2024-04-10"
    assert normalise_day("2024/4/10") == "2024-04-10"
    assert normalise_day("2024-02-30") is None
    assert normalise_day("soon") is None
    assert normalise_day(None) is None


def test_input_too_large_for_an_article_is_refused_before_it_is_cleaned(tmp_path: Path) -> None:
    big = tmp_path / "dump.txt"
    big.write_bytes(b"Shelling hit the town on Monday. " * 70_000)  # one 2.3 MB line
    lines = tmp_path / "feed.jsonl"
    lines.write_text(json.dumps({"text": "x " * 1_100_000}) + "\n"
                     + json.dumps({"text": "Shelling hit the town on Monday."}) + "\n")
    items = _read(big, lines)
    errors = [i for i in items if isinstance(i, InputError)]
    where = [(Path(e.source).name, e.line) for e in errors]
    assert where == [("dump.txt", None), ("feed.jsonl", 1)]
    assert all("too large for one article" in e.reason for e in errors)
    assert [i.content for i in items if isinstance(i, RawInput)] == [
        "Shelling hit the town on Monday."]
