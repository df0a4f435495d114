"""Reader dispatch: paths (files, folders, globs, '-') -> raw documents or input errors, streamed.

``read(paths)`` walks the paths lazily (a folder of a million files is never listed into memory), opens each file
(gzip undone transparently), refuses empty and binary files with one error each, picks the reader by extension then
by content (see :mod:`.registry`), and yields what the reader yields. It never raises for a bad file or record:
every fault becomes an :class:`InputError` and the batch goes on.
"""
from __future__ import annotations

import fnmatch
import functools
import glob
import os
import re
import shutil
import sys
import tempfile
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError
from .base import RawDocument, note_skipped, scrub, scrub_text
from .registry import Format, detect, formats
from .source import GZIP_ERRORS, Input, binary_kind, gzip_reason

STDIN_NAME = "<stdin>"


def expand(paths: Iterable[str], include: Iterable[str] = ()) -> Iterator[str]:
    """Files named, folders walked recursively (sorted, hidden files skipped), globs expanded; '-' is stdin.
    One path (a str or a Path) is a list of one, never the characters of its name.

    A folder's files that are no article by their name (README.md, LICENSE, CHANGELOG...: data/not_articles.txt)
    are skipped with a note (``base.note_skipped``: ingest's summary lists them) unless a pattern of ``include``
    (fnmatch on the name, case-insensitive) matches them; a file named itself is always read."""
    include = [p.lower() for p in include]
    for p in one_or_many(paths):
        p = str(p)
        if p == "-":
            yield p
        elif os.path.isdir(p):
            unreadable: list[OSError] = []  # a folder the walk cannot list is yielded itself: read() reports it
            for root, dirs, files in os.walk(p, onerror=unreadable.append):
                while unreadable:
                    yield str(unreadable.pop(0).filename)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    path = os.path.join(root, f)
                    if not_article_name(f) and not any(fnmatch.fnmatchcase(f.lower(), i) for i in include):
                        note_skipped(path, "not an article by its name")
                        continue
                    yield path
            while unreadable:
                yield str(unreadable.pop(0).filename)
        elif glob.has_magic(p) and not os.path.exists(p):
            hits = sorted(glob.iglob(p, recursive=True))
            if not hits:
                yield p  # reported as missing by read()
            for h in hits:
                if os.path.isdir(h):
                    yield from expand([h], include)
                else:
                    yield h
        else:
            yield p


@functools.lru_cache(maxsize=1)
def _not_article_patterns() -> tuple[str, ...]:
    from importlib import resources
    text = resources.files(__package__).joinpath("data/not_articles.txt").read_text(encoding="utf-8")
    return tuple(ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def not_article_name(name: str) -> bool:
    """Is a file of this name a folder's own paper (README.md, LICENSE...), not an article?"""
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, p) for p in _not_article_patterns())


def clean_item(item: RawDocument | InputError) -> RawDocument | InputError:
    """A reader's item with its invalid code points (lone surrogates, NUL) replaced by U+FFFD and counted in
    ``invalid_chars``: what a reader yields never carries text that cannot be encoded or stored."""
    if isinstance(item, RawDocument):
        scrub(item)
    elif isinstance(item, InputError):
        src, n1 = scrub_text(item.source)
        reason, n2 = scrub_text(item.reason)
        where, n3 = scrub_text(item.where)
        if n1 or n2 or n3:
            item = InputError(src, reason, where)
    return item


def one_or_many(paths) -> Iterable:
    """The paths a caller gave: one path (a str, bytes or a Path) is a list of one; any other iterable as it is;
    anything else a TypeError naming what is expected."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        return [os.fsdecode(paths)]
    if not hasattr(paths, "__iter__"):
        raise TypeError(f"expected a path (str or pathlib.Path) or a list of paths, got {type(paths).__name__}")
    return paths


def read(paths: Iterable[str] | str | os.PathLike, format: str | None = None) -> Iterator[RawDocument | InputError]:
    """Every document of every path, in order; faults come as InputError items (never raised). ``paths``: a
    list of paths (files, folders, globs, "-" for stdin), or one path.

    ``format`` forces a reader (a name of :func:`formats`) instead of detecting it.
    """
    for path in expand(paths):
        if path == "-":
            yield from read_stream(sys.stdin.buffer, STDIN_NAME, format=format)
        elif not os.path.exists(path):
            yield clean_item(InputError(path, missing_reason(path)))
        elif os.path.isdir(path):  # only a folder expand() could not list comes here
            yield clean_item(InputError(path, folder_reason(path)))
        else:
            yield from read_file(path, format=format)


def missing_inputs(paths: Iterable[str]) -> list[tuple[str, str]]:
    """(path, reason) of each path that names no input at all: no file or folder there, a glob matching nothing
    ('-', stdin, always exists)."""
    out = []
    for p in one_or_many(paths):
        p = str(p)
        if p == "-" or os.path.exists(p) or (glob.has_magic(p) and next(glob.iglob(p, recursive=True), None)):
            continue
        out.append((p, missing_reason(p)))
    return out


def folder_reason(path: str) -> str:
    """Why a folder's files cannot be listed ("folder cannot be read: permission denied")."""
    try:
        os.listdir(path)
    except OSError as exc:
        return f"folder cannot be read: {(exc.strerror or str(exc)).lower()}"
    return "folder cannot be read"


