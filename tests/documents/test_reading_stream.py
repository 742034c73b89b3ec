"""JSON Lines is read a line at a time, from a file or a pipe, never loaded whole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsift.documents.reading import digest_of, read_inputs
from newsift.model import InputError, RawInput

INPUT = Path(__file__).parents[1] / "fixtures" / "input"


def test_jsonl_file_is_streamed_not_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_self: Path) -> bytes:
        raise AssertionError("a JSON Lines file was loaded whole")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    items = list(read_inputs([str(INPUT / "articles.jsonl")]))
    assert [type(i).__name__ for i in items] == ["RawInput", "InputError", "InputError", "RawInput"]


def test_first_record_arrives_before_the_file_is_finished(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Shelling in the east."}\n')
    stream = read_inputs([str(path)])
    first = next(stream)
    # Lines written after the first record was handed out are still read: the file
    # is consumed lazily, not snapshotted when reading started.
    with path.open("a") as handle:
        handle.write('{"text": "A second wave of drones."}\n')
    rest = list(stream)
    assert isinstance(first, RawInput) and first.content == "Shelling in the east."
    assert [r.content for r in rest if isinstance(r, RawInput)] == ["A second wave of drones."]


def test_streamed_lines_keep_digests_numbers_and_bom(tmp_path: Path) -> None:
    lines = [b'\xef\xbb\xbf{"text": "Kherson shelled."}', b"", b"not json",
             b'{"text": "Sumy hit."}\r']
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(b"\n".join(lines) + b"\n")
    first, bad, last = read_inputs([str(path)])
    assert isinstance(first, RawInput) and first.content == "Kherson shelled."
    assert first.digest == digest_of(b'{"text": "Kherson shelled."}')
    assert isinstance(bad, InputError) and bad.line == 3
    assert isinstance(last, RawInput) and last.source == f"{path}:4"
    assert last.digest == digest_of(b'{"text": "Sumy hit."}')


class _NoWholeRead(io.BufferedReader):
    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            raise AssertionError("standard input was read whole")
        return super().read(size)


def test_piped_jsonl_is_streamed_from_a_buffered_stdin() -> None:
    data = b'{"text": "One."}\n{"text": "Two."}\n'
    stdin = io.TextIOWrapper(_NoWholeRead(io.BytesIO(data)))  # type: ignore[arg-type]
    items = list(read_inputs(["-"], stdin=stdin))
    assert [i.content for i in items if isinstance(i, RawInput)] == ["One.", "Two."]
    assert [i.source for i in items if isinstance(i, RawInput)] == ["-:1", "-:2"]
