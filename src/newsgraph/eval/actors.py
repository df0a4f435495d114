"""Evaluation of actor identity on a store: does one actor hold one person, under the name readers use?

Two measures (``newsgraph eval actors STORE [--gold FILE]``):

1. Over the top-N PERSON actors (most documents): the share that hold two people (two full names whose given
   names differ: names.compatible says no) and the share whose canonical name is not the full name most of its
   documents use (natural case).
2. Against a gold file of (person, alias, document) items (``eval/data/actors-*.tsv``: the alias as written in that
   document), pairwise precision and recall of "same actor": a pair of items is the same person in the gold, and
   the store puts both in one actor. An item whose name the store left unresolved, or whose entity it did not find,
   is an actor of its own (it costs recall, never precision).
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from sqlalchemy import func, select

from ..store import schema as S
from ..understand import names as N

DATA = Path(__file__).with_name("data")


@dataclass
class GoldItem:
    person: str
    alias: str
    doc: str
    group: str


def load_gold(path: str | os.PathLike) -> list[GoldItem]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[:3] == ["person", "alias", "doc"]:
            continue
        if len(cols) < 3:
            raise ValueError(f"{path}:{n}: expected person<TAB>alias<TAB>doc[<TAB>group]")
        items.append(GoldItem(cols[0], cols[1], cols[2], cols[3] if len(cols) > 3 else ""))
    return items


def _key(name: str) -> str:
    p = N.parse(name)
    return " ".join(p.given + p.surname + ((p.suffix,) if p.suffix else ())) or N.name_key(name)


def _doc_stem(source: str) -> str:
    base = os.path.basename(source or "")
    return re.sub(r"(\.html?|\.txt)?(\.gz)?$", "", base)


# -- 1. the top actors ---------------------------------------------------------------------------------------------
def top_actors(conn, n: int = 100) -> list[dict]:
    """The top-``n`` PERSON actors with the people they hold and the full name most of their documents use."""
    A, AM = S.actors.c, S.actor_mentions.c
    out = []
    for aid, name, n_docs in conn.execute(select(A.id, A.name, A.n_docs).where(A.type == "PERSON")
                                          .order_by(A.n_docs.desc(), A.id).limit(n)):
        fulls: Counter = Counter()
        for al, mname in conn.execute(select(AM.aliases, AM.name).where(AM.actor_id == aid)):
            names = [a for a, k in json.loads(al)] if al else [mname]
            seen = set()
            for x in names:
                c = N.clean_name(x)
                if N.parse(c).full and c not in seen:
                    seen.add(c)
                    fulls[c] += 1
        people = _people(fulls)
        usual = max(fulls.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if fulls else None
        out.append({"id": aid, "name": name, "n_docs": n_docs, "people": people, "usual": usual,
                    "two_people": len(people) > 1,
                    "wrong_name": bool(usual) and N.clean_name(name) != usual and _key(name) != _key(usual)})
    return out


def _people(fulls: Counter) -> list[list[str]]:
    """Full names grouped into people (compatible names join; a name compatible with two groups joins the larger)."""
    groups: list[list[str]] = []
    for name, _ in fulls.most_common():
        p = N.parse(name)
        hits = [g for g in groups if any(N.compatible(p, N.parse(x)) for x in g)]
        if hits:
            hits[0].append(name)
        else:
            groups.append([name])
    return [g for g in groups if sum(fulls[x] for x in g) >= 1]


# -- 2. the gold ---------------------------------------------------------------------------------------------------
def predicted(conn, items: list[GoldItem]) -> tuple[list[str], Counter]:
    """The store's actor of each gold item (a unique placeholder for an unresolved or missing one)."""
    D, AM, U = S.documents.c, S.actor_mentions.c, S.unresolved.c
    by_stem: dict[str, list[tuple[str, str]]] = defaultdict(list)
    stems = {it.doc for it in items}
    for doc_id, source, record in conn.execute(select(D.id, D.source, D.record)):
        st = _doc_stem(source)
        if st in stems or st[:12] in stems:
            by_stem[st].append((doc_id, record))
            by_stem[st[:12]].append((doc_id, record))
    status: Counter = Counter()
    out = []
    cache: dict[str, tuple] = {}
    for i, it in enumerate(items):
        docs = by_stem.get(it.doc) or []
        if not docs:
            status["document not in store"] += 1
            out.append(f"?doc:{i}")
            continue
        doc_id, record = docs[0]
        if doc_id not in cache:
            rec = json.loads(record)
            ents = [(e["id"], {_key(m["text"]) for m in e.get("mentions", [])} | {_key(e["name"])} |
                     {_key(a) for a in e.get("aliases") or []}) for e in rec.get("entities", [])]
            ment = dict(conn.execute(select(AM.entity, AM.actor_id).where(AM.doc_id == doc_id)).all())
            unres = {r[0] for r in conn.execute(select(U.entity).where(U.doc_id == doc_id))}
            cache[doc_id] = (ents, ment, unres)
        ents, ment, unres = cache[doc_id]
        k = _key(it.alias)
        ent = next((e for e, keys in ents if k in keys), None)
        if ent is None:
            status["name not found in the document's entities"] += 1
            out.append(f"?ent:{i}")
        elif ent in ment:
            status["resolved"] += 1
            out.append(ment[ent])
        else:
            status["unresolved" if ent in unres else "entity not an actor"] += 1
            out.append(f"?unres:{i}")
    return out, status


def pairwise(items: list[GoldItem], pred: list[str]) -> dict:
    tp = fp = fn = 0
    merged: Counter = Counter()
    split: Counter = Counter()
    for i, j in combinations(range(len(items)), 2):
        g = items[i].person == items[j].person
        p = pred[i] == pred[j] and not pred[i].startswith("?")
        if g and p:
            tp += 1
        elif p:
            fp += 1
            merged[tuple(sorted((items[i].person, items[j].person)))] += 1
        elif g:
            fn += 1
            split[items[i].person] += 1
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return {"items": len(items), "people": len({x.person for x in items}), "precision": prec, "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "pairs_same": tp + fn,
            "false_merges": merged.most_common(), "splits": split.most_common()}


def evaluate(store, gold_files=(), top: int = 100) -> dict:
    with store.connect() as conn:
        tops = top_actors(conn, top)
        out = {"top": len(tops), "two_people": [t for t in tops if t["two_people"]],
               "wrong_name": [t for t in tops if t["wrong_name"]], "gold": {},
               "actors": conn.execute(select(func.count()).select_from(S.actors)).scalar_one(),
               "unresolved": conn.execute(select(func.count()).select_from(S.unresolved)).scalar_one()}
        for path in gold_files:
            items = load_gold(path)
            pred, status = predicted(conn, items)
            r = pairwise(items, pred)
            r["status"] = dict(status)
            out["gold"][str(path)] = r
    return out
