"""Round 30's new-user trial (newuser30) on main (e7bebc8e): what a newsroom archivist and an OSINT researcher met on
day one (ingest of real formats, PostgreSQL, serve, exports, ten benchmark pages read as a reader). Every text here
was written for the test (none is copied from a news text; product and place names only). Each test fails on main
and is marked xfail(strict=False) with the finding; remove the mark with the fix. Findings and commands:
/tmp/try30/NEWUSER.md."""
import functools

import pytest

import newsgraph


@functools.lru_cache(maxsize=None)
def _rec(text):
    return newsgraph.analyze(text)


def _quotes(text):
    return [(q.kind, q.text, q.speaker.name if q.speaker else None, q.cue) for q in _rec(text).quotes]


def _events(text):
    return [(e.type, e.mode, e.trigger, [a.name for a in e.actors]) for e in _rec(text).events]


# --- quotes: speakers and spans ---------------------------------------------------------------------------------

HE_SURNAME = ('President Carl Smith met farm leaders in the capital on Monday.\n\n'
              '"Without lower tariffs, what does the other side gain from this deal?" He Lin, the former director '
              'for China at the World Bank, said at a Nov. 6 event in Washington.')


def test_chinese_surname_he_after_a_quotation_is_the_speaker():
    qs = _quotes(HE_SURNAME)
    assert qs, qs
    kind, text, speaker, cue = qs[0]
    assert speaker and "Lin" in speaker, qs
    assert cue == "said", qs


def test_reported_content_keeps_the_named_subject_with_age_and_hometown():
    text = ("A Texas man pleaded guilty on Tuesday to wire fraud, the U.S. Attorney's Office for the Northern "
            "District of Texas said.\n\nJohn A. Smith Jr., 41, of Greenville, a town east of Dallas, pleaded "
            "guilty to two counts of wire fraud, the office said.")
    contents = [t for _, t, _, _ in _quotes(text)]
    assert not any(t.startswith("of Greenville") for t in contents), contents
    assert any(t.startswith("John A. Smith Jr.") for t in contents), contents


def test_a_product_title_with_a_colon_is_no_transcript_label():
    text = ("Star Wars Jedi: Fallen Order review - a bold game that almost gets there\n\n"
            "Star Wars Jedi: Fallen Order is a game with many faces. You can call it a copy of other games, but "
            "that would miss the point.\n\nThe combat is slow at first.")
    assert not any(cue == ":" for _, _, _, cue in _quotes(text)), _quotes(text)


# --- events: types a reader would call wrong --------------------------------------------------------------------

@pytest.mark.xfail(strict=False, reason="'probe' as a noun for a spacecraft is typed ACCUSE/investigate")
def test_a_space_probe_is_no_investigation():
    text = "NASA plans to send a probe to the icy moon in 2024. The agency said the probe would carry ten instruments."
    assert not any(t == "ACCUSE" for t, *_ in _events(text)), _events(text)


def test_a_real_probe_is_still_an_investigation():
    """The near miss: an inquiry called a probe stays one (passes on main)."""
    text = "The Senate committee opened a probe into the bank's lending practices on Monday."
    assert any(t == "ACCUSE" and m == "investigate" for t, m, *_ in _events(text)), _events(text)


@pytest.mark.xfail(strict=False, reason="being attacked (passive, 'you will be attacked by three enemy factions') is "
                   "typed THREATEN; an attack is ASSAULT (a threat is of an attack to come)")
def test_being_attacked_is_no_threat():
    text = "In the game, you will mainly be attacked by three enemy factions, each with its own weapons."
    assert not any(t == "THREATEN" for t, *_ in _events(text)), _events(text)


# --- the store: PostgreSQL should answer a search as SQLite does ------------------------------------------------

DOTTED_DATE = ("The regional council said on Monday that the new parking rules would apply from 01.01.2019 in "
               "every district of the city, and that drivers would be warned by letter.\n")


def _search_total(db, words):
    import json

    from typer.testing import CliRunner

    from newsgraph.cli import app
    out = CliRunner().invoke(app, ["search", words, "--db", db, "--format", "json"], catch_exceptions=False)
    return json.loads(out.stdout)["total"]


def test_a_year_finds_a_dotted_date_on_postgresql_as_on_sqlite(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from pgutil import create_pg_database
    url, drop = create_pg_database("ngnewuser30")
    try:
        page = tmp_path / "council.txt"
        page.write_text(DOTTED_DATE, encoding="utf-8")
        sqlite = str(tmp_path / "a.db")
        for db in (sqlite, url):
            res = CliRunner().invoke(app, ["ingest", str(page), "--db", db], catch_exceptions=False)
            assert res.exit_code == 0, res.output
        for db in (sqlite, url):  # a year, and the date as written (the query reads it as the vectors do)
            assert _search_total(db, "2019") == 1
            assert _search_total(db, "01.01.2019") == 1
    finally:
        drop()


# --- files a team shares -----------------------------------------------------------------------------------------

def test_analyze_output_file_has_the_umask_mode(tmp_path):
    import os

    from typer.testing import CliRunner

    from newsgraph.cli import app
    page = tmp_path / "council.txt"
    page.write_text(DOTTED_DATE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        res = CliRunner().invoke(app, ["analyze", str(page), "--format", "jsonl", "-o", str(out)],
                                 catch_exceptions=False)
    finally:
        os.umask(old)
    assert res.exit_code == 0, res.output
    assert out.stat().st_mode & 0o777 == 0o644, oct(out.stat().st_mode & 0o777)


# --- more event types a reader would call wrong (found in the store of the 102 readable benchmark pages) ------------

def test_beaten_out_in_a_race_is_no_assault():
    text = "In the 200-meter freestyle, Jones was beaten out by Smith of Central High for first place."
    assert not any(t == "ASSAULT" for t, *_ in _events(text)), _events(text)


def test_a_beating_is_still_an_assault():
    """The near miss: a real beating stays ASSAULT (passes on main)."""
    text = "Two men beat a shopkeeper with sticks during the robbery, police said."
    assert any(t == "ASSAULT" for t, *_ in _events(text)), _events(text)


@pytest.mark.xfail(strict=False, reason="breaking a rule ('have violated their visa rules') is typed REJECT; PLOVER's "
                   "REJECT is one actor turning down another's demand or offer, not an offence")
def test_violating_a_rule_is_no_rejection():
    text = "These 150 workers have either violated their visa rules or entered the country illegally."
    assert not any(t == "REJECT" for t, *_ in _events(text)), _events(text)
