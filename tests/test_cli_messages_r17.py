"""Small CLI messages (tryout r17): a run that stored nothing printed a rate ("1 failed in 0.1s (6.9 docs/s)"), and
the hint for an unknown actor of two words suggested `newsgraph actors X Y`, which the shell reads as two names."""
from __future__ import annotations

from typer.testing import CliRunner

from newsgraph.cli import app


def test_a_run_that_stored_nothing_shows_no_rate(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    db = str(tmp_path / "n.db")
    r = CliRunner().invoke(app, ["ingest", str(bad), "--db", db])
    (summary,) = [ln for ln in r.output.splitlines() if "failed in" in ln]
    assert "1 failed" in summary and "docs/s" not in summary, r.output


def test_the_unknown_actor_hint_quotes_the_name_as_a_shell_needs(tmp_path):
    db = str(tmp_path / "n.db")
    from newsgraph.store import open_store
    open_store(db).close()
    r = CliRunner().invoke(app, ["ignore", "Nobody Here", "--db", db])
    assert r.exit_code != 0 and "`newsgraph actors 'Nobody Here'`" in " ".join(r.output.split()), r.output
