"""Corrections of actors over HTTP (store/decisions.py): merge, split, retype, ignore. Each needs the write token
(``Authorization: Bearer <token>``, or a ``token`` field of the actor page's forms): 401 without it, 403 when the
server has none. JSON in and out for API clients (``{"others": [...]}``, ``{"aliases": [...], "into": ...}``,
``{"type": "ORG"}``); a form post from the actor page is answered with a redirect to the actor that results."""
from __future__ import annotations

import json
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse

from .app import check_token
from .views import store_of

router = APIRouter()
TYPES = ("PERSON", "ORG", "GPE", "LOC", "MEDIA", "GROUP", "NORP", "FAC", "EVENT", "MISC")
_AUTH = {401: {"description": "token missing or wrong"}, 403: {"description": "writes disabled (no token)"},
         404: {"description": "no such actor"}, 409: {"description": "a relink is running (GET /relink)"},
         422: {"description": "the correction cannot be made"}}


def _doc(props: dict, required: tuple = ()) -> dict:
    """The OpenAPI request body of a correction (read by hand from JSON or the actor page's form, so FastAPI cannot
    infer it): the JSON object's fields."""
    schema = {"type": "object", "properties": props, **({"required": list(required)} if required else {})}
    return {"requestBody": {"required": bool(required), "content": {
        "application/json": {"schema": schema},
        "application/x-www-form-urlencoded": {"schema": {**schema, "properties": {
            **props, "token": {"type": "string", "description": "the write token (instead of the header)"}}}}}}}


_NAMES = {"type": "array", "items": {"type": "string", "maxLength": 300}, "minItems": 1}


async def _body(request: Request) -> tuple[dict, bool]:
    """(fields, is_form): a JSON object, or the actor page's form (lists from repeated fields)."""
    raw = await request.body()
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=False)
        return {k: (v if k in ("others", "aliases") else v[-1]) for k, v in form.items()}, True
    if not raw.strip():
        return {}, False
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise HTTPException(422, "the body is not a JSON object")
    if not isinstance(data, dict):
        raise HTTPException(422, "the body is not a JSON object")
    return data, False


