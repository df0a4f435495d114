"""The JSON API (OpenAPI at /docs). Every GET endpoint computes one data dict in serve/views.py (which calls the
one query layer, store/queries.py) and answers it as JSON, or as the matching web page to a browser.

Writes: ``POST /documents`` needs ``Authorization: Bearer <NEWSGRAPH_TOKEN>``: 401 when the token is missing or
wrong, 403 when the server has no token configured (writes disabled). ``POST /analyze`` stores nothing and is
open like every read.
"""
from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from . import views
from .analysis import BadInput, raw_from_body
from .app import check_token
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
ISO_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
Since = Query(None, max_length=200, description="from this date (YYYY, YYYY-MM or YYYY-MM-DD)", pattern=ISO_DATE)
Until = Query(None, max_length=200, description="up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)",
              pattern=ISO_DATE)
Format = Query(None, alias="format", pattern="^(json|html)$", description="json or html (default: by Accept)")


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
        rec = await request.app.state.analyzer.analyze(raw)
    except BadInput as exc:
        if form or wants_html(request):
            return render(request, "analyze.html", {"form": form, "error": exc.message, "record": None},
                          status=exc.status)
        return _bad(exc)
    data = rec.to_dict()
    if form or wants_html(request):
        return render(request, "analyze.html", {"form": form, "error": None, "record": data})
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
        rec = await request.app.state.analyzer.analyze(raw)
    except BadInput as exc:
        return _bad(exc)
    outcome = await run_in_threadpool(views.store_record, request.app, rec)
    status = 201 if outcome.get("status") == "new" else 200
    return JSONResponse(outcome, status_code=status)


@router.get("/documents", summary="Documents, newest first", tags=["documents"])
def documents(request: Request, outlet: Optional[str] = Query(None, max_length=200, description="site name or outlet"),
              since: Optional[str] = Since, until: Optional[str] = Until,
              limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "documents.html",
                   views.documents(request.app, outlet=outlet, since=since, until=until, limit=limit, offset=offset))


@router.get("/documents/{doc_id}", summary="One document with its analysis record", tags=["documents"])
def document(request: Request, doc_id: str = Path(..., max_length=200), format: Optional[str] = Format):
    return respond(request, "document.html", views.document(request.app, doc_id))


@router.get("/search", summary="Full-text search over articles and quotes", tags=["search"])
def search(request: Request, q: str = Query("", max_length=500, description="words to look for"),
           since: Optional[str] = Since, until: Optional[str] = Until,
           limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "search.html",
                   views.search(request.app, q, since=since, until=until, limit=limit, offset=offset))


@router.get("/actors", summary="Actors across the corpus, most mentioned first", tags=["actors"])
def actors(request: Request, q: Optional[str] = Query(None, max_length=200, description="name contains"),
           type: Optional[str] = Query(None, max_length=200, description="PERSON, ORG, GPE, MEDIA, GROUP..."),
           limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "actors.html", views.actors(request.app, q=q, type=type, limit=limit, offset=offset))


@router.get("/actors/{actor_id}", summary="One actor: role, aliases, quotes, events, timeline, co-occurring actors",
            tags=["actors"])
def actor(request: Request, actor_id: str = Path(..., max_length=300),
          limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "actor.html", views.actor(request.app, actor_id, limit=limit, offset=offset))


@router.get("/quotes", summary="Quotes across the corpus", tags=["quotes"])
def quotes(request: Request, speaker: Optional[str] = Query(None, max_length=200, description="speaker name or alias"),
           about: Optional[str] = Query(None, max_length=200, description="words in the quote"),
           outlet: Optional[str] = Query(None, max_length=200, description="outlet that reported it"),
           since: Optional[str] = Since, until: Optional[str] = Until,
           limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "quotes.html", views.quotes(request.app, speaker=speaker, about=about, outlet=outlet,
                                                        since=since, until=until, limit=limit, offset=offset))


@router.get("/events", summary="PLOVER events across the corpus", tags=["events"])
def events(request: Request, actor: Optional[str] = Query(None, max_length=200, description="actor or target name"),
           type: Optional[str] = Query(None, max_length=200, description="PLOVER type (CONSULT, AGREE...)"),
           since: Optional[str] = Since, until: Optional[str] = Until,
           limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "events.html", views.events(request.app, actor=actor, type=type, since=since,
                                                        until=until, limit=limit, offset=offset))


@router.get("/stories", summary="Story clusters, newest first", tags=["stories"])
def stories(request: Request, since: Optional[str] = Since, until: Optional[str] = Until,
            limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "stories.html", views.stories(request.app, since=since, until=until, limit=limit,
                                                          offset=offset))


@router.get("/stories/{story_id}", summary="One story: articles, outlets, first report, timeline", tags=["stories"])
def story(request: Request, story_id: str = Path(..., max_length=200), format: Optional[str] = Format):
    return respond(request, "story.html", views.story(request.app, story_id))


@router.get("/timeline", summary="Quotes and events ordered by date (of an actor, or of the corpus)",
            tags=["timeline"])
def timeline(request: Request, actor: Optional[str] = Query(None, max_length=200, description="actor name or id"),
             since: Optional[str] = Since, until: Optional[str] = Until,
             limit: int = Limit, offset: int = Offset, format: Optional[str] = Format):
    return respond(request, "timeline.html", views.timeline(request.app, actor=actor, since=since, until=until,
                                                            limit=limit, offset=offset))


@router.get("/graph", summary="Actors linked by quotes-about and events: nodes and edges", tags=["graph"])
def graph(request: Request,
          actor: Optional[str] = Query(None, max_length=200, description="only this actor's neighbourhood"),
          limit: int = Query(150, ge=1, le=2000, description="most connected nodes kept"),
          format: Optional[str] = Format):
    return respond(request, "graph.html", views.graph(request.app, actor=actor, limit=limit))
