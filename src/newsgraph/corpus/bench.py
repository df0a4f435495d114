"""Benchmarks of the corpus stage (printed figures, never timed unit tests).

- :func:`run_dedup_bench`: near-duplicate detection (corpus/dedup.py alone, no spaCy) on a corpus generated from
  real pages by controlled edits, so the ground truth is known: every variant of a page is a near-duplicate of the
  page and of each other; mosaics of sentences from four different pages are distinct documents. Prints pairwise
  precision and recall (over all pairs of documents put in one group) and docs/s.
- :func:`run_ingest_bench`: the full ingest (analysis + store) on real pages: docs/s and RSS at checkpoints.
"""
from __future__ import annotations

import gzip
import random
import re
import time
from collections import Counter
from pathlib import Path
from typing import Iterator

from ..errors import NewsgraphError
from . import dedup

BOILERPLATE = (
    "Subscribe to our newsletter to get the day's top stories in your inbox every morning.",
    "Share this article on Facebook, Twitter and WhatsApp.",
    "Read more: the latest news from our correspondents around the world.",
    "Advertisement. Continue reading below.",
    "Copyright 2025 Example Media Group. All rights reserved. This material may not be published or redistributed.",
    "Follow us on Telegram for breaking news.",
    "Sign up for alerts. We use cookies to improve your experience on our site.",
    "Comments (0)",
)
_SENT = re.compile(r"(?<=[.!?])\s+")
_WORDS = ("government", "officials", "market", "reported", "statement", "weekly", "local", "policy", "announced",
          "analysts", "region", "growth", "critics", "council", "agreement", "sources")


def page_texts(html_dir: str | Path) -> Iterator[tuple[str, str, str]]:
    """(name, main text, title) of every page in a folder of .html / .html.gz files (trafilatura extraction)."""
    from ..ingest.html import extract
    d = Path(html_dir)
    if not d.is_dir():
        raise NewsgraphError(f"{d}: no such folder of pages")
    for p in sorted(d.iterdir()):
        if not p.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
            continue
        data = p.read_bytes()
        if p.name.endswith(".gz"):
            data = gzip.decompress(data)
        doc = extract(data.decode("utf-8", errors="replace"))
        if doc is not None and len((doc.text or "").split()) >= 40:
            yield p.name, doc.text, doc.title or ""


