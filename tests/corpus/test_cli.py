"""The corpus commands end to end on a real SQLite file: ingest (real pipeline, tiny corpus), queries in every
output format, exports read back, aliases and merges, readable errors."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from records import article, make

from newsgraph.cli import app

runner = CliRunner()

A1 = ("Mayor Anna Petrova opens the new bridge\n"
      "Mayor Anna Petrova said on Monday that the new bridge over the river will open to traffic next week. "
      "\u201cThis bridge connects two halves of our city,\u201d Petrova told reporters, according to Reuters.\n")
A2 = ("Storm closes the harbor in Bergen\n"
      "The harbor authority closed the port of Bergen on Tuesday as a storm with winds of 120 km/h reached the "
      "coast. Fishermen were told to stay in port until Thursday.\n")


def run(*args):
    r = runner.invoke(app, [str(a) for a in args])
    return r


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    corpus = d / "in"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(A1, encoding="utf-8")
    (corpus / "a2.txt").write_text(A2, encoding="utf-8")
    (corpus / "a1-again.txt").write_text(A1, encoding="utf-8")  # exact duplicate
    (corpus / "empty.txt").write_text("", encoding="utf-8")  # fails: empty file
    db = d / "newsgraph.db"
    r = run("ingest", corpus, "--db", db, "--json", "--quiet")
    return db, corpus, r


def test_ingest_summary_and_exit_status(ingested):
    db, corpus, r = ingested
    assert r.exit_code == 1  # one file failed
    s = json.loads(r.stdout[r.stdout.index("{"):])
    assert (s["new"], s["duplicate"], s["failed"]) == (2, 1, 1)
    assert any("empty.txt" in f and "empty" in f for f in s["failures"])
    assert "Traceback" not in r.output


def test_ingest_again_skips_everything_before_analysis(ingested):
    db, corpus, _ = ingested
    r = run("ingest", corpus, "--db", db, "--json", "--quiet")
    s = json.loads(r.stdout[r.stdout.index("{"):])
    assert s["new"] == s["duplicate"] == s["near_duplicate"] == 0
    # the empty file failed: it is read again (and fails again), never cached as done (issue 14)
    assert s["skipped_files"] == 3 and s["failed"] == 1 and r.exit_code == 1


def test_search_in_three_formats(ingested):
    db = ingested[0]
    r = run("search", "bridge", "--db", db)
    assert r.exit_code == 0 and "Petrova" in r.stdout
    page = json.loads(run("search", "bridge", "--db", db, "--format", "json").stdout)
    assert page["total"] == 1 and page["items"][0]["title"].startswith("Mayor Anna Petrova")
    rows = list(csv.DictReader(io.StringIO(run("search", "harbor", "--db", db, "-f", "csv").stdout)))
    assert len(rows) == 1 and "Bergen" in rows[0]["title"]


def test_query_commands_run(ingested):
    db = ingested[0]
    for args in (["actors"], ["actors", "--type", "PERSON"], ["quotes"], ["quotes", "--speaker", "Petrova"],
                 ["events"], ["stories"], ["stats"], ["timeline", "Petrova"]):
        r = run(*args, "--db", db)
        assert r.exit_code == 0, (args, r.output)
        assert "Traceback" not in r.output


def test_readable_errors(ingested, tmp_path):
    db = ingested[0]
    r = run("quotes", "--since", "last week", "--db", db)
    assert r.exit_code == 1 and "since" in r.output and "Traceback" not in r.output
    r = run("actors", "--db", tmp_path / "missing.db")
    assert r.exit_code == 1 and "no such store" in r.output
    r = run("actor", "Nobody Atall", "--db", db)
    assert r.exit_code == 1 and "no actor" in r.output


@pytest.fixture
def rich_db(tmp_path):
    from newsgraph.store import open_store
    db = tmp_path / "n.db"
    with open_store(db) as st:
        st.write_batch([article()])
    return db


def test_actor_and_timeline_commands(rich_db):
    r = run("actor", "Zelenskiy", "--db", rich_db)
    assert r.exit_code == 0 and "Volodymyr Zelensky" in r.stdout and "President of Ukraine" in r.stdout
    a = json.loads(run("actor", "Zelensky", "--db", rich_db, "-f", "json").stdout)
    assert a["quotes"]["items"][0]["text"].startswith("I cannot go to Moscow")
    tl = json.loads(run("timeline", "Putin", "--db", rich_db, "-f", "json").stdout)
    assert {x["entry"] for x in tl["items"]} == {"event"}
    ev = json.loads(run("events", "--actor", "Putin", "--type", "CONSULT", "--db", rich_db, "-f", "json").stdout)
    assert ev["total"] == 1


def test_exports(rich_db, tmp_path):
    import pyarrow.parquet as pq
    out = tmp_path / "exp"
    for fmt in ("jsonl", "csv", "parquet"):
        r = run("export", "--format", fmt, "-o", out, "--db", rich_db)
        assert r.exit_code == 0, r.output
    actors = [json.loads(x) for x in (out / "actors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "Volodymyr Zelensky" in {a["name"] for a in actors}
    events = [json.loads(x) for x in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert events[0]["actors"][0]["name"] == "Vladimir Putin"
    assert pq.read_table(out / "quotes.parquet").num_rows == 2
    assert pq.read_table(out / "documents.parquet").column("title").to_pylist() == ["Zelensky rejects Moscow meeting"]
    with open(out / "quote_reports.csv", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 2
    # a quote's speakers by their actors' names, in every format (tryout r16: only the name as written was there)
    quotes = [json.loads(x) for x in (out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    zel = [q for q in quotes if q["text"].startswith("I cannot go to Moscow")][0]
    assert [s["name"] for s in zel["speakers"]] == ["Volodymyr Zelensky"] and zel["speakers"][0]["id"]
    with open(out / "quotes.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert "Volodymyr Zelensky" in {r["speakers"] for r in rows} and all("speakers_ids" in r for r in rows)
    assert pq.read_table(out / "quotes.parquet").column("speakers").to_pylist()[0][0]["name"]
    assert not (out / "actors.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    r = run("export", "--format", "csv", "--excel", "-o", tmp_path / "xl", "--db", rich_db)
    assert r.exit_code == 0 and (tmp_path / "xl" / "actors.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "xl" / "actors.csv", encoding="utf-8-sig") as fh:
        assert "Volodymyr Zelensky" in {a["name"] for a in csv.DictReader(fh)}
    g = tmp_path / "g.graphml"
    r = run("export", "--format", "graphml", "-o", g, "--db", rich_db)
    assert r.exit_code == 0
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(g).getroot()
    labels = {n.get("id"): n.find("g:data[@key='label']", ns).text for n in root.iter("{%s}node" % ns["g"])}
    edges = [(labels[e.get("source")], labels[e.get("target")]) for e in root.iter("{%s}edge" % ns["g"])]
    assert ("Vladimir Putin", "Volodymyr Zelensky") in edges


def test_alias_and_merge_commands(rich_db):
    from newsgraph.store import open_store
    with open_store(rich_db) as st:
        st.write_batch([make("Vova Z. spoke in Kyiv about the talks on Friday, his office said in a statement today.",
                             source="x.example", entities=[("Vova Z.", "PERSON", None, ["Vova Z."])]),
                        make("Tsar Vlad spoke in Moscow about the talks on Friday, his office said in a statement.",
                             source="y.example", entities=[("Tsar Vlad", "PERSON", None, ["Tsar Vlad"])])])
    r = run("alias", "Volodymyr Zelensky", "Vova Z.", "--db", rich_db)
    assert r.exit_code == 0 and "merged 1" in r.stdout
    a = json.loads(run("actor", "Vova Z.", "--db", rich_db, "-f", "json").stdout)
    assert a["name"] == "Volodymyr Zelensky" and a["n_docs"] == 2
    r = run("merge", "Vladimir Putin", "Tsar Vlad", "--db", rich_db)
    assert r.exit_code == 0, r.output
    p = json.loads(run("actor", "Tsar Vlad", "--db", rich_db, "-f", "json").stdout)
    assert p["name"] == "Vladimir Putin" and p["n_docs"] == 2
    assert json.loads(run("actors", "--db", rich_db, "-f", "json").stdout)["total"] == 7


def test_a_surname_that_names_several_actors_says_so(tmp_path):
    from newsgraph.store import open_store
    db = tmp_path / "fam.db"
    store = open_store(str(db))
    store.write_batch([make("Maria Kessel said the plan was good.", source="k/1", published="2016-03-01",
                            entities=[("Maria Kessel", "PERSON", None, ["Maria Kessel"])])])
    store.write_batch([make("Tomas Kessel opened a bakery in Maine.", source="k/2", published="2016-03-02",
                            entities=[("Tomas Kessel", "PERSON", None, ["Tomas Kessel"])])])
    r = run("quotes", "--speaker", "Kessel", "--db", db)
    assert r.exit_code == 0 and "'Kessel' names 2 actors" in r.output and "Maria Kessel" in r.output
    r = run("quotes", "--speaker", "Maria Kessel", "--db", db)
    assert "names 2 actors" not in r.output
