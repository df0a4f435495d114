"""The views: each computes ONE data dict from the query layer (store/queries.py; no SQL here). The JSON API
returns that dict as it is; the web page is a template over the same dict.

List views return the query layer's page (``items``, ``total``, ``limit``, ``offset``) plus ``next_offset``
(None on the last page) and ``filters`` (what was asked). A bad parameter (ValueError from the query layer)
becomes 422; an unknown id 404; no store configured 503.
"""
from __future__ import annotations

import re
import threading
import time
from collections import Counter

from fastapi import HTTPException

from ..store import queries as Q

_OPEN_LOCK = threading.Lock()
OVER_TIME_MAX = 5000  # quotes counted for an actor's quotes-over-time chart


def store_of(app):
    """The app's store, opened on first use (None db_url: 503 with a hint)."""
    st = app.state.store
    if st is not None:
        return st
    url = app.state.settings.db_url
    if not url:
        raise HTTPException(503, "no store: start the server with --db PATH_OR_URL (see newsgraph serve --help)")
    from ..store import StoreError, open_store
    with _OPEN_LOCK:
        if app.state.store is None:
            try:
                app.state.store = open_store(url)
            except StoreError as exc:
                raise HTTPException(503, str(exc))
    return app.state.store


def _call(fn, *args, **kw):
    try:
        return fn(*args, **kw)
    except ValueError as exc:
        raise HTTPException(422, str(exc))


def _page(page: dict, **filters) -> dict:
    page = dict(page)
    end = page["offset"] + len(page["items"])
    page["next_offset"] = end if end < (page.get("total") or 0) else None
    page["filters"] = {k: v for k, v in filters.items() if v not in (None, "")}
    return page


def _clean(s: str | None) -> str | None:
    s = (s or "").strip()
    return s or None


# -- overview --------------------------------------------------------------------------------------------------------
# Whole-corpus aggregates (the front page's counts, the corpus graph) cost a scan of the store; under load they
# are computed at most once per CACHE_SECONDS per server process, and afresh after a write through this process
# (another process's writes show within CACHE_SECONDS).
CACHE_SECONDS = 30.0
_CACHE: dict = {}


_CACHE_LOCKS: dict = {}


def _cached(app, key, fn):
    """``fn(store)``, computed once per CACHE_SECONDS (and after a write): requests that miss together wait for
    one computation instead of each running it (under load they all expire at once)."""
    st = store_of(app)
    k = (id(app), key)

    def fresh():
        hit = _CACHE.get(k)
        return hit if hit and hit[0] == st.writes and time.monotonic() - hit[1] < CACHE_SECONDS else None
    hit = fresh()
    if hit:
        return hit[2]
    with _OPEN_LOCK:
        lock = _CACHE_LOCKS.setdefault(k, threading.Lock())
    with lock:
        hit = fresh()
        if hit:
            return hit[2]
        writes = st.writes
        value = fn(st)
        _CACHE[k] = (writes, time.monotonic(), value)
        return value


def overview(app) -> dict:
    """The front page: counts, the most present actors, the biggest stories, the latest documents."""
    if not app.state.settings.db_url:
        return {"stats": None, "actors": [], "stories": [], "documents": []}
    return _cached(app, "overview", lambda st: {
        "stats": Q.stats(st),
        "actors": Q.list_actors(st, limit=12)["items"],
        "stories": Q.list_stories(st, limit=8)["items"],
        "documents": Q.list_documents(st, limit=8)["items"],
    })


# -- documents -------------------------------------------------------------------------------------------------------
def documents(app, *, outlet=None, since=None, until=None, limit=50, offset=0) -> dict:
    page = _call(Q.list_documents, store_of(app), outlet=_clean(outlet), since=since, until=until, limit=limit,
                 offset=offset)
    return _page(page, outlet=outlet, since=since, until=until)


def document(app, doc_id: str) -> dict:
    d = Q.get_document(store_of(app), doc_id)
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return d


def store_record(app, rec) -> dict:
    """Store one analysis record (POST /documents): the store's outcome with ``url`` of its page."""
    problems = rec.validate()
    if problems:
        raise HTTPException(500, "the analysis record has inconsistent spans; not stored")
    (outcome,) = store_of(app).write_batch([rec])
    outcome = dict(outcome)
    outcome["url"] = f"/documents/{outcome.get('doc_id')}"
    return outcome


