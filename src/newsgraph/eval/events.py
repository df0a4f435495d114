"""Event typing on PLOVER's gold-standard records (``newsgraph eval events GSR.json``).

Each record is one sentence with its gold event type and source actors (``source[].actorText``). Every sentence goes
through the full pipeline (``newsgraph.analyze_many`` over RawDocuments, batched), so the figure is the product's.

Scoring, per distinct sentence (the gold file holds some sentences twice, once per event they carry):
- the gold set is {type: actor words} over the sentence's records; the older names are mapped to the 16-type list:
  DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE (the codebook's ACCUSE
  ``investigate`` mode: "All investigations ... are ACCUSE").
- a gold type is found (TP) when a predicted event of that type has the actor right: a word of a predicted actor's
  name or mention text equals a word of a gold actorText (case-insensitive, stop words aside; a shared stem of at
  least 5 letters counts: "Israel"/"Israeli"); a gold record without source actors needs the type only.
- each predicted type of a sentence that is not a found gold type counts once as a false positive of that type.
Per type: precision, recall, F1; macro-F1 is the mean F1 over the types that have gold records.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
WORD = re.compile(r"\w+", re.UNICODE)
STOP = {"the", "of", "in", "a", "an", "and", "s", "on", "at", "to", "for", "by", "his", "its", "their"}


@dataclass
class Gold:
    id: str
    text: str
    type: str
    actors: list[str]
    original_type: str


@dataclass
class TypeCount:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    counts: dict = field(default_factory=dict)  # type -> TypeCount
    sentences: int = 0
    records: int = 0
    failed: list = field(default_factory=list)  # (id, reason)
    misses: list = field(default_factory=list)  # (id, gold type, predicted [(type, actors)], text)
    false_positives: list = field(default_factory=list)  # (id, type, actors, text)

    def gold_types(self):
        return sorted(t for t, c in self.counts.items() if c.tp + c.fn > 0)

    @property
    def macro_f1(self) -> float:
        types = self.gold_types()
        return sum(self.counts[t].f1 for t in types) / len(types) if types else 0.0

    @property
    def micro(self) -> TypeCount:
        m = TypeCount()
        for c in self.counts.values():
            m.tp += c.tp
            m.fp += c.fp
            m.fn += c.fn
        return m

    def summary(self) -> dict:
        mi = self.micro
        return {"records": self.records, "sentences": self.sentences, "macro_f1": self.macro_f1,
                "micro_precision": mi.precision, "micro_recall": mi.recall, "micro_f1": mi.f1,
                "per_type": {t: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp,
                                 "fn": c.fn, "support": c.tp + c.fn} for t, c in sorted(self.counts.items())},
                "failed": [{"id": i, "reason": r} for i, r in self.failed]}


def load_records(path: str | Path) -> list[Gold]:
    """Read a PLOVER gold-standard JSON list. Raises ValueError naming the file and the record for bad input."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a JSON file ({exc})") from None
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a JSON list of gold records")
    out = []
    for n, r in enumerate(data):
        if not isinstance(r, dict) or not isinstance(r.get("text"), str) or not r.get("event"):
            raise ValueError(f"{path}: record {n}: needs 'text' and 'event'")
        src = r.get("source") or []
        if isinstance(src, dict):
            src = [src]
        actors = [s.get("actorText", "") for s in src if isinstance(s, dict) and s.get("actorText")]
        typ = str(r["event"]).upper()
        out.append(Gold(str(r.get("id", n)), r["text"].strip(), OLD_NAMES.get(typ, typ), actors, typ))
    return out


def _words(s: str) -> set[str]:
    return {w.lower() for w in WORD.findall(s or "") if w.lower() not in STOP}


def actor_right(pred_names: list[str], gold_actors: list[str]) -> bool:
    """A predicted actor word equals (or shares a stem of >= 5 letters with) a gold actorText word."""
    if not gold_actors:
        return True
    gw = set().union(*(_words(a) for a in gold_actors))
    for name in pred_names:
        for w in _words(name):
            for g in gw:
                if w == g:
                    return True
                short, long_ = (w, g) if len(w) <= len(g) else (g, w)
                if len(short) >= 5 and long_.startswith(short):
                    return True
    return False


