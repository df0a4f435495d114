"""`newsgraph bench-serve`: the read API under load, with and without concurrent analyses.

1. **Store** (:func:`build_store`, in serve/bench_store.py): a few real pages are analysed and ingested (the real
   pipeline and linker) into a seed store; the seed is then replicated, table by table, into a SQLite store of
   ``n_docs`` documents with fresh ids, shifted dates and fresh actor names, by bulk inserts. The store is kept at
   the path given, and reused by the next run when it already holds that many documents.
2. **Load** (:func:`run_load`): a real server (``newsgraph serve``, several worker processes, analysis in its own
   process pool) and ``clients`` concurrent keep-alive HTTP/1.1 clients, each looping over every list and page
   (JSON and HTML) for ``seconds``; then the same with ``analyze_clients`` more clients looping ``POST /analyze``.
   Latencies per endpoint: p50/p95/p99, throughput, errors.

The load generator is a minimal HTTP/1.1 client over asyncio streams (cheap per request: it shares the machine's
cores with the server).
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from typing import Callable

from .bench_store import build_store  # noqa: F401 - the store half of bench-serve (serve/bench_store.py)


class Http:
    """One keep-alive HTTP/1.1 connection (enough of the protocol for uvicorn's answers)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: bytes = b"", accept: str = "application/json",
                      ctype: str = "application/json") -> tuple[int, int]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: {accept}\r\n"
                f"Content-Length: {len(body)}\r\n" + (f"Content-Type: {ctype}\r\n" if body else "") + "\r\n")
        self.writer.write(head.encode() + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("connection closed")
        status = int(status_line.split()[1])
        length, chunked, close = 0, False, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            k, _, v = line.decode("latin-1").partition(":")
            k = k.strip().lower()
            if k == "content-length":
                length = int(v)
            elif k == "transfer-encoding" and "chunked" in v.lower():
                chunked = True
            elif k == "connection" and "close" in v.lower():
                close = True
        size = 0
        if chunked:
            while True:
                n = int((await self.reader.readline()).strip() or b"0", 16)
                await self.reader.readexactly(n + 2)
                size += n
                if n == 0:
                    break
        elif length:
            await self.reader.readexactly(length)
            size = length
        if close:
            self.close()
        return status, size

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def sample_ids(path: str, rnd: random.Random, n: int = 300) -> dict:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as c:
        total = c.execute("SELECT max(rowid) FROM documents").fetchone()[0]
        docs = [r[0] for r in c.execute("SELECT id FROM documents WHERE rowid IN (%s)" % ",".join(
            str(rnd.randint(1, total)) for _ in range(n)))]
        actors = [r[0] for r in c.execute("SELECT id FROM actors ORDER BY n_docs DESC LIMIT 2000")]
        names = [r[0] for r in c.execute("SELECT name FROM actors WHERE type = 'PERSON' ORDER BY n_docs DESC "
                                         "LIMIT 500")]
        stories = [r[0] for r in c.execute("SELECT story_id FROM documents WHERE story_id IS NOT NULL AND rowid IN "
                                           "(%s)" % ",".join(str(rnd.randint(1, total)) for _ in range(n)))]
        words = ["minister", "president", "election", "police", "court", "market", "talks", "government",
                 "security", "budget", "trade", "war"]
    return {"docs": docs, "actors": actors, "names": names, "stories": stories, "words": words}


def endpoints(ids: dict) -> list[tuple[str, Callable[[random.Random], str]]]:
    """(name, a function giving a URL) for every list and page of the API."""
    from urllib.parse import quote

    def page(rnd):
        return f"limit=50&offset={rnd.choice([0, 0, 0, 50, 100, 500, 1000])}"
    return [
        ("/ (home)", lambda r: "/"),
        ("/documents", lambda r: f"/documents?{page(r)}"),
        ("/documents/{id}", lambda r: f"/documents/{r.choice(ids['docs'])}"),
        ("/search", lambda r: f"/search?q={r.choice(ids['words'])}&limit=50"),
        ("/actors", lambda r: f"/actors?{page(r)}"),
        ("/actors?q=", lambda r: f"/actors?q={quote(r.choice(ids['names']).split()[-1])}&limit=50"),
        ("/actors/{id}", lambda r: f"/actors/{quote(r.choice(ids['actors']))}"),
        ("/quotes", lambda r: f"/quotes?{page(r)}"),
        ("/quotes?speaker=", lambda r: f"/quotes?speaker={quote(r.choice(ids['names']))}&limit=50"),
        ("/events", lambda r: f"/events?{page(r)}"),
        ("/stories", lambda r: f"/stories?{page(r)}"),
        ("/stories/{id}", lambda r: f"/stories/{r.choice(ids['stories'])}"),
        ("/timeline?actor=", lambda r: f"/timeline?actor={quote(r.choice(ids['actors']))}&limit=50"),
        ("/graph", lambda r: "/graph?limit=150"),
    ]


LIST_ENDPOINTS = {"/documents", "/search", "/actors", "/actors?q=", "/quotes", "/quotes?speaker=", "/events",
                  "/stories", "/timeline?actor="}


def percentile(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


async def _load(host, port, eps, clients, analyze_clients, seconds, article, seed) -> dict:
    lat: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    kinds: dict[str, int] = {}  # what the failures were (HTTP status, exception)
    deadline = time.perf_counter() + seconds

    async def reader(i):
        rnd = random.Random(seed * 1000 + i)
        http = Http(host, port)
        while time.perf_counter() < deadline:
            name, make = rnd.choice(eps)
            html = rnd.random() < 0.5 and name != "/graph"
            key = f"{name} {'html' if html else 'json'}"
            t = time.perf_counter()
            try:
                status, _ = await http.request("GET", make(rnd), accept="text/html" if html else "application/json")
                ok = status == 200 or (status == 404 and "{id}" in name)
                why = f"HTTP {status}"
            except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError) as exc:
                http.close()
                ok, why = False, type(exc).__name__
            if not ok:
                kinds[why] = kinds.get(why, 0) + 1
            lat.setdefault(key, []).append(time.perf_counter() - t)
            if not ok:
                errors[key] = errors.get(key, 0) + 1
        http.close()

    async def analyzer(i):
        http = Http(host, port)
        body = json.dumps({"text": article}).encode()
        while time.perf_counter() < deadline:
            t = time.perf_counter()
            try:
                status, _ = await http.request("POST", "/analyze", body)
                ok, why = status == 200, f"analyze HTTP {status}"
            except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError) as exc:
                http.close()
                ok, why = False, f"analyze {type(exc).__name__}"
            if not ok:
                kinds[why] = kinds.get(why, 0) + 1
            lat.setdefault("POST /analyze", []).append(time.perf_counter() - t)
            if not ok:
                errors["POST /analyze"] = errors.get("POST /analyze", 0) + 1
        http.close()

    t0 = time.perf_counter()
    await asyncio.gather(*[reader(i) for i in range(clients)], *[analyzer(i) for i in range(analyze_clients)])
    wall = time.perf_counter() - t0
    out = {}
    for key, xs in sorted(lat.items()):
        out[key] = {"n": len(xs), "per_s": len(xs) / wall, "p50": percentile(xs, 50), "p95": percentile(xs, 95),
                    "p99": percentile(xs, 99), "errors": errors.get(key, 0)}
    reads = [x for k, xs in lat.items() if k != "POST /analyze" for x in xs]
    lists = [x for k, xs in lat.items() if k.rsplit(" ", 1)[0] in LIST_ENDPOINTS for x in xs]
    out["_all reads"] = {"n": len(reads), "per_s": len(reads) / wall, "p50": percentile(reads, 50),
                         "p95": percentile(reads, 95), "p99": percentile(reads, 99),
                         "errors": sum(v for k, v in errors.items() if k != "POST /analyze")}
    out["_list pages"] = {"n": len(lists), "per_s": len(lists) / wall, "p50": percentile(lists, 50),
                          "p95": percentile(lists, 95), "p99": percentile(lists, 99),
                          "errors": sum(v for k, v in errors.items() if k.rsplit(" ", 1)[0] in LIST_ENDPOINTS)}
    if kinds:
        out["_failures"] = {"n": sum(kinds.values()), "per_s": 0.0, "p50": 0.0, "p95": 0.0, "p99": 0.0,
                            "errors": sum(kinds.values()), "kinds": kinds}
    return out


