"""``newsgraph train attribution``: the English attribution model (understand/quotes/en_learn.py) from PolNeAR.

1. The full pipeline reads every training article with ``en_learn.COLLECT`` set: the quote reader hands over every
   candidate (the rules' quotes and the clause candidates of every verb shape) with its features, deciding nothing.
2. A candidate is positive when its text matches a gold Content (word-token F1 >= 0.5, the scorer's match).
3. A logistic regression (scikit-learn) over the sparse features; the decision threshold is chosen by 5-fold
   cross-validation over articles, replaying the reader's decision (best first, no overlap) and the scorer
   (speech-attribution F1 with the precision over every prediction).
4. The model is written as JSON (weights by feature name): deterministic, a few hundred KB, read by the reader
   without scikit-learn.
"""
from __future__ import annotations

import json
import pickle
import random
import time
from pathlib import Path

from .polnear import Gold, Score, analyze_split, load_split
from .quotes import token_f1

NP_SHAPES = ("dobj", "prep-", "xcomp|")  # shapes the reader no longer proposes (a cache may hold them)


def collect(split_dir: Path, log=print) -> list[tuple[str, list[Gold], list[tuple]]]:
    """[(article, gold, candidates)]: every candidate of every article, with its features."""
    from ..understand.quotes import en_learn
    split = load_split(split_dir)
    en_learn.COLLECT = {}
    out = []
    t0 = time.time()
    try:
        for n, (name, golds, rec) in enumerate(analyze_split(split), 1):
            text = rec["document"]["text"]
            cands = en_learn.COLLECT.pop(text, [])
            out.append((name, golds, cands))
            if n % 100 == 0:
                log(f"  {n}/{len(split)} articles read ({time.time() - t0:.0f} s)")
    finally:
        en_learn.COLLECT = None
    return out


def label(golds: list[Gold], cands: list[tuple], f1s=None) -> list[int]:
    if f1s is not None:
        return [int(any(row[i] >= 0.5 for row in f1s)) for i in range(len(cands))]
    return [int(any(token_f1(g.content, c[2]) >= 0.5 for g in golds)) for c in cands]


def matches(docs) -> list[list[list[float]]]:
    """Per article, the word-token F1 of every gold Content (rows) with every candidate (columns)."""
    return [[[token_f1(g.content, c[2]) for c in cands] for g in golds] for _, golds, cands in docs]


def replay(docs, probs_by_doc, threshold: float, f1s) -> dict:
    """The scorer's figures (../shared/eval/polnear.py) of the candidates the reader would take at ``threshold``."""
    score = Score()
    for (name, golds, cands), probs, m in zip(docs, probs_by_doc, f1s):
        taken = [i for i, c in enumerate(cands) if c[4] != "clause"]  # the rules' quotes are always kept
        order = sorted((i for i, c in enumerate(cands) if c[4] == "clause" and "s=NONE" not in c[3]),
                       key=lambda i: -probs[i])  # (en_learn.decide: a candidate naming nobody is never taken)
        for i in order:
            if probs[i] < threshold:
                break
            if not any(cands[t][0] < cands[i][1] and cands[i][0] < cands[t][1] for t in taken):
                taken.append(i)
        score.docs += 1
        score.predicted += len(taken)
        used: set[int] = set()
        for gi, g in enumerate(golds):
            score.gold += 1
            score.gold_speech += g.speech
            best, bi = 0.0, None
            for i in taken:
                if i not in used and m[gi][i] > best:
                    best, bi = m[gi][i], i
            if bi is not None and best >= 0.5:
                used.add(bi)
                score.matched += 1
                score.matched_speech += g.speech
    return score.figures()


def _proposed(cands):
    """The candidates the reader proposes today (a cache written before noun-phrase objects were dropped holds
    them too)."""
    return [c for c in cands if not (c[4] == "clause" and any(k.startswith("shape=" + s) for k in c[3]
                                                                for s in NP_SHAPES))]


def fit(docs, c: float = 1.0):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    X, y = [], []
    for name, golds, cands in docs:  # the clause candidates: the rules' quotes are kept without a decision
        clauses = [c_ for c_ in cands if c_[4] == "clause"]
        X += [c_[3] for c_ in clauses]
        y += label(golds, clauses)
    vec = DictVectorizer()
    m = LogisticRegression(C=c, max_iter=2000)
    m.fit(vec.fit_transform(X), y)
    return vec, m


def _probs(vec, m, docs):
    return [list(m.predict_proba(vec.transform([c[3] for c in cands]))[:, 1]) if cands else []
            for _, _, cands in docs]


def read_cached(split_dir: Path, collect, log, cache: Path | None, what: str):
    """``collect(split_dir, log)``, kept in ``cache`` and read back from it when it exists (a development aid: the
    reading is most of a training's time)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    log(f"reading {split_dir} with every {what} kept ...")
    docs = collect(split_dir, log)
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs))
    return docs


def train(split_dir: Path, out: Path, folds: int = 5, log=print, cache: Path | None = None) -> dict:
    """Collect, fit, choose the threshold, write the model. ``cache``: a file keeping the candidates collected (a
    development aid: the reading is most of the time)."""
    import sklearn
    t0 = time.time()
    docs = read_cached(split_dir, collect, log, cache, "candidate")
    docs = [(n, g, _proposed(c)) for n, g, c in docs]
    f1s = matches(docs)
    n_c = sum(len(c) for _, _, c in docs)
    log(f"{len(docs)} articles, {n_c} candidates ({time.time() - t0:.0f} s)")
    rnd = random.Random(16)
    idx = list(range(len(docs)))
    rnd.shuffle(idx)
    oof: list = [None] * len(docs)
    for k in range(folds):
        test = set(idx[k::folds])
        vec, m = fit([d for i, d in enumerate(docs) if i not in test])
        part = [docs[i] for i in sorted(test)]
        for i, p in zip(sorted(test), _probs(vec, m, part)):
            oof[i] = p
    best = None
    for t in [x / 100 for x in range(20, 91, 2)]:
        fig = replay(docs, oof, t, f1s)
        if best is None or fig["f1_speech"] > best[1]["f1_speech"]:
            best = (t, fig)
    threshold, cv = best
    log(f"cross-validation ({folds} folds): threshold {threshold:.2f}: {cv}")
    vec, m = fit(docs)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), m.coef_[0]) if abs(w) >= 1e-4}
    from ..understand.quotes.en_learn import VERSION
    model = {"version": VERSION, "trained_on": f"PolNeAR train ({len(docs)} articles)",
             "trainer": f"scikit-learn {sklearn.__version__} LogisticRegression(C=1.0)",
             "cross_validation": cv, "threshold": threshold, "bias": round(float(m.intercept_[0]), 4),
             "weights": dict(sorted(weights.items()))}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    log(f"model: {out} ({out.stat().st_size // 1024} KB, {len(weights)} weights) in {time.time() - t0:.0f} s")
    return model