def search(app, q: str, *, since=None, until=None, limit=50, offset=0) -> dict:
    q = (q or "").strip()
    if not re.search(r"\w", q):
        return _page({"items": [], "total": 0, "limit": limit, "offset": offset}, q=q) | {
            "q": q, "quotes": [], "actors": []}
    st = store_of(app)
    page = _call(Q.search, st, q, since=since, until=until, limit=limit, offset=offset)
    first = offset == 0
    quotes = _call(Q.list_quotes, st, about=q, since=since, until=until, limit=10)["items"] if first else []
    actors = _call(Q.list_actors, st, name=q, limit=8)["items"] if first else []
    return _page(page, q=q, since=since, until=until) | {"q": q, "quotes": quotes, "actors": actors}


# -- actors ----------------------------------------------------------------------------------------------------------
def actors(app, *, q=None, type=None, limit=50, offset=0) -> dict:
    page = _call(Q.list_actors, store_of(app), name=_clean(q), type=_clean(type), limit=limit, offset=offset)
    return _page(page, q=q, type=type)


def actor(app, actor_id: str, *, limit=50, offset=0) -> dict:
    st = store_of(app)
    d = _call(Q.get_actor, st, actor_id, limit=limit)
    if d is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    rank = {"PERSON": 0, "ORG": 1, "GROUP": 2, "MEDIA": 3, "GPE": 4, "LOC": 5}
    d["co_actors"] = sorted(d.get("co_actors") or [], key=lambda a: (-(a.get("n") or 0), rank.get(a.get("type"), 9),
                                                                      a.get("name") or ""))
    timeline = _call(Q.timeline, st, actor=d["id"], limit=limit, offset=offset)
    d["timeline"] = _page(timeline)
    # quotes over time: the actor's quotes counted by month (undated ones apart), newest OVER_TIME_MAX at most
    months: Counter = Counter()
    off = 0
    while off < OVER_TIME_MAX:
        page = Q.list_quotes(st, speaker=d["id"], limit=min(Q.MAX_LIMIT, OVER_TIME_MAX - off), offset=off)
        for it in page["items"]:
            months[(it.get("date") or "")[:7] or "undated"] += 1
        off += len(page["items"])
        if not page["items"] or off >= page["total"]:
            break
    order = sorted(k for k in months if k != "undated") + (["undated"] if "undated" in months else [])
    d["quotes_over_time"] = [{"period": k, "n": months[k]} for k in order]
    d["quotes_over_time_partial"] = off < (d.get("n_quotes") or 0) and off >= OVER_TIME_MAX
    return d


# -- quotes and events -----------------------------------------------------------------------------------------------
def quotes(app, *, speaker=None, about=None, outlet=None, since=None, until=None, limit=50, offset=0) -> dict:
    page = _call(Q.list_quotes, store_of(app), speaker=_clean(speaker), about=_clean(about), outlet=_clean(outlet),
                 since=since, until=until, limit=limit, offset=offset)
    return _page(page, speaker=speaker, about=about, outlet=outlet, since=since, until=until)


def events(app, *, actor=None, type=None, since=None, until=None, limit=50, offset=0) -> dict:
    page = _call(Q.list_events, store_of(app), actor=_clean(actor), type=_clean(type), since=since, until=until,
                 limit=limit, offset=offset)
    return _page(page, actor=actor, type=type, since=since, until=until)


# -- stories and timeline --------------------------------------------------------------------------------------------
def stories(app, *, since=None, until=None, limit=50, offset=0) -> dict:
    page = _call(Q.list_stories, store_of(app), since=since, until=until, limit=limit, offset=offset)
    return _page(page, since=since, until=until)


def story(app, story_id: str) -> dict:
    d = _call(Q.get_story, store_of(app), story_id)
    if d is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return d


def timeline(app, *, actor=None, story=None, since=None, until=None, limit=50, offset=0) -> dict:
    """An actor's (or a story's) quotes and events by date; without either, the actors to choose from."""
    st = store_of(app)
    actor = _clean(actor)
    if not actor and not story:
        return _page({"items": [], "total": 0, "limit": limit, "offset": offset}) | {
            "actor": None, "choices": Q.list_actors(st, limit=30)["items"]}
    who = Q.get_actor(st, actor, limit=1) if actor else None
    if actor and who is None:
        raise HTTPException(404, f"no actor {actor!r}")
    page = _call(Q.timeline, st, actor=who["id"] if who else None, story=story, since=since, until=until,
                 limit=limit, offset=offset)
    info = {k: who[k] for k in ("id", "name", "type", "role")} if who else None
    return _page(page, actor=actor, story=story, since=since, until=until) | {"actor": info, "choices": []}


def graph(app, *, actor=None, limit=150) -> dict:
    if _clean(actor):
        d = _call(Q.graph, store_of(app), actor=_clean(actor), limit=limit)
    else:
        d = dict(_cached(app, ("graph", limit), lambda st: _call(Q.graph, st, limit=limit)))
    d["filters"] = {k: v for k, v in {"actor": actor, "limit": limit}.items() if v}
    return d
