"""Round 21 (tryout fixes): a quote list falls back to the publication day when the text does not date the words;
that date is marked as such ("date_source": "published") in the query layer, the CLI, the API and the web page, and
a date the text gives is "quote". The analysis record keeps its contract (a quote's date stays null)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from records import make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402

TEXT = ("Historians gathered in Salem on Monday. \"With malice toward none, with charity for all,\" Abraham Lincoln "
        "said, the curator recalled. \"The new wing opens in May,\" curator Rosa Lind said on Monday.")


def _record():
    rec = make(TEXT, source="salem.example/1", published="2025-03-05",
               entities=[("Abraham Lincoln", "PERSON", None, ["Abraham Lincoln"]),
                         ("Rosa Lind", "PERSON", "Curator", ["Rosa Lind"])],
               quotes=[("With malice toward none, with charity for all", 0, None),
                       ("The new wing opens in May", 1, None)])
    rec.quotes[1].date = "2025-03-03"  # "on Monday": the text dates these words; Lincoln's are undated
    return rec


def _by_text(items):
    return {q["text"][:12]: q for q in items}


def test_a_publication_day_is_marked_as_such(store):
    store.write_batch([_record()])
    items = _by_text(Q.list_quotes(store, limit=10)["items"])
    assert (items["With malice "]["date"], items["With malice "]["date_source"]) == ("2025-03-05", "published")
    assert (items["The new wing"]["date"], items["The new wing"]["date_source"]) == ("2025-03-03", "quote")
    one = Q.get_quote(store, items["With malice "]["id"])
    assert one["date_source"] == "published" and one["reports"][0]["date_source"] == "published"


def test_the_cli_and_the_web_page_show_a_publication_day_distinctly(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import open_store
    db = str(tmp_path / "q.db")
    st = open_store(db)
    st.write_batch([_record()])
    st.close()
    r = CliRunner().invoke(app, ["quotes", "--db", db, "-f", "table"])
    assert r.exit_code == 0, r.output
    assert "2025-03-05 (published)" in r.output and "2025-03-03 (published)" not in r.output
    r = CliRunner().invoke(app, ["timeline", "Lincoln", "--db", db])
    assert r.exit_code == 0 and "2025-03-05 (published)" in r.output, r.output
    r = CliRunner().invoke(app, ["quotes", "--db", db, "-f", "csv"])
    assert "date_source" in r.output.splitlines()[0] and ",published," in r.output
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app
    with TestClient(create_app(db)) as c:
        page = c.get("/quotes", headers={"Accept": "text/html"}).text
        assert "published 2025-03-05" in page and "published 2025-03-03" not in page
        lincoln = next(a["id"] for a in c.get("/actors", headers={"Accept": "application/json"}).json()["items"]
                       if a["name"] == "Abraham Lincoln")
        assert "published 2025-03-05" in c.get(f"/actors/{lincoln}", headers={"Accept": "text/html"}).text
        assert {q["date_source"] for q in c.get("/quotes", headers={"Accept": "application/json"}).json()["items"]} == {"published", "quote"}


def test_an_older_store_is_filled_from_its_records(store_url):
    from sqlalchemy import create_engine, text

    from newsgraph.store import open_store
    st = open_store(store_url)
    st.write_batch([_record()])
    st.close()
    engine = create_engine(store_url if "://" in store_url else f"sqlite:///{store_url}")
    with engine.begin() as con:  # the store as version 14 left it: no date sources
        con.execute(text("ALTER TABLE quotes DROP COLUMN date_source"))
        con.execute(text("ALTER TABLE quote_reports DROP COLUMN date_source"))
        con.execute(text("UPDATE meta SET value = '14' WHERE key = 'schema_version'"))
    engine.dispose()
    st = open_store(store_url)
    items = _by_text(Q.list_quotes(st, limit=10)["items"])
    st.close()
    assert items["With malice "]["date_source"] == "published" and items["The new wing"]["date_source"] == "quote"
