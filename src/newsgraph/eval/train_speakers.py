"""``newsgraph train speakers``: the English speaker ranker (understand/quotes/en_rank.py) from PolNeAR train.

1. The full pipeline reads every training article with ``en_rank.COLLECT`` set: the quote reader hands over the
   candidate speakers of every quote it keeps, with their features (the rules decide the output, as without a model).
2. The gold attributions are matched to the quotes as the scorer does (../shared/eval/polnear.py: word-token F1 of
   the Content >= 0.5, greedy, gold in file order); a candidate of a matched quote is right when the gold source's
   head word (the scorer's ``speaker_head``: its last capitalised word) is a word of the texts that name it.
3. A logistic regression (scikit-learn) over the candidates' sparse features. 5-fold cross-validation over articles
   chooses C, the margin by which the best candidate must outscore the rules' choice to replace it (the largest
   among near-ties), and the
   threshold over which a quote the rules gave no speaker takes one (among those where such speakers are right at
   least half the time), replaying the scorer's speaker_head. The choice of C is stable: the settings differ by a
   few quotes in cross-validation, so the simplest one wins, the smallest C (the strongest regularisation) whose
   cross-validated speaker_head is within ``TOLERANCE`` of the best; its margin is the largest within ``TIE`` of its
   best (the rules are replaced least). A change of data that moves the figures by a few quotes keeps the setting.
4. The model is written as JSON (weights by feature name), read by the reader without scikit-learn.
"""
from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

from .polnear import CAPS, HEAD_CUT, STOP, analyze_split, load_split
from ..understand.quotes.en_rank_feats import relative
from .quotes import token_f1, words
from .train_attribution import read_cached

NEVER = 9.0  # a margin or threshold no probability reaches: the rules alone
TIE = 0.0005  # speaker_head differences this small (3 quotes of PolNeAR train) are ties: the larger margin wins
TOLERANCE = 0.001  # C: the smallest whose cross-validated speaker_head is this close to the best (6 quotes of 6252)
CS = (0.1, 0.3, 1.0, 3.0)  # from the strongest regularisation to the weakest


def collect(split_dir: Path, log=print) -> list[tuple[str, list, list]]:
    """[(article, gold, quote rows)]: the candidates of every quote of every article (``en_rank.COLLECT`` rows)."""
    from ..understand.quotes import en_rank
    split = load_split(split_dir)
    en_rank.COLLECT = {}
    out = []
    t0 = time.time()
    try:
        for n, (name, golds, rec) in enumerate(analyze_split(split), 1):
            rows = en_rank.COLLECT.pop(rec["document"]["text"], [])
            out.append((name, golds, rows))
            if n % 100 == 0:
                log(f"  {n}/{len(split)} articles read ({time.time() - t0:.0f} s)")
    finally:
        en_rank.COLLECT = None
    return out


def head_word(source: str) -> str | None:
    """The word ``speaker_head`` looks for (None: the gold source has no capitalised head word and is not scored)."""
    caps = [w for w in CAPS.findall(HEAD_CUT.split(source)[0]) if w not in STOP]
    return re.sub(r"['’]s$", "", caps[-1]).lower() if caps else None


def groups(docs) -> list[tuple[int, list[dict], list[int], int | None, bool]]:
    """Per scored gold: (article index, candidate features, labels, the rules' candidate, outlets name the head)."""
    out = []
    for d, (_, golds, rows) in enumerate(docs):
        used: set[int] = set()
        for g in golds:
            best, bi = 0.0, None
            for i, row in enumerate(rows):
                if i not in used:
                    f = token_f1(g.content, row[0])
                    if f > best:
                        best, bi = f, i
            if bi is None or best < 0.5:
                continue
            used.add(bi)
            head = head_word(g.source)
            if head is None:
                continue
            _, cands, outlets = rows[bi]
            labels = [int(head in words(" ".join(w))) for _, w in cands]
            rule = next((k for k, (f, _) in enumerate(cands) if f.get("rule")), None)
            out.append((d, relative([f for f, _ in cands]), labels, rule, head in words(" ".join(outlets))))
    return out


