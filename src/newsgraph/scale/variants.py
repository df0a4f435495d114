"""A syndicated corpus made from real pages: each page's article text plus controlled variants of it (the copies
an archive really holds: the same story re-titled, trimmed, with a sentence changed, a paragraph dropped, another
outlet's boilerplate), written as JSON lines. The benchmark and the tests of the Dask engine use it.

Variants are deterministic (a seeded random generator per page), so the same pages always give the same corpus.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Callable, Iterator

BOILERPLATE = (
    "Subscribe to our newsletter for the latest updates.",
    "Share this article on social media.",
    "Read more: the latest news from our correspondents.",
    "This story was updated with additional details.",
    "Copyright 2025. All rights reserved.",
)

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-Я\"“«])")


def _paragraphs(text: str) -> list[str]:
    return [p for p in (s.strip() for s in text.split("\n")) if p]


def _edit_sentence(paras: list[str], rnd: random.Random) -> list[str]:
    """One sentence of the body rewritten (its words shuffled)."""
    out = list(paras)
    i = rnd.randrange(len(out))
    sents = _SENT.split(out[i])
    j = rnd.randrange(len(sents))
    words = sents[j].split()
    rnd.shuffle(words)
    sents[j] = " ".join(words)
    out[i] = " ".join(sents)
    return out


def _drop_paragraph(paras: list[str], rnd: random.Random) -> list[str]:
    if len(paras) < 3:
        return _edit_sentence(paras, rnd)
    out = list(paras)
    del out[rnd.randrange(1, len(out))]
    return out


def _add_boilerplate(paras: list[str], rnd: random.Random) -> list[str]:
    return list(paras) + [rnd.choice(BOILERPLATE)]


def _trim_end(paras: list[str], rnd: random.Random) -> list[str]:
    keep = max(1, len(paras) - max(1, len(paras) // 6))
    return paras[:keep]


def _lead_in(paras: list[str], rnd: random.Random) -> list[str]:
    return [f"({rnd.choice(['Reuters', 'AP', 'AFP', 'dpa'])}) " + paras[0]] + list(paras[1:])


EDITS: tuple[Callable[[list[str], random.Random], list[str]], ...] = (
    _edit_sentence, _drop_paragraph, _add_boilerplate, _trim_end, _lead_in)


def variants(text: str, title: str | None, n: int, seed: int) -> Iterator[dict]:
    """The original (as variant 0) and ``n - 1`` edited copies, each a JSONL object {url, title, text, source}."""
    rnd = random.Random(seed)
    paras = _paragraphs(text)
    if not paras:
        return
    yield {"url": f"https://origin.example/{seed}", "title": title, "text": "\n\n".join(paras),
           "source": "origin.example"}
    for v in range(1, n):
        edited = paras
        for _ in range(1 + v % 3):  # one to three edits
            edited = rnd.choice(EDITS)(edited, rnd)
        alt_title = (title or "Untitled") + ("" if v % 2 else f" | Outlet {v}")
        yield {"url": f"https://outlet{v}.example/{seed}", "title": alt_title, "text": "\n\n".join(edited),
               "source": f"outlet{v}.example"}


def page_texts(html_dir: str | Path, limit: int | None = None) -> Iterator[tuple[str, str, str | None]]:
    """(file name, main text, title) of the HTML pages of a folder (``.html``/``.html.gz``), via trafilatura."""
    import gzip

    from ..ingest.html import extract
    files = sorted(p for p in Path(html_dir).iterdir() if p.name.endswith((".html", ".htm", ".html.gz")))
    for p in files[:limit]:
        data = p.read_bytes()
        if p.name.endswith(".gz"):
            data = gzip.decompress(data)
        doc = extract(data.decode("utf-8", errors="replace"))
        if doc is not None and (doc.text or "").strip():
            yield p.name, doc.text, doc.title


def write_corpus(html_dir: str | Path, out: str | Path, per_page: int = 15, limit: int | None = None) -> int:
    """Write the syndicated corpus of the pages in ``html_dir`` to the JSONL file ``out``; returns the number of
    documents. The documents are interleaved (variant v of every page, then v + 1...) so copies arrive apart."""
    pages = list(page_texts(html_dir, limit))
    rows: list[list[dict]] = [list(variants(text, title, per_page, seed=i)) for i, (_, text, title) in enumerate(pages)]
    n = 0
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        for v in range(per_page):
            for page in rows:
                if v < len(page):
                    fh.write(json.dumps(page[v], ensure_ascii=False) + "\n")
                    n += 1
    tmp.replace(out)
    return n

