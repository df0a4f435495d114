"""The JSON API (OpenAPI at /docs). Every GET endpoint computes one data dict in serve/views.py (which calls the
one query layer, store/queries/) and answers it as JSON, or as the matching web page to a browser.

Writes: ``POST /documents`` needs ``Authorization: Bearer <NEWSGRAPH_TOKEN>``: 401 when the token is missing or
wrong, 403 when the server has no token configured (writes disabled). ``POST /analyze`` stores nothing and is
open like every read.
"""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse

from ..store import filters as F
from . import views
from .analysis import BadInput, raw_from_body
from .app import check_token
from .memo import view_data
from .web import render, respond, wants_html

router = APIRouter()

_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {
                "type": "object",
                "properties": {
                    "text": {"type": "string", "description": "the article as plain text"},
                    "html": {"type": "string", "description": "the article as an HTML page"},
                    "source": {"type": "string"}, "published": {"type": "string", "description": "ISO date"},
                    "title": {"type": "string"}, "url": {"type": "string"},
                    "id": {"type": "string", "description": "your id for the document"},
                },
                "example": {"text": "Zelensky said that the meeting is possible.", "published": "2025-09-04"},
            }},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}

Limit = Query(50, ge=1, le=500, description="page size")
MAX_OFFSET = 10_000_000
Offset = Query(0, ge=0, le=MAX_OFFSET, description=f"rows to skip (at most {MAX_OFFSET:,})")
Format = Query(None, alias="format", pattern="^(json|html)$", description="json or html (default: by Accept)")
FeedFormat = Query(None, alias="format", pattern="^(json|html|atom)$",
                   description="json, html or atom (the Atom feed of what is new here; default: by Accept)")


def _bad(exc: BadInput) -> JSONResponse:
    error = {422: "invalid input", 415: "unsupported media type", 503: "busy"}.get(exc.status, "error")
    return JSONResponse({"error": error, "detail": exc.message}, status_code=exc.status,
                        headers={"Retry-After": "5"} if exc.status == 503 else None)


@router.post("/analyze", summary="Analyze one article (nothing stored)", tags=["analyze"], openapi_extra=_BODY_DOC)
async def analyze(request: Request):
    """Text or HTML in, the analysis record (docs/analysis-json.md) out. Nothing is stored. A browser form post
    (the analyze page) gets the page with the result."""
    body = await request.body()
    form: dict = {}
    try:
        raw, form = raw_from_body(body, request.headers.get("content-type"))
        rec = await request.app.state.analyzer.analyze(raw, request.is_disconnected)
    except BadInput as exc:
        if form or wants_html(request):
            return render(request, "analyze.html", {"form": form, "error": exc.message, "record": None},
                          status=exc.status, json_link=False)
        return _bad(exc)
    data = rec.to_dict()
    if form or wants_html(request):
        return render(request, "analyze.html", {"form": form, "error": None, "record": data}, json_link=False)
    return JSONResponse(data)


@router.post("/documents", summary="Ingest one article: analyze and store (needs the token)", tags=["documents"],
             openapi_extra=_BODY_DOC, status_code=201,
             responses={401: {"description": "token missing or wrong"},
                        403: {"description": "writes disabled: the server has no NEWSGRAPH_TOKEN"}})
async def ingest_document(request: Request):
    """Analyze the article and store it (deduplicated and linked into the corpus like `newsgraph ingest`).
    Answers the store's outcome (new, duplicate, near-duplicate) and the document id."""
    s = request.app.state.settings
    if not s.token:
        raise HTTPException(403, "writes are disabled: start the server with NEWSGRAPH_TOKEN set")
    if not check_token(request, s.token):
        raise HTTPException(401, "missing or wrong token (send Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    body = await request.body()
    try:
        raw, _form = raw_from_body(body, request.headers.get("content-type"))
        rec = await request.app.state.analyzer.analyze(raw, request.is_disconnected)
    except BadInput as exc:
        return _bad(exc)
    outcome = await run_in_threadpool(views.store_record, request.app, rec)
    status = 201 if outcome.get("status") in ("new", "updated") else 200  # a new document (or a page's new version)
    return JSONResponse(outcome, status_code=status)


def _filters(list_name: str) -> dict:
    """OpenAPI: the list's filters, from the one table (store/filters.py)."""
    return {"parameters": F.openapi_parameters(list_name)}


def _atom(request: Request, items: list, title: str, page: bool = True):
    """The Atom feed of ``items``; ``page``: the URL without ``format`` is the feed's web page (not for /feed)."""
    from .feeds import atom
    base = str(request.base_url).rstrip("/")
    html = views.strip_format(str(request.url)) if page else None
    return atom(items, title=title, self_url=str(request.url), base=base, html_url=html)


def _list(request: Request, list_name: str, template: str, limit: int, offset: int, format: Optional[str]):
    if format == "atom":  # the list's own quotes or events, latest stored first
        if list_name not in ("quotes", "events"):
            filters = views.parse(list_name, request.query_params)["filters"]
            url = views.feed_url(list_name, filters)
            if url is None:
                raise HTTPException(422, f"no feed of {list_name} with these filters: a feed takes "
                                         f"{', '.join(F.spec('feed').filters)}")
            return RedirectResponse(url, status_code=307)
        params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("format", "sort")]
        data = views.listing(request.app, list_name, _Params(params + [("sort", "ingested")]), limit=limit,
                             offset=offset)
        from ..store import queries as Q
        Q.add_stored(views.store_of(request.app), data["items"])
        return _atom(request, data["items"], f"newsgraph: {list_name}{_described(data['filters'])}")
    return respond(request, template, view_data(request, lambda: views.listing(
        request.app, list_name, request.query_params, limit=limit, offset=offset)))


