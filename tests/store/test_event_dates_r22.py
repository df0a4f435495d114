"""Round 22 (tryout fixes): an event the text does not date takes its document's publication day, and every list
says so ("date_source": "published"; the CLI's "2019-11-19 (published)", the web's "published 2019-11-19"), where
a date the text gives is "text" (its sentence) or "quote" (its quote's). The analysis record only gains the field
(docs/analysis-json.md). A date in the event's own clause dates it, also through a preposition the parser tags as a
verb ("following a conference in 2010")."""
from __future__ import annotations

import newsgraph
from newsgraph.store import queries as Q

TEXT = ("Mark Ellery was accused of fraud by a former partner following a conference in Lisbon in 2010. "
        "Ellery accused the city council of lying.")
PUBLISHED = "2019-11-19"


def _record():
    return newsgraph.analyze(TEXT, published=PUBLISHED, source="ellery.example/1")


def _by_date(items):
    return {v["date"]: v for v in items}


def test_the_record_says_where_an_events_date_comes_from():
    rec = _record()
    got = {(v.type, v.date, v.date_source) for v in rec.events}
    assert ("ACCUSE", "2010", "text") in got, got  # the clause's own year, not the publication day
    assert ("ACCUSE", PUBLISHED, "published") in got, got
    assert all("date_source" in v for v in rec.to_dict()["events"])


def test_lists_mark_a_publication_day(store):
    store.write_batch([_record()])
    items = _by_date(Q.list_events(store, limit=10)["items"])
    assert items["2010"]["date_source"] == "text" and items[PUBLISHED]["date_source"] == "published"
    tl = _by_date(Q.timeline(store, actor="Mark Ellery", limit=10)["items"])
    assert tl[PUBLISHED]["date_source"] == "published"


def test_the_cli_the_api_and_the_web_show_a_publication_day_distinctly(tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.serve import create_app
    from newsgraph.store import open_store
    db = str(tmp_path / "e.db")
    st = open_store(db)
    st.write_batch([_record()])
    st.close()
    r = CliRunner().invoke(app, ["events", "--db", db, "-f", "table"])
    assert r.exit_code == 0, r.output
    assert f"{PUBLISHED} (published)" in r.output and "2010 (published)" not in r.output
    r = CliRunner().invoke(app, ["timeline", "Mark Ellery", "--db", db])
    assert r.exit_code == 0 and f"{PUBLISHED} (published)" in r.output, r.output
    r = CliRunner().invoke(app, ["events", "--db", db, "-f", "csv"])
    assert "date_source" in r.output.splitlines()[0] and ",published," in r.output
    r = CliRunner().invoke(app, ["export", "--db", db, "--output", str(tmp_path / "x"), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "date_source" in (tmp_path / "x" / "events.csv").read_text().splitlines()[0]
    with TestClient(create_app(db)) as c:
        assert {v["date_source"] for v in c.get("/events", headers={"Accept": "application/json"}).json()["items"]} \
            == {"text", "published"}
        page = c.get("/events", headers={"Accept": "text/html"}).text
        assert f"published {PUBLISHED}" in page and "published 2010" not in page
        ellery = next(a["id"] for a in c.get("/actors", headers={"Accept": "application/json"}).json()["items"]
                      if a["name"] == "Mark Ellery")
        assert f"published {PUBLISHED}" in c.get(f"/timeline?actor={ellery}", headers={"Accept": "text/html"}).text
        doc = c.get("/documents", headers={"Accept": "application/json"}).json()["items"][0]["id"]
        assert f"published {PUBLISHED}" in c.get(f"/documents/{doc}", headers={"Accept": "text/html"}).text


def test_an_older_store_is_filled_from_its_records(store_url):
    from sqlalchemy import create_engine, text

    from newsgraph.store import open_store
    rec = _record()
    for v in rec.events:
        v.date_source = None  # a record written before events carried it
    st = open_store(store_url)
    st.write_batch([rec])
    st.close()
    engine = create_engine(store_url if "://" in store_url else f"sqlite:///{store_url}")
    with engine.begin() as con:  # the store as version 16 left it
        con.execute(text("ALTER TABLE events DROP COLUMN date_source"))
        con.execute(text("UPDATE meta SET value = '16' WHERE key = 'schema_version'"))
    engine.dispose()
    st = open_store(store_url)
    items = _by_date(Q.list_events(st, limit=10)["items"])
    st.close()
    assert items["2010"]["date_source"] == "text" and items[PUBLISHED]["date_source"] == "published"
