"""One form of error message (tryout r20): a --db file that is no SQLite database was reported with the driver's raw
"(sqlite3.DatabaseError) file is not a database" and the store's URL; usage errors said "Error" (click's form, in
typer's box) where every other message says "error:"."""
from __future__ import annotations

from typer.testing import CliRunner

from newsgraph.cli import app


def test_a_file_that_is_no_database_is_one_plain_line(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 40, encoding="utf-8")
    # (an input that exists: with none, ingest stops before opening the store; round 22)
    (tmp_path / "a.txt").write_text("Mayor Lena Ortiz said the bridge would open in May.\n", encoding="utf-8")
    for args in (["quotes", "--db", str(bad)], ["ingest", str(tmp_path / "a.txt"), "--db", str(bad)]):
        r = CliRunner().invoke(app, args)
        lines = [ln for ln in r.output.splitlines() if ln.strip()]
        assert r.exit_code != 0 and lines[-1].startswith(f"error: {bad}: cannot open store: the file is not a SQLite "
                                                         "database"), r.output
        assert "sqlite3." not in r.output and "sqlite:///" not in r.output and "Traceback" not in r.output


def test_a_usage_error_says_error_as_every_other_message(tmp_path):
    r = CliRunner().invoke(app, ["quotes", "--limit", "many", "--db", str(tmp_path / "n.db")])
    assert r.exit_code == 2
    lines = r.output.splitlines()
    assert lines[-1].startswith("error: Invalid value for '--limit'"), r.output
    assert not any("Error" in ln for ln in lines) and "╭" not in r.output, r.output
