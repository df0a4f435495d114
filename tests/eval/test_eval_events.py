"""newsgraph eval events: the PLOVER gold-standard dev records through the full pipeline (run once), scoring and
bad input."""
import json
from pathlib import Path

import pytest
from floors import FLOORS
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.eval.events import Gold, actor_right, folds, halves, load_records, predict, score, spread
from newsgraph.pipeline import _load_components

GSR = Path(__file__).parents[2] / ".." / "shared" / "data" / "plover" / "gsr-dev.json"
MACRO_F1_FLOOR = FLOORS["events"]["gsr_dev"]["macro_f1"]  # tests/floors.toml

_load_components()
needs = pytest.mark.skipif(not GSR.is_file(), reason="gsr-dev.json not beside the repo")


@needs
def test_gsr_dev_macro_f1_floor():
    records = load_records(GSR)
    assert len(records) == 161
    assert {r.type for r in records} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                         "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                                         "MOBILIZE", "COERCE", "ASSAULT"}  # old names mapped
    predicted = predict(records)
    res = score(records, predicted)
    assert not res.failed
    assert res.macro_f1 >= MACRO_F1_FLOOR, res.summary()["per_type"]
    assert len(res.gold_types()) == 16
    for name, part in halves(records).items():  # the worked half and the half kept unread (issue 17)
        f1 = score(part, predicted).macro_f1
        assert f1 >= FLOORS["events"]["gsr_dev"][f"{name}_macro_f1"], (name, f1)


def test_actor_right():
    assert actor_right(["Hungarian and Romanian officials"], ["Hungarian"])
    assert actor_right(["Israel"], ["Israeli army"])  # a shared stem of >= 5 letters
    assert not actor_right(["the United States"], ["Jordan"])
    assert not actor_right(["of the"], ["The Hague"])  # stop words do not count
    assert actor_right([], [])  # a record without a source actor needs the type only


def test_bad_gold_files(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json: not a JSON file"):
        load_records(p)
    p.write_text(json.dumps({"a": 1}), encoding="utf-8")
    with pytest.raises(ValueError, match="expected a JSON list"):
        load_records(p)
    p.write_text(json.dumps([{"text": "x"}]), encoding="utf-8")
    with pytest.raises(ValueError, match="record 0"):
        load_records(p)
    with pytest.raises(ValueError, match="no such file"):
        load_records(tmp_path / "missing.json")


def test_cli_help_and_errors(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["eval", "events", "--help"])
    assert r.exit_code == 0 and "macro-F1" in r.output and "DEMAND->REQUEST" in r.output
    r = runner.invoke(app, ["eval", "events", str(tmp_path / "missing.json")])
    assert r.exit_code == 2 and "no such file" in r.output and "Traceback" not in r.output


@needs
def test_cli_prints_per_type_table(tmp_path):
    gold = [{"id": "a", "event": "SANCTION", "source": [{"actorText": "Switzerland"}],
             "text": "Switzerland said today it had expelled two Russian diplomats based in Geneva for spying."},
            {"id": "b", "event": "DEMAND", "source": [{"actorText": "Poland's parliament"}],
             "text": "Poland's parliament has demanded an immediate admission by Moscow of the killings."}]
    p = tmp_path / "gold.json"
    p.write_text(json.dumps(gold), encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", "events", str(p), "--json", "--errors"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.output[r.output.index("{"):])
    assert out["per_type"]["SANCTION"]["tp"] == 1 and out["per_type"]["REQUEST"]["tp"] == 1
    assert out["macro_f1"] == 1.0
    r = CliRunner().invoke(app, ["eval", "events", str(p)])
    assert "macro-F1=1.000" in r.output and "REQUEST" in r.output


def test_halves_and_folds():
    recs = [Gold(str(n), t, "AGREE", [], "AGREE") for n, t in enumerate(["a", "b", "c", "b", "d", "e"])]
    h = halves(recs)
    assert [g.id for g in h["worked"]] == ["0", "2", "4"]
    # "b" first appears at record 1: both of its records go to the unread half, none is scored twice
    assert [g.id for g in h["unread"]] == ["1", "3", "5"]
    f = folds(recs, 2)  # sentences a b c d e dealt in order: a c e | b d
    assert [g.text for g in f[0]] == ["a", "c", "e"] and [g.text for g in f[1]] == ["b", "b", "d"]
    s = spread([0.5, 1.0])
    assert s["mean"] == 0.75 and s["sd"] == 0.25 and s["min"] == 0.5 and s["max"] == 1.0
