"""JSON-lines reader (.jsonl, .ndjson): one article per line, read line by line (a file of millions of lines is
streamed, never loaded whole).

Each line is a JSON object with ``text`` (plain text) or ``html`` (a page, extracted through trafilatura) and
optionally ``title``, ``url``, ``published``, ``id``, ``source`` (the outlet), ``author``, ``language``. A few common
aliases are accepted (see ``FIELDS``). The document's source is ``path:line N``. A malformed line yields one
InputError naming the file, the line and the reason; the other lines go on.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from ..errors import InputError
from .base import RawDocument
from .registry import reader
from .source import GZIP_ERRORS, Input, gzip_reason, limits

# RawDocument field <- the keys that may hold it, first present wins.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "maintext"),
    "html": ("html", "raw_html"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date", "date_publish", "published_at", "pubDate"),
    "id": ("id", "doc_id", "uid"),
    "site_name": ("source", "site_name", "sitename", "outlet"),
    "author": ("author", "authors", "byline"),
    "language": ("language", "lang"),
}


def looks_like_jsonl(head: bytes) -> bool:
    """True when the first non-blank line is (the start of) a JSON object on one line."""
    for line in head.lstrip(b"\xef\xbb\xbf").splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith(b"{") or line == b"{":
            return False
        if len(line) >= len(head) - 2:  # a first line longer than the head: trust its start
            return line.startswith(b'{"')
        try:
            return isinstance(loads(line), dict)
        except ValueError:
            return False
    return False


class JSONLimit(ValueError):
    """A JSON text over a limit (nesting, number length): refused with a readable reason."""


def loads(s: str | bytes) -> Any:
    """``json.loads`` that raises nothing but ValueError (JSONDecodeError, or :class:`JSONLimit` with a readable
    reason): numbers over Python's 4,300-digit limit and nesting deeper than the interpreter's recursion limit
    (about 1,000 levels) are refused instead of raising ValueError/RecursionError from deep inside."""
    try:
        return json.loads(s)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise JSONLimit("JSON nested too deeply (about 1,000 levels or more)") from None
    except ValueError as exc:
        if "digits" in str(exc) or "integer string conversion" in str(exc):
            raise JSONLimit("a number with too many digits (the limit is 4,300)") from None
        raise JSONLimit(str(exc).splitlines()[0][:200]) from None


def _kind(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(v), "a number")


def _field(obj: dict, name: str, where: str) -> str | None:
    for key in FIELDS[name]:
        v = obj.get(key)
        if v is None or v == "":
            continue
        if name == "site_name" and isinstance(v, dict):  # {"id": ..., "name": "Reuters"} (NewsAPI style)
            v = v.get("name")
        elif name == "author" and isinstance(v, list) and all(isinstance(a, str) for a in v):
            v = ", ".join(v)
        elif name == "published" and isinstance(v, (int, float)) and not isinstance(v, bool):
            v = datetime.fromtimestamp(v / 1000 if v > 1e11 else v, tz=timezone.utc).isoformat()
        elif name == "id" and isinstance(v, int) and not isinstance(v, bool):
            v = str(v)
        if v is None:
            continue
        if not isinstance(v, str):
            raise ValueError(f"field {key!r} must be a string, not {_kind(v)}")
        return v.strip() or None
    return None


def record_to_raw(obj: Any, source: str, where: str) -> RawDocument:
    """One JSON object -> a raw document; raises ValueError (the reason) for a record that cannot be one."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, found {_kind(obj)}")
    meta = {k: _field(obj, k, where) for k in FIELDS}
    text, html = meta.pop("text"), meta.pop("html")
    if text is None and html is None:
        present = [k for k in FIELDS["text"] + FIELDS["html"] if isinstance(obj.get(k), str)]
        if present:
            raise ValueError(f"empty {present[0]!r} field (no article text)")
        keys = ", ".join(sorted(obj)[:8]) or "none"
        raise ValueError(f"no 'text' or 'html' field (keys: {keys})")
    if text is not None:
        return RawDocument(source=source, text=text, format="jsonl", **meta)
    from .html import from_html
    raw = from_html(html, source=source, published=meta["published"], url=meta["url"], title=meta["title"])
    for k in ("id", "site_name", "author", "language"):
        if meta[k]:
            setattr(raw, k, meta[k])
    raw.format = "jsonl"
    return raw


@reader("jsonl", extensions=(".jsonl", ".ndjson", ".jsonlines", ".json"), sniff=looks_like_jsonl, priority=40,
        description="JSON lines: one article per line ({\"text\"|\"html\", \"title\", \"url\", \"published\", \"id\"})")