def missing_reason(path: str) -> str:
    """Why a path that does not exist cannot be read: a symlink loop, a dangling link, or nothing there."""
    if os.path.islink(path):
        try:
            os.stat(path)
        except OSError as exc:
            import errno
            if exc.errno == errno.ELOOP:
                return "symbolic link loop (too many levels of symbolic links)"
            return f"broken symbolic link (points to {os.readlink(path)!r}, which does not exist)"
    if re.match(r"(?i)(?:https?|ftp)://", path):  # (a new user's first try: nothing is fetched, tryout r24)
        return "no such file or folder (web addresses are not fetched: save the page, or a feed or WARC, and give " \
               "the file)"
    return "no such file or folder"


def read_stream(stream: BinaryIO, name: str, format: str | None = None) -> Iterator[RawDocument | InputError]:
    """Documents of a byte stream (stdin, an upload): spooled to a temporary file so that big inputs are still
    read record by record."""
    fd, tmp = tempfile.mkstemp(prefix="newsgraph-stdin-")
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                shutil.copyfileobj(stream, out, 1 << 20)
            except OSError as exc:
                yield InputError(name, exc.strerror or str(exc))
                return
        yield from _read_input(lambda: Input.from_path(tmp, name=name), name, format)
    finally:
        os.unlink(tmp)


def read_file(path: str | os.PathLike, format: str | None = None, name: str | None = None
              ) -> Iterator[RawDocument | InputError]:
    """Documents of one file, of any registered format, gzip-compressed or not."""
    name = name or str(path)
    yield from _read_input(lambda: Input.from_path(path, name=name), name, format)


def read_bytes(data: bytes, name: str = "<bytes>", format: str | None = None) -> Iterator[RawDocument | InputError]:
    """Documents of an in-memory file (for example an HTTP upload); ``name`` decides the format like a file name."""
    yield from _read_input(lambda: Input.from_bytes(data, name=name), name, format)


def _read_input(make, name: str, format: str | None) -> Iterator[RawDocument | InputError]:
    for item in _read_input_raw(make, name, format):
        yield clean_item(item)


def _read_input_raw(make, name: str, format: str | None) -> Iterator[RawDocument | InputError]:
    try:
        inp = make()
    except IsADirectoryError:
        yield InputError(name, "is a folder")
        return
    except OSError as exc:
        yield InputError(name, (exc.strerror or str(exc)).lower())
        return
    if inp.is_empty():
        yield InputError(name, "empty file")
        return
    if inp.head_error is not None and not inp.head.strip():
        yield InputError(name, gzip_reason(inp.head_error))
        return
    try:
        fmt = choose(inp, format)
    except InputError as exc:
        yield exc
        return
    if not fmt.binary_ok:
        kind = binary_kind(inp.head)
        if kind:
            yield InputError(name, f"binary file ({kind}), not text")
            return
    try:
        yield from fmt.read(inp)
    except InputError as exc:
        yield exc
    except GZIP_ERRORS as exc:
        yield InputError(name, gzip_reason(exc))
    except OSError as exc:
        yield InputError(name, (exc.strerror or str(exc)).lower())
    except Exception as exc:  # a reader bug or a library failure: one line, and the batch goes on
        yield InputError(name, f"could not be read as {fmt.name} ({type(exc).__name__}: {exc})")


def choose(inp: Input, format: str | None = None) -> Format:
    """The reader for an input: the forced format, else detection by extension and content."""
    if format is None:
        return detect(inp)
    try:
        return formats()[format]
    except KeyError:
        raise InputError(inp.name, f"unknown format {format!r} (known: {', '.join(sorted(formats()))})") from None


def looks_like_html(s: str) -> bool:
    """True when a string is (a fragment of) an HTML page rather than plain text."""
    head = s[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head or "<div" in head)


def from_string(s: str, source: str | None = None, published: str | None = None) -> RawDocument:
    """A raw document from a string of text or HTML (HTML is detected); raises InputError for an HTML page without
    a main text."""
    src = source or "<string>"
    if not isinstance(s, str):
        raise InputError(src, f"expected the article as a string of text or HTML, not {type(s).__name__}")
    s, bad = scrub_text(s)
    if looks_like_html(s):
        from .html import from_html
        raw = from_html(s, source=src, published=published)
    else:
        raw = RawDocument(source=src, text=s, published=published)
    scrub(raw)
    raw.invalid_chars += bad
    return raw
