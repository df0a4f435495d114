"""Round 23 (tryout): `analyze` of a path that does not exist prints nothing on stdout (only the one-line error,
exit 1); `ingest` with a stderr that is no terminal (a log, a pipe) shows its progress as plain lines. Texts written
for these tests; real SQLite files."""
from __future__ import annotations

import io
import subprocess
import sys

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli.progress_lines import ProgressLines

TEXT = ("Harbor reopens after the storm\n\nThe port of Bergen reopened on Wednesday after a storm closed it for two "
        "days, the harbor authority said.\n")


def test_a_missing_input_prints_nothing_on_stdout(tmp_path):
    res = CliRunner().invoke(app, ["analyze", str(tmp_path / "nonexistent.txt")])
    assert res.exit_code == 1 and res.stdout == "", res.stdout
    assert len(res.stderr.splitlines()) == 1 and "nonexistent.txt" in res.stderr
    out = tmp_path / "out.json"
    res = CliRunner().invoke(app, ["analyze", str(tmp_path / "nonexistent.txt"), "-o", str(out)])
    assert res.exit_code == 1 and not out.exists() and list(tmp_path.iterdir()) == []  # (no empty file either)


def test_ingest_into_a_log_shows_progress_lines(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"t{i}.txt").write_text(TEXT.replace("Bergen", f"Bergen {i}").replace("two", str(i + 2)), "utf-8")
    log = tmp_path / "ingest.log"
    with open(log, "w") as err:  # (stderr is a file: no terminal)
        proc = subprocess.run([sys.executable, "-m", "newsgraph", "ingest", str(src), "--db",
                               str(tmp_path / "n.db")], stdout=subprocess.PIPE, stderr=err, text=True, timeout=600)
    lines = log.read_text().splitlines()
    assert proc.returncode == 0, lines
    assert any(line.startswith("ingest: ") and " docs, " in line and "docs/s" in line for line in lines), lines


def test_progress_lines_every_documents_and_seconds():
    now = [0.0]
    out = io.StringIO()
    p = ProgressLines("ingest", 10, every_docs=3, every_seconds=60, out=out, clock=lambda: now[0])
    for _ in range(7):
        now[0] += 1
        p.doc_done()
    assert [line.split(",")[1].strip() for line in out.getvalue().splitlines()] == ["1 docs", "4 docs", "7 docs"]
    with ProgressLines("ingest", None, every_docs=1000, every_seconds=0.05, out=out) as q:
        q.doc_done()
        import time
        time.sleep(0.2)
    assert out.getvalue().count("ingest: ") >= 5  # (the thread's lines while no document came)


def test_progress_lines_say_the_first_batch_is_being_analysed():
    """Round 30 (newuser30): before the first batch is stored the lines say why no document is counted yet."""
    now = [0.0]
    out = io.StringIO()
    p = ProgressLines("ingest", 10, every_docs=3, every_seconds=15, out=out, clock=lambda: now[0])
    now[0] = 20.0
    p.line()
    assert "first batch is being analysed" in out.getvalue()
    now[0] = 40.0
    p.doc_done()
    assert "first batch" not in out.getvalue().splitlines()[-1]
