"""The reference page through the full pipeline: ../shared/eval/score.py's event_f1 against its 9 gold events."""
import importlib.util
import json
from pathlib import Path

import pytest
from floors import FLOORS

import newsgraph
from newsgraph.pipeline import _load_components

SHARED = Path(__file__).parents[2] / ".." / "shared"
NEEDED = ("clean.assemble", "clean.repeats", "clean.glued", "understand.parse", "understand.entities",
          "understand.coref", "understand.quotes", "understand.dates", "understand.events")

_load_components()
pytestmark = [
    pytest.mark.skipif(not (SHARED / "seed" / "article.txt").is_file(), reason="../shared is not beside the repo"),
]


def _score_module():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def record():
    return newsgraph.analyze((SHARED / "seed" / "article.txt").read_text(encoding="utf-8"))


def test_event_f1_on_reference_page(record):
    gold = json.loads((SHARED / "seed" / "expected.json").read_text(encoding="utf-8"))
    res = _score_module().score(gold, json.loads(record.to_json()))
    f = FLOORS["reference"]
    assert res["event_f1"] >= f["event_f1"], (res["event_f1"], res["events_missed"], res["events_extra"])
    assert res["event_recall"] >= f["event_recall"]


def test_reference_events_details(record):
    ev = record.events
    invite = [v for v in ev if v.type == "CONSULT" and v.mode == "invite"]
    assert invite and invite[0].location.name == "Moscow"
    assert any("Zelensky" in t.name for t in invite[0].targets)
    alaska = [v for v in ev if v.location is not None and v.location.name == "Alaska"]
    assert alaska and {"Putin", "Trump"} <= {a.name.split()[-1] for a in alaska[0].actors}
    visit = [v for v in ev if v.mode == "visit"]
    assert visit and "Putin" in visit[0].actors[0].name and visit[0].location.name == "China"
    paris = [v for v in ev if v.type == "CONSULT" and v.location is not None and v.location.name == "Paris"
             and any("Coalition" in a.name for a in v.actors)]
    assert paris and paris[0].date == "2025-09-04"
    planned = {v.mode for v in ev if v.type == "COOPERATE" and v.factuality == "planned"}
    assert {"pledge", "intend"} <= planned
    assert record.validate() == []
