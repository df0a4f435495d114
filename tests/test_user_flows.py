"""Bugs met by a first user walking the CLI flows (analyze, ingest, queries, export, serve): each test here failed
before its fix."""
from __future__ import annotations

import json

from newsgraph.record import Analysis


def _record(n_mentions: int, n_removed: int) -> Analysis:
    text = "Putin spoke. " * n_mentions
    return Analysis.from_json(json.dumps({
        "schema": "newsgraph.analysis/1",
        "document": {"id": "x", "source": "a.txt", "title": None, "language": "en", "published": None,
                     "text": text, "paragraphs": [{"start": 0, "end": len(text), "kind": "body"}],
                     "removed": [{"text": "Comments (0)", "reason": "boilerplate"}] * n_removed},
        "entities": [{"id": "e1", "type": "PERSON", "name": "Putin",
                      "mentions": [{"start": 13 * i, "end": 13 * i + 5, "text": "Putin"} for i in range(n_mentions)]}],
        "quotes": [], "events": [], "dates": [], "quantities": [],
    }))


def test_text_summary_counts_read_like_english():
    from newsgraph.render import render_text
    one = render_text(_record(1, 1))
    assert "1 paragraph (1 body)" in one and "1 piece removed" in one and "(1 mention)" in one, one
    two = render_text(_record(2, 2))
    assert "2 pieces removed" in two and "(2 mentions)" in two, two


# -- ingest and the query commands -------------------------------------------------------------------------------
import re  # noqa: E402

import pytest  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from newsgraph.cli import app  # noqa: E402

runner = CliRunner()

