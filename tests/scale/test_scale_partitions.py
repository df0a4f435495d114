"""Partitions read back exactly what a single-process read gives: same documents, same sources, same errors, in the
same order; JSONL files are split into line ranges, small files grouped, WARC files one partition each."""
from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import read
from newsgraph.scale.partitions import plan
from newsgraph.scale.shards import read_partition

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
HTML = SHARED / "data" / "article-extraction-benchmark" / "html"


def show(x):
    if isinstance(x, InputError):
        return ("error", x.message)
    return ("doc", x.source, x.text, x.title, x.url, x.published, x.id)


def jsonl_lines(n: int) -> list[str]:
    lines = []
    for i in range(n):
        if i == 5:
            lines.append("{not json")
        elif i == 9:
            lines.append("")
        elif i == 12:
            lines.append(json.dumps({"title": "no body"}))
        else:
            lines.append(json.dumps({"text": f"Story number {i}. The minister said on Monday that talks go on.",
                                     "title": f"Story {i}", "url": f"https://example.com/{i}"}))
    return lines


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("inputs")
    body = "\n".join(jsonl_lines(23)) + "\n"
    (d / "a.jsonl").write_text(body, encoding="utf-8")
    with gzip.open(d / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(body)
    data = gzip.compress(body.encode() * 40)
    (d / "c_truncated.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    (d / "d_empty.jsonl").write_bytes(b"")
    sub = d / "pages"
    sub.mkdir()
    for p in sorted(HTML.iterdir())[:5]:
        (sub / p.name).write_bytes(p.read_bytes())
    (sub / "note.txt").write_text("A short plain-text note about the summit in Paris.", encoding="utf-8")
    (sub / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (d / "crawl.warc.gz").write_bytes(warc([p.read_bytes() for p in sorted(HTML.iterdir())[5:8]]))
    return d


def warc(pages: list[bytes]) -> bytes:
    """A gzip WARC file with one HTML response per page (as a crawler writes it)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    out = io.BytesIO()
    w = WARCWriter(out, gzip=True)
    for i, page in enumerate(pages):
        body = gzip.decompress(page)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://example.com/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=headers))
    return out.getvalue()


def test_partitions_read_what_one_process_reads(inputs):
    paths = [str(inputs), str(inputs / "missing.txt")]
    parts = plan(paths, files_per_partition=3, lines_per_partition=4)
    mine = [show(x) for p in parts for x in read_partition(p)]
    ref = [show(x) for x in read(paths)]
    assert mine == ref
    assert [p.index for p in parts] == list(range(len(parts)))
    kinds = [p.kind for p in parts]
    assert kinds.count("lines") >= 12  # a.jsonl and b.jsonl.gz: 23 lines in ranges of 4 each
    assert kinds.count("warc") == 1
    assert sum(1 for x in mine if x[0] == "doc" and "crawl.warc.gz" in x[1]) == 3
    # the truncated gzip is reported once, naming the file, by the partition that reaches the fault
    faults = [m for k, m in (x[:2] for x in mine) if k == "error" and "truncated gzip" in m]
    assert len(faults) == 1 and "c_truncated.jsonl.gz" in faults[0]


def test_line_ranges_cover_every_line_once(inputs):
    parts = [p for p in plan([str(inputs / "a.jsonl")], lines_per_partition=4)]
    ranges = [(p.items[0].first_line, p.items[0].last_line) for p in parts]
    assert ranges == [(1, 4), (5, 8), (9, 12), (13, 16), (17, 20), (21, 23)]
    assert [p.items[0].last for p in parts] == [False] * 5 + [True]
    assert parts[1].items[0].offset > 0  # an uncompressed file is entered by seeking


def test_partitions_are_small_and_named_stably(inputs):
    a = plan([str(inputs)], files_per_partition=3, lines_per_partition=4)
    b = plan([str(inputs)], files_per_partition=3, lines_per_partition=4)
    assert [p.name for p in a] == [p.name for p in b]
    assert len({p.name for p in a}) == len(a)
    assert max(len(pickle.dumps(p)) for p in a) < 1000


def test_stdin_is_refused():
    with pytest.raises(InputError, match="stdin"):
        plan(["-"])
