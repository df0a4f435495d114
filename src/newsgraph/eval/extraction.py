"""Extraction evaluation on the article-extraction benchmark (scrapinghub/article-extraction-benchmark data).

The metric is the benchmark's own (its README and evaluate.py):

- tokens are ``\\w+`` matches; the unit is the 4-word shingle, counted as a multiset;
- per page: TP = shared shingles, FP = predicted-only, FN = true-only, each divided by TP+FP+FN so that long
  pages do not weigh more;
- precision and recall are averaged over pages; F1 = 2PR/(P+R) of the averages;
- a page with an empty prediction counts as P = R = 0 unless the truth is empty too (then P = R = 1).

Four systems run over the same pages in the same process: ``trafilatura`` (bare ``trafilatura.extract`` with its
default options, as the benchmark ran it), ``trafilatura+clean`` (the same extraction, then every ``clean.*``
step), ``reader`` (our HTML reader alone: trafilatura with newsgraph's options, no cleaning) and ``newsgraph``
(the reader plus every ``clean.*`` step, i.e. what ``newsgraph analyze`` does to a page). The title paragraph of
cleaned documents is left out, because the benchmark's truth is the article body without its headline. The
``+clean`` systems against their bare extraction isolate what the cleaning steps add or cost.
"""
from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

TOKEN = re.compile(r"\w+", re.UNICODE)
NGRAM = 4


def tokens(text: str | None) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(text: str | None, n: int = NGRAM) -> Counter:
    """Multiset of n-word shingles (a text shorter than n words is one shingle of its words)."""
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def tp_fp_fn(true: str | None, pred: str | None, n: int = NGRAM) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of one page: each count divided by their sum (all zero when both are empty)."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def page_scores(true: str | None, pred: str | None) -> tuple[float, float]:
    """(precision, recall) of one page."""
    tp, fp, fn = tp_fp_fn(true, pred)
    if fp == fn == 0:  # identical (or both empty)
        return 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r


def aggregate(pairs: Iterable[tuple[float, float]]) -> dict:
    """Average per-page precision and recall; F1 of the averages."""
    pairs = list(pairs)
    if not pairs:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "pages": 0}
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "pages": len(pairs)}


# -- the benchmark data ------------------------------------------------------------------------------------------
@dataclass
class Page:
    id: str
    html: str
    truth: str
    url: str | None = None


def load_pages(directory: str | Path, limit: int | None = None) -> list[Page]:
    """Pages of the benchmark folder (html/<id>.html.gz + ground-truth.json), sorted by id."""
    d = Path(directory)
    gt_path = d / "ground-truth.json"
    if not gt_path.is_file():
        raise FileNotFoundError(f"{gt_path}: no ground-truth.json (expected the article-extraction-benchmark folder)")
    truth = json.loads(gt_path.read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        if limit is not None and len(pages) >= limit:
            break
        path = d / "html" / f"{key}.html.gz"
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:  # the benchmark reads them as UTF-8
            html = f.read()
        pages.append(Page(key, html, truth[key].get("articleBody") or "", truth[key].get("url")))
    return pages


# -- the systems -------------------------------------------------------------------------------------------------
def bare_trafilatura(page: Page) -> str:
    """trafilatura.extract with default options (as the benchmark's run_trafilatura.py calls it)."""
    import trafilatura
    return trafilatura.extract(page.html, include_comments=False) or ""


def reader_only(page: Page) -> str:
    """Our HTML reader alone (trafilatura with newsgraph's TRAFILATURA_OPTIONS), before any cleaning step."""
    from ..errors import NewsgraphError
    from ..ingest.html import from_html
    try:
        return from_html(page.html, source=page.id).text or ""
    except NewsgraphError:
        return ""


def trafilatura_cleaned(page: Page) -> str:
    """Bare trafilatura (default options; metadata on, for the title) followed by our cleaning steps: isolates what
    the cleaning does to trafilatura's own output."""
    import trafilatura
    from ..ingest.base import RawDocument
    doc = trafilatura.bare_extraction(page.html, include_comments=False, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        return ""
    raw = RawDocument(source=page.id, text=doc.text, title=doc.title, site_name=doc.sitename, format="html")
    return _cleaned_body(raw)


def _cleaned_body(raw) -> str:
    from ..pipeline import Work
    (w,) = _clean_pipeline().run_works([Work(raw)])
    return "" if w.error else body_text(w.record.document)


def newsgraph_body(page: Page) -> str:
    """Our HTML reader + the cleaning steps; the document text without its title paragraph."""
    from ..errors import NewsgraphError
    from ..ingest.html import from_html
    from ..pipeline import Work
    pipe = _clean_pipeline()
    try:
        raw = from_html(page.html, source=page.id)
    except NewsgraphError:
        return ""
    (w,) = pipe.run_works([Work(raw)])
    if w.error:
        return ""
    return body_text(w.record.document)


def body_text(doc) -> str:
    """document.text without the title paragraph(s)."""
    return "\n\n".join(doc.text[p.start:p.end] for p in doc.paragraphs if p.kind != "title")


_CLEAN = None


def _clean_pipeline():
    global _CLEAN
    if _CLEAN is None:
        from ..pipeline import DEFAULT_ORDER, Pipeline, REGISTRY, _load_components
        _load_components()
        _CLEAN = Pipeline([n for n in DEFAULT_ORDER if n.startswith("clean.") and n in REGISTRY])
    return _CLEAN


SYSTEMS: dict[str, Callable[[Page], str]] = {"trafilatura": bare_trafilatura,
                                             "trafilatura+clean": trafilatura_cleaned,
                                             "reader": reader_only, "newsgraph": newsgraph_body}
DEFAULT_SYSTEMS = ("trafilatura", "trafilatura+clean", "reader", "newsgraph")


@dataclass
class Result:
    name: str
    pairs: list[tuple[float, float]] = field(default_factory=list)
    seconds: float = 0.0
    per_page: dict = field(default_factory=dict)

    def summary(self) -> dict:
        out = aggregate(self.pairs)
        out["seconds"] = self.seconds
        out["pages_per_s"] = len(self.pairs) / self.seconds if self.seconds else 0.0
        return out


def evaluate(pages: list[Page], systems: Iterable[str] = DEFAULT_SYSTEMS,
             progress: Callable[[str], None] | None = None) -> dict[str, Result]:
    """Run each system over the same pages, page by page in turn (so a busy machine slows them alike), each timed
    separately after one untimed warm-up call; returns name -> Result."""
    results = {name: Result(name) for name in systems}
    if pages:  # warm-up, untimed: imports and model loading are not per-page costs
        for name in results:
            SYSTEMS[name](pages[0])
    for page in pages:
        for name, res in results.items():
            t0 = time.perf_counter()
            pred = SYSTEMS[name](page)
            res.seconds += time.perf_counter() - t0
            p, r = page_scores(page.truth, pred)
            res.pairs.append((p, r))
            res.per_page[page.id] = (p, r)
        if progress:
            progress(page.id)
    return results