def _authorise(request: Request, fields: dict) -> None:
    s = request.app.state.settings
    if not s.token:
        raise HTTPException(403, "writes are disabled: start the server with NEWSGRAPH_TOKEN set")
    if check_token(request, s.token):
        return
    import hmac
    given = str(fields.get("token") or "")
    if not (given and hmac.compare_digest(given.encode(), s.token.encode())):
        raise HTTPException(401, "missing or wrong token (send Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})


def _names(v, what: str) -> list[str]:
    if isinstance(v, str):
        v = [x.strip() for x in v.replace("\n", ",").split(",")]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise HTTPException(422, f"{what}: a list of names")
    out = [x.strip() for x in v if x and x.strip()]
    if not out or any(len(x) > 300 for x in out):
        raise HTTPException(422, f"{what}: at least one name (each under 300 characters)")
    return out


def _run(request: Request, fn) -> dict:
    from ..store import queries as Q
    from ..store.decisions import DecisionError
    job = getattr(request.app.state, "relink", None)
    if job is not None and job.status()["state"] == "running":  # the relink holds the store's write lock until it
        # commits (store/relink.py: one transaction): a correction now would wait for all of it
        raise HTTPException(409, "a relink of the store is running (GET /relink tells how far); corrections can be "
                            "made once it is done", headers={"Retry-After": "10"})
    store = store_of(request.app)
    try:
        with store.begin() as conn:
            return fn(conn, lambda name: _one(conn, Q, name))
    except DecisionError as exc:
        raise HTTPException(422, str(exc))


def _one(conn, Q, name: str) -> str:
    ids = Q.actor_ids(conn, name) or []
    if not ids:
        from ..store.decisions import fate
        gone = fate(conn, name)
        if gone:
            raise HTTPException(404, gone)
    if len(ids) != 1:
        raise HTTPException(404 if not ids else 422, f"{name!r} names {len(ids)} actors; give one actor id")
    return ids[0]


async def _guarded(request: Request, handler):
    """Run a correction; a form post (the actor page) that fails gets an error page naming the reason, an API
    client the JSON error."""
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    try:
        return await handler()
    except HTTPException as exc:
        if ctype == "application/x-www-form-urlencoded":
            from .web import error_page
            actor = request.path_params.get("actor_id") or ""
            name = await run_in_threadpool(_name_of, request, actor)
            return error_page(request, exc.status_code, "Correction not made", str(exc.detail),
                              back=(f"/actors/{quote(actor, safe='')}", f"Back to {name or 'the actor'}"))
        raise


def _name_of(request: Request, actor: str) -> str | None:
    """The name of the actor being corrected (by id, or the one actor a name finds), for the way back."""
    from ..store import queries as Q
    try:
        with store_of(request.app).connect() as conn:
            ids = [actor] if Q.actors_by_ids(conn, [actor]) else (Q.actor_ids(conn, actor) or [])
            found = Q.actors_by_ids(conn, ids) if len(ids) == 1 else []
    except Exception:  # noqa: BLE001 - the error page is shown whatever: without the name then
        return None
    return found[0]["name"] if found else None


def _answer(result: dict, form: bool, actor: str | None) -> object:
    if form and actor:
        return RedirectResponse(f"/actors/{actor}", status_code=303)
    return JSONResponse(result)


@router.post("/actors/{actor_id}/merge", tags=["actors"], responses=_AUTH,
             summary="Merge other actors into this one (needs the token)",
             openapi_extra=_doc({"others": {**_NAMES, "description": "names or ids of the actors to merge in"}},
                                ("others",)))
async def merge(request: Request, actor_id: str = Path(..., max_length=300)):
    """``{"others": ["name or id", ...]}``: their mentions, quotes, events and stories move here; kept for later
    documents and relink."""
    async def run():
        fields, form = await _body(request)
        _authorise(request, fields)
        others = _names(fields.get("others"), "others")
        from ..store import decisions

        def fn(conn, one):
            keep = one(actor_id)
            gone = [one(o) for o in others if not decisions.already(conn, "merge", o, keep)]
            if all(g == keep for g in gone):
                done = decisions.merged_already(conn, keep, others)  # asked again: so already (200, no change)
                if not done:
                    raise HTTPException(422, "nothing to merge: those names are this actor (use split to take "
                                        "documents away from it)")
                return {"actor_id": keep, "merged": [], "documents": 0, "already": done}
            return decisions.merge(conn, keep, gone)
        r = await run_in_threadpool(_run, request, fn)
        return _answer(r, form, r.get("actor_id"))

    return await _guarded(request, run)


@router.post("/actors/{actor_id}/split", tags=["actors"], responses=_AUTH,
             summary="Move the documents that use some of this actor's names to another actor (needs the token)",
             openapi_extra=_doc({"aliases": {**_NAMES, "description": "the names whose documents move"},
                                 "into": {"type": "string", "description": "the actor they move to (a name or "
                                          "id; new or existing; default: the first alias)"}}, ("aliases",)))
async def split(request: Request, actor_id: str = Path(..., max_length=300)):
    """``{"aliases": [...], "into": "name"}``: the documents naming this actor by one of the aliases move, with
    their quotes and events, to the actor ``into`` (new or existing; default: the first alias)."""
    async def run():
        fields, form = await _body(request)
        _authorise(request, fields)
        aliases = _names(fields.get("aliases"), "aliases")
        into = fields.get("into")
        into = into.strip() or None if isinstance(into, str) else None
        from ..store import decisions
        r = await run_in_threadpool(_run, request,
                                    lambda conn, one: decisions.split(conn, one(actor_id), aliases, into))
        return _answer(r, form, r.get("actor_id"))

    return await _guarded(request, run)


@router.post("/actors/{actor_id}/retype", tags=["actors"], responses=_AUTH,
             summary="Give this actor its type (needs the token)",
             openapi_extra=_doc({"type": {"type": "string", "enum": list(TYPES)}}, ("type",)))
async def retype(request: Request, actor_id: str = Path(..., max_length=300)):
    """``{"type": "PERSON|ORG|GPE|..."}``, kept whatever its documents' tags vote."""
    async def run():
        fields, form = await _body(request)
        _authorise(request, fields)
        typ = str(fields.get("type") or "").upper()
        if typ not in TYPES:
            raise HTTPException(422, f"type: one of {', '.join(TYPES)}")
        from ..store import decisions
        r = await run_in_threadpool(_run, request, lambda conn, one: decisions.retype(conn, one(actor_id), typ))
        return _answer(r, form, r.get("actor_id"))

    return await _guarded(request, run)


@router.post("/actors/{actor_id}/ignore", tags=["actors"], responses=_AUTH,
             summary="This actor is no actor: its names stay unresolved, now and later (needs the token)")
async def ignore(request: Request, actor_id: str = Path(..., max_length=300)):
    async def run():
        fields, form = await _body(request)
        _authorise(request, fields)
        from ..store import decisions
        r = await run_in_threadpool(_run, request, lambda conn, one: (
            {"actor_id": actor_id, "documents": 0, "already": done}
            if (done := decisions.already(conn, "ignore", actor_id)) else decisions.ignore(conn, one(actor_id))))
        if form:
            return RedirectResponse("/actors", status_code=303)
        return JSONResponse(r)

    return await _guarded(request, run)


@router.get("/decisions", tags=["actors"], responses={401: _AUTH[401], 403: _AUTH[403]},
            summary="The corrections users made, oldest first (needs the token)")
async def list_decisions(request: Request):
    """``{"items": [{"id", "kind", "what", "created", "args"}, ...]}``: every alias, merge, split, retype and ignore
    kept in the store."""
    _authorise(request, {})
    from ..store import decisions

    def fn():
        with store_of(request.app).connect() as conn:
            return decisions.listing(conn)
    return JSONResponse({"items": await run_in_threadpool(fn)})


@router.post("/decisions/{decision_id}/undo", tags=["actors"], responses=_AUTH, status_code=202,
             summary="Take back a correction; the store is relinked without it in the background (needs the token)")
async def undo_decision(request: Request, decision_id: int = Path(..., ge=1),
                        wait: bool = Query(False, description="answer only once the relink is done (it takes the "
                                           "time of `newsgraph relink`: about a minute per thousand documents)")):
    """The decision is deleted at once, and every document is resolved again without it by a relink that runs
    after the answer (serve/relink_job.py; one at a time, resumed after a server restart). Answers 202 with
    ``{"id", "kind", "what", "relink": {"state", "documents_done", "documents", ...}}``; ``GET /relink`` tells
    when it is done (until then lists show the whole store as it was before the undo: the relink is one
    transaction; corrections meanwhile answer 409). ``?wait=true``: 200 once the relink is done, with
    ``"documents"``."""
    fields, _ = await _body(request)
    _authorise(request, fields)
    from ..store import decisions
    r = await run_in_threadpool(_run, request, lambda conn, one: decisions.undo(conn, decision_id))
    job = request.app.state.relink
    status = job.start()
    if wait:
        status = await run_in_threadpool(job.wait)
        while status["state"] == "running":  # (one more run was asked for while it ran)
            status = await run_in_threadpool(job.wait)
        return JSONResponse({**r, "documents": status["documents"], "relink": status})
    return JSONResponse({**r, "relink": status}, status_code=202, headers={"Location": "/relink"})


@router.get("/relink", tags=["actors"], summary="How far the store's background relink (after an undo) is")
async def relink_status(request: Request):
    """``{"state": "idle|running|done|failed|stopped", "documents_done", "documents", "started", "finished",
    "error", "again"}`` (``again``: one more run follows, asked for while this one ran)."""
    return JSONResponse(request.app.state.relink.status())
