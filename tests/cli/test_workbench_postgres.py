"""The workbench's filters, undated items, quote reports, feeds and `watch` on PostgreSQL (the same store as the
SQLite tests of test_workbench_cli.py, ingested into a fresh schema)."""
from __future__ import annotations

import json

import pytest
from workbench_helpers import ARTICLES, EXAMPLE, run

pytestmark = pytest.mark.postgres


def _json(*args):
    return json.loads(run(*args, "-f", "json").stdout)


def test_filters_feeds_and_watch_on_postgresql(pg_url, tmp_path):
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    run("ingest", EXAMPLE, tmp_path / "a.jsonl", "--db", pg_url, "-q")
    db = ("--db", pg_url)
    assert {q["speaker"] for q in _json("quotes", *db, "--outlet", "Morning Post")["items"]} == {"Mark Brown",
                                                                                                 "Sarah Jones"}
    dated = _json("quotes", *db, "--since", "2025-09-01", "--limit", "100")["total"]
    assert _json("quotes", *db, "--since", "2025-09-01", "--include-undated", "--limit", "100")["total"] > dated
    assert _json("events", *db, "--factuality", "negated")["total"] >= 1
    assert _json("search", "harbour", *db, "--outlet", "Gazette")["items"][0]["id"] == "harbour-1"
    (q,) = [q for q in _json("quotes", *db, "--speaker", "Jones")["items"] if q["n_reports"] == 2]
    assert [r["outlet"] for r in _json("quote", q["id"], *db)["reports"]] == ["Harbour Gazette", "Morning Post"]
    assert _json("documents", *db, "--ingested-since", "2999-01-01")["total"] == 0
    state = tmp_path / "w.json"
    assert json.loads(run("watch", *db, "--since-last", "--state", state, "-f", "json").stdout)
    assert json.loads(run("watch", *db, "--since-last", "--state", state, "-f", "json").stdout) == []

    import feedparser
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app
    with TestClient(create_app(pg_url)) as c:
        feed = feedparser.parse(c.get("/feed", params={"outlet": "Morning Post"}).text)
        assert not feed.bozo and feed.entries
        assert c.get("/events", params={"outlett": "x"}).status_code == 422
