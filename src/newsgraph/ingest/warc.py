"""WARC reader (.warc, .warc.gz), through warcio: each HTML response record (status 200, text/html) is a document.

Records are read one at a time (a crawl of millions of pages is streamed). The document's source is
``path#record N`` (N counts every record of the file, from 1), its url the WARC-Target-URI, its ``captured`` date
the record's WARC-Date (never taken for the page's publication date: ``published`` is the page's own, else the
capture date marked ``published_from: "capture"``; clean/steps.py). Responses and resources that are no HTML page
(images, JSON, 404s, redirects, revisits) are reported as skipped (``base.note_skipped``: ingest's summary counts
them); the archive's own records (warcinfo, request, metadata) are passed over. A broken record (bad header, a
Content-Length that does not match, a body cut short) is one error naming the record; reading then resumes at the
next record header of the file. A damaged gzip stream ends the file with one error.
"""
from __future__ import annotations

import io
import re
from contextlib import redirect_stderr
from typing import BinaryIO, Iterator

from ..errors import InputError
from .base import RawDocument, note_skipped
from .registry import reader
from .source import HEAD_SIZE, GZIP_ERRORS, Input, decode, gzip_reason

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_RECORD_START = re.compile(rb"\nWARC/1\.[01]\r?\n")
_SCAN_CHUNK = 1 << 20


def looks_like_warc(head: bytes) -> bool:
    """True when the content starts with a WARC record header."""
    return head.lstrip(b"\r\n").startswith((b"WARC/1.0", b"WARC/1.1", b"WARC/0.1"))


def _first_line(exc: BaseException) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return " ".join(lines[:2])[:200] if lines else type(exc).__name__


def _fault_reason(exc: BaseException) -> str:
    """warcio's own load failures are readable; anything else it raises on a damaged header is a Python error
    (AttributeError on a missing field...) that means nothing to a user."""
    from warcio.exceptions import ArchiveLoadFailed
    if isinstance(exc, ArchiveLoadFailed):
        return f"broken record ({_first_line(exc)})"
    return "broken record (malformed or incomplete record header)"


def _is_html(content_type: str | None) -> bool:
    return any(t in (content_type or "").lower() for t in HTML_TYPES)


def _not_article(rec) -> str | None:
    """What a response, resource or revisit record that is no HTML page is ("HTTP 404", "image/jpeg"), else None."""
    if rec.rec_type == "revisit":
        return "revisit"
    if rec.rec_type == "response":
        hh = rec.http_headers
        if hh is None:
            return "no HTTP headers"
        status = hh.get_statuscode() or "?"
        if status != "200":
            return f"HTTP {status}"
        content_type = hh.get_header("Content-Type")
    else:
        content_type = rec.rec_headers.get_header("Content-Type")
    if not _is_html(content_type):
        return (content_type or "no content type").split(";")[0].strip().lower() or "no content type"
    return None


def record_to_raw(rec, source: str) -> RawDocument | InputError | None:
    """A WARC record -> a raw document, an error, or None for a record that is not an HTML page (a response,
    resource or revisit that is none is reported: ``note_skipped``)."""
    if rec.rec_type is None:
        return InputError(source, "broken record: its header has no WARC-Type")
    if rec.rec_type not in ("response", "resource", "revisit"):
        return None  # warcinfo, request, metadata: the archive's own records
    kind = _not_article(rec)
    if kind is not None:
        note_skipped(source, kind)
        return None
    hh = rec.http_headers if rec.rec_type == "response" else None
    content_type = hh.get_header("Content-Type") if hh is not None else rec.rec_headers.get_header("Content-Type")
    try:
        body = rec.content_stream().read()
    except GZIP_ERRORS:
        raise
    except Exception as exc:  # bad chunked encoding, bad content-encoding
        return InputError(source, f"response body could not be decoded ({_first_line(exc)})")
    if getattr(rec.raw_stream, "limit", 0) > 0:
        return InputError(source, "record cut short: the file ends inside it")
    m = _CHARSET.search(content_type or "")
    try:
        import codecs
        declared = codecs.lookup(m.group(1)).name if m else None
    except LookupError:
        declared = None
    uri = rec.rec_headers.get_header("WARC-Target-URI")
    try:
        from .html import from_html
        raw = from_html(decode(body, source, declared=declared), source=source, url=uri)
    except InputError as exc:
        return exc
    raw.captured = rec.rec_headers.get_header("WARC-Date")
    raw.format = "warc"
    return raw


def _resync(fh: BinaryIO, after: int) -> int | None:
    """Offset of the next record header after ``after``, or None when there is none."""
    fh.seek(after + 1)
    pos, tail = after + 1, b""
    while True:
        chunk = fh.read(_SCAN_CHUNK)
        if not chunk:
            return None
        buf = tail + chunk
        m = _RECORD_START.search(buf)
        if m:
            return pos - len(tail) + m.start() + 1
        tail = buf[-16:]
        pos += len(chunk)


@reader("warc", extensions=(".warc",), sniff=looks_like_warc, priority=10, binary_ok=True,
        description="WARC web archive (warcio): each HTML response record is an article")
def read_warc(inp: Input) -> Iterator[RawDocument | InputError]:
    """WARC web archive: each HTML response record is an article."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0  # records seen
    if b"\n" not in inp.head and len(inp.head) >= HEAD_SIZE:  # warcio would read the line whole, slowly
        raise InputError(inp.name, f"no WARC record found (the first line is longer than {HEAD_SIZE:,} bytes)")
    try:
        with inp.open() as fh:
            start = 0
            while start is not None:
                fh.seek(start)
                it = ArchiveIterator(fh)
                records = iter(it)
                pending: tuple[int, object] | None = None  # a record's result, held until its length is confirmed
                fault: BaseException | None = None
                while True:
                    warnings = io.StringIO()
                    rec = None
                    try:
                        with redirect_stderr(warnings):  # warcio prints length warnings on stderr
                            rec = next(records)
                    except StopIteration:
                        pass
                    except GZIP_ERRORS:
                        raise
                    except Exception as exc:
                        fault = exc
                    bad_length = "Content-Length" in warnings.getvalue()
                    if pending is not None:
                        pn, result = pending
                        pending = None
                        if bad_length:
                            yield InputError(f"{inp.name}#record {pn}", "broken record: its Content-Length does not "
                                                                        "match its content")
                        elif result is not None:
                            yield result
                    if rec is None:
                        break
                    n += 1
                    try:
                        pending = (n, record_to_raw(rec, f"{inp.name}#record {n}"))
                    except GZIP_ERRORS:
                        raise
                    except Exception as exc:  # never let one record stop the archive
                        why = f"record could not be read ({type(exc).__name__}: {_first_line(exc)})"
                        pending = (n, InputError(f"{inp.name}#record {n}", why))
                if fault is None:
                    break
                failed_at = it.offset
                if not bad_length:  # after a bad length the "fault" is the rest of that record: already reported
                    n += 1
                    yield InputError(f"{inp.name}#record {n}", _fault_reason(fault))
                start = _resync(fh, failed_at)
    except GZIP_ERRORS as exc:
        raise InputError(inp.name, gzip_reason(exc) + (f" (at record {n})" if n else "")) from None
    if n == 0:
        raise InputError(inp.name, "no WARC record found (not a WARC file?)")
