"""newsgraph: raw news in; a clean, source-attributed record of who said what and who did what out.

Python API::

    import newsgraph
    rec = newsgraph.analyze(open("examples/article.txt").read())
    print(rec.document.title, len(rec.quotes))
    print(rec.to_json())
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .errors import DocumentError, InputError, NewsgraphError
from .ingest.base import RawDocument
from .record import Analysis

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_many", "analyze_raw", "Analysis", "RawDocument", "NewsgraphError", "InputError",
           "DocumentError", "__version__"]


def analyze(text_or_html: str, source: str | None = None, published: str | None = None) -> Analysis:
    """Analyze one article given as plain text or HTML; returns the analysis record."""
    from .ingest import from_string
    return analyze_raw(from_string(text_or_html, source=source, published=published))


def analyze_raw(raw: RawDocument) -> Analysis:
    """Analyze one raw document (as made by a reader)."""
    from .pipeline import default_pipeline
    return default_pipeline().run(raw)


def analyze_many(raws: Iterable[RawDocument], batch_size: int = 32) -> Iterator[Analysis | DocumentError]:
    """Analyze a stream of raw documents in batches (spaCy's nlp.pipe underneath). Yields, in input order, an
    Analysis for each document or a DocumentError naming the source and the reason."""
    from .pipeline import default_pipeline
    for w in default_pipeline().run_many(raws, batch_size=batch_size):
        yield DocumentError(f"{w.raw.source}: {w.error}") if w.error else w.record