class _Params(list):
    """Query-string pairs with the interface of starlette's QueryParams that views read."""
    def multi_items(self):
        return list(self)

    def get(self, k, default=None):
        return next((v for key, v in reversed(self) if key == k), default)

    def keys(self):
        return [k for k, _ in self]


def _described(filters: dict) -> str:
    return (" (" + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in filters.items()) + ")") if filters else ""


@router.get("/documents", summary="Documents, newest first (undated last)", tags=["documents"],
            openapi_extra=_filters("documents"))
def documents(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = FeedFormat):
    return _list(request, "documents", "documents.html", limit, offset, format)


@router.get("/documents/{doc_id}", summary="One document with its analysis record", tags=["documents"])
def document(request: Request, doc_id: str = Path(..., max_length=200), format: Optional[str] = Format):
    views.only(request.query_params, "format")
    return respond(request, "document.html", view_data(request, lambda: views.document(request.app, doc_id)))


@router.get("/search", summary="Full-text search over articles (and, on the first page, quotes and actors)",
            tags=["search"], openapi_extra=_filters("search"))
def search(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = FeedFormat):
    data = view_data(request, lambda: views.search(request.app, request.query_params, limit=limit, offset=offset))
    if not data["feed"] and not (format == "html" or (format is None and wants_html(request))):
        raise HTTPException(422, "q: give words to search for")  # a browser gets the empty search form instead
    if format == "atom":
        if not data["feed"]:
            raise HTTPException(422, "q: give words to search for")
        return RedirectResponse(data["feed"], status_code=307)
    return respond(request, "search.html", data)


@router.get("/actors", summary="Actors across the corpus, most documents first", tags=["actors"],
            openapi_extra=_filters("actors"))
