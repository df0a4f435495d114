"""What ingest passes over is said, never dropped silently (tryout r17): a WARC's records that are no HTML page
(images, JSON, 404s, redirects) are counted by kind in the summary; a folder's own papers (README.md, LICENSE,
CHANGELOG) are skipped by name with a note, read when named or matched by --include; a page whose only date is
its capture date says so in the record and in `documents`."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.ingest.readers import expand, not_article_name

ARTICLE = ("Mayor Anna Petrova opens the new bridge\n"
           "Mayor Anna Petrova said on Monday that the new bridge over the river will open to traffic next week. "
           "\u201cThis bridge connects two halves of our city,\u201d Petrova told reporters.\n")


def _folder(tmp_path):
    d = tmp_path / "texts"
    d.mkdir()
    (d / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "README.md").write_text("# Texts\nThe news texts of this folder, one a file, collected in 2024.\n")
    (d / "LICENSE").write_text("MIT License. Permission is hereby granted, free of charge, to any person.\n")
    (d / "requirements.txt").write_text("requests\n")
    return d


def test_a_folders_own_papers_are_not_articles(tmp_path):
    d = _folder(tmp_path)
    assert [p.rsplit("/", 1)[1] for p in expand([str(d)])] == ["bridge.txt"]
    assert sorted(p.rsplit("/", 1)[1] for p in expand([str(d)], include=["readme*"])) == ["README.md", "bridge.txt"]
    assert list(expand([str(d / "README.md")])) == [str(d / "README.md")]  # named itself: read
    assert not_article_name("ReadMe.txt") and not_article_name("CHANGELOG.rst") and not not_article_name("read.txt")


def test_ingest_summary_counts_what_it_passed_over(tmp_path, warc_plain):
    d = _folder(tmp_path)
    (d / "crawl.warc").write_bytes(warc_plain)
    db = tmp_path / "s.db"
    r = CliRunner().invoke(app, ["ingest", str(d), "--db", str(db), "-q", "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert s["new"] == 5  # bridge.txt and the WARC's four pages
    assert s["not_articles"] == {"image/png": 1, "HTTP 404": 1, "HTTP 301": 1, "not an article by its name": 2 + 1}
    assert sorted(p.rsplit("/", 1)[1] for p in s["not_article_files"]) == ["LICENSE", "README.md",
                                                                          "requirements.txt"]
    r = CliRunner().invoke(app, ["ingest", str(d), "--db", str(tmp_path / "t.db"), "-q"])
    assert "skipped 3 non-article records (HTTP 301 ×1, HTTP 404 ×1, image/png ×1)" in r.stderr
    assert "skipped 3 files by name, not articles (LICENSE, README.md, requirements.txt)" in r.stderr
    # --include reads them
    r = CliRunner().invoke(app, ["ingest", str(d), "--db", str(tmp_path / "u.db"), "-q", "--json",
                                 "--include", "README.md"])
    assert json.loads(r.stdout)["new"] == 6, r.output
    # the undated page: its capture date, marked as such (record and documents)
    r = CliRunner().invoke(app, ["documents", "--db", str(db), "--format", "json", "--limit", "50"])
    harbour = [x for x in json.loads(r.stdout)["items"] if x["url"] == "https://coastal.example/harbour"][0]
    assert harbour["published"] == harbour["captured"] == "2025-09-04T08:30:00Z"
    assert harbour["published_from"] == "capture"
    dated = [x for x in json.loads(r.stdout)["items"] if x["url"] and "coastal" not in x["url"]]
    assert dated and all(x["published_from"] == "page" and x["published"] != x["captured"] for x in dated)
    r = CliRunner().invoke(app, ["documents", "--db", str(db), "--limit", "50"])
    assert "2025-09-04T08:30:00Z (captured)" in r.stdout and r.stdout.count("(captured)") == 1
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app
    with TestClient(create_app(str(db))) as c:
        page = c.get(f"/documents/{harbour['id']}", headers={"Accept": "text/html"}).text
        assert "date unknown: captured 2025-09-04T08:30:00Z" in page


def test_analyze_says_what_it_passed_over(tmp_path, warc_plain):
    d = _folder(tmp_path)
    (d / "crawl.warc").write_bytes(warc_plain)
    r = CliRunner().invoke(app, ["analyze", str(d), "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 0, r.output
    assert "skipped 3 non-article records (HTTP 301 ×1, HTTP 404 ×1, image/png ×1)" in r.stderr
    assert "skipped 3 files by name, not articles (LICENSE, README.md, requirements.txt); name a file " \
           "to read it" in r.stderr


def test_relative_dates_counted_from_a_capture_date_are_not_stated_as_fact():
    # tryout r17: an undated page captured 2025-06-01 had "on Monday" dated 2025-05-26 as fact
    from newsgraph import analyze_many
    from newsgraph.ingest.base import RawDocument
    text = ("Minister resigns over port contract\nThe transport minister resigned on Monday after reports that the "
            "port contract had been awarded without a tender in March 2024. He had promised reforms last year.\n")
    (rec,) = analyze_many([RawDocument(source="a.warc#record 1", text=text, captured="2025-06-01T10:00:00Z")])
    d = rec.document
    assert (d.published, d.captured, d.published_from) == ("2025-06-01T10:00:00Z",) * 2 + ("capture",)
    by = {x.text: x for x in rec.dates}
    assert by["Monday"].value is None and by["Monday"].stated == "2025-05-26"
    assert by["Monday"].flag == "counted from the capture date"
    assert by["March 2024"].value == "2024-03" and by["March 2024"].flag is None  # a written year stands
    from newsgraph.render import render_text
    shown = render_text(rec)
    assert "published unknown (captured 2025-06-01T10:00:00Z: the page gives no date)" in shown
    assert "Monday = ? (2025-05-26? counted from the capture date)" in shown
    (own,) = analyze_many([RawDocument(source="b.warc#record 1", text=text, captured="2025-06-01T10:00:00Z",
                                       published="2025-05-30")])
    assert own.document.published == "2025-05-30" and own.document.published_from == "page"
    assert {x.text: x.value for x in own.dates}["Monday"] == "2025-05-26"