def _paras(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _change_sentence(paras, rnd):
    out = list(paras)
    i = rnd.randrange(len(out))
    sents = _SENT.split(out[i])
    j = rnd.randrange(len(sents))
    w = sents[j].split()
    if w:
        for _ in range(max(1, len(w) // 4)):
            w[rnd.randrange(len(w))] = rnd.choice(_WORDS)
    sents[j] = " ".join(w)
    out[i] = " ".join(sents)
    return out


def _add_boilerplate(paras, rnd):
    out = list(paras)
    for _ in range(rnd.randint(1, 3)):
        out.insert(rnd.choice([0, len(out)]), rnd.choice(BOILERPLATE))
    return out


def _remove_boilerplate(paras, rnd):
    # the shortest paragraph is the most likely boilerplate of the source page
    if len(paras) < 3:
        return list(paras)
    i = min(range(len(paras)), key=lambda k: len(paras[k]))
    return paras[:i] + paras[i + 1:]


def _reorder(paras, rnd):
    out = list(paras)
    if len(out) >= 3:
        i = rnd.randrange(len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _truncate(paras, rnd):
    if len(paras) < 4:
        return list(paras)
    keep = max(3, int(round(len(paras) * rnd.uniform(0.75, 0.9))))
    return paras[:keep]


EDITS = {"sentence": _change_sentence, "boilerplate+": _add_boilerplate, "boilerplate-": _remove_boilerplate,
         "reorder": _reorder, "truncate": _truncate}


def variant(text: str, title: str, k: int, rnd: random.Random) -> tuple[str, list[str]]:
    """An edited copy of a page: a new headline always, then 1-3 random edits; returns (text, edit names)."""
    paras = _paras(text)
    names = rnd.sample(sorted(EDITS), rnd.randint(1, 3))
    for n in names:
        paras = EDITS[n](paras, rnd)
    headline = f"{title} | {rnd.choice(['Reuters', 'AP', 'World News', 'The Daily', 'Breaking'])} {k}"
    return headline + "\n" + "\n".join(paras), ["headline", *names]


def corpus(pages: list[tuple[str, str, str]], variants: int, negatives: int, seed: int
           ) -> Iterator[tuple[str, str, str]]:
    """(doc key, text, true group) of the generated corpus: each page, its variants, then the negatives (mosaics: a few
    sentences from each of four different pages, so no two of them and no page are near-duplicates)."""
    rnd = random.Random(seed)
    for name, text, title in pages:
        yield f"{name}#0", (title + "\n" + text), name
        for k in range(1, variants + 1):
            t, _ = variant(text, title, k, rnd)
            yield f"{name}#{k}", t, name
    sents = [[x for x in _SENT.split(" ".join(_paras(t))) if x.strip()] for _, t, _ in pages]
    for k in range(negatives):
        # a distinct article: runs of a few sentences from four different pages (no page's share is large)
        parts = []
        for i in rnd.sample(range(len(pages)), 4):
            ss = sents[i]
            j = rnd.randrange(max(1, len(ss) - 4))
            parts.append(" ".join(ss[j:j + 5]))
        yield f"mosaic{k}", pages[rnd.randrange(len(pages))][2] + "\n" + "\n".join(parts), f"mosaic{k}"


def _pairs(counter: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())


def run_dedup_bench(html_dir, variants: int = 55, negatives: int = 1000, seed: int = 13, echo=print) -> dict:
    t0 = time.perf_counter()
    pages = list(page_texts(html_dir))
    echo(f"pages: {len(pages)} (extracted in {time.perf_counter() - t0:.1f}s)")
    truth: dict[str, str] = {}
    t1 = time.perf_counter()
    sigs = []
    for key, text, grp in corpus(pages, variants, negatives, seed):
        truth[key] = grp
        sigs.append((key, dedup.signature(text)))
    t_sig = time.perf_counter() - t1
    t2 = time.perf_counter()
    uf = dedup.group(iter(sigs))
    t_lsh = time.perf_counter() - t2
    n = len(truth)
    pred = {k: uf.find(k) for k in truth}
    tp = _pairs(Counter((pred[k], truth[k]) for k in truth))
    pp = _pairs(Counter(pred.values()))
    tpairs = _pairs(Counter(truth.values()))
    p = tp / pp if pp else 1.0
    r = tp / tpairs if tpairs else 1.0
    # document level: is a variant put with its original, is a negative left alone
    orig = {grp: uf.find(f"{grp}#0") for grp in {t for k, t in truth.items() if "#" in k}}
    var_ok = sum(1 for k, t in truth.items() if "#" in k and not k.endswith("#0") and pred[k] == orig[t])
    n_var = sum(1 for k in truth if "#" in k and not k.endswith("#0"))
    neg_alone = sum(1 for k, t in truth.items() if k.startswith("mosaic") and
                    sum(1 for x in pred.values() if x == pred[k]) == 1) if negatives <= 2000 else None
    res = {"documents": n, "pages": len(pages), "variants_per_page": variants, "negatives": negatives,
           "pairwise_precision": round(p, 4), "pairwise_recall": round(r, 4),
           "variant_recall": round(var_ok / n_var, 4) if n_var else None,
           "negatives_alone": neg_alone, "docs_per_s": round(n / (t_sig + t_lsh), 1),
           "signature_s": round(t_sig, 2), "lsh_s": round(t_lsh, 2), "params": dedup.params()}
    echo(f"documents: {n} ({len(pages)} pages x (1 + {variants} variants) + {negatives} distinct mosaics)")
    echo(f"near-duplicate detection, pairwise over all same-group pairs: precision {p:.4f}  recall {r:.4f}")
    echo(f"variants grouped with their original: {var_ok}/{n_var}; negatives left alone: {neg_alone}/{negatives}")
    echo(f"speed: {res['docs_per_s']} docs/s (signatures {t_sig:.1f}s, LSH + verification {t_lsh:.1f}s, one core)")
    echo(f"params: {dedup.params()}")
    return res


def _rss_mb() -> float:
    import psutil
    return psutil.Process().memory_info().rss / 2 ** 20


def _peak_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ingest_bench(paths=None, db=None, repeat: int = 1, batch_size: int = 32, stages: str = "all",
                     echo=print) -> dict:
    """Ingest the pages (``repeat`` times, each round's texts made distinct by a marker line so every round is
    stored) into a fresh store; prints docs/s and RSS after each round. ``stages="clean"`` runs only the cleaning
    components (no models): the store and corpus linking dominate, which shows their own speed and memory."""
    import tempfile

    from ..ingest.readers import read
    from ..store import open_store
    from .ingest import ingest
    from ..eval import shared_dir
    default = shared_dir() / "data" / "article-extraction-benchmark" / "html"
    paths = paths or [str(default)]
    tmpdir = None
    if db is None:
        tmpdir = tempfile.mkdtemp(prefix="newsgraph-bench-")
        db = str(Path(tmpdir) / "bench.db")
    store = open_store(db)
    from .. import analyze
    from ..pipeline import DEFAULT_ORDER, REGISTRY, Pipeline, _load_components
    analyze_fn = None
    if stages == "clean":
        _load_components()
        pipe = Pipeline([n for n in DEFAULT_ORDER if n.startswith("clean.") and n in REGISTRY])

        def analyze_fn(raws):
            for w in pipe.run_many(raws, batch_size=batch_size):
                yield ValueError(f"{w.raw.source}: {w.error}") if w.error else w.record
    else:
        analyze("Warm-up. The model loads once.")  # model loading is not ingest throughput
    echo(f"stages: {stages}")
    echo(f"store: {store.url}; RSS after model load {_rss_mb():.0f} MB")
    total = 0
    t_all = 0.0
    out = {"rounds": []}
    for k in range(repeat):
        def raws():
            for r in read(paths):
                if hasattr(r, "reason"):
                    yield r
                    continue
                if k:
                    r.source = f"{r.source}#round{k}"
                    r.text = (r.text or "") + f"\n\nRound {k} of the ingest benchmark."
                    r.id = None
                yield r
        t0 = time.perf_counter()
        s = ingest(store, raws=raws(), batch_size=batch_size, analyze=analyze_fn)
        dt_ = time.perf_counter() - t0
        n = s.stored + s.failed
        total += n
        t_all += dt_
        row = {"round": k + 1, "docs": n, "seconds": round(dt_, 2), "docs_per_s": round(n / dt_, 2),
               "rss_mb": round(_rss_mb()), "peak_rss_mb": round(_peak_mb()), "stored_total": store.count("documents")}
        out["rounds"].append(row)
        echo(f"round {k + 1}: {n} docs in {dt_:.1f}s = {n / dt_:.2f} docs/s; new {s.new}, near-dup "
             f"{s.near_duplicate}, dup {s.duplicate}, failed {s.failed}; documents in store {row['stored_total']}; "
             f"RSS {row['rss_mb']} MB, peak {row['peak_rss_mb']} MB")
    out["docs_per_s"] = round(total / t_all, 2) if t_all else None
    echo(f"overall: {total} docs in {t_all:.1f}s = {out['docs_per_s']} docs/s; peak RSS {_peak_mb():.0f} MB")
    store.close()
    if tmpdir:
        import shutil
        shutil.rmtree(tmpdir, ignore_errors=True)
    return out