def read_jsonl(inp: Input) -> Iterator[RawDocument | InputError]:
    """JSON lines: one article per line; also a JSON document (``.json``): an array of articles, or one article
    written over several lines."""
    lead = inp.head.lstrip(b"\xef\xbb\xbf \t\r\n")
    first = lead.split(b"\n", 1)[0].strip()
    if lead[:1] == b"[" or first == b"{" or (inp.extension == ".json" and lead[:1] == b"{" and
                                             not _one_line_object(first)):
        yield from _document(inp)  # an array, or one object written over several lines (a .jsonl file whose
        return  # first line is broken reports that line, and goes on)
    lines = _Lines()
    try:
        with inp.open() as f:
            yield from parse_lines(lines.count(f), inp.name)
    except GZIP_ERRORS as exc:
        raise InputError(inp.name, gzip_reason(exc) + (f" after line {lines.n}" if lines.n else "")) from None


def _unwrapped(obj):
    """The list of articles a wrapper object holds ({"status": "ok", "articles": [...]}, NewsAPI's shape): an object
    with no text or html of its own and one list of objects; else ``obj``."""
    if isinstance(obj, dict) and not ({"text", "html"} & set(obj)):
        lists = [v for v in obj.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if len(lists) == 1:
            return lists[0]
    return obj


def _one_line_object(line: bytes) -> bool:
    """Is the first line a whole JSON value (JSON lines), or the start of one written over several lines?"""
    try:
        loads(line.strip().decode("utf-8", "replace"))
        return True
    except ValueError:
        return len(line) >= 60000  # a line longer than the head: JSON lines with a long first line


def _document(inp: Input) -> Iterator[RawDocument | InputError]:
    """The articles of one JSON document: an array of article objects (``item N`` each), or one article object."""
    try:
        data = inp.read_all()
    except GZIP_ERRORS as exc:
        raise InputError(inp.name, gzip_reason(exc)) from None
    try:
        obj = loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(inp.name, f"not UTF-8 ({exc.reason} at byte offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(inp.name, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except ValueError as exc:  # JSONLimit
        raise InputError(inp.name, str(exc)) from None
    obj = _unwrapped(obj)
    items = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(items, 1):
        where = f"item {n}" if isinstance(obj, list) else "document"
        try:
            yield record_to_raw(item, f"{inp.name}:{where}" if isinstance(obj, list) else inp.name, where)
        except ValueError as exc:
            yield InputError(inp.name, str(exc), where)
        except InputError as exc:
            yield exc


class TooLong(bytes):
    """Stands for a line over the cap (its first bytes only); ``size`` is the line's real length in bytes."""
    size = 0


class _Lines:
    """Counts the lines read from a stream (to name the last good line when the stream breaks); a line longer
    than the cap of a file read whole (``limits()["whole"]``) is never held in memory: it comes as a
    :class:`TooLong` and reading resumes at the next line."""
    n = 0

    def count(self, f) -> Iterator[bytes]:
        from .source import limits
        cap = limits()["whole"]
        while True:
            line = f.readline(cap + 1)
            if not line:
                return
            self.n += 1
            if len(line) > cap and not line.endswith(b"\n"):
                size = len(line)
                while True:  # skip the rest of the line, a chunk at a time
                    rest = f.readline(1 << 20)
                    size += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
                long = TooLong(line[:16])
                long.size = size
                yield long
                continue
            yield line


def parse_lines(lines: Iterable[bytes], name: str, first_line: int = 1, first_offset: int = 0
                ) -> Iterator[RawDocument | InputError]:
    """Documents of JSON lines (bytes, with or without their newline). ``first_line`` and ``first_offset`` are the
    line number and byte offset of the first one in its file, so that a range of a big file (a Dask partition)
    gets the same sources and error messages as a read of the whole file."""
    offset = first_offset
    seen_content = False
    for n, line in enumerate(lines, first_line):
        if isinstance(line, TooLong):
            offset += line.size
            yield InputError(name, f"line too long ({line.size:,} bytes; the limit is NEWSGRAPH_MAX_FILE_BYTES, "
                                   f"{limits()['whole']:,} bytes)", f"line {n}")
            continue
        start, offset = offset, offset + len(line)
        where = f"line {n}"
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line, start = line[3:], start + 3
        stripped = line.strip()
        if not stripped:
            continue
        if not seen_content and first_line == 1 and stripped in (b"{", b"["):
            raise InputError(name, "a pretty-printed JSON document, not JSON lines (one object per line)")
        seen_content = True
        try:
            s = stripped.decode("utf-8")
        except UnicodeDecodeError as exc:
            lead = len(line) - len(line.lstrip())
            yield InputError(name, f"not UTF-8 ({exc.reason} at byte offset {start + lead + exc.start})", where)
            continue
        try:
            obj = loads(s)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"malformed JSON: {exc.msg} (column {exc.colno})", where)
            continue
        except ValueError as exc:  # JSONLimit: too deep, too many digits
            yield InputError(name, str(exc), where)
            continue
        inner = _unwrapped(obj)
        for k, item in enumerate(inner if inner is not obj else [obj], 1):
            here = where if inner is obj else f"{where} item {k}"
            try:
                yield record_to_raw(item, f"{name}:{here}", here)
            except ValueError as exc:
                yield InputError(name, str(exc), here)
            except InputError as exc:  # from_html: the page has no main text
                yield exc
