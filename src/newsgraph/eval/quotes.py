"""Quote attribution on a development set: precision, recall, F1 and speaker accuracy.

The set is JSONL, one case a line: ``{"id", "pattern", "text", "quotes": [{"speaker", "kind", "cue", "content",
"reported_by": [...]}]}`` (``quotes`` empty for a negative case). The bundled set is
``newsgraph/eval/data/attribution-dev.jsonl``.

Matching is by content, like ../shared/eval/score.py: a predicted quote matches a gold quote of the same case when
their word-token F1 is >= 0.5 (greedy, best first); its speaker is right when the last word of the gold speaker's
name is a word of the predicted speaker's name (a gold speaker "-", an agentless evidential, is right with
no speaker); outlets are right when every gold outlet's last word is in a
credited outlet's name.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

DEFAULT_SET = Path(__file__).with_name("data") / "attribution-dev.jsonl"
_WORD = re.compile(r"\w+", re.UNICODE)


def words(s: str | None) -> list[str]:
    return [w.lower() for w in _WORD.findall(s or "")]


def token_f1(a: str, b: str) -> float:
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return 0.0
    pool: dict[str, int] = {}
    for w in ta:
        pool[w] = pool.get(w, 0) + 1
    hit = 0
    for w in tb:
        if pool.get(w, 0) > 0:
            hit += 1
            pool[w] -= 1
    if not hit:
        return 0.0
    p, r = hit / len(tb), hit / len(ta)
    return 2 * p * r / (p + r)


def last_word(name: str | None) -> str:
    ws = words(name)
    return ws[-1] if ws else ""


class DevSetError(ValueError):
    """A malformed development set (the message names the file and line)."""


def speaker_texts(rec: dict, refs: list, entity_names: bool = False) -> list[str]:
    """The texts that name these speaker references of an analysis record (dicts): each one's name, its mention,
    and every mention of the record entity it points to (``entity_names``: that entity's name too). The scorers
    compare a gold speaker's words with them."""
    ents = {e.get("id"): e for e in rec.get("entities", [])}
    out: list[str] = []
    for r in refs:
        out += [r.get("name") or "", (r.get("mention") or {}).get("text") or ""]
        ent = ents.get(r.get("entity"))
        if ent:
            out += [m.get("text", "") for m in ent.get("mentions", [])]
            if entity_names:
                out.append(ent.get("name") or "")
    return out


def load(path: Path | str = DEFAULT_SET) -> list[dict]:
    path = Path(path)
    cases = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DevSetError(f"{path}: cannot read ({exc.strerror or exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DevSetError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(case, dict) or not isinstance(case.get("text"), str) or not isinstance(
                case.get("quotes", []), list):
            raise DevSetError(f"{path}:{n}: a case needs \"text\" (string) and \"quotes\" (list)")
        case.setdefault("id", f"line{n}")
        cases.append(case)
    return cases


@dataclass
class Failure:
    case: str
    what: str  # missed | extra | speaker | outlet
    detail: str


@dataclass
class Result:
    cases: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    cue_right: int = 0
    outlet_total: int = 0
    outlet_right: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def attributed_f1(self) -> float:
        p = self.speaker_right / self.predicted if self.predicted else 0.0
        r = self.speaker_right / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict:
        return {"cases": self.cases, "gold_quotes": self.gold, "predicted_quotes": self.predicted,
                "matched": self.matched, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "speaker_accuracy": round(self.speaker_accuracy, 4),
                "attributed_f1": round(self.attributed_f1, 4),
                "kind_accuracy": round(self.kind_right / self.matched, 4) if self.matched else 0.0,
                "cue_accuracy": round(self.cue_right / self.matched, 4) if self.matched else 0.0,
                "outlet_accuracy": round(self.outlet_right / self.outlet_total, 4) if self.outlet_total else None}


def analyze_texts(texts: list[str], batch_size: int = 32) -> list:
    """Run the understand.* components over plain English sentences (no cleaning: the texts are already clean)."""
    from ..ingest.base import RawDocument
    from ..pipeline import DEFAULT_ORDER, REGISTRY, Work, _load_components
    from ..record import Analysis, Document
    _load_components()
    names = [n for n in DEFAULT_ORDER if n.startswith("understand.") and n in REGISTRY]
    out = []
    for i in range(0, len(texts), batch_size):
        works = []
        for t in texts[i:i + batch_size]:
            raw = RawDocument(source="<dev>", text=t, language="en")
            works.append(Work(raw=raw, record=Analysis(document=Document(text=t, language="en"))))
        for n in names:
            REGISTRY[n](works)
        out.extend(w.record for w in works)
    return out


def score_case(case: dict, record, result: Result) -> None:
    gold = case.get("quotes", [])
    pred = pieces(record)
    result.cases += 1
    result.gold += len(gold)
    result.predicted += len(pred)
    used: set[int] = set()
    for g in gold:
        best, bi = 0.0, None
        for i, q in enumerate(pred):
            if i in used:
                continue
            f = token_f1(g["content"], q.text)
            if f > best:
                best, bi = f, i
        if bi is None or best < 0.5:
            result.failures.append(Failure(case["id"], "missed", f"{g.get('speaker')}: {g['content']!r}"))
            continue
        used.add(bi)
        q = pred[bi]
        result.matched += 1
        name = q.speaker.name if q.speaker else ""
        if (not name) if g.get("speaker") in (None, "", "-") else last_word(g.get("speaker")) in words(name):
            # (an agentless evidential, speaker '-': "is said to be", "reportedly": right with no speaker)
            result.speaker_right += 1
        else:
            result.failures.append(Failure(case["id"], "speaker", f"want {g.get('speaker')!r}, got {name or None!r}"
                                           f" for {q.text[:60]!r}"))
        result.kind_right += q.kind == g.get("kind")
        result.cue_right += (q.cue or "").lower() == (g.get("cue") or "").lower()
        want = g.get("reported_by") or []
        if isinstance(want, str):
            want = [want]
        if want:
            result.outlet_total += 1
            got = [r.name for r in q.reported_by]
            if all(any(last_word(w) in words(n) for n in got) for w in want):
                result.outlet_right += 1
            else:
                result.failures.append(Failure(case["id"], "outlet", f"want {want}, got {got}"))
    for i, q in enumerate(pred):
        if i not in used:
            who = q.speaker.name if q.speaker else None
            result.failures.append(Failure(case["id"], "extra", f"{who}: {q.text[:80]!r} ({q.kind}, {q.cue})"))


def pieces(record) -> list:
    """The record's quotes as these sets annotate them: a quote split by its attribution (``parts``: "“…,” she said,
    “…”") is one gold quote per piece here (PolNeAR and ../shared/eval/polnear.py take the whole)."""
    from dataclasses import replace
    out = []
    text = record.document.text
    for q in record.quotes:
        if len(q.parts) > 1:
            out.extend(replace(q, text=text[a:b], start=a, end=b, parts=[]) for a, b in q.parts)
        else:
            out.append(q)
    return out


def evaluate(cases: Iterable[dict]) -> Result:
    cases = list(cases)
    records = analyze_texts([c["text"] for c in cases])
    result = Result()
    for case, rec in zip(cases, records):
        score_case(case, rec, result)
    return result
