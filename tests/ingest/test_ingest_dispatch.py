"""The reader registry: formats by extension then by content; stdin and bytes; a failing reader never stops a
batch."""
from __future__ import annotations

import io
import json

import pytest
from ingest_helpers import ATOM_FEED, gz, split

from newsgraph.ingest import formats, read, read_bytes, read_stream
from newsgraph.ingest.registry import FORMATS, Format, detect
from newsgraph.ingest.source import Input


def test_registry_lists_every_reader():
    f = formats()
    assert set(f) == {"text", "html", "jsonl", "feed", "warc"}
    assert all(isinstance(x, Format) and x.description for x in f.values())
    assert ".jsonl" in f["jsonl"].extensions and ".warc" in f["warc"].extensions and ".rss" in f["feed"].extensions


@pytest.mark.parametrize("name,data,expected", [
    ("a.txt", b"<html><body><p>x</p></body></html>", "html"),  # a page saved as .txt is a page (tryout r15)
    ("b.txt", b"Leaders met in Paris. <p> is a tag.", "text"),  # plain text stays text
    ("c.txt", b'{"text": "x"}\n', "jsonl"),
    ("a.htm", b"plain words", "html"),
    ("a.ndjson.gz", gz(b'{"text": "x"}\n'), "jsonl"),
    ("a.atom", b"anything", "feed"),
    ("a.warc.gz", gz(b"WARC/1.0\r\n"), "warc"),
    ("noext", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
    ("noext", ATOM_FEED.encode(), "feed"),
    ("noext", b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c -->\n<rss version='2.0'>", "feed"),
    ("noext", b"  <!DOCTYPE html>\n<html lang=en>", "html"),
    ("noext", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
    ("noext.gz", gz(b'{"html": "<p>a</p>"}\n'), "jsonl"),
    ("noext", b"{ this is prose in braces }", "text"),
    ("a.csv", b"Just some words.\n", "text"),
])
def test_detection(name, data, expected):
    assert detect(Input.from_bytes(data, name=name)).name == expected


def test_stdin_is_read_like_a_file(pages):
    docs, errors = split(read_stream(io.BytesIO(gz(pages[0].html)), "<stdin>"))
    assert errors == [] and docs[0].source == "<stdin>" and pages[0].first_paragraph[:80] in docs[0].text
    docs, errors = split(read_stream(io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n'), "<stdin>"))
    assert [(d.source, d.text) for d in docs] == [("<stdin>:line 1", "one"), ("<stdin>:line 2", "two")]
    assert split(read_stream(io.BytesIO(b""), "<stdin>")) == ([], ["<stdin>: empty file"])


def test_forced_format(tmp_path):
    p = tmp_path / "records.jsonl"
    p.write_bytes(b'{"text": "forced"}\n')
    (doc,), _ = split(read([str(p)]))
    assert doc.text == "forced" and doc.format == "jsonl"
    (doc,), _ = split(read([str(p)], format="text"))
    assert doc.text == '{"text": "forced"}\n' and doc.format == "text"
    assert split(read([str(p)], format="pdf"))[1] == [
        f"{p}: unknown format 'pdf' (known: feed, html, jsonl, text, warc)"]


def test_read_bytes_for_uploads():
    docs, errors = split(read_bytes(json.dumps({"text": "uploaded"}).encode(), name="upload.jsonl"))
    assert errors == [] and docs[0].source == "upload.jsonl:line 1"


def test_an_unexpected_reader_failure_is_one_line_and_the_batch_goes_on(tmp_path, monkeypatch):
    def explode(inp):
        yield from ()
        raise KeyError("boom")

    monkeypatch.setitem(FORMATS, "jsonl", Format("jsonl", explode, (".jsonl",), None, 40))
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    (tmp_path / "b.txt").write_text("After the failure.")
    docs, errors = split(read([str(tmp_path)]))
    assert errors == [f"{tmp_path / 'a.jsonl'}: could not be read as jsonl (KeyError: 'boom')"]
    assert [d.text for d in docs] == ["After the failure."]