def fit(gs, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from ..understand.quotes.en_rank import expand
    X = [expand(f) for g in gs for f in g[1]]
    y = [lab for g in gs for lab in g[2]]
    vec = DictVectorizer()
    m = LogisticRegression(C=c, max_iter=3000)
    m.fit(vec.fit_transform(X), y)
    return vec, m


def _scores(vec, m, gs) -> list[list[float]]:
    from ..understand.quotes.en_rank import expand
    flat = [expand(f) for g in gs for f in g[1]]
    if not flat:
        return [[] for _ in gs]
    p = list(m.predict_proba(vec.transform(flat))[:, 1])
    out, k = [], 0
    for g in gs:
        out.append(p[k:k + len(g[1])])
        k += len(g[1])
    return out


def replay(gs, scores, margin: float, fill: float) -> float:
    """speaker_head over the scored golds when the reader decides with ``margin`` and ``fill``."""
    from ..understand.quotes.en_rank import allowed, choose
    ok = 0
    for g, s in zip(gs, scores):
        _, feats, labels, rule, outlets = g
        k = choose(allowed(s, feats), rule, margin, fill)
        pick = k if k is not None else rule
        ok += outlets or (pick is not None and labels[pick] == 1)
    return ok / len(gs) if gs else 0.0


def filled(gs, scores, fill: float) -> tuple[int, int]:
    """(quotes the rules gave nobody that take a speaker at ``fill``, how many of them the right one)."""
    from ..understand.quotes.en_rank import choose
    n = right = 0
    for g, s in zip(gs, scores):
        k = choose(s, None, NEVER, fill) if g[3] is None else None
        if k is not None:
            n, right = n + 1, right + g[2][k]
    return n, right


def _fill(gs, oof, margin: float, fills: list[float]) -> float:
    """The threshold of the best speaker_head among those whose filled speakers are right at least half the time (a
    wrong speaker is worse than none: the scorer counts both as misses)."""
    ok = [x for x in fills if (lambda n, r: 2 * r >= n)(*filled(gs, oof, x))]
    return max(ok, key=lambda x: (replay(gs, oof, margin, x), x))


def simplest(tried: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    """Of (cross-validated speaker_head, C, margin, fill) rows, the one of the smallest C (the strongest
    regularisation) whose figure is within ``TOLERANCE`` of the best."""
    top = max(t[0] for t in tried)
    return min((t for t in tried if t[0] >= top - TOLERANCE), key=lambda t: t[1])


def train(split_dir: Path, out: Path, folds: int = 5, log=print, cache: Path | None = None) -> dict:
    """Collect, fit, choose C, margin and fill by cross-validation, write the model."""
    import sklearn
    t0 = time.time()
    docs = read_cached(split_dir, collect, log, cache, "speaker candidate")
    gs = groups(docs)
    log(f"{len(docs)} articles, {len(gs)} scored quotes, {sum(len(g[1]) for g in gs)} candidates, rules right "
        f"{replay(gs, [[0.0] * len(g[1]) for g in gs], NEVER, NEVER):.3f}, some candidate right "
        f"{sum(g[4] or any(g[2]) for g in gs) / max(1, len(gs)):.3f} ({time.time() - t0:.0f} s)")
    rnd = random.Random(16)
    idx = list(range(len(docs)))
    rnd.shuffle(idx)
    fold_of = {d: k % folds for k, d in enumerate(idx)}
    margins = [x / 20 for x in range(0, 20)] + [NEVER]
    fills = [x / 20 for x in range(0, 20)] + [NEVER]
    tried = []
    for c in CS:
        oof: list = [None] * len(gs)
        for k in range(folds):
            train_gs = [g for g in gs if fold_of[g[0]] != k]
            test = [n for n, g in enumerate(gs) if fold_of[g[0]] == k]
            vec, m = fit(train_gs, c)
            for n, s in zip(test, _scores(vec, m, [gs[n] for n in test])):
                oof[n] = s
        by_margin = {x: replay(gs, oof, x, NEVER) for x in margins}
        mg = max(x for x in margins if by_margin[x] >= max(by_margin.values()) - TIE)  # the most conservative
        fl = _fill(gs, oof, mg, fills)
        fig = replay(gs, oof, mg, fl)
        log(f"  C={c}: margin {mg}, fill {fl} ({'/'.join(map(str, filled(gs, oof, fl)))} filled/right): "
            f"speaker_head (cross-validated) {fig:.4f}")
        tried.append((fig, c, mg, fl))
    cv, c, margin, fill = simplest(tried)
    log(f"chosen: C={c} (the smallest within {TOLERANCE} of the best {max(t[0] for t in tried):.4f})")
    vec, m = fit(gs, c)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), m.coef_[0]) if abs(w) >= 1e-4}
    from ..understand.quotes.en_rank import VERSION
    model = {"version": VERSION, "trained_on": f"PolNeAR train ({len(docs)} articles, {len(gs)} quotes)",
             "trainer": f"scikit-learn {sklearn.__version__} LogisticRegression(C={c})",
             "cross_validation": {"speaker_head_rules": round(replay(gs, [[0.0] * len(g[1]) for g in gs], NEVER,
                                                                       NEVER), 4),
                                  "speaker_head_ranker": round(cv, 4)},
             "margin": margin, "fill": fill, "bias": round(float(m.intercept_[0]), 4),
             "weights": dict(sorted(weights.items()))}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    log(f"model: {out} ({out.stat().st_size // 1024} KB, {len(weights)} weights) in {time.time() - t0:.0f} s")
    return model
