"""The raw document: what a reader hands to the pipeline, before any cleaning."""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable, Iterator


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
    captured: str | None = None  # when a web archive captured the page (WARC-Date): never its publication date
    invalid_chars: int = 0  # invalid code points (lone surrogates, NUL) replaced by U+FFFD at reading (scrub)


# -- invalid code points ---------------------------------------------------------------------------------------------
# Lone surrogates (U+D800-U+DFFF: "\ud800" in JSON, "&#xD800;" in XML, undecodable file names) cannot be encoded as
# UTF-8, so no store, hash or response can hold them; NUL cannot be stored in PostgreSQL text. Both are replaced
# with U+FFFD at reading (and counted), so they never reach the analysis or the store.
REPLACEMENT = "\ufffd"
_INVALID = re.compile("[\ud800-\udfff\x00]")
_TEXT_FIELDS = ("source", "text", "html", "title", "url", "published", "id", "author", "site_name", "language",
                "captured")


def scrub_text(s: str | None) -> tuple[str | None, int]:
    """``s`` with every invalid code point replaced by U+FFFD, and how many were replaced."""
    if not s or _INVALID.search(s) is None:
        return s, 0
    return _INVALID.subn(REPLACEMENT, s)


def scrub(raw: RawDocument) -> int:
    """Replace the invalid code points of every text field of ``raw`` (in place); adds their number to
    ``raw.invalid_chars`` and returns it."""
    total = 0
    for name in _TEXT_FIELDS:
        v = getattr(raw, name)
        if isinstance(v, str):
            fixed, n = scrub_text(v)
            if n:
                setattr(raw, name, fixed)
                total += n
    raw.invalid_chars += total
    return total


# -- document ids ------------------------------------------------------------------------------------------------------
ID_MAX = 200  # a caller's id is a path segment of the web UI and API (/documents/ID): no '/', not too long


def id_problem(doc_id: str | None) -> str | None:
    """Why a caller's document id cannot be used (None when it can)."""
    if doc_id is None:
        return None
    if len(doc_id) > ID_MAX:
        return f"id too long ({len(doc_id)} characters; the limit is {ID_MAX})"
    if "/" in doc_id or "\\" in doc_id:
        return f"id {doc_id[:60]!r} contains '/' or '\\' (it must be one path segment of /documents/ID)"
    if any(ord(c) < 32 or c == "\x7f" for c in doc_id) or not doc_id.strip():
        return "id is blank or contains control characters"
    return None


# -- what a reader passes over ---------------------------------------------------------------------------------------
# A record that is no article (a WARC's image, JSON, 404 or redirect) or a file skipped by its name (README.md,
# LICENSE) is neither a document nor a fault; readers report it here, and whoever reads (``newsgraph ingest``'s
# summary: "skipped 5 non-article records") counts it, so nothing is dropped without a word. The readers' item
# stream stays RawDocument | InputError for every other caller.
_ON_SKIP: ContextVar[Callable[[str, str], None] | None] = ContextVar("newsgraph_on_skip", default=None)


def note_skipped(source: str, kind: str) -> None:
    """Report that ``source`` was passed over as no article; ``kind`` says what it was ("image/jpeg", "HTTP 404")."""
    hook = _ON_SKIP.get()
    if hook is not None:
        hook(source, kind)


@contextmanager
def on_skipped(hook: Callable[[str, str], None]) -> Iterator[None]:
    """Within the block, every :func:`note_skipped` calls ``hook(source, kind)``."""
    token = _ON_SKIP.set(hook)
    try:
        yield
    finally:
        _ON_SKIP.reset(token)