ARTICLES = [
    "Harbour reopens after the storm\n\nThe mayor of Brighton, Sarah Jones, said that the harbour had reopened to "
    "shipping on Monday. «We are back in business,» Jones told reporters.",
    "Rail strike called off\n\nThe union leader Mark Brown announced that the strike planned for Friday was called "
    "off after talks with the operator.",
    "Library gets a new wing\n\nThe city council approved a new wing for the central library. Councillor Anna Lee "
    "said that building work would start in spring.",
    "Festival crowds break record\n\nOrganisers said that more than 40,000 people attended the folk festival this "
    "weekend, a record for the event.",
]


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    d = tmp_path_factory.mktemp("articles")
    for i, text in enumerate(ARTICLES):
        (d / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def small_db(articles, tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "small.db"
    r = runner.invoke(app, ["ingest", str(articles), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    return db


def test_stats_in_every_format(small_db):
    for fmt in ("table", "json", "csv"):
        r = runner.invoke(app, ["stats", "--db", str(small_db), "--format", fmt])
        assert r.exit_code == 0, (fmt, r.output, r.exception)
    r = runner.invoke(app, ["stats", "--db", str(small_db), "--format", "json"])
    assert json.loads(r.stdout)["documents"] == 4
    r = runner.invoke(app, ["stats", "--db", str(small_db), "--format", "csv"])
    assert "documents,4" in r.stdout


def test_ctrl_c_during_ingest_says_what_was_stored_and_a_rerun_finishes(articles, tmp_path, monkeypatch):
    import newsgraph.corpus.ingest as ci
    real = ci.default_analyze
    calls = {"n": 0}

    def interrupting(batch_size=32):
        run = real(batch_size)

        def analyze(raws):
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt
            return run(raws)
        return analyze

    monkeypatch.setattr(ci, "default_analyze", interrupting)
    db = tmp_path / "int.db"
    r = runner.invoke(app, ["ingest", str(articles), "--db", str(db), "--batch-size", "1", "-q"])
    assert r.exit_code == 130
    assert "Traceback" not in r.output
    line = [ln for ln in r.output.splitlines() if "interrupted" in ln]
    assert line and "2 new" in line[0] and "rerun" in line[0].lower(), r.output
    monkeypatch.setattr(ci, "default_analyze", real)
    r = runner.invoke(app, ["stats", "--db", str(db), "--format", "json"])
    assert json.loads(r.stdout)["documents"] == 2
    r = runner.invoke(app, ["ingest", str(articles), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    assert re.search(r"\b2 new\b", r.output), r.output
    r = runner.invoke(app, ["stats", "--db", str(db), "--format", "json"])
    assert json.loads(r.stdout)["documents"] == 4


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def any_db(request, articles, tmp_path_factory):
    if request.param == "sqlite":
        url, drop = str(tmp_path_factory.mktemp("any") / "s.db"), (lambda: None)
    else:
        from pgutil import create_pg_database
        url, drop = create_pg_database("ngflows")
    r = runner.invoke(app, ["ingest", str(articles), "--db", url, "-q"])
    assert r.exit_code == 0, r.output
    yield url
    drop()


def test_a_word_ending_in_star_is_a_prefix_search(any_db):
    """Russian (and English) words inflect: `search Путин*` must find Путина; the * used to be dropped."""
    def ids(*args):
        r = runner.invoke(app, [*args, "--db", any_db, "--format", "json"])
        assert r.exit_code == 0, r.output
        return [it.get("title") or it.get("text") for it in json.loads(r.stdout)["items"]]
    assert ids("search", "reopen") == []
    assert ids("search", "reopen*") == ["Harbour reopens after the storm"]
    assert ids("search", "reopen* harbo*") == ["Harbour reopens after the storm"]
    found = ids("quotes", "--about", "busin*")
    assert len(found) == 1 and "back in business" in found[0], found


def test_search_does_not_call_an_original_a_copy_of_itself(small_db):
    import csv
    import io
    r = runner.invoke(app, ["search", "reopen*", "--db", str(small_db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 1
    assert rows[0].get("copy_of", "") == "" and rows[0].get("canonical_id", "") == "", rows


@pytest.mark.parametrize("cmd", ["actor", "story", "document"])
def test_one_item_commands_refuse_csv_instead_of_printing_json(small_db, cmd):
    """`actor NAME --format csv` used to print JSON under a csv request; these pages have no one table."""
    r = runner.invoke(app, [cmd, "x", "--db", str(small_db), "--format", "csv"])
    assert r.exit_code == 2, r.output
    assert "csv" in r.output and not r.stdout.lstrip().startswith("{")


@pytest.mark.parametrize("args", [["quotes", "--since", "2025-13-01"], ["events", "--until", "2025-02-30"],
                                  ["search", "harbour", "--since", "2025-9-4"], ["actors", "--since", "20250904x"],
                                  ["stories", "--since", "2025-00"]])
def test_an_impossible_date_is_a_clear_error(small_db, args):
    r = runner.invoke(app, [*args, "--db", str(small_db)])
    assert r.exit_code == 1, r.output
    assert r.output.startswith("error: ") and len(r.output.strip().splitlines()) == 1, r.output
    assert args[-1] in r.output and "Traceback" not in r.output


def test_good_dates_of_every_precision_pass(small_db):
    for d in ("2025", "2025-09", "2025-09-04", "2025-09-04T10:00:00Z"):
        r = runner.invoke(app, ["quotes", "--since", d, "--db", str(small_db), "--format", "json"])
        assert r.exit_code == 0, (d, r.output)


@pytest.mark.parametrize("args", [["quotes", "--speaker", "Nobody Atall"], ["events", "--actor", "Nobody Atall"],
                                  ["timeline", "Nobody Atall"], ["stories", "--actor", "Nobody Atall"]])
def test_an_unknown_actor_name_is_said_not_an_empty_table(small_db, args):
    r = runner.invoke(app, [*args, "--db", str(small_db)])
    assert r.exit_code == 1, r.output
    assert r.output.strip() == "error: no actor named 'Nobody Atall' (see `newsgraph actors NAME`)", r.output


def test_an_empty_result_table_says_so(small_db):
    r = runner.invoke(app, ["search", "zzzqqq", "--db", str(small_db)])
    assert r.exit_code == 0
    assert "no matches" in r.output
    r = runner.invoke(app, ["search", "zzzqqq", "--db", str(small_db), "--format", "csv"])
    assert r.stdout.strip() == "id,published,outlet,title,snippet,copy_of" and "no matches" not in r.output


def test_events_of_a_syndicated_copy_are_not_counted_twice(tmp_path):
    """A near-duplicate copy repeats its original's events: `newsgraph events` lists an event of a copy only when
    its evidence is not in the original (a new headline may hold a new event); --with-copies lists them all."""
    body = ("Russian President Vladimir Putin invited Ukrainian President Volodymyr Zelensky to Moscow on Tuesday. "
            "The Kremlin said the talks could take place next month.\n")
    (tmp_path / "b1.txt").write_text("Putin invites Zelensky\n\n" + body, encoding="utf-8")
    (tmp_path / "b2.txt").write_text("Union calls off Friday rail strike\n\n" + body + "Share this article\n",
                                     encoding="utf-8")
    db = tmp_path / "e.db"
    r = runner.invoke(app, ["ingest", str(tmp_path / "b1.txt"), str(tmp_path / "b2.txt"), "--db", str(db), "-q",
                            "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["near_duplicate"] == 1, r.output

    def events(*extra):
        r = runner.invoke(app, ["events", "--db", str(db), "--format", "json", "-n", "100", *extra])
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)["items"]
    docs = json.loads(runner.invoke(app, ["search", "Moscow", "--db", str(db), "--format", "json"]).stdout)["items"]
    original = next(d for d in docs if not d["is_duplicate"])
    original_text = json.loads(runner.invoke(app, ["document", original["id"], "--db", str(db), "-f", "json"]).stdout)["text"]
    once, both = events(), events("--with-copies")
    repeated = [e for e in both if e["doc_id"] != original["id"] and e["evidence"] in original_text]
    assert repeated, both  # the copy repeats the body's event
    key = lambda e: (e["doc_id"], e["id"])  # noqa: E731
    assert sorted(map(key, once)) == sorted(key(e) for e in both if e not in repeated)
    assert any(e["doc_id"] != original["id"] for e in once)  # the copy's own headline event stays


def test_timeline_lists_a_syndicated_event_once_and_reads_cleanly(tmp_path):
    body = ("Russian President Vladimir Putin invited Ukrainian President Volodymyr Zelensky to Moscow on Tuesday. "
            "The Kremlin said the talks could take place next month.\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b1.txt").write_text("Kremlin talks\n\n" + body, encoding="utf-8")
    (tmp_path / "in" / "b2.txt").write_text("Moscow offer\n\n" + body + "Share this article\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "-q"]).exit_code == 0

    def rows(*extra):
        r = runner.invoke(app, ["timeline", "Putin", "--db", db, "--format", "csv", *extra])
        assert r.exit_code == 0, r.output
        return [ln for ln in r.stdout.splitlines()[1:] if ",event," in ln]
    once, both = rows(), rows("--with-copies")
    assert len(both) == 2 * len(once) and once, both
    assert not any("->  (" in ln or "-> (" in ln for ln in both), both  # no arrow to nobody


def test_ingesting_the_folder_that_holds_the_store_skips_the_store_itself(tmp_path):
    """`newsgraph ingest . --db news.db` inside the news folder must not read news.db (and its -wal/-shm files)
    as articles: it used to fail with 'binary file' errors, exit 1, on the second run."""
    (tmp_path / "a.txt").write_text(ARTICLES[0] + "\n", encoding="utf-8")
    db = tmp_path / "news.db"
    for _ in range(2):
        r = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db), "-q", "--json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout)["failed"] == 0, r.output


# -- the web UI ------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def web(small_db):
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app
    with TestClient(create_app(str(small_db), token="t")) as c:
        yield c


def test_story_dates_do_not_wrap_inside_a_date(web):
    """Every date is one unbreakable span (style.css: .date { white-space: nowrap }); none is left bare."""
    html = web.get("/stories", headers={"Accept": "text/html"}).text
    tags = re.findall(r"(<[^<>]*)>\s*(?:\d{4}-\d\d-\d\d|undated)", html)
    assert tags, html[:2000]
    assert all('class="date' in t for t in tags), tags


def test_every_link_of_the_main_pages_answers(web):
    """No broken links: every internal href of the main pages (and of the pages they link to) answers 200."""
    start = ["/", "/search?q=harbour", "/stories", "/actors", "/quotes", "/events", "/timeline", "/graph", "/analyze"]
    seen, todo = set(), list(start)
    while todo and len(seen) < 150:
        url = todo.pop(0)
        if url in seen:
            continue
        seen.add(url)
        r = web.get(url, headers={"Accept": "text/html"})
        assert r.status_code == 200, (url, r.status_code)
        if url in start or len(seen) < 40:
            for href in re.findall(r'href="(/[^"#]*)"', r.text):
                href = href.replace("&amp;", "&")
                if not href.startswith(("/static/", "/docs", "/openapi")) and href not in seen:
                    todo.append(href)
    assert len(seen) > 10


def test_ingest_summary_is_one_line_in_a_log(articles, tmp_path):
    """Piped to a log (no terminal), the summary used to be wrapped at 80 columns mid-sentence."""
    r = runner.invoke(app, ["ingest", str(articles), "--db", str(tmp_path / "l.db"), "-q"])
    assert r.exit_code == 0
    line = next(ln for ln in r.output.splitlines() if " new, " in ln)
    assert "failed in" in line and "docs/s" in line, r.output


def test_stdin_ingested_twice_is_skipped_not_analyzed_again(tmp_path):
    lines = "".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(ARTICLES[:2]))
    db = str(tmp_path / "in.db")
    first = runner.invoke(app, ["ingest", "-", "--db", db, "-q", "--json"], input=lines)
    assert first.exit_code == 0 and json.loads(first.stdout)["new"] == 2, first.output
    again = runner.invoke(app, ["ingest", "-", "--db", db, "-q", "--json"], input=lines)
    s = json.loads(again.stdout)
    assert (s["new"], s["duplicate"], s["skipped"]) == (0, 0, 2), s


def test_eval_reference_finds_the_shared_gold_from_any_folder(tmp_path, monkeypatch):
    """From any folder, $NEWSGRAPH_SHARED names the shared data folder; without it the default is ../shared from the
    current folder (a checkout's convention), never a path beside the installed package."""
    from pathlib import Path

    from newsgraph.cli.eval_reference import default_gold
    shared = Path(__file__).resolve().parents[1].parent / "shared"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSGRAPH_SHARED", str(shared))
    gold = default_gold()
    assert gold.is_file() == (shared / "seed" / "expected.json").is_file()
    if gold.is_file():
        assert gold.name == "expected.json" and (gold.parent / "article.txt").is_file()
    monkeypatch.delenv("NEWSGRAPH_SHARED")
    assert default_gold() == Path("..") / "shared" / "seed" / "expected.json"


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "graphml"])
def test_export_to_a_place_it_cannot_write_is_one_line(small_db, tmp_path, fmt):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    target = blocker / "out.graphml" if fmt == "graphml" else blocker
    r = runner.invoke(app, ["export", "-f", fmt, "-o", str(target), "--db", str(small_db)])
    assert r.exit_code == 1, r.output
    assert r.output.startswith("error: ") and len(r.output.strip().splitlines()) == 1, r.output
    assert str(blocker) in r.output


def test_an_unknown_event_type_is_named_not_an_empty_table(small_db):
    r = runner.invoke(app, ["events", "--type", "MEETING", "--db", str(small_db)])
    assert r.exit_code == 1, r.output
    assert r.output.startswith("error: --type: 'MEETING' is not one of") and "CONSULT" in r.output, r.output
    assert runner.invoke(app, ["events", "--type", "consult", "--db", str(small_db)]).exit_code == 0


def test_db_help_of_reading_commands_does_not_promise_to_create_a_store(small_db, tmp_path):
    """Reading commands refuse a missing store ('no such store'); their --db help said 'created when missing'."""
    r = runner.invoke(app, ["search", "--help"], terminal_width=200)
    assert "created when missing" not in " ".join(r.output.split())
    r = runner.invoke(app, ["stats", "--db", str(tmp_path / "absent.db")])
    assert r.exit_code == 1 and "no such store" in r.output


def test_serve_never_prints_the_database_password(monkeypatch):
    import newsgraph.serve
    import newsgraph.store
    import uvicorn

    class FakeStore:
        def close(self):
            pass
    monkeypatch.setattr(newsgraph.store, "open_store", lambda url, **kw: FakeStore())
    monkeypatch.setattr(newsgraph.serve, "create_app", lambda *a, **kw: object())
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: None)
    r = runner.invoke(app, ["serve", "--db", "postgresql://analyst:hunter2@db.example:5432/news", "--port", "0"])
    assert r.exit_code == 0, r.output
    assert "hunter2" not in r.output and "db.example" in r.output, r.output


def test_the_progress_bar_counts_a_file_when_its_documents_are_stored(articles, tmp_path):
    """on_file (the ingest bar's step) used to fire when a file had been *read*, a whole batch before its documents
    were analyzed and stored: the bar said 43/43 files (and stopped its clock) while a batch was still running."""
    from newsgraph.corpus.ingest import ingest
    from newsgraph.store import open_store
    log = []
    with open_store(str(tmp_path / "p.db")) as store:
        ingest(store, [str(articles)], batch_size=10, on_file=lambda p: log.append("file"),
               on_batch=lambda s, n: log.append("batch"))
    assert log.count("file") == len(ARTICLES) and "batch" in log
    assert log.index("batch") < log.index("file"), log
