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


def analyze_many(raws: Iterable[RawDocument | str], batch_size: int = 32) -> Iterator[Analysis | DocumentError]:
    """Analyze a stream of documents in batches (spaCy's nlp.pipe underneath): RawDocuments (as
    ``newsgraph.ingest.read`` makes them) or strings (each one article's text or HTML, as ``analyze`` takes); an
    InputError of ``read`` comes back as a DocumentError. Yields, in input order, an Analysis for each document or a
    DocumentError naming the source and the reason. Anything else is a TypeError naming what is expected."""
    if isinstance(raws, (str, bytes, RawDocument)):
        raise TypeError("analyze_many takes an iterable of documents (RawDocument or str), got one "
                        f"{type(raws).__name__}: pass a list, or use newsgraph.analyze for one text")
    if not hasattr(raws, "__iter__"):
        raise TypeError(f"analyze_many takes an iterable of documents (RawDocument or str), got "
                        f"{type(raws).__name__}")
    return _analyze_many(raws, batch_size)  # the checks above raise at the call, the documents' as they come


def _analyze_many(raws, batch_size: int) -> Iterator[Analysis | DocumentError]:
    from collections import deque

    from .pipeline import default_pipeline
    order: deque = deque()  # per input item in input order: None (a document sent on) or its DocumentError

    def documents():
        from .ingest import from_string
        for i, x in enumerate(raws):
            if isinstance(x, str):
                try:
                    x = from_string(x, source=f"<text {i + 1}>")
                except InputError as exc:
                    x = exc
            if isinstance(x, RawDocument):
                order.append(None)
                yield x
            elif isinstance(x, InputError):
                order.append(DocumentError(str(x)))
            else:
                raise TypeError(f"analyze_many: item {i + 1} is a {type(x).__name__}; expected a RawDocument (from "
                                f"newsgraph.ingest.read) or a str (an article's text or HTML)")
    for w in default_pipeline().run_many(documents(), batch_size=batch_size):
        while order and order[0] is not None:  # the unreadable items before this document
            yield order.popleft()
        order.popleft()
        yield DocumentError(f"{w.raw.source}: {w.error}") if w.error else w.record
    yield from order
