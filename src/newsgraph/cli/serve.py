"""``newsgraph serve``: the HTTP API and the web UI (FastAPI + uvicorn)."""
from __future__ import annotations

import os
from typing import Optional
from pathlib import Path

import typer

from . import app


# pages one server process computes at once (newsgraph serve --threads): 8 answered 30-35% more reads per second
# than 40 with 100 readers on 2 cores (fewer threads wait for the interpreter's lock)
THREADS = 8
# memory per server process for kept pages (newsgraph serve --cache-mb; half as much again for their data): with 100
# readers on the 100,000-document store, 64 MB answered list pages at p95 367-448 ms, 128 MB at 254, 256 MB at
# 167-200 (recomputing pages pushed out of a full cache was most of the load)
CACHE_MB = 256

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
                                           "take to analyse in an analysis worker, counted from when the worker "
                                           "starts it; slower ones are stopped and get 503 with Retry-After (with "
                                           "--analysis-workers 0 the pipeline's own budget applies, "
                                           "NEWSGRAPH_TIME_BUDGET, and is answered the same)."),
    analysis_queue: int = typer.Option(16, "--analysis-queue", min=0, help="Articles waiting for an analysis "
                                       "worker at most; more get 503 with Retry-After."),
    cache_mb: int = typer.Option(CACHE_MB, "--cache-mb", min=0, help="Memory per server process for pages kept "
                                 "until the store changes (any write, by any process, drops them; answers carry an "
                                 "ETag for 304s), and half as much again for the data they are made from (a page's "
                                 "JSON answer and web page are made from one computation); 0: compute every page "
                                 "afresh."),
    threads: int = typer.Option(THREADS, "--threads", min=1, help="Pages one server process computes at once "
                                "(threads); more requests wait their turn without a thread, and pages kept in "
                                "the cache are answered at once."),
    shared_cache_mb: int = typer.Option(256, "--shared-cache-mb", min=0, help="Room for pages shared by the "
                                        "server processes of a SQLite store (a file in the temporary folder; a "
                                        "newsgraph write, a write by another program or a server starting makes "
                                        "them stale); 0: none."),
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
                  analysis_queue=analysis_queue, cache_mb=cache_mb, threads=threads,
                  shared_cache_mb=shared_cache_mb)
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


_BENCH_PAGES = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "article-extraction-benchmark" / "html"


@app.command("bench-serve")
def bench_serve(
    store: Path = typer.Option(Path("bench-serve.db"), "--store", help="The SQLite store to measure: built here "
                               "when it holds fewer than --docs documents (kept for the next run, with its seed "
                               "store beside it as STORE.seed.db), else reused."),
    docs: int = typer.Option(100_000, "--docs", min=1, help="Documents in the store."),
    inputs: list[str] = typer.Option([str(_BENCH_PAGES)], "--from", help="Where the seed documents come from "
                                     "(any input `newsgraph ingest` reads); the first --seed of them are analysed "
                                     "for real and replicated with fresh ids, dates and actor names."),
    seed_docs: int = typer.Option(40, "--seed", min=1, help="Seed documents analysed for real."),
    clients: int = typer.Option(100, "--clients", min=1, help="Concurrent reading clients (keep-alive, no think "
                                "time), each looping over every list and page, JSON and HTML."),
    seconds: float = typer.Option(60.0, "--seconds", min=1.0, help="Length of each phase."),
    analyze_clients: int = typer.Option(5, "--analyze-clients", min=0, help="Clients looping POST /analyze in the "
                                        "second phase (0: no second phase)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Server processes (newsgraph serve --workers)."),
    analysis_workers: int = typer.Option(1, "--analysis-workers", min=0, help="Analysis processes per server "
                                         "process (newsgraph serve --analysis-workers)."),
    cache_mb: int = typer.Option(CACHE_MB, "--cache-mb", min=0, help="The server's page cache per process (newsgraph "
                                 "serve --cache-mb; 0: every page computed afresh)."),
    threads: int = typer.Option(THREADS, "--threads", min=1, help="Pages one server process computes at once "
                                "(newsgraph serve --threads)."),
    build_only: bool = typer.Option(False, "--build-only", help="Build (or check) the store and stop."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures to this JSON file."),
) -> None:
    """Measure the read API under load: build a store of --docs documents (replicated from a few really analysed
    ones, by bulk inserts), start `newsgraph serve` on it, run --clients concurrent readers over every list and
    page for --seconds, then the same with --analyze-clients clients looping POST /analyze. Prints p50/p95/p99
    latency, throughput and errors per endpoint, and how much the analyses raise the read latency.

    Example (the README's figures): newsgraph bench-serve --store /tmp/bench100k.db
    """
    import json as _json

    from ..serve.bench import build_store, run_load, table

    def say(msg):
        typer.echo(msg, err=True)
    from ..errors import NewsgraphError
    if not store.parent.is_dir():
        typer.echo(f"error: {store}: the folder {store.parent} does not exist", err=True)
        raise typer.Exit(2)
    try:
        info = build_store(str(store), docs, inputs, seed_docs, say=say)
    except (ValueError, OSError, NewsgraphError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if build_only:
        typer.echo(_json.dumps(info))
        return
    from ..errors import InputError
    from ..ingest import read
    article = next((r.text for r in read(inputs) if not isinstance(r, InputError) and r.text), None) or \
        "Mayor Jan Novak said on Monday that the bridge will open next week, according to Reuters."
    result = run_load(str(store), clients, seconds, analyze_clients, workers, analysis_workers, article, say=say,
                      cache_mb=cache_mb, threads=threads)
    typer.echo(f"bench-serve: {info['documents']:,} documents, {clients} readers, {seconds:.0f} s per phase, "
               f"{workers} server workers, {analysis_workers} analysis worker(s) each, {analyze_clients} analyze "
               f"clients, page cache {cache_mb} MB and {threads} threads per server process; analyzed article: "
               f"{len(article):,} characters")
    typer.echo(table(result))
    if json_out:
        json_out.write_text(_json.dumps({"store": info, **result}, indent=1))
