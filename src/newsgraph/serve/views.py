"""The views: each computes ONE data dict from the query layer (store/queries/; no SQL here). The JSON API
returns that dict as it is; the web page is a template over the same dict.

List views read their filters from the query string through the one table (store/filters.py: an unknown
parameter is a 422 naming the known ones) and return the query layer's page (``items``, ``total``, ``limit``,
``offset``, ``more``) plus ``next_offset`` (None on the last page), ``filters`` (what was asked, normalised) and
``feed`` (the URL of the Atom feed of what is new in that list). A bad parameter (ValueError from the query
layer) becomes 422; an unknown id 404; no store configured 503.
"""
from __future__ import annotations

import re
import threading

from fastapi import HTTPException

from ..store import filters as F
from ..store import queries as Q

_OPEN_LOCK = threading.Lock()


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
    page.setdefault("more", max(0, (page.get("total") or 0) - end))
    page["filters"] = {k: v for k, v in filters.items() if v not in (None, "", False)}
    return page


def only(params, *names) -> None:
    """422 for a query parameter an endpoint does not take (a typo would otherwise be silently ignored)."""
    for k in params.keys():
        if k not in names:
            raise HTTPException(422, f"unknown parameter {k!r}; this page takes: {', '.join(names) or 'none'}")


def parse(list_name: str, params, extra=("format",)) -> dict:
    try:
        return F.from_query(list_name, params.multi_items(), extra)
    except ValueError as exc:
        raise HTTPException(422, str(exc))


