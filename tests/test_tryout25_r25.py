"""Round 25 (tryout): what a new user met. A broken installation (a library that cannot be imported or loaded)
fails the document with the library named, never silently empties part of the record (no relative dates, no name
kinds, no nicknames); a paraphrase is never shown in quotation marks as if the speaker's own words. Texts written
for these tests."""
from __future__ import annotations

import sys

import pytest

import newsgraph
from newsgraph.errors import DocumentError


def _broken(monkeypatch, module: str) -> None:
    """Make ``import module`` raise ImportError, as a broken or missing install does."""
    monkeypatch.setitem(sys.modules, module, None)


def test_a_broken_dateparser_is_an_error_not_vague_dates(monkeypatch):
    import datetime as dt

    from newsgraph.understand import dates
    dates._relative_parser.cache_clear()
    dates.resolve_relative.cache_clear()
    _broken(monkeypatch, "dateparser.date")
    try:
        with pytest.raises(ImportError):
            dates.resolve_relative("two weeks ago", "en", dt.date(2024, 3, 14))
    finally:
        dates._relative_parser.cache_clear()
        dates.resolve_relative.cache_clear()


def test_odd_input_to_dateparser_is_still_a_vague_date():
    import datetime as dt

    from newsgraph.understand import dates
    assert dates.resolve_relative("in the coming days", "en", dt.date(2024, 3, 14)) == (None, None)


def test_missing_name_data_is_an_error_not_fewer_names(monkeypatch):
    from newsgraph.understand import names
    names._name_data.cache_clear()
    names._namer.cache_clear()
    _broken(monkeypatch, "nicknames")
    try:
        with pytest.raises(ImportError):
            names._namer()
    finally:
        names._namer.cache_clear()
    _broken(monkeypatch, "gender_guesser")
    try:
        with pytest.raises(ImportError):
            names._name_data()
    finally:
        names._name_data.cache_clear()


def test_a_broken_morphology_is_an_error_not_names_without_kind(monkeypatch):
    from newsgraph.understand import name_keys

    def broken():
        raise ImportError("pymorphy2 dictionaries not found")
    monkeypatch.setattr(name_keys, "_morph", broken)
    name_keys._cyrillic_name.cache_clear()
    try:
        with pytest.raises(ImportError):
            name_keys._cyrillic_name("Ивановой")
    finally:
        name_keys._cyrillic_name.cache_clear()
    monkeypatch.undo()
    assert name_keys._cyrillic_name("Ивановой")[1] == "Surn"


def test_a_broken_host_parser_is_an_error_not_whole_hosts(monkeypatch):
    from newsgraph import hosts

    def broken():
        raise ImportError("tldextract")
    monkeypatch.setattr(hosts, "_extractor", broken)
    hosts.split_host.cache_clear()
    try:
        with pytest.raises(ImportError):
            hosts.split_host("news.example.co.uk")
    finally:
        hosts.split_host.cache_clear()
    monkeypatch.undo()
    assert hosts.split_host("news.example.co.uk") == ("news", "example.co.uk")


def test_a_component_that_cannot_import_fails_its_document_with_the_reason(monkeypatch):
    import newsgraph.understand.quotes.en as en

    def boom(*a, **k):
        raise ImportError("No module named 'a_missing_dependency'")
    monkeypatch.setattr(en, "extract", boom)
    out = list(newsgraph.analyze_many(["The mayor said the bridge would reopen on Monday.",
                                       "Ратуша сообщила, что мост откроют в понедельник."]))
    assert isinstance(out[0], DocumentError)
    assert "internal error in understand.quotes (ImportError: No module named 'a_missing_dependency')" in str(out[0])
    assert not isinstance(out[1], DocumentError)  # the batch goes on


