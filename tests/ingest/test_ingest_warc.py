"""WARC reader: HTML responses of a crawl written with warcio from real pages; broken records."""
from __future__ import annotations

import re

from ingest_helpers import gz, split

from newsgraph.ingest import read

# write_warc: 1 warcinfo, then per page a request and a response (records 2-7), an image (8), a 404 (9),
# a redirect (10) and the undated page (11).


def check_crawl(docs, path, pages):
    assert [d.source for d in docs] == [f"{path}#record {n}" for n in (3, 5, 7, 11)]
    for d, p in zip(docs, pages[:3]):
        assert d.url == p.url and d.format == "warc"
        assert p.first_paragraph[:100] in d.text
        assert re.match(r"2019-\d\d-\d\d", d.published)  # the page's own date wins over the crawl date
        assert d.captured  # the WARC-Date, kept apart
    undated = docs[3]
    assert undated.url == "https://coastal.example/harbour" and undated.title == "Harbour reopens after the storm"
    # tryout r17: the WARC-Date became the publication date unmarked; it is the capture date (clean/steps.py marks
    # it as the published date the record falls back to: published_from "capture")
    assert undated.published is None and undated.captured == "2025-09-04T08:30:00Z"
    assert "harbour had reopened to shipping" in undated.text and "Home" not in undated.text


def test_warc_html_responses_only(tmp_path, warc_plain, pages):
    p = tmp_path / "crawl.warc"
    p.write_bytes(warc_plain)
    docs, errors = split(read([str(p)]))
    assert errors == []  # warcinfo, requests, the image, the 404 and the redirect are no documents
    check_crawl(docs, p, pages)


def test_records_that_are_no_article_are_reported_not_dropped_silently(tmp_path, warc_plain):
    # tryout r17: an image, a JSON, a 404 and a redirect were dropped without a word in ingest's summary
    from newsgraph.ingest.base import on_skipped
    p = tmp_path / "crawl.warc"
    p.write_bytes(warc_plain)
    seen = []
    with on_skipped(lambda src, kind: seen.append((src, kind))):
        split(read([str(p)]))
    assert seen == [(f"{p}#record 8", "image/png"), (f"{p}#record 9", "HTTP 404"), (f"{p}#record 10", "HTTP 301")]


def test_warc_gz_per_record_and_whole_file_gzip(tmp_path, warc_plain, warc_gz, pages):
    (tmp_path / "crawl.warc.gz").write_bytes(warc_gz)
    (tmp_path / "whole.warc.gz").write_bytes(gz(warc_plain))  # one gzip member for the whole file
    (tmp_path / "sniffed").write_bytes(warc_gz)  # no extension: found by its WARC header
    for name in ("crawl.warc.gz", "whole.warc.gz", "sniffed"):
        docs, errors = split(read([str(tmp_path / name)]))
        assert errors == [], name
        check_crawl(docs, tmp_path / name, pages)


def record_starts(data: bytes) -> list[int]:
    return [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", data)]


def test_broken_record_header_is_one_error_and_reading_goes_on(tmp_path, warc_plain, pages):
    starts = record_starts(warc_plain)
    i = starts[4]  # record 5: the second page's response
    p = tmp_path / "bad-header.warc"
    p.write_bytes(warc_plain[:i] + b"XARC/1.0" + warc_plain[i + 8:])
    docs, errors = split(read([str(p)]))
    assert errors == [f"{p}#record 5: broken record (Invalid WARC record, first line: XARC/1.0)"]
    assert [d.source for d in docs] == [f"{p}#record {n}" for n in (3, 7, 11)]
    assert docs[1].url == pages[2].url and pages[2].first_paragraph[:80] in docs[1].text


def test_wrong_content_length_is_one_error_and_reading_goes_on(tmp_path, warc_plain, capfd):
    starts = record_starts(warc_plain)
    rec = warc_plain[starts[2]:starts[3]]  # record 3: the first page's response
    m = re.search(rb"Content-Length: (\d+)", rec)
    shorter = rec[:m.start(1)] + str(int(m.group(1)) - 300).encode() + rec[m.end(1):]
    p = tmp_path / "bad-length.warc"
    p.write_bytes(warc_plain[:starts[2]] + shorter + warc_plain[starts[3]:])
    docs, errors = split(read([str(p)]))
    assert errors == [f"{p}#record 3: broken record: its Content-Length does not match its content"]
    assert [d.source for d in docs] == [f"{p}#record {n}" for n in (5, 7, 11)]
    assert "WARNING" not in capfd.readouterr().err  # warcio's multi-line warning never reaches the user


def test_warc_cut_short(tmp_path, warc_plain, warc_gz):
    starts = record_starts(warc_plain)
    p = tmp_path / "cut.warc"
    p.write_bytes(warc_plain[: starts[4] + 5000])  # inside record 5
    docs, errors = split(read([str(p)]))
    assert [d.source for d in docs] == [f"{p}#record 3"]
    assert errors == [f"{p}#record 5: record cut short: the file ends inside it"]

    q = tmp_path / "cut.warc.gz"
    q.write_bytes(warc_gz[: len(warc_gz) // 2])
    docs, errors = split(read([str(q)]))
    assert len(errors) == 1 and errors[0].startswith(f"{q}: truncated gzip stream")
    assert re.search(r"\(at record \d+\)$", errors[0])
    assert all(d.source.startswith(f"{q}#record ") for d in docs)


def test_record_that_is_not_an_article(tmp_path, pages):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    out = io.BytesIO()
    w = WARCWriter(out, gzip=False)
    for body in (b"<html><head><title>Empty</title></head></html>", pages[1].html):
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://a.example/", "response", payload=io.BytesIO(body),
                                            http_headers=hh))
    p = tmp_path / "mixed.warc"
    p.write_bytes(out.getvalue())
    docs, errors = split(read([str(p)]))
    assert errors == [f"{p}#record 1: HTML without a main text (no body or nothing that reads as an article)"]
    assert [d.source for d in docs] == [f"{p}#record 2"]


def test_file_that_holds_no_warc_record_is_one_error(tmp_path):
    """A .warc that is not a WARC (a stray byte, a header line and nothing else) must not pass in silence."""
    for name, data in (("x.warc", b"x"), ("garbage.warc", b"WARC/1.0 garbage\n")):
        p = tmp_path / name
        p.write_bytes(data)
        docs, errors = split(read([str(p)]))
        assert docs == [] and len(errors) == 1, (name, errors)
        assert errors[0].startswith(str(p)), errors


def test_record_header_without_type_names_the_fault_not_a_python_error(tmp_path):
    p = tmp_path / "cut.warc"
    p.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n")
    docs, errors = split(read([str(p)]))
    assert docs == [] and len(errors) == 1
    assert errors[0].startswith(f"{p}#record 1: broken record"), errors
    assert "NoneType" not in errors[0] and "attribute" not in errors[0], errors
