"""JSON-lines reader: one article per line; malformed lines are reported one by one and the others go on."""
from __future__ import annotations

import json

from ingest_helpers import SHARED, gz, split

from newsgraph.ingest import read

ARTICLE = (SHARED / "seed" / "article.txt").read_text(encoding="utf-8")


def jsonl(*rows) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode("utf-8")) + b"\n"
                    for r in rows)


def test_text_and_html_records_with_metadata(tmp_path, pages):
    p = tmp_path / "news.jsonl"
    p.write_bytes(jsonl(
        {"id": "a1", "text": ARTICLE, "title": "Zelensky responded", "url": "https://example.com/a1",
         "published": "2025-09-05", "source": "RBC", "author": "Staff", "language": "en"},
        {"html": pages[0].html.decode("utf-8"), "url": pages[0].url, "id": 42},
        {"content": "Alias fields work too.", "headline": "Aliases", "date": "2025-09-06",
         "source": {"id": "reuters", "name": "Reuters"}, "authors": ["A. One", "B. Two"]},
    ))
    docs, errors = split(read([str(p)]))
    assert errors == []
    a, b, c = docs
    assert (a.source, a.id, a.title, a.url, a.published, a.site_name, a.author, a.language, a.format) == (
        f"{p}:line 1", "a1", "Zelensky responded", "https://example.com/a1", "2025-09-05", "RBC", "Staff", "en", "jsonl")
    assert a.text == ARTICLE
    assert b.source == f"{p}:line 2" and b.id == "42" and b.url == pages[0].url
    assert pages[0].first_paragraph[:100] in b.text and b.title  # extracted through trafilatura
    assert (c.text, c.title, c.published, c.site_name, c.author) == (
        "Alias fields work too.", "Aliases", "2025-09-06", "Reuters", "A. One, B. Two")


def test_malformed_lines_are_reported_and_good_lines_go_on(tmp_path):
    p = tmp_path / "mixed.ndjson"
    good = {"text": "A good article about the harbour."}
    p.write_bytes(jsonl(
        good,
        b'{"text": "unterminated',
        b"[1, 2, 3]",
        {"title": "no body"},
        {"text": ["not", "a", "string"]},
        b"",
        b'{"text": "caf\xe9 in latin-1"}',
        {"html": "<html><head><title>t</title></head></html>"},
        good,
    ))
    docs, errors = split(read([str(p)]))
    assert [d.source for d in docs] == [f"{p}:line 1", f"{p}:line 9"]
    offset = len(jsonl(good, b'{"text": "unterminated', b"[1, 2, 3]", {"title": "no body"},
                       {"text": ["not", "a", "string"]}, b"")) + len(b'{"text": "caf')
    assert errors == [
        f"{p}:line 2: malformed JSON: Unterminated string starting at (column 10)",
        f"{p}:line 3: expected a JSON object, found an array",
        f"{p}:line 4: no 'text' or 'html' field (keys: title)",
        f"{p}:line 5: field 'text' must be a string, not an array",
        f"{p}:line 7: not UTF-8 (invalid continuation byte at byte offset {offset})",
        f"{p}:line 8: HTML without a main text (no body or nothing that reads as an article)",
    ]


