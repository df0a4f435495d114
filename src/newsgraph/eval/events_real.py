"""Events on passages of real English news pages (``newsgraph eval events-real [FILE]``; the default gold is
eval/data/events-real.jsonl). Each JSONL record: {id, page, url, topic: political|other, split: dev|heldout, text,
events: [{type, actor, target}]} where actor is "alt|alt" (any alternative may match) or null (the text names no
actor: the type alone must match).

Scoring, per passage (the passage alone runs through the full pipeline): a predicted event and a gold event match
when the types are equal and the last word of a predicted actor (its name or its mention text) equals the last
word of a gold actor alternative (case-insensitive, possessive 's aside; a shared stem of >= 5 letters counts:
Russia/Russian). Matching is one-to-one, greedy in gold order. Negated and merely possible events ("I have never
refused", "if Trump agrees to ...") are left out of the prediction: the codebook codes what happened or was
announced, planned, threatened, not what did not or might happen (the record keeps them with their factuality).
Each unmatched prediction is a false positive, each unmatched gold event a miss. Precision, recall and F1 are micro
over the passages of a split.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .events import TypeCount, _actor_names

UNCODED = {"negated", "possible"}  # factualities the codebook does not code as events
REAL_GOLD = Path(__file__).parent / "data" / "events-real.jsonl"
LAST = re.compile(r"[\w][\w'’.-]*", re.UNICODE)


@dataclass
class RealPassage:
    id: str
    page: str
    topic: str
    split: str
    text: str
    events: list  # [(type, [actor alternatives] or [], target or None)]


@dataclass
class RealResult:
    counts: dict = field(default_factory=dict)  # (split, topic) -> TypeCount
    passages: dict = field(default_factory=dict)  # (split, topic) -> passages
    failed: list = field(default_factory=list)  # (id, reason)
    misses: list = field(default_factory=list)  # (split, id, type, actor, predicted [(type, actors)], text)
    false_positives: list = field(default_factory=list)  # (split, id, type, actors, trigger, text)

    def total(self, split: str | None = None, topic: str | None = None) -> TypeCount:
        m = TypeCount()
        for (s, t), c in self.counts.items():
            if (split is None or s == split) and (topic is None or t == topic):
                m.tp += c.tp
                m.fp += c.fp
                m.fn += c.fn
        return m

    def summary(self) -> dict:
        out = {}
        splits = sorted({s for s, _ in self.counts})
        for s in splits + [None]:
            for t in (None, "political", "other"):
                c = self.total(s, t)
                key = f"{s or 'all'}" + (f"/{t}" if t else "")
                n = sum(v for (ss, tt), v in self.passages.items() if (s is None or ss == s) and (t is None or tt == t))
                out[key] = {"passages": n, "precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp,
                            "fp": c.fp, "fn": c.fn}
        return {"splits": out, "failed": [{"id": i, "reason": r} for i, r in self.failed]}


def load_real(path: str | Path = REAL_GOLD) -> list[RealPassage]:
    """Read the real-page event gold (JSONL). Raises ValueError naming the file and line for bad input."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 ({exc})") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc})") from None
        if not isinstance(r, dict) or not isinstance(r.get("text"), str) or not isinstance(r.get("events"), list):
            raise ValueError(f"{path}:{n}: needs 'text' and an 'events' list")
        evs = []
        for e in r["events"]:
            if not isinstance(e, dict) or not e.get("type"):
                raise ValueError(f"{path}:{n}: every event needs a 'type'")
            actor = e.get("actor")
            evs.append((str(e["type"]).upper(), [a for a in str(actor).split("|") if a.strip()] if actor else [],
                        e.get("target")))
        out.append(RealPassage(str(r.get("id", n)), str(r.get("page", "")), str(r.get("topic", "other")),
                               str(r.get("split", "dev")), r["text"], evs))
    return out


def _last(s: str) -> str:
    ws = LAST.findall(s or "")
    if not ws:
        return ""
    w = ws[-1].lower().rstrip(".")
    for suf in ("'s", "’s"):
        if w.endswith(suf):
            w = w[: -len(suf)]
    return w


def _same(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and long_.startswith(short)


def real_match(ev, gold_type: str, gold_actors: list[str]) -> bool:
    """Same type, and (when the gold names an actor) the last word of a predicted actor equals a gold one's."""
    if ev.type != gold_type:
        return False
    if not gold_actors:
        return True
    lasts = {_last(n) for n in _actor_names(ev)}
    return any(_same(p, _last(g)) for p in lasts for g in gold_actors)


def evaluate_real(passages: list[RealPassage], batch_size: int = 16, progress=None) -> RealResult:
    """Run every passage through the full pipeline; score (type, actor's last word) per split and topic."""
    from .. import analyze_many
    from ..errors import DocumentError
    from ..ingest.base import RawDocument

    res = RealResult()
    raws = (RawDocument(source=f"events-real#{p.id}", text=p.text) for p in passages)
    for p, out in zip(passages, analyze_many(raws, batch_size=batch_size)):
        key = (p.split, p.topic)
        c = res.counts.setdefault(key, TypeCount())
        res.passages[key] = res.passages.get(key, 0) + 1
        if isinstance(out, DocumentError):
            res.failed.append((p.id, str(out)))
            events = []
        else:
            events = [ev for ev in out.events if ev.factuality not in UNCODED]
        left = list(events)
        for typ, actors, _target in p.events:
            hit = next((ev for ev in left if real_match(ev, typ, actors)), None)
            if hit is not None:
                c.tp += 1
                left.remove(hit)
            else:
                c.fn += 1
                res.misses.append((p.split, p.id, typ, "|".join(actors) or None,
                                   [(ev.type, [a.name for a in ev.actors]) for ev in events], p.text))
        for ev in left:
            c.fp += 1
            res.false_positives.append((p.split, p.id, ev.type, [a.name for a in ev.actors], ev.trigger, p.text))
        if progress is not None:
            progress(1)
    return res
