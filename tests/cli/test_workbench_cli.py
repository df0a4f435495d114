"""The analyst's workbench on the command line (issue 19): every list takes the filters of the one table, undated
items are said and can be included, quotes list their reports, `watch --since-last` shows new items once, exports
of a filtered part, tables that read at 80 columns, help without type clutter, and the README's examples."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from workbench_helpers import run

README = Path(__file__).parents[2] / "README.md"


def _json(*args):
    return json.loads(run(*args, "-f", "json").stdout)


def _ids(page) -> set:
    return {it["id"] for it in page["items"]}


# -- filters, one test per filter on each list command ------------------------------------------------------------
@pytest.mark.parametrize("args, expect", [
    (("quotes", "--outlet", "Morning Post"), {"Mark Brown", "Sarah Jones"}),
    (("quotes", "--speaker", "Jones"), {"Sarah Jones"}),
    (("quotes", "--about", "business"), {"Sarah Jones"}),
    (("quotes", "--since", "2025-09-05"), {"Mark Brown", "Anna Lee"}),
    (("quotes", "--until", "2025-09-03", "--language", "en"), {"Sarah Jones"}),
    (("quotes", "--story", "@harbour"), {"Sarah Jones"}),
])
def test_quotes_take_every_filter(bench_db, args, expect):
    args = tuple(_story_of(bench_db, "harbour-1") if a == "@harbour" else a for a in args)
    page = _json(*args, "--db", bench_db)
    assert page["items"] and {q["speaker"] for q in page["items"]} == expect, page["items"]


def _story_of(db, doc_id: str) -> str:
    return next(d["story_id"] for d in _json("documents", "--db", db, "--limit", "50")["items"] if d["id"] == doc_id)


def test_since_leaves_out_undated_items_unless_asked(bench_db):
    dated = _json("quotes", "--db", bench_db, "--since", "2025-09-01", "--limit", "100")
    both = _json("quotes", "--db", bench_db, "--since", "2025-09-01", "--include-undated", "--limit", "100")
    assert all(q["date"] for q in dated["items"])
    undated = [q for q in both["items"] if not q["date"]]
    assert undated and both["total"] == dated["total"] + len(undated)
    table = run("quotes", "--db", bench_db, "--include-undated", "--since", "2025-09-01", "--limit", "100").stdout
    assert "undated" in table


@pytest.mark.parametrize("args", [("--factuality", "negated"), ("--type", "REJECT"), ("--actor", "Putin")])
def test_events_filters_filter(bench_db, args):
    everything = _json("events", "--db", bench_db, "--limit", "500")
    page = _json("events", "--db", bench_db, "--limit", "500", *args)
    assert 0 < page["total"] < everything["total"]


def test_events_by_outlet_and_date(bench_db):
    page = _json("events", "--db", bench_db, "--outlet", "City Herald")
    assert page["items"] and {e["outlet"] for e in page["items"]} == {"City Herald"}
    assert _json("events", "--db", bench_db, "--since", "2030-01-01")["total"] == 0


def test_an_event_or_quote_csv_row_names_its_article(bench_db):
    # a tryout could not trace an exported event to its article: the CSV carries the document, outlet and title
    rows = list(csv.DictReader(run("events", "--db", bench_db, "--outlet", "City Herald", "-f", "csv").stdout
                               .splitlines()))
    assert rows and all(r["doc_id"] and r["outlet"] == "City Herald" and r["id"] for r in rows)
    rows = list(csv.DictReader(run("quotes", "--db", bench_db, "-f", "csv").stdout.splitlines()))
    assert rows and all(r["first_report.doc_id"] for r in rows) and "speaker_id" in rows[0]


def test_actors_stories_documents_filters(bench_db):
    herald = _json("actors", "--db", bench_db, "--outlet", "City Herald", "--limit", "100")
    names = {a["name"] for a in herald["items"]}
    assert "Anna Lee" in names and "Vladimir Putin" not in names
    assert "Vladimir Putin" not in {a["name"] for a in _json("actors", "--db", bench_db, "--since", "2025-09-01",
                                                             "--limit", "200")["items"]}
    two = _json("stories", "--db", bench_db, "--min-docs", "2")
    assert two["items"] and all(s["n_docs"] >= 2 for s in two["items"])
    jones = _json("stories", "--db", bench_db, "--actor", "Sarah Jones")
    assert [s["n_docs"] for s in jones["items"]] == [2]
    post = _json("documents", "--db", bench_db, "--outlet", "morning post")
    assert _ids(post) == {"harbour-2", "strike-1"}
    assert _json("documents", "--db", bench_db, "--ingested-since", "2999-01-01")["total"] == 0
    assert _json("documents", "--db", bench_db, "--ingested-since", "2000-01-01")["total"] == 5


def test_search_takes_the_filters(bench_db):
    assert _ids(_json("search", "harbour", "--db", bench_db)) == {"harbour-1", "harbour-2"}
    assert _ids(_json("search", "harbour", "--db", bench_db, "--outlet", "Gazette")) == {"harbour-1"}
    assert _ids(_json("search", "harbour", "--db", bench_db, "--since", "2025-09-04")) == {"harbour-2"}


def test_a_bad_filter_value_is_one_line(bench_db):
    r = run("events", "--db", bench_db, "--factuality", "maybe", ok=False)
    assert r.exit_code != 0 and "factuality" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("args, says", [
    (("quotes", "-n", "0"), "error: --limit 0: give 1 to 1000 rows"),  # was "no matches", then "1-0 of N"
    (("quotes", "-n", "5000"), "error: --limit 5000: give 1 to 1000 rows"),  # was silently 1000
    (("stories", "--min-docs", "-1"), "error: --min-docs: expected a number"),  # the option, not "min_docs"
    (("search", ""), "error: give words to search for"),  # not "about: required"
    (("timeline", "--story", "s_nope"), "error: no story 's_nope'"),  # not "no matches"
    (("quotes", "--speaker", ""), "error: --speaker: empty"),  # was the whole store's quotes (tryout r12)
])
def test_cli_errors_speak_in_options(bench_db, args, says):
    r = run(*args, "--db", bench_db, ok=False)
    assert r.exit_code != 0 and says in r.output and len(r.output.strip().splitlines()) == 1, r.output


def test_pages_say_how_many_more(bench_db):
    r = run("quotes", "--db", bench_db, "--limit", "2")
    assert re.search(r"1-2 of \d+: \d+ more", r.stderr)


# -- one quote, every report ------------------------------------------------------------------------------------------
def test_a_quote_lists_every_report_first_marked(bench_db):
    (q,) = [q for q in _json("quotes", "--db", bench_db, "--speaker", "Jones")["items"] if q["n_reports"] == 2]
    full = _json("quote", q["id"], "--db", bench_db)
    assert [r["outlet"] for r in full["reports"]] == ["Harbour Gazette", "Morning Post"]
    assert all(r["text"] and r["url"] for r in full["reports"])
    out = run("quote", q["id"], "--db", bench_db).stdout
    words = set(re.findall(r"\w+", out))
    assert {"first", "Morning", "Post", "Harbour", "Gazette"} <= words, out


# -- watch ----------------------------------------------------------------------------------------------------------
def test_watch_since_last_shows_new_items_once(bench_db, tmp_path):
    import shutil
    db = tmp_path / "w.db"
    shutil.copy(bench_db, db)
    state = tmp_path / "watch.json"
    first = run("watch", "--db", db, "--since-last", "--state", state, "--outlet", "Post", "-f", "json")
    assert json.loads(first.stdout) and state.exists()
    again = run("watch", "--db", db, "--since-last", "--state", state, "--outlet", "Post", "-f", "json")
    assert json.loads(again.stdout) == [] and "nothing new" in again.stderr
    art = tmp_path / "new.jsonl"
    art.write_text(json.dumps({"id": "ferry-1", "source": "Morning Post", "published": "2025-10-02",
                               "title": "Ferry service resumes", "text": "The ferry company said on Thursday "
                               "that the service to the islands had resumed. \u201cPassengers can travel "
                               "again,\u201d the director Tom Hardy said."}) + "\n", encoding="utf-8")
    run("ingest", art, "--db", db, "-q")
    new = json.loads(run("watch", "--db", db, "--since-last", "--state", state, "--outlet", "Post",
                         "-f", "json").stdout)
    assert new and all(it.get("doc_id") == "ferry-1" or (it.get("first_report") or {}).get("doc_id") == "ferry-1"
                       for it in new), new
    assert json.loads(run("watch", "--db", db, "--since-last", "--state", state, "--outlet", "Post",
                          "-f", "json").stdout) == []


# -- exports ----------------------------------------------------------------------------------------------------------
def test_export_of_a_filtered_part_parquet_nested_csv_flat(bench_db, tmp_path):
    import pyarrow.parquet as pq
    run("export", "--db", bench_db, "-f", "parquet", "-o", tmp_path / "pq", "--outlet", "Morning Post")
    docs = pq.read_table(tmp_path / "pq" / "documents.parquet").to_pylist()
    assert {d["id"] for d in docs} == {"harbour-2", "strike-1"}
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert str(events.schema.field("actors").type).startswith("list<"), events.schema
    run("export", "--db", bench_db, "-f", "csv", "-o", tmp_path / "csv", "--since", "2025-09-05")
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["id"] for r in rows} == {"strike-1", "library-1"}


def test_a_filtered_export_has_a_whole_exports_files_and_columns(bench_db, tmp_path):
    # a filtered export wrote list items (other columns, no actor_aliases, no quote_reports in JSONL) where a whole one
    # wrote tables: a researcher's scripts broke on the columns of one or the other (tryout r12)
    for fmt in ("csv", "jsonl"):
        run("export", "--db", bench_db, "-f", fmt, "-o", tmp_path / f"all-{fmt}")
        run("export", "--db", bench_db, "-f", fmt, "-o", tmp_path / f"part-{fmt}", "--since", "2025-09-05")
        names = sorted(p.name for p in (tmp_path / f"all-{fmt}").iterdir())
        assert names == sorted(p.name for p in (tmp_path / f"part-{fmt}").iterdir()) and len(names) == 7, names
    for name in sorted(p.name for p in (tmp_path / "all-csv").iterdir()):
        with open(tmp_path / "all-csv" / name, encoding="utf-8") as a, \
                open(tmp_path / "part-csv" / name, encoding="utf-8") as b:
            assert a.readline() == b.readline(), name
    with open(tmp_path / "part-jsonl" / "quotes.jsonl", encoding="utf-8") as f:
        quotes = {json.loads(line)["id"] for line in f}
    with open(tmp_path / "part-jsonl" / "quote_reports.jsonl", encoding="utf-8") as f:
        reports = [json.loads(line) for line in f]
    assert quotes and {r["quote_id"] for r in reports} == quotes  # every selected quote with its reports
    with open(tmp_path / "part-jsonl" / "documents.jsonl", encoding="utf-8") as f:
        assert {json.loads(line)["id"] for line in f} == {"strike-1", "library-1"}


def test_export_takes_every_filter_of_its_table(bench_db, tmp_path):
    """The export's options come from the one table (store/filters.py): each filter there is an option that
    works (language, ingested-until and include-undated were missing when the command wrote its own)."""
    from newsgraph.store import filters as F
    help_text = run("export", "--help").stdout
    for name in F.spec("export").filters:
        assert "--" + name.replace("_", "-") in help_text, name
    run("export", "--db", bench_db, "-f", "jsonl", "-o", tmp_path / "en", "--language", "en",
        "--ingested-until", "2999-01-01", "--since", "2025-09-05", "--include-undated")
    with open(tmp_path / "en" / "documents.jsonl", encoding="utf-8") as f:
        assert {json.loads(line)["id"] for line in f} >= {"strike-1", "library-1"}
    run("export", "--db", bench_db, "-f", "jsonl", "-o", tmp_path / "xx", "--language", "xx")
    with open(tmp_path / "xx" / "documents.jsonl", encoding="utf-8") as f:
        assert f.read() == ""


def test_graphml_of_an_actor_neighbourhood(bench_db, tmp_path):
    out = tmp_path / "putin.graphml"
    r = run("export", "--db", bench_db, "-f", "graphml", "-o", out, "--actor", "Putin")
    assert "actors" in r.stdout
    import xml.etree.ElementTree as ET
    nodes = ET.parse(out).getroot().findall(".//{http://graphml.graphdrawing.org/xmlns}node")
    assert 1 < len(nodes) < 60
    story = tmp_path / "story.graphml"
    run("export", "--db", bench_db, "-f", "graphml", "-o", story, "--story", _story_of(bench_db, "library-1"))
    names = {d.text for d in ET.parse(story).getroot().iter("{http://graphml.graphdrawing.org/xmlns}data")}
    assert "Vladimir Putin" not in names


# -- reading at 80 columns, help ------------------------------------------------------------------------------------
@pytest.mark.parametrize("cmd", [("quotes",), ("documents",), ("stories",), ("actors",), ("events",),
                                 ("timeline", "Zelensky"), ("search", "peacekeeping")])
def test_tables_read_at_80_columns(bench_db, cmd, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run(*cmd, "--db", bench_db, "--limit", "50").stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    words = set(re.findall(r"\w+", out))
    assert "Zelensky" in words or cmd[0] in ("documents", "stories") and "Brighton" in words
    for broken in ("Zelensk", "Volodym", "Volodymy"):
        assert broken not in words, out


def test_search_keeps_the_matched_words_in_brackets(bench_db):
    out = run("search", "peacekeeping", "--db", bench_db).stdout
    assert "[peacekeeping]" in out


def test_story_and_document_views_are_complete(bench_db):
    story = _json("stories", "--db", bench_db, "--actor", "Sarah Jones")["items"][0]["id"]
    out = run("story", story, "--db", bench_db).stdout
    assert "first report" in out and "timeline" in out and "False" not in out
    doc = run("document", "harbour-1", "--db", bench_db, "-f", "table").stdout
    assert len(doc.splitlines()) > 3 and "Sarah Jones" in doc


@pytest.mark.parametrize("cmd", ["quotes", "events", "actors", "export", "watch", "ingest", "search"])
def test_help_has_no_type_clutter(cmd):
    out = run(cmd, "--help").stdout
    for clutter in ("<bool>", "<list[str]>", "<int range>", "[x>=1]", "<str>"):
        assert clutter not in out, (cmd, clutter)


# -- the README's examples run as written ---------------------------------------------------------------------------
def _readme_examples() -> list[list[str]]:
    import shlex
    text = README.read_text(encoding="utf-8")
    block = text[text.index("```\nnewsgraph search"):]
    block = block[4:block.index("```", 4)]
    out = []
    for line in block.splitlines():
        for part in re.split(r"\s{3,}", line.strip()):
            if part.startswith("newsgraph ") and "|" not in part and "ID" not in part.split():
                out.append(shlex.split(part)[1:])
    return out


def test_readme_query_examples_run_as_written_and_return_rows(bench_db, tmp_path):
    examples = _readme_examples()
    assert len(examples) >= 6, examples
    for args in examples:
        args = [str(tmp_path / a) if a.endswith((".graphml", "/")) else a for a in args]  # outputs in tmp_path
        r = run(*args, "--db", bench_db)
        assert r.stdout.strip() and "no matches" not in r.stderr, (args, r.stdout, r.stderr)


# -- no query per row -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fn, args", [("list_quotes", ()), ("list_actors", ()), ("list_events", ()),
                                      ("list_documents", ()), ("list_stories", ()), ("timeline", ()),
                                      ("feed", ()), ("search", ("the",))])
def test_a_list_takes_the_same_number_of_queries_whatever_its_length(bench_db, fn, args):
    from sqlalchemy import event

    from newsgraph.store import open_store
    from newsgraph.store import queries as Q
    from newsgraph.store.changes import forget_totals
    with open_store(str(bench_db)) as store:
        seen: list = []
        event.listen(store.reader(), "before_cursor_execute", lambda *a: seen.append(1))
        counts = []
        for limit in (1, 50):
            seen.clear()
            forget_totals()  # both pages count their total (a cached total would spare the second one a query)
            kw = {"actor": "Zelensky"} if fn == "timeline" else {}
            page = getattr(Q, fn)(store, *args, limit=limit, **kw)
            counts.append((len(seen), len(page["items"])))
    (few, n_few), (many, n_many) = counts
    assert n_many > n_few, counts
    # timeline and feed mix quotes and events: a page holding both kinds reads each kind once more (quotes: their
    # reports' other speakers too); a page that is not full is the last one and skips counting its total
    # (store/queries/base.page)
    assert many <= few or fn in ("timeline", "feed") and many <= few + 5 < few + n_many - n_few, counts


def test_search_and_watch_take_several_words_unquoted(bench_db):
    assert _ids(_json("search", "harbour", "storm", "--db", bench_db)) == _ids(
        _json("search", "harbour storm", "--db", bench_db)) != set()
