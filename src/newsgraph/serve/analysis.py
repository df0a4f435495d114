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
from ..ingest.base import RawDocument

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
        try:
            d = json.loads(_decode(body, charset))
        except json.JSONDecodeError as exc:
            if ctype == "":
                d = None
            else:
                raise BadInput(f"the body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
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
            meta[k] = _str_field(d, k)
        kind, content = ("html", html) if html is not None else ("text", text)
    elif ctype == "text/plain":
        kind, content = "text", _decode(body, charset)
    elif ctype in ("text/html", "application/xhtml+xml"):
        kind, content = "html", _decode(body, charset)
    elif ctype == "application/x-www-form-urlencoded":
        q = parse_qs(_decode(body, charset), keep_blank_values=True)
        form = {k: v[0] for k, v in q.items()}
        content = form.get("text", "")
        kind = form.get("as", "text")
        if kind not in ("text", "html", "detect"):
            raise BadInput("field 'as' must be text, html or detect")
    else:
        raise BadInput(f"unsupported Content-Type {ctype!r}: send application/json, text/plain or text/html", 415)
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
    return raw, form


def analyze_raw(raw: RawDocument):
    """Analyse one raw document; an expected fault (nothing left after cleaning...) becomes BadInput."""
    from .. import analyze_raw as _analyze
    try:
        with _LOCK:
            return _analyze(raw)
    except NewsgraphError as exc:
        raise BadInput(f"the article cannot be analyzed: {exc}")
