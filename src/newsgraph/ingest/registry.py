"""The registry of input formats: one small reader module per format, chosen by extension, then by content.

A reader is a function ``Input -> iterator of RawDocument | InputError`` registered with :func:`reader`::

    @reader("jsonl", extensions=(".jsonl", ".ndjson"), sniff=looks_like_jsonl, priority=40)
    def read_jsonl(inp: Input): ...

It may raise :class:`InputError` for a fault of the whole file (the file is then reported once) and yields an
InputError for a fault of one record (the other records go on). :func:`detect` picks the format of an input: the
extension of its name without ``.gz`` when a format other than plain text claims it, else the first format (by
``priority``) whose ``sniff(head)`` accepts the first 64 KiB of content, else ``text``.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from ..errors import InputError
from .base import RawDocument
from .source import Input

ReadFunc = Callable[[Input], Iterator["RawDocument | InputError"]]


@dataclass(frozen=True)
class Format:
    name: str
    read: ReadFunc
    extensions: tuple[str, ...] = ()
    sniff: Callable[[bytes], bool] | None = None
    priority: int = 100  # sniffing order: lower first
    binary_ok: bool = False  # the format may hold binary payloads (WARC): skip the binary-file check
    description: str = ""


FORMATS: dict[str, Format] = {}
DEFAULT_FORMAT = "text"

# Modules whose import registers a reader (imported on first use, like the pipeline's components).
READER_MODULES = (
    "newsgraph.ingest.text",
    "newsgraph.ingest.page",
    "newsgraph.ingest.jsonl",
    "newsgraph.ingest.feed",
    "newsgraph.ingest.warc",
)


def reader(name: str, extensions: tuple[str, ...] = (), sniff: Callable[[bytes], bool] | None = None,
           priority: int = 100, binary_ok: bool = False, description: str = ""):
    """Register ``func`` as the reader of format ``name``."""
    def deco(func: ReadFunc) -> ReadFunc:
        FORMATS[name] = Format(name, func, tuple(e.lower() for e in extensions), sniff, priority, binary_ok,
                               description or (func.__doc__ or "").strip().splitlines()[0])
        return func
    return deco


def formats() -> dict[str, Format]:
    """Every registered input format by name."""
    for mod in READER_MODULES:
        importlib.import_module(mod)
    return FORMATS


def by_extension(ext: str) -> Format | None:
    for f in formats().values():
        if ext.lower() in f.extensions:
            return f
    return None


def detect(inp: Input) -> Format:
    """The format of an input: by extension (``.gz`` stripped), then by sniffing its content. A plain-text
    extension does not hide what the content plainly is: an HTML page, a feed, a WARC or JSON lines saved as
    ``.txt`` is read as such (tryout r15: a page saved as .txt was stored markup and all)."""
    fmt = by_extension(inp.extension)
    if fmt is not None and fmt.name != DEFAULT_FORMAT:
        return fmt
    for f in sorted(formats().values(), key=lambda f: f.priority):
        if f.sniff is not None and f.sniff(inp.head):
            if fmt is not None and f.name == "html" and not _WHOLE_PAGE.match(inp.head):
                continue  # a .txt that opens with a tag may be text about one ("<p> is a tag, …"): only a whole
                # page (doctype, <html>, <head>) overrules the extension
            return f
    return fmt or formats()[DEFAULT_FORMAT]


_WHOLE_PAGE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|"
                         rb"<head[\s>])", re.I | re.S)
