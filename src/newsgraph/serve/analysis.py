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
    after cleaning...) becomes BadInput."""
    from .. import analyze_raw as _analyze
    try:
        with _LOCK:
            return _analyze(raw)
    except NewsgraphError as exc:
        raise BadInput(f"the article cannot be analyzed: {exc}")


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

    ``workers`` > 0: a pool of that many worker processes (spawned, models loaded once each) with its own queue
    of at most ``queue`` waiting articles (more: 503 with Retry-After) and a ``timeout`` in seconds per article
    (the pipeline's time budget inside the worker; 503 if the worker does not answer in time). Analysis then
    never competes with reads for this process's interpreter lock or threads. ``workers`` = 0: in this process,
    one at a time (tests, and Python callers of create_app)."""

    def __init__(self, workers: int = 0, timeout: float = 60.0, queue: int = 16):
        self.workers, self.timeout, self.queue = workers, timeout, queue
        self._pool = None
        self._pending = 0
        self._guard = threading.Lock()

    def _get_pool(self):
        with self._guard:
            if self._pool is None:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor
                self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def start(self) -> None:
        """Start the workers and load their models now rather than on the first request."""
        if self.workers > 0:
            pool = self._get_pool()
            for _ in range(self.workers):
                pool.submit(_warm)

    def close(self) -> None:
        with self._guard:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None

    async def analyze(self, raw: RawDocument):
        if self.workers <= 0:
            from fastapi.concurrency import run_in_threadpool
            return await run_in_threadpool(analyze_raw, raw)
        import asyncio
        from concurrent.futures.process import BrokenProcessPool
        if self._pending >= self.queue + self.workers:
            raise BadInput(f"the analysis queue is full ({self.queue} articles waiting); retry in a few seconds",
                           503)
        self._pending += 1
        try:
            fut = asyncio.get_running_loop().run_in_executor(self._get_pool(), _work, raw, self.timeout)
            status, value = await asyncio.wait_for(fut, self.timeout * 2 + 30)
        except asyncio.TimeoutError:
            raise BadInput(f"the analysis did not finish within {self.timeout:.0f} s", 503) from None
        except BrokenProcessPool:
            self.close()  # a worker died (out of memory?): a fresh pool for the next request
            raise BadInput("the analysis worker stopped; retry", 503) from None
        finally:
            self._pending -= 1
        if status == "error":
            raise BadInput(f"the article cannot be analyzed: {value}")
        return value
