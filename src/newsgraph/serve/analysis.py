"""Reading an article out of a request body and analysing it (``POST /analyze``, ``POST /documents``).

Accepted bodies:
- ``application/json``: ``{"text": "..."}`` or ``{"html": "..."}``, optional ``source``, ``published``, ``title``,
  ``url``, ``id``;
- ``text/plain``: the article text; ``text/html``: the page;
- ``application/x-www-form-urlencoded`` (the analyze box): ``text`` and ``as`` = text | html | detect.
Anything else is refused with a readable :class:`BadInput` (422; 415 for an unknown content type).
"""
from __future__ import annotations

import json
import threading
from urllib.parse import parse_qs

from ..errors import NewsgraphError
from ..ingest.base import RawDocument, id_problem, scrub, scrub_text

_LOCK = threading.Lock()  # one analysis at a time: the models are shared and the work is CPU-bound anyway


class BadInput(Exception):
    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.message = message
        self.status = status


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError) as exc:
        reason = exc.reason if hasattr(exc, "reason") else exc
        raise BadInput(f"the body is not valid {charset or 'UTF-8'} text ({reason})")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip('"')
    return None


def _str_field(d: dict, name: str) -> str | None:
    v = d.get(name)
    if v is None:
        return None
    if not isinstance(v, str):
        raise BadInput(f"field {name!r} must be a string, got {type(v).__name__}")
    return v