def actors(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return _list(request, "actors", "actors.html", limit, offset, format)


@router.get("/actors/{actor_id}", summary="One actor: role, aliases, quotes, events, timeline, co-occurring actors",
            tags=["actors"])
def actor(request: Request, actor_id: str = Path(..., max_length=300),
          limit: int = Limit, offset: int = Offset, format: Optional[str] = FeedFormat):
    views.only(request.query_params, "limit", "offset", "format")
    # the web page shows no timeline (it links to /timeline); computed anyway when the JSON answer may be made from
    # the same data (serve/memo.py)
    shared = getattr(request.app.state, "memo", None) is not None
    data = view_data(request, lambda: views.actor(
        request.app, actor_id, limit=limit, offset=offset,
        timeline=shared or (format != "atom" and not wants_html(request))))
    if format == "atom":
        return RedirectResponse(data["feed"], status_code=307)
    return respond(request, "actor.html", data)


@router.get("/quotes", summary="Quotes across the corpus, newest first (undated last)", tags=["quotes"],
            openapi_extra=_filters("quotes"))
def quotes(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = FeedFormat):
    return _list(request, "quotes", "quotes.html", limit, offset, format)


@router.get("/quotes/{quote_id}", summary="One quote with every report of it (first report first)",
            tags=["quotes"])
def quote(request: Request, quote_id: str = Path(..., max_length=200), format: Optional[str] = Format):
    views.only(request.query_params, "format")
    return respond(request, "quote.html", view_data(request, lambda: views.quote(request.app, quote_id)))


@router.get("/events", summary="PLOVER events across the corpus, newest first (undated last)", tags=["events"],
            openapi_extra=_filters("events"))
def events(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = FeedFormat):
    return _list(request, "events", "events.html", limit, offset, format)


@router.get("/stories", summary="Story clusters, largest first", tags=["stories"], openapi_extra=_filters("stories"))
def stories(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return _list(request, "stories", "stories.html", limit, offset, format)


@router.get("/stories/{story_id}", summary="One story: articles, outlets, first report, actors, timeline (pages)",
            tags=["stories"])
def story(request: Request, story_id: str = Path(..., max_length=200), limit: int = Limit, offset: int = Offset,
          format: Optional[str] = FeedFormat):
    views.only(request.query_params, "limit", "offset", "format")
    data = view_data(request, lambda: views.story(request.app, story_id, limit=limit, offset=offset))
    if format == "atom":
        return RedirectResponse(data["feed"], status_code=307)
    return respond(request, "story.html", data)


@router.get("/timeline", summary="Quotes and events of an actor or a story, oldest first (sort=date: newest first; "
            "undated last)",
            tags=["timeline"], openapi_extra=_filters("timeline"))
def timeline(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = FeedFormat):
    data = view_data(request, lambda: views.timeline(request.app, request.query_params, limit=limit, offset=offset))
    if format == "atom":
        if not data["feed"]:
            raise HTTPException(422, "give an actor or a story")
        return RedirectResponse(data["feed"], status_code=307)
    return respond(request, "timeline.html", data)


@router.get("/feed", summary="Atom feed of new quotes and events (any filters: a search, an actor, a story, an "
            "outlet)", tags=["feeds"], openapi_extra=_filters("feed"),
            responses={200: {"content": {"application/atom+xml": {}}}})
def feed(request: Request, limit: int = Limit, offset: int = Offset, format: Optional[str] = FeedFormat):
    """Quotes (a report of them stored) and events, latest stored first, as Atom, or as JSON for a client whose
    ``Accept`` prefers ``application/json`` (or ``format=json``); an ``Accept`` naming neither (nor a wildcard)
    gets 406. ``ingested_since``: only what was stored from that time on."""
    kind = "json" if format == "json" else "atom" if format else _feed_kind(request.headers.get("accept"))
    data = views.feed(request.app, request.query_params, limit=limit, offset=offset)
    resp = JSONResponse(data) if kind == "json" else _atom(
        request, data["items"], f"newsgraph: what is new{_described(data['filters'])}", page=False)
    resp.headers["Vary"] = "Accept"
    return resp


_FEED_TYPES = {"application/atom+xml": "atom", "application/xml": "atom", "text/xml": "atom",
               "application/json": "json"}


def _feed_kind(accept: str | None) -> str:
    """What ``/feed`` answers a client's ``Accept`` with: "atom" (also for XML, any type, or no Accept) or "json",
    by the client's preference (q values; on a tie the more specific type, then Atom); 406 when it accepts neither
    (review r18: the feed ignored Accept, a client asking for JSON got Atom)."""
    best = (0.0, 0, "")
    for item in (accept or "*/*").split(","):
        mtype, *params = [x.strip() for x in item.split(";")]
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        mtype = mtype.lower()
        kind = _FEED_TYPES.get(mtype) or ("atom" if mtype in ("*/*", "application/*", "text/*") else None)
        rank = (q, 1 if mtype in _FEED_TYPES else 0, "atom" if kind == "atom" else "json")
        if kind and q > 0 and (rank[:2] > best[:2] or (rank[:2] == best[:2] and kind == "atom")):
            best = (q, rank[1], kind)
    if not best[2]:
        raise HTTPException(406, f"the feed is served as application/atom+xml or application/json; Accept: "
                                 f"{(accept or '')[:100]!r} takes neither")
    return best[2]


@router.get("/graph", summary="Actors linked by quotes-about and events: nodes and edges", tags=["graph"])
def graph(request: Request,
          actor: Optional[str] = Query(None, max_length=200, description="only this actor's neighbourhood"),
          story: Optional[str] = Query(None, max_length=200, description="only the events of this story"),
          limit: int = Query(150, ge=1, le=2000, description="most connected nodes kept"),
          cooccurrence: bool = Query(True, description="also edges of kind 'cooccurrence' between actors named in "
                                     "the same documents (weight: documents shared), as the GraphML export has"),
          format: Optional[str] = Format):
    views.only(request.query_params, "actor", "story", "limit", "cooccurrence", "format")
    return respond(request, "graph.html", view_data(request, lambda: views.graph(
        request.app, actor=actor, story=story, limit=limit, cooccurrence=cooccurrence)))
