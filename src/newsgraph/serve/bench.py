"""`newsgraph bench-serve`: the read API under load, with and without concurrent analyses.

1. **Store** (:func:`build_store`): a few real pages are analysed and ingested (the real pipeline and linker) into
   a seed store; the seed is then replicated, table by table, into a SQLite store of ``n_docs`` documents with
   fresh ids, shifted dates and fresh actor names (actors recur across copies in ``ACTOR_GENERATIONS``
   generations, as real actors recur across articles), by bulk inserts. The store is kept at the path given, and
   reused by the next run when it already holds that many documents.
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
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from typing import Callable

ACTOR_GENERATIONS = 40
UNDATED = "2025-09-01"  # the date a copy of an undated seed document counts back from
SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "su", "den", "pa", "ri", "no", "bel", "tu", "sha", "gor", "lin"]


def fresh_name(g: int) -> str:
    """A made-up surname-like word for actor generation ``g`` ("Kalo", "Mira"...), distinct per g."""
    if g == 0:
        return ""
    parts, n = [], g
    while n:
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).capitalize()


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) < 10:
        return value
    try:
        d = date.fromisoformat(value[:10]) - timedelta(days=days)
    except ValueError:
        return value
    return d.isoformat() + value[10:]


# -- 1. the store -----------------------------------------------------------------------------------------------------
def count_docs(path: str) -> int:
    if not os.path.exists(path):
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as c:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def build_seed(seed_path: str, inputs: list[str], n_seed: int, say: Callable[[str], None]) -> int:
    """Analyse and ingest the first ``n_seed`` documents of ``inputs`` into ``seed_path`` (kept; reused)."""
    from ..corpus.ingest import ingest
    from ..errors import InputError
    from ..ingest import read
    from ..store import open_store
    if count_docs(seed_path) >= 1:
        return count_docs(seed_path)
    raws = []
    for item in read(inputs):
        if not isinstance(item, InputError):
            raws.append(item)
        if len(raws) >= n_seed:
            break
    if not raws:
        raise ValueError(f"no documents to seed the store with in {inputs}")
    say(f"seed: analysing {len(raws)} documents of {', '.join(inputs)} (real pipeline)")
    tmp = seed_path + ".tmp"
    for p in (tmp, tmp + "-wal", tmp + "-shm"):
        if os.path.exists(p):
            os.unlink(p)
    with open_store(tmp) as st:
        ingest(st, raws=raws, batch_size=16)
    with sqlite3.connect(tmp) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.replace(tmp, seed_path)
    for p in (tmp + "-wal", tmp + "-shm"):
        if os.path.exists(p):
            os.unlink(p)
    return count_docs(seed_path)


def _rows(c: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple]]:
    cur = c.execute(f'SELECT * FROM "{table}"')
    return [d[0] for d in cur.description], cur.fetchall()


def build_store(path: str, n_docs: int, inputs: list[str], n_seed: int = 40,
                say: Callable[[str], None] = print) -> dict:
    """The bench store at ``path`` with ``n_docs`` documents (built, or reused when it holds enough)."""
    have = count_docs(path)
    if have >= n_docs:
        say(f"store: {path} holds {have:,} documents (reused)")
        return {"documents": have, "built_seconds": 0.0, "reused": True}
    t0 = time.perf_counter()
    seed_path = path + ".seed.db"
    n0 = build_seed(seed_path, inputs, n_seed, say)
    tmp = path + ".building"
    shutil.copyfile(seed_path, tmp)
    c = sqlite3.connect(tmp, isolation_level=None)
    c.execute("PRAGMA journal_mode=OFF")
    c.execute("PRAGMA synchronous=OFF")
    c.execute("PRAGMA cache_size=-262144")
    seed = {t: _rows(c, t) for t in ("documents", "actors", "actor_aliases", "actor_mentions", "quotes",
                                     "quote_reports", "events", "event_actors", "stories", "story_actors",
                                     "story_terms", "sources")}
    fts_docs = {r[0]: r for r in c.execute("SELECT doc_id, title, text FROM documents_fts")}
    fts_quotes = {r[0]: r for r in c.execute("SELECT quote_id, text, speaker FROM quotes_fts")}
    copies = -(-n_docs // n0)
    max_seq = c.execute("SELECT max(seq) FROM documents").fetchone()[0] or n0
    max_qseq = c.execute("SELECT coalesce(max(seq), 0) FROM quote_reports").fetchone()[0] or 1
    actor_names = {r[0]: r[1] for r in seed["actors"][1]}
    say(f"store: replicating {n0} seed documents into {copies * n0:,} ({copies} copies, "
        f"{ACTOR_GENERATIONS} actor generations)")
    from ..understand.names import name_key

    def aid(a, g):
        return a if (g == 0 or a is None) else f"{a}-g{g}"

    def aname(name, g):
        return name if (g == 0 or not name) else f"{name} {fresh_name(g)}"

    c.execute("BEGIN")
    # actors and their aliases: one set per generation (generation 0 is the seed's own)
    cols, rows = seed["actors"]
    ix = {k: i for i, k in enumerate(cols)}
    per_gen = max(1, copies // ACTOR_GENERATIONS)
    c.execute("UPDATE actors SET n_docs = n_docs * ?, n_mentions = n_mentions * ?", (per_gen, per_gen))
    for g in range(1, min(ACTOR_GENERATIONS, copies)):
        out = []
        for r in rows:
            r = list(r)
            r[ix["id"]], r[ix["name"]] = aid(r[ix["id"]], g), aname(r[ix["name"]], g)
            r[ix["n_docs"]] = (r[ix["n_docs"]] or 0) * per_gen
            r[ix["n_mentions"]] = (r[ix["n_mentions"]] or 0) * per_gen
            out.append(r)
        c.executemany(f"INSERT INTO actors VALUES ({','.join('?' * len(cols))})", out)
        acols, arows = seed["actor_aliases"]
        ax = {k: i for i, k in enumerate(acols)}
        out = []
        for r in arows:
            r = list(r)
            alias = aname(r[ax["alias"]], g)
            key = name_key(alias)
            r[ax["actor_id"]], r[ax["alias"]], r[ax["key"]] = aid(r[ax["actor_id"]], g), alias, key
            r[ax["first"]], r[ax["last"]] = key.split()[0], key.split()[-1]
            out.append(r)
        c.executemany(f"INSERT OR IGNORE INTO actor_aliases VALUES ({','.join('?' * len(acols))})", out)

    def copy_table(table, k, g, days, fix):
        cols, rows = seed[table]
        x = {name: i for i, name in enumerate(cols)}
        out = []
        for r in rows:
            r = list(r)
            fix(r, x, k, g, days)
            out.append(r)
        c.executemany(f'INSERT INTO "{table}" VALUES ({",".join("?" * len(cols))})', out)

    def suffix(v, k):
        return None if v is None else f"{v}-{k}"

    def fix_doc(r, x, k, g, days):
        r[x["id"]] = suffix(r[x["id"]], k)
        r[x["seq"]] = r[x["seq"]] + k * max_seq
        r[x["source"]] = f"{r[x['source']]}#copy{k}"
        if r[x["url"]]:
            r[x["url"]] = f"{r[x['url']]}{'&' if '?' in r[x['url']] else '?'}copy={k}"
        r[x["published"]] = _shift(r[x["published"]] or UNDATED, days)  # undated seeds get dates too
        r[x["date"]] = _shift(r[x["date"]] or UNDATED, days)
        r[x["text_hash"]] = (r[x["text_hash"]] or "")[:52] + f"{k:012x}"
        for col in ("dup_group", "canonical_id", "story_id"):
            r[x[col]] = suffix(r[x[col]], k)
        r[x["signature"]] = None

    def fix_mention(r, x, k, g, days):
        r[x["doc_id"]], r[x["actor_id"]] = suffix(r[x["doc_id"]], k), aid(r[x["actor_id"]], g)
        r[x["name"]] = aname(r[x["name"]], g)

    def fix_quote(r, x, k, g, days):
        r[x["id"]], r[x["first_doc"]] = suffix(r[x["id"]], k), suffix(r[x["first_doc"]], k)
        if r[x["speaker_id"]]:
            r[x["speaker"]] = aname(actor_names.get(r[x["speaker_id"]], r[x["speaker"]]), g)
        r[x["speaker_id"]] = aid(r[x["speaker_id"]], g)
        r[x["date"]], r[x["signature"]] = _shift(r[x["date"]], days), None

    def fix_report(r, x, k, g, days):
        r[x["doc_id"]], r[x["quote_id"]] = suffix(r[x["doc_id"]], k), suffix(r[x["quote_id"]], k)
        r[x["seq"]] = (r[x["seq"]] or 0) + k * max_qseq
        r[x["speaker"]] = aname(r[x["speaker"]], g)
        r[x["date"]] = _shift(r[x["date"]], days)

    def refs(v, g):
        try:
            data = json.loads(v) if v else None
        except ValueError:
            return v
        items = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        for it in items:
            if isinstance(it, dict) and it.get("id"):
                it["id"], it["name"] = aid(it["id"], g), aname(it.get("name"), g)
        return json.dumps(data, ensure_ascii=False) if data is not None else v

    def fix_event(r, x, k, g, days):
        r[x["doc_id"]] = suffix(r[x["doc_id"]], k)
        for col in ("actors", "targets", "location"):
            r[x[col]] = refs(r[x[col]], g)
        r[x["date"]], r[x["source_id"]] = _shift(r[x["date"]], days), aid(r[x["source_id"]], g)

    def fix_event_actor(r, x, k, g, days):
        r[x["doc_id"]], r[x["actor_id"]] = suffix(r[x["doc_id"]], k), aid(r[x["actor_id"]], g)

    def fix_story(r, x, k, g, days):
        r[x["id"]] = suffix(r[x["id"]], k)
        r[x["first_date"]], r[x["last_date"]] = _shift(r[x["first_date"]], days), _shift(r[x["last_date"]], days)

    def fix_story_actor(r, x, k, g, days):
        r[x["story_id"]], r[x["actor_id"]] = suffix(r[x["story_id"]], k), aid(r[x["actor_id"]], g)

    def fix_story_term(r, x, k, g, days):
        r[x["story_id"]] = suffix(r[x["story_id"]], k)

    def fix_source(r, x, k, g, days):
        r[x["source"]], r[x["doc_id"]] = f"{r[x['source']]}#copy{k}", suffix(r[x["doc_id"]], k)

    fixes = [("documents", fix_doc), ("actor_mentions", fix_mention), ("quotes", fix_quote),
             ("quote_reports", fix_report), ("events", fix_event), ("event_actors", fix_event_actor),
             ("stories", fix_story), ("story_actors", fix_story_actor), ("story_terms", fix_story_term),
             ("sources", fix_source)]
    for k in range(1, copies):
        g = k % ACTOR_GENERATIONS
        days = (k * 3) % 3650
        for table, fix in fixes:
            copy_table(table, k, g, days, fix)
        c.executemany("INSERT INTO documents_fts(doc_id, title, text) VALUES (?, ?, ?)",
                      [(f"{d}-{k}", t, x) for d, t, x in fts_docs.values()])
        c.executemany("INSERT INTO quotes_fts(quote_id, text, speaker) VALUES (?, ?, ?)",
                      [(f"{q}-{k}", t, aname(s, g)) for q, t, s in fts_quotes.values()])
        if k % 200 == 0:
            c.execute("COMMIT")
            c.execute("BEGIN")
            say(f"  {k * n0:,} documents ({time.perf_counter() - t0:.0f} s)")
    c.execute("COMMIT")
    c.execute("ANALYZE")
    c.execute("PRAGMA journal_mode=WAL")
    c.close()
    for p in (path, path + "-wal", path + "-shm"):
        if os.path.exists(p):
            os.unlink(p)
    os.replace(tmp, path)
    n = count_docs(path)
    secs = time.perf_counter() - t0
    say(f"store: {path}: {n:,} documents built in {secs:.0f} s")
    return {"documents": n, "built_seconds": round(secs, 1), "reused": False}


# -- 2. the load ------------------------------------------------------------------------------------------------------
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


def start_server(db: str, port: int, workers: int, analysis_workers: int, say) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "newsgraph", "serve", "--db", db, "--port", str(port), "--workers", str(workers),
           "--analysis-workers", str(analysis_workers), "--log-level", "warning"]
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
             article: str, port: int = 0, seed: int = 14, say=print) -> dict:
    """Both phases against a fresh server over ``db``; returns {"reads": table, "with_analyze": table}."""
    import signal
    import socket
    if not port:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    host = "127.0.0.1"
    eps = endpoints(sample_ids(db, random.Random(seed)))
    proc = start_server(db, port, workers, analysis_workers, say)
    try:
        asyncio.run(_wait_ready(host, port, analyze_clients > 0 and analysis_workers >= 0))
        warm = min(5.0, seconds)
        say(f"warm-up: {warm:.0f} s of {min(clients, 20)} clients")
        asyncio.run(_load(host, port, eps, min(clients, 20), 0, warm, article, seed + 1))
        say(f"phase 1: {clients} readers for {seconds:.0f} s")
        reads = asyncio.run(_load(host, port, eps, clients, 0, seconds, article, seed))
        out = {"reads": reads}
        if analyze_clients:
            say(f"phase 2: {clients} readers + {analyze_clients} clients looping POST /analyze for {seconds:.0f} s")
            out["with_analyze"] = asyncio.run(_load(host, port, eps, clients, analyze_clients, seconds, article,
                                                    seed))
        return out
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
