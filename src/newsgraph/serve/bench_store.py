"""The store of `newsgraph bench-serve` (:func:`build_store`): a few real pages are analysed and ingested (the real
pipeline and linker) into a seed store; the seed is then replicated, table by table, into a SQLite store of
``n_docs`` documents with fresh ids, shifted dates and fresh actor names (actors recur across copies in
``ACTOR_GENERATIONS`` generations, as real actors recur across articles), by bulk inserts."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
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
