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


def evaluate(records: list[Gold], batch_size: int = 32, progress=None) -> Result:
    """Run every distinct sentence through the full pipeline and score event type with the actor right."""
    from .. import analyze_many
    from ..errors import DocumentError
    from ..ingest.base import RawDocument

    groups: dict[str, list[Gold]] = {}
    for g in records:
        groups.setdefault(g.text, []).append(g)
    texts = list(groups)
    raws = (RawDocument(source=f"gsr#{groups[t][0].id}", text=t) for t in texts)
    res = Result(sentences=len(texts), records=len(records))
    for text, out in zip(texts, analyze_many(raws, batch_size=batch_size)):
        golds = groups[text]
        first = golds[0].id
        events = [] if isinstance(out, DocumentError) else out.events
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
        if progress is not None:
            progress(len(golds))
    return res


# --- real pages: passages of English news pages with the events an analyst codes ----------------------------------
# ``newsgraph eval events-real [FILE]``; the default gold is eval/data/events-real.jsonl. Each JSONL record:
# {id, page, url, topic: political|other, split: dev|heldout, text, events: [{type, actor, target}]} where actor is
# "alt|alt" (any alternative may match) or null (the text names no actor: the type alone must match).
#
# Scoring, per passage (the passage alone runs through the full pipeline): a predicted event and a gold event match
# when the types are equal and the last word of a predicted actor (its name or its mention text) equals the last
# word of a gold actor alternative (case-insensitive, possessive 's aside; a shared stem of >= 5 letters counts:
# Russia/Russian). Matching is one-to-one, greedy in gold order. Negated and merely possible events ("I have never
# refused", "if Trump agrees to ...") are left out of the prediction: the codebook codes what happened or was
# announced, planned, threatened, not what did not or might happen (the record keeps them with their factuality). Each
# unmatched prediction is a false
# positive, each unmatched gold event a miss. Precision, recall and F1 are micro over the passages of a split.

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
