"""``newsgraph serve``: the HTTP API and the web UI (FastAPI + uvicorn)."""
from __future__ import annotations

import os
from typing import Optional

import typer

from . import app


HELP = "\n\n".join([
    "Serve the store over HTTP: a web UI for analysts and a JSON API (OpenAPI docs at /docs).",
    "Pages: /search; /documents/ID, the clean text with quotes, speakers, entities and events highlighted; "
    "/actors/ID; /stories/ID; /timeline; /graph; /analyze, a box to paste an article and see its analysis. "
    "The same URLs answer JSON to API clients (or with ?format=json); lists take limit and offset.",
    "Writes (POST /documents: analyze and store one article) need a token: set NEWSGRAPH_TOKEN and send the "
    "header \"Authorization: Bearer TOKEN\"; a missing or wrong token gets 401. Without NEWSGRAPH_TOKEN, "
    "writes are disabled (403). POST /analyze stores nothing and is open like every read.",
    "Security: the server answers only to the host names localhost, 127.0.0.1, ::1 and --host (add others with "
    "--allow-host), refuses POSTs from other sites' pages (Origin check) and sends a strict Content-Security-Policy, "
    "nosniff and no-framing headers with every response.",
    "Load: reads are answered by --workers processes over read-only connections; articles are analysed in "
    "--analysis-workers separate processes with their own queue and timeout, so an analysis never slows a read "
    "down but by the CPU it uses. `newsgraph bench-serve` measures both.",
    "Example: newsgraph ingest examples/ --db news.db; then NEWSGRAPH_TOKEN=s3cret newsgraph serve --db news.db",
])


@app.command(help=HELP)
def serve(
    db: Optional[str] = typer.Option(None, "--db", help="The store: a SQLite file path or a database URL "
                                     "(sqlite:///x.db, postgresql://user:pw@host/db). Default: $NEWSGRAPH_DB or "
                                     "./newsgraph.db."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. 127.0.0.1 keeps everything on "
                             "this machine; 0.0.0.0 listens on every interface."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    public: bool = typer.Option(False, "--public", help="Open reads to other machines without the token (by "
                                "default, when NEWSGRAPH_TOKEN is set, clients not on this machine need it to "
                                "read too)."),
    max_body: int = typer.Option(5 * 1024 * 1024, "--max-body", min=1024, help="Largest request body accepted, "
                                 "in bytes; bigger ones get 413."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level: critical, error, warning, "
                                  "info, debug."),
    allow_host: list[str] = typer.Option([], "--allow-host", metavar="NAME", help="A host name (or address) "
                                         "this server answers to, besides localhost, 127.0.0.1, ::1 and the "
                                         "--host address; repeat for several; '*' for any. Requests naming "
                                         "another Host get 400 (a DNS-rebinding page cannot read the store)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Server processes answering requests (reads "
                                "scale with them; each has its own analysis pool)."),
    analysis_workers: int = typer.Option(1, "--analysis-workers", min=0, help="Processes per server process "
                                         "that analyse POST /analyze and POST /documents articles (models loaded "
                                         "once each, ~1 GB of memory each); 0: in the server process itself."),
    analysis_timeout: float = typer.Option(60.0, "--analysis-timeout", min=1.0, help="Seconds one article may "
                                           "take to analyse; slower ones get 422 (over the time budget)."),
    analysis_queue: int = typer.Option(16, "--analysis-queue", min=0, help="Articles waiting for an analysis "
                                       "worker at most; more get 503 with Retry-After."),
) -> None:
    """Serve the store over HTTP (the help text is HELP above)."""
    import uvicorn

    from ..serve import create_app
    from ..store import StoreError, open_store

    url = db or os.environ.get("NEWSGRAPH_DB") or "newsgraph.db"
    try:
        open_store(url).close()  # fail now, in one line, on a bad URL or an unreachable server
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    token = os.environ.get("NEWSGRAPH_TOKEN") or None
    hosts = list(allow_host)
    if host not in ("0.0.0.0", "::", ""):
        hosts.append(host)
    config = dict(db_url=url, token=token, max_body=max_body, public=public, allow_hosts=hosts,
                  analysis_workers=analysis_workers, analysis_timeout=analysis_timeout,
                  analysis_queue=analysis_queue)
    if host not in ("127.0.0.1", "::1", "localhost") and not token:
        typer.echo(f"warning: listening on {host} without NEWSGRAPH_TOKEN: anyone who can reach this port can read "
                   "the store (writes stay disabled)", err=True)
    from ..store.store import _safe
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    typer.echo(f"newsgraph: serving {_safe(url)} on http://{shown}:{port}/  (API docs: /docs; writes "
               f"{'need the token' if token else 'disabled: NEWSGRAPH_TOKEN not set'})", err=True)
    if workers == 1:
        uvicorn.run(create_app(**config), host=host, port=port, log_level=log_level)
        return
    import json
    from ..serve.app import CONFIG_ENV
    os.environ[CONFIG_ENV] = json.dumps(config)  # the worker processes build the same app from it
    uvicorn.run("newsgraph.serve.app:app_from_env", factory=True, host=host, port=port, log_level=log_level,
                workers=workers)
