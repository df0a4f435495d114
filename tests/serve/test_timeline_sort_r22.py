"""Round 22 (tryout): the timeline could only be read oldest first, and the web timeline's Actor box showed the
actor's id ("a_10e9…"). The timeline takes the events list's ``sort`` (CLI --sort, API and web ``sort``): "date"
is newest first, the default stays oldest first; the Actor box shows the actor's name. Real stores (SQLite and
PostgreSQL for the order), the real analysis, the web page in a real Chromium."""
from __future__ import annotations

import pytest

import newsgraph
from newsgraph.store import open_store
from newsgraph.store import queries as Q

TEXTS = [("ellery.example/1", "2019-11-19",
          "Mark Ellery was accused of fraud by a former partner following a conference in Lisbon in 2010."),
         ("ellery.example/2", "2019-11-19", "Mark Ellery accused the Harlow city council of lying about the budget."),
         ("ellery.example/3", "2016-05-02", "Mark Ellery met the mayor of Harlow in the town hall on Monday.")]


def _write(url):
    st = open_store(url)
    st.write_batch([newsgraph.analyze(t, published=p, source=s) for s, p, t in TEXTS])
    return st


def _dates(items):
    return [it["date"] for it in items]


def test_the_timeline_reads_newest_first_on_request(store_url):
    st = _write(store_url)
    try:
        oldest = _dates(Q.timeline(st, actor="Mark Ellery", limit=20)["items"])
        newest = _dates(Q.timeline(st, actor="Mark Ellery", sort="date", limit=20)["items"])
        assert oldest[0] == "2010" and oldest == sorted(oldest), oldest
        assert newest[0] == "2019-11-19" and newest == sorted(newest, reverse=True), newest
        with pytest.raises(ValueError):
            Q.timeline(st, actor="Mark Ellery", sort="sideways")
    finally:
        st.close()


def test_cli_and_api_take_the_sort(tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.serve import create_app
    db = str(tmp_path / "t.db")
    _write(db).close()
    r = CliRunner().invoke(app, ["timeline", "Mark Ellery", "--db", db, "--sort", "date", "-f", "json"])
    assert r.exit_code == 0, r.output
    import json
    got = _dates(json.loads(r.output)["items"])
    assert got[0] == "2019-11-19" and got[-1] == "2010", got
    r = CliRunner().invoke(app, ["timeline", "--help"])
    assert "--sort" in r.output and "oldest" in r.output
    with TestClient(create_app(db)) as c:
        j = c.get("/timeline?actor=Mark Ellery&sort=date", headers={"Accept": "application/json"})
        assert j.status_code == 200 and _dates(j.json()["items"])[0] == "2019-11-19"
        j = c.get("/timeline?actor=Mark Ellery", headers={"Accept": "application/json"})
        assert _dates(j.json()["items"])[0] == "2010"
        assert c.get("/timeline?actor=Mark Ellery&sort=sideways", headers={"Accept": "application/json"}) \
            .status_code == 422


@pytest.mark.browser
def test_the_web_timeline_names_its_actor_and_reads_newest_first(tmp_path, chromium):
    from serve_helpers import browsing
    db = str(tmp_path / "w.db")
    st = _write(db)
    aid = Q.find_actor(st, "Mark Ellery")["id"]
    st.close()
    with browsing(db, chromium) as (base, pg):
        pg.goto(f"{base}/timeline?actor={aid}")
        assert pg.input_value("input[name=actor]") == "Mark Ellery"
        whens = pg.locator("ol.timeline .when").all_inner_texts()
        assert whens[0].startswith("2010") and any("published 2019-11-19" in w for w in whens), whens
        pg.click("text=newest first")
        pg.wait_for_load_state()
        assert "sort=date" in pg.url
        whens = pg.locator("ol.timeline .when").all_inner_texts()
        assert "2019-11-19" in whens[0] and whens[-1].startswith("2010"), whens
        assert pg.input_value("input[name=actor]") == "Mark Ellery"