# -- a paraphrase is shown as the writer's account, never in quotation marks as the speaker's own words ---------------
def test_only_a_direct_quote_is_shown_in_quotation_marks():
    from newsgraph.render import in_marks, said_line
    assert in_marks("We will rebuild the pier", "direct") == "“We will rebuild the pier”"
    assert in_marks("the pier would be rebuilt", "indirect") == "the pier would be rebuilt"
    assert in_marks("the plan was “a fantasy”", "mixed") == "the plan was “a fantasy”"
    assert said_line("Ana Reyes", "direct", "said", "We will rebuild") == "Ana Reyes: “We will rebuild”"
    assert said_line("Ana Reyes", "indirect", "denied", "the allegations") == "Ana Reyes (denied): the allegations"
    assert said_line(None, "indirect", None, "the pier is safe") == "? (said): the pier is safe"


def test_feed_entries_and_timeline_lines_keep_paraphrase_out_of_marks():
    from newsgraph.cli.read import _what
    from newsgraph.serve.feeds import entry
    para = {"entry": "quote", "id": "q_1", "kind": "indirect", "speaker": "Ana Reyes", "cue": "denied",
            "text": "the allegations", "date": "2024-03-14"}
    own = dict(para, id="q_2", kind="direct", cue="said", text="We did nothing wrong")
    assert _what(para) == "Ana Reyes (denied): the allegations"
    assert _what(own) == "Ana Reyes: “We did nothing wrong”"
    e = entry(para, "http://x")
    assert "“" not in e["title"] + e["summary"] and e["title"] == "Ana Reyes (denied): the allegations"
    e = entry(own, "http://x")
    assert e["title"] == "Ana Reyes: “We did nothing wrong”" and "“We did nothing wrong”" in e["summary"]


