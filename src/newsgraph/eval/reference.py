"""The reference page scored by the shared scorer: analyze ``article.txt`` beside the gold file and score the record
with ``score.py`` loaded from the gold's ``../eval/`` folder (the team's one scorer, never a copy)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

DEFAULT_GOLD = Path("..") / "shared" / "seed" / "expected.json"


class ReferencePageError(ValueError):
    """A missing or unreadable gold file, page or scorer (the message is one line)."""


def scorer_path(gold: Path) -> Path:
    return gold.resolve().parent.parent / "eval" / "score.py"


def load_scorer(gold: Path):
    path = scorer_path(gold)
    if not path.is_file():
        raise ReferencePageError(f"{path}: scorer not found (expected ../eval/score.py beside the gold's folder)")
    spec = importlib.util.spec_from_file_location("newsgraph_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(gold: Path = DEFAULT_GOLD, page: Path | None = None) -> tuple[dict, "object"]:
    """Analyze the reference page and score it; returns (figures, analysis record)."""
    gold = Path(gold)
    if not gold.is_file():
        raise ReferencePageError(f"{gold}: gold file not found (give --gold PATH to expected.json)")
    page = Path(page) if page else gold.parent / "article.txt"
    if not page.is_file():
        raise ReferencePageError(f"{page}: reference page not found (give --page PATH)")
    try:
        gold_data = json.loads(gold.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferencePageError(f"{gold}: not a readable JSON gold file ({exc})") from None
    scorer = load_scorer(gold)
    import newsgraph
    record = newsgraph.analyze(page.read_text(encoding="utf-8"), source=str(page))
    return scorer.score(gold_data, record.to_dict()), record
