"""Hostile input, generated: no input crashes or hangs the readers, the document stage or
the whole pipeline; each is either read or refused with a reason naming it.

Example counts come from the hypothesis profile: ``NEWSIFT_FUZZ=full`` runs the counts
recorded in BENCHMARKS.md (over 1,000 inputs); the default keeps the suite quick.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsift.documents.document import build_document
from newsift.documents.language import UnsupportedLanguage
from newsift.documents.reading import read_inputs
from newsift.model import InputError, RawInput
from newsift.pipeline import Pipeline

FULL = os.environ.get("NEWSIFT_FUZZ") == "full"
READERS, DOCUMENTS, PIPELINE = (2000, 1000, 1000) if FULL else (60, 30, 15)
SLOWEST_SECONDS = 20.0  # per input, on a loaded 2-core machine: far above any real article
COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                     HealthCheck.too_slow])

WORDS = ("Shelling", "killed", "12", "people", "in", "Kharkiv", "on", "Tuesday", "said",
         "10000000000", "2024-02-30", "\u202e", "\x00", "<script>", "“", "»", "\u0301",
         "\n\n", "date", "Київ", "القصف", "ﷺ", "🙂", "\ud7ff", "-", ".", ",")
news_like = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=200).map(" ".join)


def _element(tag: str, body: str, closed: bool) -> str:
    return f"<{tag}>{body}" + (f"</{tag}>" if closed else "")


TAGS = st.sampled_from(["div", "p", "script", "table", "a href='x", "!--", "html", "body",
                        "article", "![CDATA["])
# Nested, unclosed and half-written markup, deep enough to trip a recursive parser.
markup = st.recursive(news_like, lambda inner: st.builds(_element, TAGS, inner, st.booleans()),
                      max_leaves=30)
legacy = st.tuples(news_like, st.sampled_from(["cp1252", "latin-1", "cp1251", "koi8-r",
                                               "utf-16", "utf-8"])).map(
    lambda pair: pair[0].encode(pair[1], errors="replace"))
hostile_bytes = st.binary(max_size=4000) | legacy | markup.map(str.encode)
jsonl_lines = st.lists(
    st.one_of(
        st.binary(max_size=200),
        st.builds(lambda text, title: json.dumps({"text": text, "title": title}).encode(),
                  news_like, st.none() | st.text(max_size=30)),
        st.just(b'{"text": 5}'), st.just(b"[1, 2]"), st.just(b'{"html": "<p>'),
    ),
    max_size=8,
).map(b"\n".join)


@settings(max_examples=READERS, **COMMON)
@given(data=hostile_bytes | jsonl_lines, suffix=st.sampled_from([".txt", ".html", ".jsonl", ""]))
def test_readers_read_or_refuse_every_file_by_name(tmp_path: Path, data: bytes, suffix: str
                                                     ) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        assert isinstance(item, (RawInput, InputError))
        if isinstance(item, InputError):
            assert item.source == str(path) and item.reason


@settings(max_examples=DOCUMENTS, **COMMON)
@given(content=news_like | markup, kind=st.sampled_from(["text", "html"]))
def test_the_document_stage_takes_any_decoded_input(content: str, kind: str) -> None:
    raw = RawInput(source="fuzz", kind=kind, content=content, digest="f")  # type: ignore[arg-type]
    started = time.monotonic()
    document = build_document(raw)
    assert time.monotonic() - started < SLOWEST_SECONDS
    assert isinstance(document.text, str)


@settings(max_examples=PIPELINE, **COMMON)
@given(content=news_like | markup, kind=st.sampled_from(["text", "html"]),
       published=st.none() | st.sampled_from(["2024-02-29", "1900-01-01", "9999-12-31"]))
def test_the_whole_pipeline_extracts_or_refuses_with_a_reason(
    pipeline: Pipeline, content: str, kind: str, published: str | None
) -> None:
    raw = RawInput(source="fuzz", kind=kind, content=content, digest="f",  # type: ignore[arg-type]
                   published=published)
    started = time.monotonic()
    try:
        extraction = pipeline.run(raw)
    except UnsupportedLanguage:
        return
    assert time.monotonic() - started < SLOWEST_SECONDS
    for event in extraction.events:
        assert event.fatalities is None or event.fatalities >= 0
    json.dumps(extraction.to_dict())  # every extraction serialises


def test_markup_nested_twenty_thousand_deep_is_read_quickly() -> None:
    story = "<p>Shelling killed two people in Kharkiv on Monday, officials said.</p>"
    page = "<html><body>" + "<div>" * 20_000 + story + "</div>" * 20_000 + "</body></html>"
    started = time.monotonic()
    document = build_document(RawInput(source="deep.html", kind="html", content=page, digest="d"))
    assert time.monotonic() - started < SLOWEST_SECONDS and isinstance(document.text, str)
