"""Reader dispatch: paths (files, folders, globs, '-') -> raw documents or input errors."""
from __future__ import annotations

import glob
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from .base import RawDocument


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, folders walked recursively (sorted), globs expanded; '-' is stdin."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        elif any(c in p for c in "*?[") and not os.path.exists(p):
            hits = sorted(glob.glob(p, recursive=True))
            if not hits:
                yield p  # reported as missing below
            for h in hits:
                if os.path.isdir(h):
                    yield from expand([h])
                else:
                    yield h
        else:
            yield p


def read(paths: Iterable[str]) -> Iterator[RawDocument | InputError]:
    for path in expand(paths):
        if path == "-":
            data = sys.stdin.buffer.read()
            try:
                yield from_string(data.decode("utf-8"), source="<stdin>")
            except UnicodeDecodeError as exc:
                yield InputError("<stdin>", f"not UTF-8 text ({exc.reason} at byte {exc.start})")
            continue
        if not os.path.exists(path):
            yield InputError(path, "no such file or folder")
            continue
        yield from read_file(Path(path))


def read_file(path: Path) -> Iterator[RawDocument | InputError]:
    from .text import read_text
    try:
        yield from read_text(path)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(str(path), exc.strerror or str(exc))


def looks_like_html(s: str) -> bool:
    head = s[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head or "<div" in head)


def from_string(s: str, source: str | None = None, published: str | None = None) -> RawDocument:
    """A raw document from a string of text or HTML (HTML is detected)."""
    src = source or "<string>"
    if looks_like_html(s):
        from .html import from_html
        return from_html(s, source=src, published=published)
    return RawDocument(source=src, text=s, published=published)
