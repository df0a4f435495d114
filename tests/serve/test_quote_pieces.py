"""Round 19 (fix19): a quote split by its attribution ("“We will keep building these homes,” Park said, “until …”")
is shown as a reader cites it, its pieces joined by " … ", wherever a user reads it: the CLI's `quotes`, the HTTP
list, the web UI (a real browser), the exports, the text rendering of an analysis; the record's ``text`` keeps the
pieces joined by a space (the contract, docs/analysis-json.md) and ``parts`` holds them. Tryout r18: "… soup cans
The presidency is …" could not be cited. Real SQLite files (and PostgreSQL for the store); a store written before
is rewritten by its migration."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from records import make  # noqa: E402

from newsgraph.cli import app as cli  # noqa: E402
from newsgraph.record import Quote, Ref  # noqa: E402
from newsgraph.render import render_text  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402

TEXT = ("Mayor Linda Park spoke at the housing forum in Dayton on Tuesday. \"We will keep building these homes,\" "
        "Park said, \"until every family in this city has a roof over its head.\" The council votes next month.")
FIRST, SECOND = "We will keep building these homes,", "until every family in this city has a roof over its head."
SHOWN = "We will keep building these homes … until every family in this city has a roof over its head."
GLUED = f"{FIRST} {SECOND}"


def record():
    rec = make(TEXT, source="d/1", published="2019-11-19", site="Dayton Daily",
               entities=[("Linda Park", "PERSON", "Mayor", ["Linda Park", "Park"])])
    a, b = TEXT.index(FIRST), TEXT.index(SECOND)
    rec.quotes.append(Quote(id="q1", kind="direct", text=GLUED, speaker=Ref(entity="e1", name="Linda Park"),
                            cue="said", start=a, end=b + len(SECOND),
                            parts=[[a, a + len(FIRST)], [b, b + len(SECOND)]]))
    assert not rec.validate()
    return rec


def _cli(*args):
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def test_the_store_lists_the_pieces_joined_by_an_ellipsis(store):
    store.write_batch([record()])
    (q,) = Q.list_quotes(store, limit=5)["items"]
    assert q["text"] == SHOWN
    (r,) = Q.get_quote(store, q["id"])["reports"]
    assert r["text"] == SHOWN
    assert Q.search(store, "roof")["total"] >= 1  # full text finds it still
    doc = Q.get_document(store, r["doc_id"])  # the record keeps the contract's text and its parts
    (rq,) = doc["record"]["quotes"]
    assert rq["text"] == GLUED and len(rq["parts"]) == 2


def test_the_cli_the_exports_and_the_text_rendering_show_the_pieces(tmp_path):
    db = str(tmp_path / "n.db")
    with open_store(db) as st:
        st.write_batch([record()])
    assert SHOWN in " ".join(_cli("quotes", "--db", db).split())  # (wrapped to the terminal)
    _cli("export", "--format", "csv", "--output", str(tmp_path / "out"), "--db", db)
    with open(tmp_path / "out" / "quotes.csv", encoding="utf-8") as fh:
        assert [r["text"] for r in csv.DictReader(fh)] == [SHOWN]
    with open(tmp_path / "out" / "quote_reports.csv", encoding="utf-8") as fh:
        assert [r["text"] for r in csv.DictReader(fh)] == [SHOWN]
    assert "until every family in this city" in render_text(record()) and " … until every" in render_text(record())


def test_a_store_written_before_is_rewritten_by_its_migration(tmp_path):
    from sqlalchemy import update

    from newsgraph.store import schema as S
    db = tmp_path / "old.db"
    with open_store(db) as st:
        st.write_batch([record()])
        with st.begin() as conn:  # as the version before wrote it: the pieces glued, schema version 11
            conn.execute(update(S.quotes).values(text=GLUED))
            conn.execute(update(S.quote_reports).values(text=GLUED))
            conn.execute(update(S.meta).where(S.meta.c.key == "schema_version").values(value="11"))
    with open_store(db) as st:
        (q,) = Q.list_quotes(st, limit=5)["items"]
        assert q["text"] == SHOWN and Q.get_quote(st, q["id"])["reports"][0]["text"] == SHOWN


@pytest.fixture
def pieces_db(tmp_path) -> str:
    db = str(tmp_path / "pieces.db")
    with open_store(db) as st:
        st.write_batch([record()])
    return db


def test_the_http_list_and_the_web_pages_show_the_pieces(pieces_db, chromium):
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app
    from serve_helpers import browsing
    with TestClient(create_app(pieces_db)) as c:
        (item,) = c.get("/quotes", params={"format": "json"}).json()["items"]
        assert item["text"] == SHOWN
    with browsing(pieces_db, chromium) as (base, pg):
        pg.goto(f"{base}/quotes")
        assert SHOWN in pg.inner_text("main")
        pg.goto(f"{base}/documents/{item['first_report']['doc_id']}")
        assert SHOWN in pg.inner_text(".quote-list")