def test_the_quote_page_of_a_paraphrase_has_no_quotation_marks(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    (tmp_path / "pier.txt").write_text(
        "Pier to be rebuilt\n\nHARBORTON, March 14, 2024 — Mayor Ruth Alder denied the allegations on Tuesday. "
        "“We did nothing wrong,” Alder said.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    run = CliRunner().invoke
    assert run(app, ["ingest", str(tmp_path / "pier.txt"), "--db", db], catch_exceptions=False).exit_code == 0
    res = run(app, ["quotes", "--db", db, "--format", "json"], catch_exceptions=False)
    import json
    items = json.loads(res.stdout)["items"]
    kinds = {q["kind"]: q["id"] for q in items}
    assert "direct" in kinds and "indirect" in kinds, items
    out = run(app, ["quote", kinds["indirect"], "--db", db], catch_exceptions=False).stdout
    assert out.startswith("the allegations") and "“the allegations”" not in out, out
    out = run(app, ["quote", kinds["direct"], "--db", db], catch_exceptions=False).stdout
    assert out.startswith("“We did nothing wrong”"), out
    res = run(app, ["timeline", "Ruth Alder", "--db", db, "--format", "json"], catch_exceptions=False)
    lines = [it["what"] for it in json.loads(res.stdout)["items"] if it["entry"] == "quote"]
    assert "Ruth Alder (denied): the allegations" in lines and "Ruth Alder: “We did nothing wrong”" in lines, lines


# -- a wire dateline with its day and year ("KELSTON, March 14, 2024 —") is a place, never a speaker -----------------
@pytest.mark.parametrize("dateline", ["HARBORTON, March 14, 2024 — ", "HARBORTON, Ore., March 14, 2024 — ",
                                      "HARBORTON, Oct. 2, 2023 - "])
def test_a_dated_dateline_is_a_place_not_a_speaker(dateline):
    rec = newsgraph.analyze(f"Pier to be rebuilt\n\n{dateline}The harbor board denied the allegations on Tuesday.\n")
    places = {e.name: e.type for e in rec.entities}
    assert places.get("HARBORTON", "GPE") in ("GPE", "LOC"), places  # (the tagger may leave it out)
    assert [q.speaker.name if q.speaker else None for q in rec.quotes] == ["The harbor board"], rec.quotes


def test_a_dated_dateline_leaves_the_person_after_it():
    rec = newsgraph.analyze("Pier to be rebuilt\n\nKELSTON, March 14, 2024 — Senator John Smith said the pier "
                            "would be rebuilt by summer.\n")
    assert [(q.speaker.name, q.date) for q in rec.quotes] == [("John Smith", "2024-03-14")]
    assert {e.name: e.type for e in rec.entities}["KELSTON"] == "GPE"


# -- a PostgreSQL database that does not exist: say that newsgraph does not create it, and how to -----------------------
def test_a_missing_postgresql_database_says_to_create_it():
    from newsgraph.store.store import _reason
    exc = RuntimeError('connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  database '
                       '"newsroom" does not exist')
    said = _reason(exc)
    assert said.startswith("the PostgreSQL database 'newsroom' does not exist") and "createdb" in said, said
    assert "CREATE DATABASE newsroom" in said
    assert _reason(RuntimeError('FATAL:  role "x" does not exist')).startswith('FATAL:  role "x"')


def test_a_dated_dateline_is_no_actor_of_the_lead_event():
    for text in ("KELSTON, March 14, 2024 — Mayor Ruth Alder rejected the harbor plan on Tuesday.",
                 "Harbor plan rejected\n\nKELSTON, Ore., March 14, 2024 — Mayor Ruth Alder rejected the plan."):
        acts = [(v.type, [a.name for a in v.actors]) for v in newsgraph.analyze(text).events]
        assert acts == [("REJECT", ["Ruth Alder"])], acts
    # a list of subjects around a dash is no dateline
    acts = [(v.type, [a.name for a in v.actors])
            for v in newsgraph.analyze("NATO, Russia and — surprisingly — China rejected the plan.").events]
    assert acts and "NATO" in acts[0][1], acts


# -- a closing straight quote before a name opens nothing: the name is not run on to the next quotation ---------------
def test_a_name_after_a_closed_straight_quotation_stays_a_name():
    rec = newsgraph.analyze('Brazil called the vote "a farce." Peru insisted that Lima "will not accept the result." '
                            'Chile said it would wait.')
    names = {e.name for e in rec.entities}
    assert "Peru" in names and not any(" insisted " in n for n in names), names
    speakers = {q.speaker.name for q in rec.quotes if q.speaker}
    assert "Peru" in speakers and not any(" insisted " in n for n in speakers), speakers


def test_a_name_opening_its_own_straight_quotation_is_still_completed():
    rec = newsgraph.analyze('Delegates of the "Coalition of the Willing" met in Paris on Monday.')
    assert "Coalition of the Willing" in {e.name for e in rec.entities}


# -- an archive's "Headline; subhead" first line: the title has no trailing semicolon, the text keeps the line ---------
def test_a_headline_title_drops_the_archive_semicolon(tmp_path):
    from newsgraph.clean.structure import title_of_line
    assert title_of_line("Ready for a rematch?;") == "Ready for a rematch?"
    assert title_of_line("HARBOR VOTE // GAME ON; ") == "HARBOR VOTE // GAME ON"
    assert title_of_line("Pier reopens") == "Pier reopens"
    f = tmp_path / "daily_2016-09-08_council-backs-new-pier-plan.txt"
    f.write_text("Council backs new pier plan; \nVote ends a long fight over the harbor.\n\nThe city council voted 7-2 "
                 "on Wednesday to rebuild the old pier, ending a two-year fight over the harbor.\n", encoding="utf-8")
    (rec,) = list(newsgraph.analyze_many(newsgraph.ingest.read(str(f))))
    assert rec.document.title == "Council backs new pier plan"
    assert rec.document.text.startswith("Council backs new pier plan;")


# -- ending one's own investigation or lawsuit is no accusation by its possessor ---------------------------------------
@pytest.mark.parametrize("text", ["Prosecutors in Norway have dropped their investigation into the minister.",
                                  "The state dropped its lawsuit against the builder on Monday.",
                                  "The league has abandoned its inquiry into the club's finances."])
def test_dropping_an_investigation_is_no_accusation(text):
    assert [v.type for v in newsgraph.analyze(text).events] == []


def test_opening_an_investigation_is_still_one():
    types = [v.type for v in newsgraph.analyze("Norway opened an investigation into the minister.").events]
    assert types == ["ACCUSE"]