def test_gzip_jsonl_and_truncation_after_good_lines(tmp_path):
    rows = [{"id": str(i), "text": f"Article number {i}. " + ARTICLE[:2000]} for i in range(300)]
    data = jsonl(*rows)
    (tmp_path / "all.jsonl.gz").write_bytes(gz(data))
    docs, errors = split(read([str(tmp_path / "all.jsonl.gz")]))
    assert errors == [] and [d.id for d in docs] == [str(i) for i in range(300)]

    cut = gz(data)
    (tmp_path / "cut.jsonl.gz").write_bytes(cut[: len(cut) * 2 // 3])
    docs, errors = split(read([str(tmp_path / "cut.jsonl.gz")]))
    assert len(errors) == 1  # the file is reported once, after the lines that could be read (streamed)
    assert errors[0].startswith(f"{tmp_path / 'cut.jsonl.gz'}: truncated gzip stream")
    assert errors[0].endswith(f"after line {len(docs)}") or errors[0].endswith(f"after line {len(docs) + 1}")
    assert 50 < len(docs) < 300 and [d.id for d in docs] == [str(i) for i in range(len(docs))]


def test_jsonl_is_sniffed_without_extension_and_a_json_document_is_read(tmp_path):
    # tryout r15: a .json file holding an array failed ("expected a JSON object, found an array"), and a
    # pretty-printed article was refused; both are common exports: read them, an array item by item
    (tmp_path / "export").write_bytes(jsonl({"text": "Sniffed as JSON lines."}))
    (tmp_path / "pretty.json").write_text(json.dumps({"text": "One article."}, indent=2), encoding="utf-8")
    (tmp_path / "array.json").write_text(json.dumps([{"text": "First."}, {"title": "no text"}, {"text": "Third."}],
                                                    indent=1), encoding="utf-8")
    (tmp_path / "broken.json").write_text('[{"text": "x"},', encoding="utf-8")
    docs, errors = split(read([str(tmp_path)]))
    assert sorted((d.source, d.text) for d in docs) == sorted([
        (f"{tmp_path / 'export'}:line 1", "Sniffed as JSON lines."), (str(tmp_path / "pretty.json"), "One article."),
        (f"{tmp_path / 'array.json'}:item 1", "First."), (f"{tmp_path / 'array.json'}:item 3", "Third.")])
    assert len(errors) == 2 and any("array.json" in e and "item 2" in e for e in errors)
    assert any(e.startswith(f"{tmp_path / 'broken.json'}: malformed JSON") for e in errors)


def test_reading_is_lazy(tmp_path):
    """The first document comes out before the rest of the file is read: a reader is a generator over lines."""
    p = tmp_path / "big.jsonl"
    with p.open("wb") as f:
        for i in range(20000):
            f.write(jsonl({"id": str(i), "text": f"Article {i}."}))
    it = read([str(p)])
    first = next(it)
    assert first.id == "0" and first.source == f"{p}:line 1"
    assert next(it).id == "1"
    it.close()


def test_a_range_of_lines_keeps_the_file_numbering():
    """What a Dask partition of a big file uses: line numbers and byte offsets as in the whole file."""
    from newsgraph.ingest.jsonl import parse_lines
    lines = [b'{"text": "line ten"}\n', b"{oops\n", b'{"text": "caf\xe9"}\n']
    docs, errors = split(parse_lines(lines, "big.jsonl", first_line=10, first_offset=1000))
    assert [d.source for d in docs] == ["big.jsonl:line 10"]
    assert errors == ["big.jsonl:line 11: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
                      f"big.jsonl:line 12: not UTF-8 (invalid continuation byte at byte offset {1000 + 21 + 6 + 13})"]


def test_an_empty_text_field_is_called_empty_not_missing(tmp_path):
    p = tmp_path / "empty.jsonl"
    p.write_bytes(jsonl({"title": "Headline only", "text": "   "}, {"html": ""}))
    docs, errors = split(read([str(p)]))
    assert docs == []
    assert errors == [f"{p}:line 1: empty 'text' field (no article text)",
                      f"{p}:line 2: empty 'html' field (no article text)"]


def test_review_r15_json_shapes(tmp_path):
    """Review r15b: an object pretty-printed with a key on its first line, and a wrapper {"articles": [...]}."""
    (tmp_path / "pretty.json").write_text('{"title": "A",\n "text": "The bridge opens in May."}\n', encoding="utf-8")
    (tmp_path / "wrap.json").write_text(json.dumps({"status": "ok", "articles": [{"text": "One."}, {"text": "Two."}]}),
                                        encoding="utf-8")
    docs, errors = split(read([str(tmp_path)]))
    assert errors == [] and sorted(d.text for d in docs) == ["One.", "The bridge opens in May.", "Two."]