def start_server(db: str, port: int, workers: int, analysis_workers: int, say, cache_mb: int = 256,
                 threads: int = 0) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "newsgraph", "serve", "--db", db, "--port", str(port), "--workers", str(workers),
           "--analysis-workers", str(analysis_workers), "--cache-mb", str(cache_mb), "--log-level", "warning"]
    cmd += ["--threads", str(threads)] if threads else []
    log = db + ".serve.log"
    say("server: " + " ".join(cmd[2:]) + f" (its log: {log})")
    with open(log, "w") as out:  # a file, never a pipe nobody reads (a full pipe would stall the server)
        return subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, text=True, start_new_session=True)


async def _wait_ready(host, port, need_analysis: bool, timeout: float = 300) -> None:
    end = time.perf_counter() + timeout
    body = json.dumps({"text": "Mayor Jan Novak said on Monday that the bridge will open."}).encode()
    while time.perf_counter() < end:
        http = Http(host, port)
        try:
            status, _ = await http.request("GET", "/documents?limit=1")
            if status == 200:
                if not need_analysis:
                    return
                status, _ = await http.request("POST", "/analyze", body)
                if status == 200:
                    return
        except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            http.close()
        await asyncio.sleep(1)
    raise TimeoutError("the server did not become ready")


def run_load(db: str, clients: int, seconds: float, analyze_clients: int, workers: int, analysis_workers: int,
             article: str, port: int = 0, seed: int = 14, say=print, cache_mb: int = 256, threads: int = 0) -> dict:
    """Both phases, each against a fresh server over ``db`` (the same warm-up before each, so the second does not
    start with the first one's page cache); returns {"reads": table, "with_analyze": table}."""
    import socket
    if not port:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    eps = endpoints(sample_ids(db, random.Random(seed)))
    phase = dict(db=db, port=port, eps=eps, clients=clients, seconds=seconds, workers=workers,
                 analysis_workers=analysis_workers, article=article, seed=seed, say=say, cache_mb=cache_mb,
                 threads=threads)
    say(f"phase 1: {clients} readers for {seconds:.0f} s")
    out = {"reads": _phase(analyze_clients=0, **phase)}
    if analyze_clients:
        say(f"phase 2: {clients} readers + {analyze_clients} clients looping POST /analyze for {seconds:.0f} s")
        out["with_analyze"] = _phase(analyze_clients=analyze_clients, **phase)
    return out


