"""ingest/: readers that turn files into raw documents (text, HTML, JSONL, RSS/Atom, WARC; gzip transparent).

``read(paths)`` yields :class:`RawDocument` objects and :class:`InputError` objects (never raises for a bad
file): one bad file or record never stops the batch.
"""
from .base import RawDocument
from .readers import from_string, read

__all__ = ["RawDocument", "read", "from_string"]