def strip_format(url: str) -> str:
    """``url`` without its ``format`` parameter (the page a feed or a JSON answer is about)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
    parts = urlsplit(url)
    q = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "format"]
    return urlunsplit(parts._replace(query=urlencode(q)))


def feed_url(list_name: str, filters: dict) -> str | None:
    """The Atom feed of what is new in a list: its own items for quotes and events, the quotes and events of
    its documents for the others (a search, an outlet, an actor, a story)."""
    from urllib.parse import urlencode
    if list_name in ("quotes", "events"):
        base = f"/{list_name}"
        keep = filters
    else:  # None when a filter has no meaning for quotes and events (an actor's name or type, min_docs...)
        base = "/feed"
        allowed = set(F.spec("feed").filters) - ({"type"} if list_name not in ("timeline",) else set())
        if set(filters) - allowed - {"originals"}:
            return None
        keep = {k: v for k, v in filters.items() if k in allowed}
    params = {k: ("yes" if v is True else v) for k, v in keep.items()}
    return base + "?" + urlencode({**params, "format": "atom"})


def listing(app, list_name: str, params, *, limit: int = 50, offset: int = 0) -> dict:
    """Any list (documents, actors, quotes, events, stories) as a page with the filters of the query string."""
    p = parse(list_name, params)
    notes = _names_known(store_of(app), p["filters"])
    page = _call(Q.LIST_FUNCTIONS[list_name], store_of(app), limit=limit, offset=offset,
                 **({"sort": p["sort"]} if "sort" in p else {}), **p["filters"])
    out = _page(page, **p["filters"]) | {"feed": feed_url(list_name, p["filters"]),
                                         "form": F.form_fields(list_name), "sort": p.get("sort")}
    return out | ({"notes": notes} if notes else {})


def _names_known(st, filters: dict) -> list[str]:
    """404 when a name filter (speaker, actor) names no actor, as the CLI, /timeline and /actors/X answer: a typo
    would otherwise give an empty list that looks like "none found". Returns notes for a name that names several
    actors ("Пескова": Дмитрий and Василий Песков, all shown), as the CLI says on stderr."""
    notes = []
    for name, value in filters.items():
        if value and F.FILTERS.get(name) is not None and F.FILTERS[name].kind == "name":
            with st.connect() as conn:
                ids = Q.actor_ids(conn, value)
                if ids == []:
                    raise HTTPException(404, f"no actor named {value!r} ({name}=)")
                if ids and len(set(ids)) > 1:
                    found = Q.actors_by_ids(conn, list(set(ids)))
                    shown = ", ".join(f"{a['name']} ({a['n_docs']} docs)" for a in found[:5]) + \
                        (" ..." if len(found) > 5 else "")
                    notes.append(f"{value!r} names {len(found)} actors, all shown: {shown}; a full name or an id "
                                 f"picks one")
    return notes


def _clean(s: str | None) -> str | None:
    s = (s or "").strip()
    return s or None


# -- overview --------------------------------------------------------------------------------------------------------
# Whole-corpus aggregates (the front page's counts, the corpus graph) cost a scan of the store; they are computed
# once per store generation (store/changes.py: any commit by any process moves it), so a page is never older than
# the store.
_CACHE: dict = {}


_CACHE_LOCKS: dict = {}


def _cached(app, key, fn):
    """``fn(store)``, computed once per store generation: requests that miss together wait for one computation
    instead of each running it (under load they all miss at once after a write)."""
    st = store_of(app)
    k = (id(app), key)
    watch = st.watch()

    def fresh():
        hit = _CACHE.get(k)
        return hit if hit and hit[0] == watch.generation() else None  # (generation, value)
    hit = fresh()
    if hit:
        return hit[1]
    with _OPEN_LOCK:
        lock = _CACHE_LOCKS.setdefault(k, threading.Lock())
    with lock:
        hit = fresh()
        if hit:
            return hit[1]
        generation = watch.generation()
        value = fn(st)
        _CACHE[k] = (generation, value)
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


# -- documents and search --------------------------------------------------------------------------------------------
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


def search(app, params, *, limit=50, offset=0) -> dict:
    """Articles matching the words ``q`` (best first), and on the first page the quotes and actors that match."""
    p = parse("documents", params, extra=("format", "q"))
    q = (params.get("q") or p["filters"].pop("about", None) or "").strip()
    form = F.form_fields("search", skip=("about",))
    if not re.search(r"\w", q):
        return _page({"items": [], "total": 0, "limit": limit, "offset": offset}, **p["filters"]) | {
            "q": q, "quotes": [], "actors": [], "form": form, "feed": None}
    st = store_of(app)
    f = p["filters"]
    page = _call(Q.search, st, q, limit=limit, offset=offset, **({"sort": p["sort"]} if "sort" in p else {}), **f)
    quotes, actors = [], []
    if offset == 0:
        qf = {k: v for k, v in f.items() if k in F.spec("quotes").filters and k != "about"}
        quotes = _call(Q.list_quotes, st, about=q, limit=10, **qf)["items"]
        actors = _call(Q.list_actors, st, name=q, limit=8)["items"]
    return _page(page, q=q, **f) | {"q": q, "quotes": quotes, "actors": actors, "form": form,
                                    "feed": feed_url("search", {"about": q, **f})}


# -- actors ----------------------------------------------------------------------------------------------------------
def actor(app, actor_id: str, *, limit=50, offset=0, timeline: bool = True) -> dict:
    """An actor's page. ``timeline``: with the actor's timeline (a page of it; the JSON answer carries it, the HTML
    page links to /timeline instead and leaves it out)."""
    st = store_of(app)
    d = _call(Q.get_actor, st, actor_id, limit=limit)
    if d is None:
        raise HTTPException(404, f"no actor {actor_id!r}")
    rank = {"PERSON": 0, "ORG": 1, "GROUP": 2, "MEDIA": 3, "GPE": 4, "LOC": 5}
    d["co_actors"] = sorted(d.get("co_actors") or [], key=lambda a: (-(a.get("n") or 0), rank.get(a.get("type"), 9),
                                                                      a.get("name") or ""))
    if timeline:
        d["timeline"] = _page(_actor_timeline(app, st, d["id"], limit, offset))
    d["feed"] = feed_url("timeline", {"actor": d["id"]})
    # quotes over time: the actor's quotes counted by month (undated ones apart), all of them
    d["quotes_over_time"] = Q.quote_months(st, d["id"])
    return d


def quote(app, quote_id: str) -> dict:
    d = Q.get_quote(store_of(app), quote_id)
    if d is None:
        raise HTTPException(404, f"no quote {quote_id!r}")
    return d


# -- stories and timeline --------------------------------------------------------------------------------------------
def story(app, story_id: str, *, limit=50, offset=0) -> dict:
    d = _call(Q.get_story, store_of(app), story_id, limit=limit, offset=offset)
    if d is None:
        raise HTTPException(404, f"no story {story_id!r}")
    for k in ("documents", "actors", "timeline"):
        d[k] = _page(d[k])
    d["feed"] = feed_url("stories", {"story": story_id})
    return d


def timeline(app, params, *, limit=50, offset=0) -> dict:
    """An actor's (or a story's) quotes and events by date; without either, the actors to choose from."""
    st = store_of(app)
    p = parse("timeline", params)
    f = p["filters"]
    form = F.form_fields("timeline")
    if "actor" not in f and "story" not in f:
        return _page({"items": [], "total": 0, "limit": limit, "offset": offset}, **f) | {
            "actor": None, "choices": Q.list_actors(st, limit=30)["items"], "form": form, "feed": None}
    who = Q.find_actor(st, f["actor"]) if "actor" in f else None
    if "actor" in f and who is None:
        raise HTTPException(404, f"no actor {f['actor']!r}")
    if who:
        f["actor"] = who["id"]
    sort = p.get("sort") or F.sorts_of("timeline")[0]
    if list(f) == ["actor"] and sort == F.sorts_of("timeline")[0]:
        page = _actor_timeline(app, st, f["actor"], limit, offset)
    else:
        page = _call(Q.timeline, st, limit=limit, offset=offset, sort=sort, **f)
    info = {k: who[k] for k in ("id", "name", "type", "role")} if who else None
    # the form shows the actor by name (tryout r22: the Actor box showed "a_10e9…"); the query keeps the id
    shown = f | ({"actor": who["name"]} if who else {})
    return _page(page, **shown) | {"actor": info, "choices": [], "form": form, "feed": feed_url("timeline", f),
                                   "sort": sort}


def _actor_timeline(app, st, actor_id: str, limit: int, offset: int) -> dict:
    """A page of an actor's timeline, computed once for the actor's page and /timeline (serve/memo.py)."""
    from .memo import kept
    return kept(app, ("timeline", actor_id, limit, offset),
                lambda: _call(Q.timeline, st, actor=actor_id, limit=limit, offset=offset))


def feed(app, params, *, limit=50, offset=0, extra=("format",)) -> dict:
    """What is new (quotes and events, latest stored first) under the feed's filters."""
    p = parse("feed", params, extra)
    return _page(_call(Q.feed, store_of(app), limit=limit, offset=offset, **p["filters"]), **p["filters"])


def graph(app, *, actor=None, story=None, limit=150, cooccurrence: bool = True) -> dict:
    """The actor graph; 404 for an actor or a story the store does not hold, as /timeline and /stories/X answer (an
    empty graph would look like "no links found" for a typo)."""
    if _clean(actor) and Q.find_actor(store_of(app), _clean(actor)) is None:
        raise HTTPException(404, f"no actor {_clean(actor)!r}")
    if _clean(story) and _call(Q.get_story, store_of(app), _clean(story), limit=1, offset=0) is None:
        raise HTTPException(404, f"no story {_clean(story)!r}")
    if _clean(actor) or _clean(story):
        d = _call(Q.graph, store_of(app), actor=_clean(actor), story=_clean(story), limit=limit,
                  cooccurrence=cooccurrence)
    else:
        d = dict(_cached(app, ("graph", limit, cooccurrence),
                         lambda st: _call(Q.graph, st, limit=limit, cooccurrence=cooccurrence)))
    d["filters"] = {k: v for k, v in {"actor": actor, "story": story, "limit": limit}.items() if v}
    if not cooccurrence:
        d["filters"]["cooccurrence"] = False
    return d
