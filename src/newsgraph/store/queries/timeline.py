"""The timeline: the quotes and events of an actor, or of a story, in date order; and the feed of what is new
(quotes and events by the time they were stored)."""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, literal, select, union_all

from .. import filters as F
from .. import schema as S
from ..changes import cached_total
from .base import D, actor_ids, apply, check_sort, filters_of, limits, make_page
from .events import E, EVENT_TARGET, event_items, event_select
from .quotes import QR, QUOTE_COLS, QUOTE_TARGET, Q, quote_items

_EVENT_ONLY = ("type", "factuality", "role", "originals")


def _without(t, name: str):
    return replace(t, own={k: v for k, v in t.own.items() if k != name})


# the feed's words select documents (a search's feed: what is new in the articles that match)
_FEED_QUOTES, _FEED_EVENTS = _without(QUOTE_TARGET, "about"), _without(EVENT_TARGET, "about")


def _parts(conn, f: dict, feed: bool = False):
    """(quote query or None, event query or None) of the filters ``f``, each selecting (kind, key, local, date,
    seq): the quotes' part takes the filters that apply to quotes (an event-only filter leaves the quotes out)."""
    qt, et = (_FEED_QUOTES, _FEED_EVENTS) if feed else (QUOTE_TARGET, EVENT_TARGET)
    qf = {k: v for k, v in f.items() if k not in _EVENT_ONLY}
    if "actor" in qf:
        qf["speaker"] = qf.pop("actor")
    # a quote's place in the order things were stored: its latest report's document
    last = select(func.max(D.seq)).select_from(S.quote_reports.join(S.documents, D.id == QR.doc_id)) \
        .where(QR.quote_id == Q.id).scalar_subquery()
    qq = None
    if not any(k in f for k in ("type", "factuality")):
        qq = apply(conn, select(literal("quote").label("kind"), Q.id.label("key"), literal("").label("local"),
                                Q.date.label("date"), last.label("seq")), qf, qt)
    eq = apply(conn, select(literal("event").label("kind"), E.doc_id.label("key"), E.local_id.label("local"),
                            E.date.label("date"), D.seq.label("seq")).join(S.documents, D.id == E.doc_id),
               f, et)
    return qq, eq


def _items(conn, rows) -> list[dict]:
    """The quote and event items of a page of union rows, in a fixed number of queries."""
    qids = [r["key"] for r in rows if r["kind"] == "quote"]
    quotes = {}
    if qids:
        qrows = conn.execute(select(*QUOTE_COLS).where(Q.id.in_(qids))).mappings().all()
        quotes = {d["id"]: d for d in quote_items(conn, qrows)}
    ekeys = {(r["key"], r["local"]) for r in rows if r["kind"] == "event"}
    events = {}
    if ekeys:
        erows = [r for r in conn.execute(event_select().where(E.doc_id.in_(sorted({k[0] for k in ekeys})),
                                                              E.local_id.in_(sorted({k[1] for k in ekeys}))))
                 .mappings() if (r["doc_id"], r["local_id"]) in ekeys]
        events = {(d["doc_id"], d["id"]): d for d in event_items(conn, erows)}
    out = []
    for r in rows:
        d = quotes.get(r["key"]) if r["kind"] == "quote" else events.get((r["key"], r["local"]))
        if d is not None:
            out.append(dict(d, entry=r["kind"]))
    return out


def _union_page(conn, qq, eq, order, limit: int, offset: int) -> dict:
    parts = [p for p in (qq, eq) if p is not None]
    u = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("u")
    rows = conn.execute(select(u).order_by(*order(u)).limit(limit).offset(offset)).mappings().all() if limit else []
    if limit and len(rows) < limit and (rows or not offset):  # the last page: its total needs no count (base.page)
        return make_page(_items(conn, rows), offset + len(rows), limit, offset)
    count = select(func.count()).select_from(u)
    total = cached_total(conn, count, lambda: conn.execute(count).scalar_one())
    return make_page(_items(conn, rows), total, limit, offset)


# the timeline's orders (filters.LISTS["timeline"].sorts): oldest first (the default), newest first ("date", as the
# events list), latest stored first ("ingested"); undated items last in the first two
_ORDERS = {"oldest": lambda u: (u.c.date.asc().nulls_last(), u.c.seq, u.c.kind, u.c.key, u.c.local),
           "date": lambda u: (u.c.date.desc().nulls_last(), u.c.seq.desc(), u.c.kind, u.c.key, u.c.local),
           "ingested": lambda u: (u.c.seq.desc().nulls_last(), u.c.kind, u.c.key, u.c.local)}


def timeline(store, *, limit: int = 100, offset: int = 0, sort: str = "oldest", **filters):
    """Quotes (as speaker) and events (as actor or target) of an actor, or of a story, oldest first (``sort``:
    "date" newest first, "ingested" latest stored first); items are quote or event items with ``entry`` "quote" or
    "event"; undated items last (in the order they were stored). Filters: ``filters.LISTS["timeline"]`` (type and
    factuality keep events only)."""
    sort = check_sort(sort, F.sorts_of("timeline"))
    f = filters_of("timeline", filters)
    if "actor" not in f and "story" not in f:
        raise ValueError("timeline: give an actor or a story")
    limit, offset = limits(limit, offset)
    with store.connect() as conn:
        if "actor" in f and not actor_ids(conn, f["actor"]):
            return make_page([], 0, limit, offset)
        qq, eq = _parts(conn, f)
        return _union_page(conn, qq, eq, _ORDERS[sort], limit, offset)


def feed(store, *, limit: int = 50, offset: int = 0, **filters):
    """What is new: quotes (a report of them stored) and events, latest stored first; items as in
    :func:`timeline` (``entry``) with ``stored`` (the time the item's latest document was stored). Filters:
    ``filters.LISTS["feed"]`` (``about``: in the documents matching these words, as a search; ``ingested_since``:
    only what was stored on or after that time)."""
    f = filters_of("feed", filters)
    limit, offset = limits(limit, offset)
    with store.connect() as conn:
        qq, eq = _parts(conn, f, feed=True)
        page = _union_page(conn, qq, eq, lambda u: (u.c.seq.desc().nulls_last(), u.c.kind, u.c.key, u.c.local),
                           limit, offset)
        _stored(conn, page["items"])
        return page


def add_stored(store, items: list[dict]) -> list[dict]:
    """Give quote and event items (of any list) their ``stored`` time (see :func:`feed`)."""
    with store.connect() as conn:
        _stored(conn, items)
    return items


def _stored(conn, items: list[dict]) -> None:
    """Each item's ``stored``: when its document (an event's) or its latest report's document (a quote's) was
    stored (None in stores written before ingest times were kept)."""
    for it in items:
        it.setdefault("entry", "event" if "evidence" in it and "targets" in it else "quote")
    qids = [it["id"] for it in items if it["entry"] == "quote"]
    latest: dict[str, str] = {}
    if qids:
        for qid, t in conn.execute(select(QR.quote_id, D.ingested).join(S.documents, D.id == QR.doc_id)
                                   .where(QR.quote_id.in_(qids))):
            if t and (qid not in latest or t > latest[qid]):
                latest[qid] = t
    dids = sorted({it["doc_id"] for it in items if it["entry"] == "event"})
    docs = dict(conn.execute(select(D.id, D.ingested).where(D.id.in_(dids))).all()) if dids else {}
    for it in items:
        it["stored"] = latest.get(it["id"]) if it["entry"] == "quote" else docs.get(it["doc_id"])
