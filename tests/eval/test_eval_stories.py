"""``newsgraph eval stories STORE GOLD``: the story gold loads and its split holds; the command scores a small store
against a small gold (B-cubed, the worst clusters). The figures on PolNeAR come from a store the user builds
(`newsgraph eval polnear-jsonl OUT`, `newsgraph ingest OUT --db STORE`), not from a test."""
import sys
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.eval.stories import SPLITS, load
from newsgraph.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from test_stories import _budget, _flood  # noqa: E402


def test_gold_shape():
    rows = load()
    assert len(rows) >= 250
    assert {SPLITS[r["window"]] for r in rows} == {"dev", "heldout", "fresh"}
    assert all(r["story"].startswith(r["window"] + "-") for r in rows)


def test_eval_stories_on_a_small_store(tmp_path):
    db = tmp_path / "s.db"
    docs = {"f1": _flood(1, "2025-09-04"), "f2": _flood(2, "2025-09-05"), "b1": _budget(1, "2025-09-05"),
            "b2": _budget(2, "2025-09-06")}
    for k, rec in docs.items():
        rec.document.id = k
    with open_store(db) as st:
        st.write_batch(list(docs.values()))
    gold = tmp_path / "gold.tsv"
    rows = [("f1", "flood"), ("f2", "flood"), ("b1", "budget"), ("b2", "flood")]  # b2 labelled wrong on purpose
    gold.write_text("doc\twindow\tstory\tpublished\tpublisher\tkind\tnote\n" + "".join(
        f"{d}\tw1\tw1-{s}\t2025-09-05\tx\tnews\t\n" for d, s in rows), encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", "stories", str(db), str(gold), "--split", "all"])
    assert r.exit_code == 0, r.output
    # store: {f1, f2} {b1, b2}; gold: {f1, f2, b2} {b1}
    assert "4 gold documents, 4 in the store" in r.output
    assert "precision 0.750 recall 0.667" in r.output, r.output
    assert "[mixed]" in r.output and "[split] w1-flood" in r.output
    # one window by its name (w5 is fresh with w4; its own figure is asked for by name)
    gold.write_text(gold.read_text(encoding="utf-8").replace("\tw1\tw1-budget", "\tw5\tw5-budget"), encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", "stories", str(db), str(gold), "--split", "w5"])
    assert r.exit_code == 0 and "1 gold documents, 1 in the store" in r.output, r.output
    r = CliRunner().invoke(app, ["eval", "stories", str(db), str(gold), "--split", "w99"])
    assert r.exit_code == 2 and "w5" in r.output, r.output
    # a known window the gold holds no article of: a one-line error, no traceback (round 25: w9 became a window)
    r = CliRunner().invoke(app, ["eval", "stories", str(db), str(gold), "--split", "w9"])
    assert r.exit_code == 1 and "no gold article in --split w9" in r.output and "Traceback" not in r.output, r.output
