"""The publication date the product gives a page (the anchor every relative date of the page is resolved against)
against the date a careful reader gives it: eval/data/pubdates-benchmark-dev.tsv (its header gives the rule).

Each page is read as ``newsgraph ingest`` reads an HTML file (``ingest.html.from_html``, no URL passed: the page's
own canonical URL, if any, is what trafilatura finds); a page is right when the product's day is the reader's
('none' = the page gives no publication date: right only when the product gives none). The held-out half of the
benchmark pages (sha1(name)[0] in 8-f) has no rows here: it was not opened.
"""
from __future__ import annotations

import gzip
from pathlib import Path

GOLD = Path(__file__).parent / "data" / "pubdates-benchmark-dev.tsv"


def load(path: Path = GOLD) -> list[tuple[str, str, str]]:
    rows = [ln.rstrip("\n").split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return [(r[0], r[1], r[2] if len(r) > 2 else "") for r in rows[1:]]


def product_date(html: str, name: str) -> tuple[str | None, str]:
    """(the day ``from_html`` gives the page, where it came from)."""
    from ..ingest.html import extract, from_html
    day = from_html(html, source=name).published
    try:
        from ..ingest.pubdate import publication_source
    except ImportError:  # an older reader without the sources
        return (day[:10] if day else None), "?"
    doc = extract(html)
    return (day[:10] if day else None), publication_source(doc.date, doc.url, html)[1]


def evaluate(shared: Path, gold: Path = GOLD) -> dict:
    rows, right, errors, missing, sources = load(gold), 0, [], [], {}
    for page, reader, note in rows:
        p = shared / "article-extraction-benchmark" / "html" / f"{page}.html.gz"
        if not p.is_file():
            missing.append(page)
            continue
        got, source = product_date(gzip.open(p, "rb").read().decode("utf-8", errors="replace"), page)
        ok = (got or "none") == reader
        right += ok
        sources[source] = sources.get(source, 0) + 1
        if not ok:
            errors.append({"page": page, "reader": reader, "found": got or "none", "source": source, "note": note})
    n = len(rows) - len(missing)
    return {"pages": n, "right": right, "accuracy": right / n if n else 0.0, "sources": sources, "errors": errors,
            "missing": missing}
