"""Stories: the clusters of articles about one story, and one story's page."""
from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from .. import schema as S
from ..filters import until_bound
from .. import filters as F
from .base import D, Target, actor_ids, apply, check_sort, filters_of, json_value, limits, page
from .documents import DOC_COLS, doc_item

St = S.stories.c


def story_item(r) -> dict:
    d = {k: r[k] for k in ("id", "title", "first_date", "last_date", "n_docs")}
    d["outlets"] = json_value(r["outlets"], [])
    return d


def story_by_id(conn, story_id: str) -> dict | None:
    r = conn.execute(select(S.stories).where(St.id == story_id)).mappings().first()
    return story_item(r) if r else None


def _dates(conn, q, v, f):
    """Stories going on in the span: ending on or after ``since``, begun on or before ``until`` (undated ones
    too with include_undated)."""
    conds = []
    if f.get("since"):
        conds.append(St.last_date >= f["since"])
    if f.get("until"):
        conds.append(St.first_date <= until_bound(f["until"]))
    if not conds:
        return q
    return q.where(or_(and_(*conds), St.first_date.is_(None)) if f.get("include_undated") else and_(*conds))


STORY_TARGET = Target(
    docs=lambda ids: St.id.in_(select(D.story_id).where(D.id.in_(ids))),
    own={("since", "until"): _dates,
         "actor": lambda conn, q, v, f: q.where(St.id.in_(select(S.story_actors.c.story_id).where(
             S.story_actors.c.actor_id.in_(actor_ids(conn, v) or [])))),
         "min_docs": lambda conn, q, v, f: q.where(St.n_docs >= v)})


def list_stories(store, *, limit: int = 20, offset: int = 0, sort: str | None = None, **filters):
    """Story clusters, largest and latest first (``sort="date"``: latest first). Filters:
    ``filters.LISTS["stories"]`` (actor: named in the story; since/until: going on in that span; the document
    filters: a story with such a document)."""
    limit, offset = limits(limit, offset)
    f = filters_of("stories", filters)
    sort = check_sort(sort, F.sorts_of("stories"))
    with store.connect() as conn:
        q = apply(conn, select(S.stories), f, STORY_TARGET)
        if sort == "date":
            q = q.order_by(St.last_date.desc().nulls_last(), St.n_docs.desc(), St.id)
        else:
            q = q.order_by(St.n_docs.desc(), St.last_date.desc().nulls_last(), St.id)
        return page(conn, q, limit, offset, lambda c, rows: [story_item(r) for r in rows])


def get_story(store, story_id: str, *, limit: int = 100, offset: int = 0) -> dict | None:
    """A story page: the story item plus ``first_report`` (its earliest document), and pages of its ``documents``
    (oldest first), ``actors`` [{id, name, type, weight}] and ``timeline`` (items as in :func:`timeline`), each
    a page of ``limit`` from ``offset`` with its total."""
    from .base import make_page
    from .timeline import timeline
    limit, offset = limits(limit, offset)
    with store.connect() as conn:
        d = story_by_id(conn, story_id)
        if d is None:
            return None
        docs = select(*DOC_COLS).where(D.story_id == story_id).order_by(  # (corpus/originals.py original_key)
            D.date.asc().nulls_last(), func.coalesce(D.wire_copy, 0), D.seq)
        d["documents"] = page(conn, docs, limit, offset, lambda c, rows: [doc_item(r) for r in rows])
        first = conn.execute(docs.limit(1)).mappings().first()
        d["first_report"] = doc_item(first) if first else None
        A, SA = S.actors.c, S.story_actors.c
        acts = (select(A.id, A.name, A.type, SA.weight).join(S.actors, A.id == SA.actor_id)
                .where(SA.story_id == story_id).order_by(SA.weight.desc(), A.name, A.id))
        d["actors"] = page(conn, acts, limit, offset, lambda c, rows: [dict(r) for r in rows])
    # the story's quotes and events once: not the events a near-duplicate copy repeats from its original
    d["timeline"] = timeline(store, story=story_id, originals=True, limit=limit, offset=offset) if d["n_docs"] else \
        make_page([], 0, limit, offset)
    return d

