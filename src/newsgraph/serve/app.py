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
import re
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


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class Settings:
    """What the app was started with (``app.state.settings``)."""

    def __init__(self, db_url: str | None, token: str | None, max_body: int, public: bool,
                 allow_hosts: tuple[str, ...] = ()):
        self.db_url = db_url
        self.token = token or None
        self.max_body = max_body
        self.public = public
        # Host names this server answers to (DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends
        # "Host: evil.example"); "*" answers to any.
        self.allow_hosts = frozenset(h.lower().strip("[]") for h in (*LOCAL_HOSTS, *allow_hosts) if h)


# Every response: the strict policy of the pages (no inline script anywhere, /docs included), no sniffing, no
# framing, no referrer leaks, no cross-origin reads of our responses.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]


def host_of(value: str) -> str:
    """The host name of a Host header or an origin's netloc (no port, no brackets, lower case)."""
    v = value.strip().lower()
    if v.startswith("["):
        return v[1:v.find("]")] if "]" in v else v
    return v.rsplit(":", 1)[0] if v.count(":") == 1 else v


class Guard:
    """ASGI middleware in front of everything: the Host allow-list (400 otherwise), the Origin check of POSTs
    (a cross-site form or fetch gets 403), and the security headers on every response."""

    def __init__(self, app, settings: "Settings"):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        client = (scope.get("client") or ("", 0))[0]
        allowed = self.settings.allow_hosts
        name = host_of(host)
        if not ("*" in allowed or name in allowed or name.endswith(".localhost")
                or (client == "testclient" and name == "testserver")):
            return await self._refuse(scope, receive, send, 400, "host not allowed",
                                      f"this server does not answer to the host {host[:100]!r}; start it with "
                                      f"--allow-host {name[:100] or 'NAME'} to allow it")
        qs = scope.get("query_string") or b""
        if "\x00" in scope.get("path", "") or b"%00" in qs or b"\x00" in qs:
            return await self._refuse(scope, receive, send, 422, "invalid request",
                                      "the URL contains a NUL character (%00)")
        if scope.get("method") not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get(b"origin", b"").decode("latin-1")
            site = headers.get(b"sec-fetch-site", b"").decode("latin-1").lower()
            netloc = origin.split("://", 1)[-1].split("/", 1)[0].lower()
            if (origin and netloc != host.lower()) or site == "cross-site":
                return await self._refuse(scope, receive, send, 403, "cross-site request refused",
                                          "POST requests from pages of other sites are refused (Origin "
                                          f"{origin[:100] or site!r} is not this server)")

        s = self.settings
        method, path = scope.get("method"), scope.get("path", "")
        read_like = method in ("GET", "HEAD") or (method == "POST" and path == "/analyze")
        if (read_like and not s.public and s.token and not is_loopback(client) and not path.startswith("/static/")
                and not _token_ok(headers.get(b"authorization", b"").decode("latin-1"), s.token)):
            return await self._refuse(scope, receive, send, 401, "unauthorized",
                                      "reads from other machines need the token (Authorization: Bearer <token>) "
                                      "unless the server runs with --public", {"WWW-Authenticate": "Bearer"})

        head = method == "HEAD"
        if head:  # HEAD answers as GET does, without the body (RFC 9110 9.3.2; review r18: 405 on every GET URL)
            scope = dict(scope, method="GET")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers") or []}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in have]
                message = dict(message, headers=list(message.get("headers") or []) + extra)
            elif head and message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, scope, receive, send, status, error, detail, extra=None):
        resp = JSONResponse({"error": error, "detail": detail}, status_code=status,
                            headers={**{k.decode(): v.decode() for k, v in SECURITY_HEADERS}, **(extra or {})})
        await resp(scope, receive, send)


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
    return _token_ok(request.headers.get("authorization", ""), token)


def _token_ok(auth: str, token: str | None) -> bool:
    scheme, _, given = auth.partition(" ")
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode("utf-8", "replace"), token.encode())


def _readable(errors) -> str:
    parts = []
    for e in errors:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("body",)]
        where = " ".join(loc) if loc else "request"
        msg = e.get("msg", "invalid")
        pattern = (e.get("ctx") or {}).get("pattern", "")
        alts = re.fullmatch(r"\^\(([\w|]+)\)\$", pattern or "")
        if e.get("type") == "string_pattern_mismatch" and alts:  # "^(json|html|atom)$": say the choices
            msg = "must be one of " + ", ".join(alts.group(1).split("|"))
        parts.append(f"{where}: {msg}")
    return "; ".join(parts) or "invalid request"


