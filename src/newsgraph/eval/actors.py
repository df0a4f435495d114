"""Evaluation of actor identity on a store: does one actor hold one person, under the name readers use?

Two measures (``newsgraph eval actors STORE [--gold FILE]``):

1. Over the top-N PERSON actors (most documents): the share that hold two people (two full names whose given
   names differ, or a generational suffix: names.compatible says no) and the share whose canonical name is
   not the full name most of its documents use (natural case; on a tie, any of the tied names).
2. Against a gold file of (person, alias, document) items (``eval/data/actors-*.tsv``: the alias as written in that
   document), pairwise precision and recall of "same actor": a pair of items is the same person in the gold, and
   the store puts both in one actor. An item whose name the store left unresolved, or whose entity it did not find,
   is an actor of its own (it costs recall, never precision).
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from ..store import identity_rows as R
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
    if N.strip_titles(name)[:1].islower():
        # a style, the title is the name ("Princess of Wales", "Prince of Wales"): stripping the title would make
        # two people's styles one key ("of wales")
        return N.name_key(name)
    p = N.parse(name)
    return " ".join(p.given + p.surname + ((p.suffix,) if p.suffix else ())) or N.name_key(name)


# -- 1. the top actors ---------------------------------------------------------------------------------------------
def top_actors(conn, n: int = 100) -> list[dict]:
    """The top-``n`` PERSON actors with the people they hold and the full name most of their documents use."""
    out = []
    for aid, name, n_docs, per_doc in R.top_people(conn, n):
        fulls: Counter = Counter()
        for names in per_doc:
            for c in {N.clean_name(x) for x in names}:
                if N.parse(c).full:
                    fulls[c] += 1
        people = _people(fulls)
        usual = max(fulls.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if fulls else None
        # the names most documents use (several on a tie: any of them is the name most documents use)
        top = {_key(a) for a, k in fulls.items() if k == fulls[usual]} if usual else set()
        out.append({"id": aid, "name": name, "n_docs": n_docs, "people": people, "usual": usual,
                    "usual_docs": fulls[usual] if usual else 0, "two_people": len(people) > 1,
                    "wrong_name": bool(usual) and N.clean_name(name) != usual and _key(name) not in top})
    return out


def _people(fulls: Counter) -> list[list[str]]:
    """Full names grouped into people (compatible names join, a name by its middle name too: "Rafael Edward Cruz"
    and "Ted Cruz"; a name compatible with two groups joins the larger). A generational suffix counts: "Donald
    Trump Jr." in "Donald Trump"'s actor is two people. One person's names in Cyrillic and in Latin letters are one
    by the rules of understand/name_scripts.py ("Олександр Сирський" / "Oleksandr Syrskyi"; never "Евгения Смирнова"
    / "Yevgeny Smirnov")."""
    from ..understand.name_scripts import romanised_alike, same_across_scripts, same_in_cyrillic

    def one(a: str, pa, b: str) -> bool:
        pb = N.parse(b)
        return N.compatible(pa, pb) or N.goes_by_middle(pa, pb) or same_across_scripts(a, b) or \
            same_in_cyrillic(a, b) or romanised_alike(a, b)

    groups: list[list[str]] = []
    for name, _ in fulls.most_common():
        p = N.parse(name)
        hits = [g for g in groups if any(one(name, p, x) for x in g)]
        if hits:
            hits[0].append(name)
        else:
            groups.append([name])
    return [g for g in groups if sum(fulls[x] for x in g) >= 1]


# -- 2. the gold ---------------------------------------------------------------------------------------------------
def predicted(conn, items: list[GoldItem]) -> tuple[list[str], Counter]:
    """The store's actor of each gold item (a unique placeholder for an unresolved or missing one)."""
    docs = R.documents_named(conn, {it.doc for it in items})
    status: Counter = Counter()
    out = []
    cache: dict[str, tuple] = {}
    for i, it in enumerate(items):
        if it.doc not in docs:
            status["document not in store"] += 1
            out.append(f"?doc:{i}")
            continue
        doc_id, rec = docs[it.doc]
        if doc_id not in cache:
            ents = [(e["id"], {_key(m["text"]) for m in e.get("mentions", [])} | {_key(e["name"])} |
                     {_key(a) for a in e.get("aliases") or []}) for e in rec.get("entities", [])]
            cache[doc_id] = (ents, *R.entity_outcomes(conn, doc_id))
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
        n = R.counts(conn)
        out = {"top": len(tops), "two_people": [t for t in tops if t["two_people"]],
               "wrong_name": [t for t in tops if t["wrong_name"]], "gold": {},
               "actors": n["actors"], "unresolved": n["unresolved"]}
        for path in gold_files:
            items = load_gold(path)
            pred, status = predicted(conn, items)
            r = pairwise(items, pred)
            r["status"] = dict(status)
            out["gold"][str(path)] = r
    return out
