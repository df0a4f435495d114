"""HTML page reader (.html, .htm): one page is one document; main text and metadata through ``html.from_html``
(trafilatura). The page's bytes are decoded here: BOM, UTF-8, its meta charset, then charset detection."""
from __future__ import annotations

import re
from typing import Iterator

from .base import RawDocument
from .registry import reader
from .source import Input, decode

_HTML_START = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"""
    rb"""(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<article[\s>]|<div[\s>]|<p[\s>])""",
    re.I | re.S)


def looks_like_html(head: bytes) -> bool:
    """True when the content starts like an HTML page (doctype, <html>, <head>, <body>, or a leading block tag)."""
    return bool(_HTML_START.match(head[:8192]))


@reader("html", extensions=(".html", ".htm", ".xhtml", ".shtml"), sniff=looks_like_html, priority=30,
        description="HTML page: main text, title, date, author and site name through trafilatura")
def read_html(inp: Input) -> Iterator[RawDocument]:
    """HTML page: main text and metadata through trafilatura."""
    from .html import from_html
    text = decode(inp.read_all(), inp.name)
    yield from_html(text, source=inp.name)
