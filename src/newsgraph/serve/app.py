"""The app factory: one FastAPI app serving the JSON API and the web UI over the same view functions.

    from newsgraph.serve import create_app
    app = create_app("newsgraph.db", token="s3cret")   # uvicorn.run(app)

Reads (and ``POST /analyze``, which stores nothing) are open to clients on this machine; clients on other
machines need the token too unless ``public=True`` (or no token is configured at all). Writes
(``POST /documents``) need ``Authorization: Bearer <token>``. Bodies over ``max_body`` bytes are refused with
413; malformed input gets 422 with a readable message; any other failure is a 500 with a one-line JSON
message, never a traceback.
"""
from __future__ import annotations

import hmac
import ipaddress
import logging
import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__

log = logging.getLogger("newsgraph.serve")

HERE = Path(__file__).parent
DEFAULT_MAX_BODY = 5 * 1024 * 1024  # 5 MiB: a long article as HTML is well under 1 MiB
TOKEN_ENV = "NEWSGRAPH_TOKEN"


class Settings:
    """What the app was started with (``app.state.settings``)."""

    def __init__(self, db_url: str | None, token: str | None, max_body: int, public: bool):
        self.db_url = db_url
        self.token = token or None
        self.max_body = max_body
        self.public = public


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_body`` bytes with 413, whether announced by
    Content-Length or streamed (chunked)."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_body
                except ValueError:
                    too_big = False
                if too_big:
                    return await self._refuse(scope, receive, send)
        # read the body (up to the limit) before the app sees it, then replay it: no half-read requests
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            seen += len(body)
            if seen > self.max_body:
                return await self._refuse(scope, receive, send)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send):
        resp = JSONResponse({"error": "request body too large",
                             "detail": f"the limit is {self.max_body} bytes"}, status_code=413)
        await resp(scope, receive, send)


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host in ("localhost", "testclient"):  # "testclient": starlette's in-process TestClient
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_token(request: Request, token: str | None) -> bool:
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _readable(errors) -> str:
    parts = []
    for e in errors:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("body",)]
        where = " ".join(loc) if loc else "request"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


@asynccontextmanager
async def _lifespan(app: FastAPI):
    yield
    store = getattr(app.state, "store", None)
    if store is not None:
        store.close()
        app.state.store = None


def create_app(db_url: str | None = None, token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               public: bool = False) -> FastAPI:
    """Build the app. ``db_url``: a SQLite path or database URL (None: only ``/analyze`` works; store pages
    say there is no store). ``token``: the write token (default: env NEWSGRAPH_TOKEN; none means writes are
    disabled, 403). ``max_body``: the largest request body accepted, in bytes. ``public``: reads open to remote
    clients too (else they need the token)."""
    from . import api, corrections, web

    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Who said what, who did what to whom, and who reported it: the JSON API of a newsgraph "
                    "store. Every GET list takes `limit` and `offset`; GET endpoints answer HTML to browsers "
                    "and JSON otherwise (force with `?format=json|html`).",
        docs_url=None,  # served below from the vendored swagger-ui: no CDN
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.settings = Settings(db_url, token, max_body, public)
    app.state.store = None  # opened on first use (see views.store_of)

    @app.middleware("http")
    async def guard_reads(request: Request, call_next):
        s = request.app.state.settings
        client = request.client.host if request.client else None
        read_like = request.method in ("GET", "HEAD") or (request.method == "POST" and request.url.path == "/analyze")
        if (read_like and not s.public and s.token and not is_loopback(client)
                and not request.url.path.startswith("/static/") and not check_token(request, s.token)):
            return JSONResponse({"error": "unauthorized", "detail": "reads from other machines need the token "
                                 "(Authorization: Bearer <token>) unless the server runs with --public"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        msg = _readable(exc.errors())
        if web.wants_html(request):
            return web.error_page(request, 422, "Invalid request", msg)
        return JSONResponse({"error": "invalid request", "detail": msg}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if web.wants_html(request) and request.method in ("GET", "HEAD"):
            return web.error_page(request, exc.status_code, {404: "Not found"}.get(exc.status_code, "Error"), detail)
        return JSONResponse({"error": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        # the traceback goes to the server log only; the client gets one line
        log.error("error on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc,
                  exc_info=exc)
        return JSONResponse({"error": "internal error", "detail": f"{type(exc).__name__} (details in the server log)"},
                            status_code=500)

    @app.get("/docs", include_in_schema=False)
    def _docs():
        from fastapi.openapi.docs import get_swagger_ui_html
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="newsgraph API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(web.router)
    app.include_router(api.router)
    app.include_router(corrections.router)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(BodyLimit, max_body=max_body)
    return app