def raw_from_body(body: bytes, content_type: str | None) -> tuple[RawDocument, dict]:
    """The raw document a request body describes, and the form fields (for the analyze page)."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    charset = _charset(content_type or "")
    if not body.strip():
        raise BadInput("the body is empty: send {\"text\": ...} or {\"html\": ...} as JSON, or the article as "
                       "text/plain or text/html")
    form: dict = {}
    meta: dict = {}
    if ctype in ("application/json", "") or ctype.endswith("+json"):
        from ..ingest.jsonl import loads
        try:
            d = loads(_decode(body, charset))
        except json.JSONDecodeError as exc:
            if ctype == "":
                d = None
            else:
                raise BadInput(f"the body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        except ValueError as exc:  # nested too deeply, a number with too many digits
            raise BadInput(f"the body is not acceptable JSON: {exc}")
        if d is None and ctype == "":
            raise BadInput("no Content-Type: send JSON ({\"text\": ...}), text/plain or text/html")
        if not isinstance(d, dict):
            raise BadInput("the JSON body must be an object with a \"text\" or an \"html\" field")
        text, html = _str_field(d, "text"), _str_field(d, "html")
        if text is not None and html is not None:
            raise BadInput("give either \"text\" or \"html\", not both")
        if text is None and html is None:
            raise BadInput("the JSON body needs a \"text\" or an \"html\" field (a string)")
        for k in ("source", "published", "title", "url", "id"):
            meta[k] = scrub_text(_str_field(d, k))[0]
        kind, content = ("html", html) if html is not None else ("text", text)
    elif ctype == "text/plain":
        kind, content = "text", _decode(body, charset)
    elif ctype in ("text/html", "application/xhtml+xml"):
        kind, content = "html", _decode(body, charset)
    elif ctype == "application/x-www-form-urlencoded":
        try:
            q = parse_qs(_decode(body, charset), keep_blank_values=True, max_num_fields=20)
        except ValueError:
            raise BadInput("too many form fields (at most 20)") from None
        form = {scrub_text(k)[0]: scrub_text(v[0])[0] for k, v in q.items()}
        content = form.get("text", "")
        kind = form.get("as", "text")
        if kind not in ("text", "html", "detect"):
            raise BadInput("field 'as' must be text, html or detect")
    else:
        raise BadInput(f"unsupported Content-Type {ctype!r}: send application/json, text/plain or text/html", 415)
    if content is not None and not isinstance(content, str):
        raise BadInput("the article must be a string")
    content, n_bad = scrub_text(content)
    if not content or not content.strip():
        raise BadInput("the article is empty")
    source = meta.get("source") or ("analyze box" if ctype == "application/x-www-form-urlencoded" else "<request>")
    if kind == "detect":
        from ..ingest import from_string
        try:
            raw = from_string(content, source=source, published=meta.get("published"))
        except NewsgraphError as exc:
            raise BadInput(f"the page cannot be read: {exc}")
    elif kind == "html":
        from ..ingest.html import from_html
        try:
            raw = from_html(content, source=source, published=meta.get("published"))
        except NewsgraphError as exc:
            raise BadInput(f"the page cannot be read: {exc}")
    else:
        raw = RawDocument(source=source, text=content, published=meta.get("published"))
    for k in ("title", "url", "id"):
        if meta.get(k):
            setattr(raw, k, meta[k])
    raw.invalid_chars += n_bad
    scrub(raw)  # lone surrogates ("\ud800" in JSON) and NUL: replaced, never analysed or stored
    bad = id_problem(raw.id)
    if bad:
        raise BadInput(bad)
    return raw, form


def analyze_raw(raw: RawDocument):
    """Analyse one raw document in this process (one analysis at a time); an expected fault (nothing left
    after cleaning...) becomes BadInput; an article over the time budget gets 503 with Retry-After, as one over
    ``--analysis-timeout`` in a worker does (one status for running out of time, whichever limit ran out)."""
    from .. import analyze_raw as _analyze
    try:
        with _LOCK:
            return _analyze(raw)
    except NewsgraphError as exc:
        status = 503 if str(exc).startswith("over the time budget") else 422
        raise BadInput(f"the article cannot be analyzed: {exc}", status)


def _work(raw: RawDocument, seconds: float):
    """In an analysis worker process: ("ok", record) or ("error", reason). The per-document time budget of the
    pipeline is the request timeout, so an article too slow to analyze fails at the next component boundary."""
    import os
    os.environ["NEWSGRAPH_TIME_BUDGET"] = str(seconds)
    from .. import analyze_raw as _analyze
    try:
        return "ok", _analyze(raw)
    except NewsgraphError as exc:
        return "error", str(exc)


def _warm() -> bool:
    """Load the models in a fresh worker (its first real request is then as fast as the others)."""
    from .. import analyze_raw as _analyze
    _analyze(RawDocument(source="<warm-up>", text="Mayor Jan Novak said on Monday that the bridge will open."))
    return True


class Analyzer:
    """Where the server analyses articles (POST /analyze, POST /documents).

    ``workers`` > 0: that many worker processes (serve/workers.py: spawned, models loaded once each) with a queue
    of at most ``queue`` waiting articles (more: 503 with Retry-After) and a ``timeout`` in seconds per article
    (also the pipeline's time budget inside the worker). A worker whose client disconnects, or whose article runs
    out of time (503), is killed at once and replaced: analysis never goes on for nobody, and never competes with
    reads for this process's interpreter lock or threads. ``workers`` = 0: in this process, one at a time (tests,
    and Python callers of create_app). A text longer than the pipeline takes is refused with 413 before any work."""

    def __init__(self, workers: int = 0, timeout: float = 60.0, queue: int = 16):
        self.workers, self.timeout, self.queue = workers, timeout, queue
        self._pool = None

    def _get_pool(self):
        if self._pool is None:
            from .workers import WorkerPool
            self._pool = WorkerPool(self.workers, self.queue)
        return self._pool

    def start(self) -> None:
        """Start the workers (they load their models now rather than on the first request)."""
        if self.workers > 0:
            self._get_pool().start()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def pids(self) -> list[int]:
        return self._pool.pids() if self._pool is not None else []

    async def analyze(self, raw: RawDocument, disconnected=None):
        _check_size(raw)
        if self.workers <= 0:
            from fastapi.concurrency import run_in_threadpool
            return await run_in_threadpool(analyze_raw, raw)
        from .workers import Busy, Stopped
        try:
            # the worker's own budget is a backstop: this process stops it at the timeout
            status, value = await self._get_pool().run((raw, self.timeout + 30), self.timeout + 1, disconnected)
        except Busy:
            raise BadInput(f"the analysis queue is full ({self.queue} articles waiting); retry in a few seconds",
                           503) from None
        except Stopped as exc:
            if exc.reason == "timeout":
                raise BadInput(f"the analysis did not finish within {self.timeout:.0f} s (a long text: send it "
                               f"in parts, or start the server with a longer --analysis-timeout)", 503) from None
            if exc.reason == "disconnected":
                raise BadInput("the client went away; the analysis was stopped", 499) from None
            raise BadInput("the analysis worker stopped; retry", 503) from None
        if status == "error":
            raise BadInput(f"the article cannot be analyzed: {value}")
        return value


def _check_size(raw: RawDocument) -> None:
    """413 for an article longer than the pipeline analyses (the same limit and wording as `newsgraph ingest`)."""
    from ..pipeline import budget
    max_chars, _ = budget()
    size = len(raw.text) if raw.text is not None else len(raw.html or "") // 4
    if size > max_chars:
        what = "text" if raw.text is not None else "HTML (a quarter counted)"
        raise BadInput(f"the article is too long: {size:,} characters of {what}; the limit is {max_chars:,} "
                       f"(send it in parts)", 413)
