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
    application = create_app(url, token=token, max_body=max_body, public=public)
    if host not in ("127.0.0.1", "::1", "localhost") and not token:
        typer.echo(f"warning: listening on {host} without NEWSGRAPH_TOKEN: anyone who can reach this port can read "
                   "the store (writes stay disabled)", err=True)
    from ..store.store import _safe
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    typer.echo(f"newsgraph: serving {_safe(url)} on http://{shown}:{port}/  (API docs: /docs; writes "
               f"{'need the token' if token else 'disabled: NEWSGRAPH_TOKEN not set'})", err=True)
    uvicorn.run(application, host=host, port=port, log_level=log_level)
