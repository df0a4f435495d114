"""``newsgraph analyze`` end to end (the full pipeline, in process): a mixed batch of good and bad inputs, stdin,
output formats, the atomic output file, and an unexpected failure inside the pipeline."""
from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

SHARED = Path(__file__).parents[1] / ".." / "shared"
ARTICLE = SHARED / "seed" / "article.txt"
PAGES = sorted((SHARED / "data" / "article-extraction-benchmark" / "html").glob("14cc2a0ca59c*.html.gz")) + sorted(
    (SHARED / "data" / "article-extraction-benchmark" / "html").glob("359fee228518*.html.gz"))


def warc(pages: list[bytes], break_second: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    out = io.BytesIO()
    w = WARCWriter(out, gzip=False)
    for i, body in enumerate(pages):
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://example.com/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=hh))
    data = out.getvalue()
    if break_second:
        i = [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", data)][1]
        data = data[:i] + b"XARC" + data[i + 4:]
    return data


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("batch")
    html = [gzip.decompress(p.read_bytes()) for p in PAGES]
    # good inputs
    (d / "article.txt").write_bytes(ARTICLE.read_bytes())
    (d / "page.html.gz").write_bytes(PAGES[0].read_bytes())
    (d / "feeds").mkdir()
    (d / "feeds" / "daily.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title><item><title>Budget passed</title>'
        "<link>https://news.example/1</link><description>The council approved the budget on Monday by nine votes "
        "to four, the mayor said.</description></item></channel></rss>", encoding="utf-8")
    # files with a bad record among good ones: one error line each, the good records come out
    (d / "news.jsonl").write_text(json.dumps({"id": "n1", "text": "Officials said on Tuesday that the bridge "
                                              "would reopen next week."}) + "\n{broken\n"
                                  + json.dumps({"id": "n3", "text": "The mayor told reporters the budget was "
                                                "balanced."}) + "\n", encoding="utf-8")
    (d / "crawl.warc").write_bytes(warc([html[1], html[0], html[1]], break_second=True))
    # bad files
    (d / "bad").mkdir()
    (d / "bad" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "bad" / "empty.txt").write_bytes(b"")
    (d / "bad" / "garbled.txt").write_bytes("Новости дня. ".encode() * 20 + b"\xff\xfe" + b"tail")
    data = gzip.compress(ARTICLE.read_bytes())
    (d / "bad" / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    (d / "bad" / "head-only.html").write_text("<html><head><title>Nothing</title></head></html>")
    (d / "bad" / "broken.rss").write_text("<rss><channel><title>x</chan", encoding="utf-8")
    return d


def run(args, input=None):
    return CliRunner().invoke(app, args, input=input, catch_exceptions=False)


def test_mixed_batch(batch, tmp_path):
    out = tmp_path / "records.jsonl"
    res = run(["analyze", str(batch), "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 1
    assert "Traceback" not in res.stderr and res.stdout == ""
    errors = res.stderr.splitlines()
    expected = {
        f"{batch / 'bad' / 'broken.rss'}: broken feed",
        f"{batch / 'bad' / 'cut.txt.gz'}: truncated gzip stream",
        f"{batch / 'bad' / 'empty.txt'}: empty file",
        f"{batch / 'bad' / 'garbled.txt'}: undecodable bytes",
        f"{batch / 'bad' / 'head-only.html'}: HTML without a main text",
        f"{batch / 'bad' / 'photo.png'}: binary file (PNG image), not text",
        f"{batch / 'crawl.warc'}#record 2: broken record",
        f"{batch / 'news.jsonl'}:line 2: malformed JSON",
    }
    assert len(errors) == len(expected), res.stderr
    for line, want in zip(sorted(errors), sorted(expected)):
        assert line.startswith("error: " + want), line

    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    sources = [r["document"]["source"] for r in records]
    assert sources == [str(batch / "article.txt"), f"{batch / 'crawl.warc'}#record 1",  # a folder's files, then
                       f"{batch / 'crawl.warc'}#record 3", f"{batch / 'news.jsonl'}:line 1",  # its sub-folders
                       f"{batch / 'news.jsonl'}:line 3", str(batch / "page.html.gz"),
                       f"{batch / 'feeds' / 'daily.rss'}#entry 1"]
    by_source = {r["document"]["source"]: r["document"] for r in records}
    assert by_source[str(batch / "article.txt")]["title"].startswith("Zelensky responded")
    assert "budget" in by_source[f"{batch / 'feeds' / 'daily.rss'}#entry 1"]["text"]
    assert [p.name for p in out.parent.iterdir()] == ["records.jsonl"]  # no temporary file left behind


def test_all_good_exits_zero_and_json_is_one_object(batch):
    res = run(["analyze", str(batch / "article.txt")])
    assert res.exit_code == 0 and res.stderr == ""
    rec = json.loads(res.stdout)
    assert rec["document"]["source"] == str(batch / "article.txt")
    res = run(["analyze", str(batch / "news.jsonl"), str(batch / "feeds")])
    assert res.exit_code == 1 and len(res.stderr.splitlines()) == 1
    assert [r["document"]["source"].rsplit("/", 1)[1] for r in json.loads(res.stdout)] == [
        "news.jsonl:line 1", "news.jsonl:line 3", "daily.rss#entry 1"]


def test_stdin_and_text_format():
    res = run(["analyze", "-", "--format", "text"], input=ARTICLE.read_bytes())
    assert res.exit_code == 0, res.stderr
    assert "Zelensky responded to Putin's offer" in res.stdout and "<stdin>" in res.stdout
    res = run(["analyze", "-"], input=b"\x89PNG\r\n\x1a\n\x00\x00")
    assert res.exit_code == 1 and res.stderr == "error: <stdin>: binary file (PNG image), not text\n"
    assert res.stdout == ""  # r23 (was "[]"): no record and a failed input print nothing on stdout


def test_unexpected_pipeline_failure_is_one_line(batch, monkeypatch):
    import newsgraph
    real = newsgraph.analyze_many

    def flaky(raws, batch_size=32):
        raws = list(raws)
        if any("bridge" in (r.text or "") for r in raws):
            raise RuntimeError("component exploded\nsecond line")
        return real(raws, batch_size=batch_size)

    monkeypatch.setattr(newsgraph, "analyze_many", flaky)
    res = run(["analyze", str(batch / "news.jsonl"), "--format", "jsonl"])
    assert res.exit_code == 1 and "Traceback" not in res.stderr
    assert res.stderr.splitlines() == [
        f"error: {batch / 'news.jsonl'}:line 2: malformed JSON: Expecting property name enclosed in double quotes "
        "(column 2)",
        f"error: {batch / 'news.jsonl'}:line 1: internal error while analyzing (RuntimeError: component exploded "
        "second line)",
    ]
    assert [json.loads(x)["document"]["source"] for x in res.stdout.splitlines()] == [f"{batch / 'news.jsonl'}:line 3"]


def test_usage_errors_and_help(tmp_path):
    res = run(["analyze", "--help"])
    assert res.exit_code == 0
    for word in ("PATH", "--format", "--output", "--input-format", "stdin", "gzip", "Exit status"):
        assert word in res.stdout
    res = run(["analyze", str(ARTICLE), "--input-format", "pdf"])
    assert res.exit_code == 2 and "is not one of" in res.stderr
    res = run(["analyze", str(ARTICLE), "-o", str(tmp_path / "no" / "such" / "dir" / "out.json")])
    assert res.exit_code == 2 and res.stderr.startswith("error: ") and "cannot write the output" in res.stderr
