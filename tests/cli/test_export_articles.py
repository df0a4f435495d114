"""An export selected by words holds the articles with those words and what is in them (tryout r19 I: `export
--query trade` wrote the 31 articles with "trade" but only the 20 quotes whose own words had it, of the 588 reports
in those articles); the actor and the dates still select quotes and events by their own speaker, participants and
date. SQLite and PostgreSQL (their full-text searches differ)."""
from __future__ import annotations

import csv
import json

import pytest
from workbench_helpers import ARTICLES, EXAMPLE, run


def _csv(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _check_shipping(db, out):
    # "shipping" is only in harbour-1's text; of its two quotes, "We are back in business" has no such word
    run("export", "--db", db, "-f", "csv", "-o", out, "--query", "shipping")
    assert [d["id"] for d in _csv(out / "documents.csv")] == ["harbour-1"]
    quotes = {q["text"]: q for q in _csv(out / "quotes.csv")}
    assert set(quotes) == {"the harbour had reopened to shipping", "We are back in business"}, quotes
    business = quotes["We are back in business"]
    assert business["n_reports"] == "2"  # the quote as a whole: harbour-2 reports it too
    reports = _csv(out / "quote_reports.csv")  # but only the reports of the articles exported
    assert sorted((r["quote_id"], r["doc_id"]) for r in reports) == sorted((q["id"], "harbour-1")
                                                                          for q in quotes.values())
    assert {e["doc_id"] for e in _csv(out / "events.csv")} <= {"harbour-1"}
    assert "Sarah Jones" in {a["name"] for a in _csv(out / "actors.csv")}
    # with the speaker's own filter too: the articles' quotes of that speaker only
    run("export", "--db", db, "-f", "jsonl", "-o", out / "brown", "--query", "shipping", "--actor", "Mark Brown")
    assert (out / "brown" / "quotes.jsonl").read_text(encoding="utf-8") == ""
    run("export", "--db", db, "-f", "jsonl", "-o", out / "jones", "--query", "shipping", "--actor", "Sarah Jones")
    lines = (out / "jones" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(x)["speaker_id"] for x in lines} == {business["speaker_id"]} and lines


def test_export_by_words_holds_what_is_in_the_articles(bench_db, tmp_path):
    _check_shipping(bench_db, tmp_path)


def test_the_help_says_what_the_words_select():
    out = " ".join(run("export", "--help").stdout.split())
    assert "what is in them" in out and "the quotes they report" in out


@pytest.mark.postgres
def test_export_by_words_on_postgresql(pg_url, tmp_path):
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    run("ingest", EXAMPLE, tmp_path / "a.jsonl", "--db", pg_url, "-q")
    _check_shipping(pg_url, tmp_path / "out")
