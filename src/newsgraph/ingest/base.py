"""The raw document: what a reader hands to the pipeline, before any cleaning."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawDocument:
    """One document as read from its source.

    Exactly one of ``text`` (plain text, or main text already extracted from HTML) and ``html`` is the body the
    pipeline starts from; readers that extract HTML themselves fill ``text`` and the metadata fields.
    """
    source: str  # path, path:line, path#record, or URL it came from
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date or datetime
    id: str | None = None  # the caller's id, kept as the document id when given
    author: str | None = None
    site_name: str | None = None
    language: str | None = None
    format: str = "text"  # text | html | jsonl | feed | warc: which reader made it