def _phase(db, port, eps, clients, seconds, analyze_clients, workers, analysis_workers, article, seed, say,
           cache_mb, threads) -> dict:
    import signal
    host = "127.0.0.1"
    from ..store import normalize_url
    from ..store.pages import forget_pages
    forget_pages(normalize_url(db))  # each phase starts cold: no page computed by an earlier phase or run
    proc = start_server(db, port, workers, analysis_workers, say, cache_mb, threads)
    try:
        # both phases wait until an article is analysed: the analysis workers have loaded their models (a first
        # phase measured while they load shares the CPU with them)
        asyncio.run(_wait_ready(host, port, True))
        warm = min(5.0, seconds)
        say(f"warm-up: {warm:.0f} s of {min(clients, 20)} clients")
        asyncio.run(_load(host, port, eps, min(clients, 20), 0, warm, article, seed + 1))
        return asyncio.run(_load(host, port, eps, clients, analyze_clients, seconds, article, seed))
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)


def table(result: dict) -> str:
    """The figures as a text table."""
    lines = []
    for phase, rows in result.items():
        lines.append(f"\n{phase}")
        lines.append(f"  {'endpoint':34} {'n':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
        for key, r in rows.items():
            if key == "_failures":
                lines.append("  failures: " + ", ".join(f"{k} x{v}" for k, v in sorted(r["kinds"].items())))
                continue
            lines.append(f"  {key:34} {r['n']:>7} {r['per_s']:>7.1f} {r['p50'] * 1000:>8.0f} {r['p95'] * 1000:>8.0f} "
                         f"{r['p99'] * 1000:>8.0f} {r['errors']:>6}")
    if "with_analyze" in result:
        a, b = result["reads"]["_all reads"], result["with_analyze"]["_all reads"]
        la, lb = result["reads"]["_list pages"], result["with_analyze"]["_list pages"]
        lines.append(f"\nread p95 {a['p95'] * 1000:.0f} ms -> {b['p95'] * 1000:.0f} ms with concurrent analyses "
                     f"({(b['p95'] / a['p95'] - 1) * 100:+.0f}%); list pages p95 {la['p95'] * 1000:.0f} -> "
                     f"{lb['p95'] * 1000:.0f} ms ({(lb['p95'] / la['p95'] - 1) * 100:+.0f}%); reads/s "
                     f"{a['per_s']:.0f} -> {b['per_s']:.0f}")
    return "\n".join(lines)
