"""Story clustering against a gold made by reading (eval/data/stories-polnear.tsv, conventions in
stories-polnear.md): B-cubed precision, recall and F1 over the gold's documents, and the worst clusters.

The store is one the user built; its documents are matched to the gold's by id (a JSONL made by
:func:`polnear_jsonl` gives each document its PolNeAR file name as id), else by the file name in the document's
source. PolNeAR's .txt files carry no publication date, so a store for this evaluation is made from a JSONL
written at eval time from metadata.tsv (text, published, title, source) -- never kept in the repository::

    newsgraph eval polnear-jsonl /tmp/polnear.jsonl
    newsgraph ingest /tmp/polnear.jsonl --db /tmp/polnear.db
    newsgraph eval stories /tmp/polnear.db

Windows w1 and w2 are dev (tuned on), w3 heldout (measured once), w4-w11 fresh (labelled in rounds 13, 20, 22, 23,
24, 25, 26 and 27 before any product output on them was read: scored before and after each change, never tuned on
alone).
A split is one of those names or one window (``w5``).
"""
from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

GOLD = Path(__file__).parent / "data" / "stories-polnear.tsv"
SPLITS = {"w1": "dev", "w2": "dev", "w3": "heldout", "w4": "fresh", "w5": "fresh", "w6": "fresh", "w7": "fresh",
          "w8": "fresh", "w9": "fresh", "w10": "fresh",
          "w11": "fresh"}


def load(path: Path = GOLD) -> list[dict]:
    rows = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


def polnear_jsonl(polnear: Path, out: Path, keep: set[str] | None = None) -> int:
    """Write the PolNeAR articles (``keep``: only these file names) as JSONL lines (id = file name, text, published,
    title, source = the publisher), oldest first, to ``out``; returns how many. The texts stay outside the
    repository."""
    rows = []
    with open(polnear / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            p = polnear / row["compartment"] / "text" / f"{row['filename']}.txt"
            if p.is_file() and (keep is None or row["filename"] in keep):
                rows.append({"id": row["filename"], "text": p.read_text(encoding="utf-8"),
                             "published": row["publication_date"], "title": row["title"], "source": row["publisher"]})
    rows.sort(key=lambda r: (r["published"], r["id"]))
    with open(out, "w", encoding="utf-8") as w:
        for r in rows:
            w.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def store_assignment(store, docs: set[str]) -> dict[str, str]:
    """{gold doc: story id} for the gold documents the store holds (by id, else by the file name of the source)."""
    from sqlalchemy import select

    from ..store import schema as S
    D = S.documents.c
    out: dict[str, str] = {}
    with store.connect() as conn:
        for doc_id, source, story in conn.execute(select(D.id, D.source, D.story_id)):
            name = doc_id if doc_id in docs else Path(str(source or "").split("#")[0].split(":line")[0]).stem
            if name in docs and story:
                out[name] = story
    return out


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of ``pred`` against ``gold`` (both {item: cluster}, over gold's items; an item
    missing from pred is its own cluster)."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    pred = {i: pred.get(i, f"__alone_{i}") for i in items}
    gc, pc = defaultdict(set), defaultdict(set)
    for i in items:
        gc[gold[i]].add(i)
        pc[pred[i]].add(i)
    p = sum(len(pc[pred[i]] & gc[gold[i]]) / len(pc[pred[i]]) for i in items) / len(items)
    r = sum(len(pc[pred[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in items) / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(store, gold_path: Path = GOLD, split: str | None = None, worst: int = 10) -> dict:
    rows = [r for r in load(gold_path) if split in (None, "all") or split in (SPLITS.get(r["window"]), r["window"])]
    gold = {r["doc"]: r["story"] for r in rows}
    meta = {r["doc"]: r for r in rows}
    pred = store_assignment(store, set(gold))
    p, r, f = bcubed(gold, pred)
    singles = {i: f"__alone_{i}" for i in gold}
    _, r0, f0 = bcubed(gold, singles)
    return {"documents": len(gold), "found": len(pred), "precision": p, "recall": r, "f1": f,
            "singletons_f1": f0, "singletons_recall": r0, "worst": _worst(gold, pred, meta, worst)}


def _worst(gold: dict, pred: dict, meta: dict, n: int) -> list[dict]:
    """Predicted clusters that mix gold stories (most wrong pairs first) and gold stories split apart."""
    pc = defaultdict(list)
    for i in gold:
        pc[pred.get(i, f"__alone_{i}")].append(i)
    out = []
    for sid, members in pc.items():
        stories = Counter(gold[i] for i in members)
        if len(stories) > 1:
            wrong = (len(members) ** 2 - sum(c * c for c in stories.values())) // 2
            out.append({"kind": "mixed", "story": sid, "wrong_pairs": wrong, "gold": dict(stories.most_common()),
                        "titles": [f"{meta[i]['published']} {meta[i]['kind']} {i}" for i in sorted(members)]})
    gc = defaultdict(list)
    for i in gold:
        gc[gold[i]].append(i)
    for g, members in gc.items():
        parts = Counter(pred.get(i, f"__alone_{i}") for i in members)
        if len(parts) > 1:
            missing = (len(members) ** 2 - sum(c * c for c in parts.values())) // 2
            out.append({"kind": "split", "story": g, "wrong_pairs": missing, "parts": len(parts),
                        "titles": [f"{meta[i]['published']} {meta[i]['kind']} {i}" for i in sorted(members)]})
    out.sort(key=lambda x: -x["wrong_pairs"])
    return out[:n]
