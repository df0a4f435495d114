"""Round 22 (tryout): an ingest whose every path names nothing creates no store (it made an empty one): the error
names each path and its reason, exit 1. A missing path beside a real one is reported and the rest is stored."""
from __future__ import annotations

from typer.testing import CliRunner

from newsgraph.cli import app


def test_no_input_at_all_writes_nothing(tmp_path):
    db = tmp_path / "never.db"
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "gone.txt"), str(tmp_path / "none-*.txt"), "--db", str(db)])
    assert r.exit_code == 1
    assert f"{tmp_path / 'gone.txt'}: no such file or folder" in r.output
    assert f"{tmp_path / 'none-*.txt'}: no such file or folder" in r.output
    assert not list(tmp_path.glob("never.db*"))


def test_a_missing_path_beside_a_real_one_is_reported_and_the_rest_stored(tmp_path):
    db = tmp_path / "s.db"
    (tmp_path / "a.txt").write_text("Mayor Lena Ortiz said on Monday that the bridge would open in May.\n")
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "gone.txt"), str(tmp_path / "a.txt"), "--db", str(db),
                                 "-q"])
    assert "1 new" in r.output and "gone.txt: no such file or folder" in r.output, r.output
    assert db.exists()
