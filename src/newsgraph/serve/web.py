"""The web UI: Jinja2 templates over exactly the data dicts the JSON endpoints return (datasette's way).

A GET endpoint computes one data dict (serve/views.py) and :func:`respond` renders it: JSON for API clients,
the page for browsers (``Accept: text/html``); ``?format=json|html`` forces either. Autoescape is on for every
template, so article text is always shown as text, never run.
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from .. import __version__
from ..record import Analysis, cited
from .app import SECURITY_HEADERS as _HEADERS
from .highlight import render_paragraphs

HERE = Path(__file__).parent

env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

router = APIRouter(include_in_schema=False)

# Defence in depth for the pages: article text is escaped by autoescape anyway; on top of that, scripts only
# from this server (no inline script runs), nothing framed, no sniffing (the same headers go on every response:
# app.Guard).
SECURITY_HEADERS = {k.decode(): v.decode() for k, v in _HEADERS}

LEGEND = [
    ("quote", "Quote", "what was said (hover: speaker, cited outlet)"),
    ("speaker", "Speaker", "the words that attribute a quote"),
    ("outlet", "Outlet", "the outlet the text credits"),
    ("entity t-PERSON", "Person", ""),
    ("entity t-ORG", "Organisation", ""),
    ("entity t-GPE", "Place", ""),
    ("entity t-MEDIA", "Media", ""),
    ("event", "Event", "evidence of a PLOVER event"),
    ("date", "Date", ""),
]


def wants_html(request: Request) -> bool:
    fmt = request.query_params.get("format")
    if fmt in ("json", "html"):
        return fmt == "html"
    accept = request.headers.get("accept", "")
    return "text/html" in accept


def _page_url(request: Request, **changes) -> str:
    params = dict(request.query_params)
    params.pop("format", None)
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    return str(request.url.path) + ("?" + urlencode(params) if params else "")


def _json_url(request: Request) -> str:
    params = dict(request.query_params)
    params["format"] = "json"
    return str(request.url.path) + "?" + urlencode(params)


def _tojson_script(data) -> Markup:
    """JSON safe inside <script type="application/json">: <, >, & and ' escaped as \\u sequences."""
    s = json.dumps(data, ensure_ascii=False, default=str)
    s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")
    return Markup(s)


def document_view(record: dict) -> dict:
    """What the document template needs beyond the record: the highlighted paragraphs."""
    rec = Analysis.from_dict(record)
    types = {"PERSON": 0, "ORG": 1, "MEDIA": 2, "GROUP": 3, "GPE": 4, "LOC": 5}
    ents = sorted(record.get("entities") or [],
                  key=lambda e: (types.get(e.get("type"), 9), -len(e.get("mentions") or []), e.get("name") or ""))
    links = {e.get("id"): e.get("actor_id") for e in record.get("entities") or [] if e.get("actor_id")}
    return {"paragraphs": render_paragraphs(rec, links), "problems": rec.validate(), "entities": ents}


def mark_terms(text: str | None, q: str | None) -> Markup:
    """``text`` escaped, with the words of the query ``q`` wrapped in <mark> (case-insensitive, whole words)."""
    import re
    text = text or ""
    words = sorted({w for w in re.findall(r"\w+", q or "") if len(w) > 1}, key=len, reverse=True)
    if not words:
        return Markup(escape(text))
    rx = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    out, pos = [], 0
    for m in rx.finditer(text):
        out.append(str(escape(text[pos:m.start()])))
        out.append(f"<mark>{escape(m.group())}</mark>")
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL (the only links rendered from stored data), else None: a
    ``javascript:``, ``data:`` or relative URL of a document is shown as text, never as a link."""
    from urllib.parse import urlsplit
    u = (url or "").strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in u for c in "\x00\r\n\t"):
        return u
    return None


def shortsrc(source: str | None) -> str:
    """A source for display: a URL as it is, a long file path by its last component."""
    s = source or ""
    if "://" in s or len(s) <= 60:
        return s
    return "…/" + s.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def docname(d: dict | None) -> str:
    """What names a document where its title is wanted: its title, else its text's first line (``name`` of the
    store's items: as an untitled story is named), else its URL or its file's name (tryout r16: an untitled text
    showed as "ffdd42058d"), else its id."""
    d = d or {}
    s = (d.get("source") or "").replace("\\", "/")
    if s and "://" not in s:
        s = s.rsplit("#", 1)[0].rstrip("/").rsplit("/", 1)[-1] + ("#" + s.rsplit("#", 1)[1] if "#" in s else "")
    return d.get("title") or d.get("name") or d.get("url") or s or (d.get("doc_id") or d.get("id") or "")[:10]


def plural(n, word: str, many: str | None = None) -> str:
    """'1 doc', '2 docs' (``many`` for irregular plurals)."""
    n = n or 0
    return f"{n} {word if n == 1 else (many or word + 's')}"


env.globals.update(version=__version__, legend=LEGEND, document_view=document_view, cited=cited)
env.filters["script_json"] = _tojson_script
env.filters["plural"] = plural
env.filters["shortsrc"] = shortsrc
env.filters["docname"] = docname
env.filters["safe_url"] = safe_url
env.filters["mark"] = mark_terms


def render(request: Request, template: str, data: dict, status: int = 200, json_link: bool = True) -> HTMLResponse:
    """The page. ``json_link``: the footer links to the same URL as JSON (pages with no JSON twin, such as the
    analyze box, say where the API is instead)."""
    t = env.get_template(template)
    html = t.render(request=request, data=data, page_url=lambda **kw: _page_url(request, **kw),
                    json_url=_json_url(request) if json_link else None, path=request.url.path)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def respond(request: Request, template: str, data: dict, status: int = 200):
    """The view's data dict as a page (browsers) or as JSON (everyone else)."""
    if wants_html(request):
        return render(request, template, data, status)
    return JSONResponse(data, status_code=status)


def came_from(request: Request) -> str | None:
    """The page of this server the user came from (its Referer: path and query only, never another site's page),
    else None; the page itself is not where one goes back to."""
    from urllib.parse import urlsplit
    ref = urlsplit(request.headers.get("referer") or "")
    url = ref.path + (f"?{ref.query}" if ref.query else "")
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if ref.netloc != request.url.netloc or not url.startswith("/") or url.startswith("//") or url == here:
        return None
    return url


def error_page(request: Request, status: int, title: str, detail: str,
               back: tuple[str, str] | None = None) -> HTMLResponse:
    """The error as a page that leads back (tryout r19 N: only "Back to the front page"): ``back`` (url, words),
    else the page the user came from (:func:`came_from`), and the front page."""
    if back is None and (url := came_from(request)):
        back = (url, "Back to the page you came from")
    return render(request, "error.html", {"status": status, "title": title, "detail": detail,
                                          "back": {"url": back[0], "label": back[1]} if back else None}, status)


@router.get("/")
def home(request: Request):
    """The front page: search box and what the store holds."""
    from . import views
    views.only(request.query_params, "format")
    return respond(request, "home.html", views.overview(request.app))


@router.get("/analyze")
def analyze_page(request: Request):
    """The analyze box: paste an article, see its analysis at once (POST /analyze renders the result here)."""
    from . import views
    views.only(request.query_params, "format")
    return render(request, "analyze.html", {"form": {}, "error": None, "record": None}, json_link=False)
