"""ingest/: readers that turn files into raw documents (text, HTML, JSONL, RSS/Atom, WARC; gzip transparent).

``read(paths)`` yields :class:`RawDocument` objects and :class:`InputError` objects (never raises for a bad
file): one bad file or record never stops the batch. ``formats()`` is the registry of readers (one module per
format: text.py, page.py, jsonl.py, feed.py, warc.py), chosen by extension, then by content.
"""
from ..errors import InputError
from .base import RawDocument
from .readers import expand, from_string, read, read_bytes, read_file, read_stream
from .registry import Format, formats, reader

__all__ = ["RawDocument", "InputError", "read", "read_file", "read_bytes", "read_stream", "from_string", "expand",
           "formats", "reader", "Format"]