def _actor_names(ev) -> list[str]:
    names = []
    for a in ev.actors:
        names.append(a.name)
        if a.mention is not None:
            names.append(a.mention.text)
    return names


def predict(records: list[Gold], batch_size: int = 32, progress=None) -> dict:
    """{sentence: events or DocumentError}: every distinct sentence of ``records`` through the full pipeline once."""
    from .. import analyze_many
    from ..errors import DocumentError
    from ..ingest.base import RawDocument

    groups: dict[str, list[Gold]] = {}
    for g in records:
        groups.setdefault(g.text, []).append(g)
    texts = list(groups)
    raws = (RawDocument(source=f"gsr#{groups[t][0].id}", text=t) for t in texts)
    out: dict = {}
    for text, rec in zip(texts, analyze_many(raws, batch_size=batch_size)):
        out[text] = rec if isinstance(rec, DocumentError) else rec.events
        if progress is not None:
            progress(len(groups[text]))
    return out


def score(records: list[Gold], predicted: dict) -> Result:
    """Score ``records`` against the events ``predicted`` for their sentences (see the module docstring)."""
    from ..errors import DocumentError

    groups: dict[str, list[Gold]] = {}
    for g in records:
        groups.setdefault(g.text, []).append(g)
    res = Result(sentences=len(groups), records=len(records))
    for text, golds in groups.items():
        first = golds[0].id
        out = predicted[text]
        events = [] if isinstance(out, DocumentError) else out
        if isinstance(out, DocumentError):
            res.failed.append((first, str(out)))
        gold_by_type: dict[str, list[Gold]] = {}
        for g in golds:
            gold_by_type.setdefault(g.type, []).append(g)
        found = set()
        for typ, gs in gold_by_type.items():
            c = res.counts.setdefault(typ, TypeCount())
            actors = [a for g in gs for a in g.actors]
            if any(ev.type == typ and actor_right(_actor_names(ev), actors) for ev in events):
                c.tp += 1
                found.add(typ)
            else:
                c.fn += 1
                res.misses.append((first, typ, [(ev.type, [a.name for a in ev.actors]) for ev in events], text))
        for typ in sorted({ev.type for ev in events} - found):
            res.counts.setdefault(typ, TypeCount()).fp += 1
            evs = [ev for ev in events if ev.type == typ]
            res.false_positives.append((first, typ, [a.name for ev in evs for a in ev.actors], text))
    return res


def evaluate(records: list[Gold], batch_size: int = 32, progress=None) -> Result:
    """Run every distinct sentence through the full pipeline and score event type with the actor right."""
    return score(records, predict(records, batch_size, progress))


# --- development halves and folds -------------------------------------------------------------------------------------
HALVES = ("worked", "unread")


def halves(records: list[Gold]) -> dict[str, list[Gold]]:
    """The two halves of a gold file: every second record (0, 2, 4, ...: "worked", the half rules are developed on;
    1, 3, 5, ...: "unread", kept unread until the end). A sentence the file holds twice goes wholly to the half of
    its first record, so that no sentence is scored in both."""
    first: dict[str, int] = {}
    for n, g in enumerate(records):
        first.setdefault(g.text, n)
    out: dict[str, list[Gold]] = {h: [] for h in HALVES}
    for g in records:
        out[HALVES[first[g.text] % 2]].append(g)
    return out


def folds(records: list[Gold], k: int) -> list[list[Gold]]:
    """``k`` folds of distinct sentences, dealt in file order (sentence n goes to fold n mod k)."""
    order: dict[str, int] = {}
    for g in records:
        order.setdefault(g.text, len(order))
    out: list[list[Gold]] = [[] for _ in range(k)]
    for g in records:
        out[order[g.text] % k].append(g)
    return out


def spread(values: list[float]) -> dict:
    """Mean, population standard deviation, minimum and maximum of per-fold figures."""
    n = len(values)
    mean = sum(values) / n if n else 0.0
    sd = (sum((v - mean) ** 2 for v in values) / n) ** 0.5 if n else 0.0
    return {"mean": mean, "sd": sd, "min": min(values, default=0.0), "max": max(values, default=0.0)}