@asynccontextmanager
async def _lifespan(app: FastAPI):
    if app.state.threads:  # pages computed at once in this process (the rest wait their turn, holding no thread)
        import sys

        import anyio.to_thread
        anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.threads
        # the threads hand the interpreter over every millisecond instead of every 5: the event loop, which answers
        # cached pages, waits less for its turn (measured: more reads per second, less CPU per read, with 100
        # readers on the 100,000-document store)
        sys.setswitchinterval(SWITCH_INTERVAL)
    app.state.analyzer.start()
    if app.state.settings.db_url:  # a relink a stopped server left half done goes on (serve/relink_job.py)
        try:
            from .relink_job import resume_if_interrupted
            from .views import store_of
            resume_if_interrupted(app.state.relink, store_of(app))
        except Exception:  # noqa: BLE001 - no store yet, or it cannot be opened: the pages answer that themselves
            pass
    if app.state.shared_of is not None:  # the pages shared with the other processes: dropped now, at the start
        try:
            from .views import store_of
            store_of(app)
            app.state.shared_of()
        except Exception:  # noqa: BLE001 - no store yet, or it cannot be opened: the pages answer that themselves
            pass
    yield
    app.state.relink.stop()  # at the batch in progress's end, rolled back; the next start starts it over
    app.state.analyzer.close()
    if getattr(app.state, "shared_pages", None):
        app.state.shared_pages.close()
        app.state.shared_pages = None
    store = getattr(app.state, "store", None)
    if store is not None:
        store.close()
        app.state.store = None


SWITCH_INTERVAL = 0.001  # seconds (Python's default: 0.005)


def create_app(db_url: str | None = None, token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               public: bool = False, allow_hosts: tuple[str, ...] | list[str] = (), analysis_workers: int = 0,
               analysis_timeout: float = 60.0, analysis_queue: int = 16, cache_mb: int = 256,
               threads: int = 0, shared_cache_mb: int = 256) -> FastAPI:
    """Build the app. ``db_url``: a SQLite path or database URL (None: only ``/analyze`` works; store pages
    say there is no store). ``token``: the write token (default: env NEWSGRAPH_TOKEN; none means writes are
    disabled, 403). ``max_body``: the largest request body accepted, in bytes. ``public``: reads open to remote
    clients too (else they need the token). ``allow_hosts``: host names the server answers to besides
    localhost, 127.0.0.1 and ::1 (``"*"``: any). ``analysis_workers``: analyse in a pool of that many worker
    processes with a queue of ``analysis_queue`` and ``analysis_timeout`` seconds per article (0: in this
    process, one at a time). ``cache_mb``: memory for pages kept until the store changes (serve/cache.py; half as
    much again for the data they are made from, serve/memo.py; 0:
    none). ``threads``: pages computed at once by this process (0: anyio's default, 40); pages kept in the cache
    are answered without a thread. ``shared_cache_mb``: room for pages shared by the server processes of the store
    (store/pages.py; 0: none; needs ``cache_mb``)."""
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
    app.state.settings = Settings(db_url, token, max_body, public, tuple(allow_hosts))
    from .analysis import Analyzer
    app.state.analyzer = Analyzer(analysis_workers, analysis_timeout, analysis_queue)
    app.state.store = None  # opened on first use (see views.store_of)
    from .relink_job import RelinkJob
    from .views import store_of as _store_of
    app.state.relink = RelinkJob(lambda: _store_of(app))  # undo's relink, after the answer (serve/relink_job.py)
    app.state.threads = threads
    app.state.shared_pages = None  # store/pages.py, made on first use
    from .memo import DataMemo
    app.state.memo = DataMemo(cache_mb << 19) if cache_mb and db_url else None  # serve/memo.py: half as much again

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
        if exc.status_code == 422:  # a bad parameter, in the same shape as FastAPI's own validation errors
            return JSONResponse({"error": "invalid request", "detail": detail}, status_code=422)
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
        from fastapi.responses import HTMLResponse
        return HTMLResponse(web.env.get_template("docs.html").render())

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(web.router)
    app.include_router(api.router)
    app.include_router(corrections.router)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    from .cache import ResponseCache

    def watch():
        from .views import store_of
        try:
            return store_of(app).watch()
        except Exception:  # no store configured, or it cannot be opened: the app answers that itself
            return None
    def shared():
        # SQLite only (ChangeWatch.shared says why): on PostgreSQL each process keeps its own pages
        if not shared_cache_mb or app.state.store is None or not app.state.store.url.startswith("sqlite"):
            return None
        if app.state.shared_pages is None:
            from ..store.pages import SharedPages
            try:
                app.state.shared_pages = SharedPages(app.state.store.url, shared_cache_mb << 20)
            except Exception:  # noqa: BLE001 - no temporary folder to write in: pages stay in this process
                app.state.shared_pages = False
        return app.state.shared_pages or None
    app.state.shared_of = shared if cache_mb and shared_cache_mb and db_url else None
    app.add_middleware(ResponseCache, watch_of=watch, max_bytes=cache_mb << 20, shared_of=shared, writable=bool(token))
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(Guard, settings=app.state.settings)
    return app


CONFIG_ENV = "NEWSGRAPH_SERVE_CONFIG"


def app_from_env() -> FastAPI:
    """The app of `newsgraph serve --workers N`: each uvicorn worker process builds it from the JSON settings
    the command put in $NEWSGRAPH_SERVE_CONFIG (the keyword arguments of create_app)."""
    import json
    return create_app(**json.loads(os.environ[CONFIG_ENV]))
