"""Round 19 (fix19, review r18): ``/feed`` answers by ``Accept`` (Atom by default and for XML, JSON for a client
that asks for it, 406 for neither); HEAD on every GET URL answers as GET without a body (it answered 405); an
article over the time budget gets 503 with Retry-After whether analysed in a worker or in the server process, as
README and ``serve --help`` both say now (help said 422)."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner


@pytest.mark.parametrize("accept,kind", [
    (None, "atom"), ("*/*", "atom"), ("application/atom+xml", "atom"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "atom"),
    ("application/json", "json"), ("application/json, application/atom+xml;q=0.5", "json"),
    ("application/atom+xml;q=0.5, application/json", "json"), ("application/json;q=0.2, */*;q=0.1", "json")])
def test_the_feed_answers_by_accept(client, accept, kind):
    r = client.get("/feed", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and "accept" in r.headers["vary"].lower()
    if kind == "json":
        assert r.headers["content-type"].startswith("application/json") and "items" in r.json()
    else:
        assert r.headers["content-type"].startswith("application/atom+xml") and "<feed" in r.text


def test_the_feed_refuses_a_type_it_cannot_serve_and_format_wins(client):
    r = client.get("/feed", headers={"Accept": "text/csv"})
    assert r.status_code == 406 and "application/json" in r.json()["error"]
    r = client.get("/feed", params={"format": "json"}, headers={"Accept": "application/atom+xml"})
    assert r.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("path", ["/quotes", "/actors", "/feed", "/stories", "/quotes?format=json", "/graph",
                                  "/openapi.json", "/"])
def test_head_answers_as_get_without_a_body(client, path):
    get, head = client.get(path), client.head(path)
    assert get.status_code == 200 and head.status_code == 200, (path, head.status_code)
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
    assert head.headers.get("x-content-type-options") == "nosniff"


def test_head_of_a_missing_page_is_404(client):
    assert client.head("/documents/no-such-document").status_code == 404


def test_the_analysis_timeout_status_is_one_everywhere(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from newsgraph.cli import app as cli
    from newsgraph.serve import create_app
    out = " ".join(CliRunner().invoke(cli, ["serve", "--help"], env={"COLUMNS": "200"}).output.split())
    assert re.search(r"--analysis-timeout.*get 503 with Retry-After", out) and "get 422" not in out
    from pgutil import REPO
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "(`--analysis-timeout`, 60 s, counted from when a worker starts the article; over it: 503" in readme
    monkeypatch.setenv("NEWSGRAPH_TIME_BUDGET", "0.000001")  # in the server process (no analysis workers)
    with TestClient(create_app(None, analysis_workers=0)) as c:
        r = c.post("/analyze", json={"text": "Mayor Jan Novak said on Monday that the new bridge will open in May."})
    assert r.status_code == 503 and r.headers["retry-after"] and "time budget" in r.text, r.text
