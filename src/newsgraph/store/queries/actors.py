"""Actors: the list, one actor's page, the actors around one."""
from __future__ import annotations

from sqlalchemy import and_, func, or_, select, text

from .. import schema as S
from ..changes import cached_value
from .. import filters as F
from .base import Target, actor_ids, apply, check_sort, contains, filters_of, limits, page

A = S.actors.c
ACTOR_COLS = (A.id, A.name, A.type, A.role, A.n_docs, A.n_mentions, A.first_date, A.last_date)


def actor_items(conn, rows) -> list[dict]:
    """Actor items with their aliases and quote counts: two queries for the whole page."""
    ids = [r["id"] for r in rows]
    aliases: dict[str, set] = {}
    counts: dict[str, int] = {}
    if ids:
        AA = S.actor_aliases.c
        for aid, alias in conn.execute(select(AA.actor_id, AA.alias).where(AA.actor_id.in_(ids))):
            if alias:
                aliases.setdefault(aid, set()).add(alias)
        counts = cached_value(conn, ("actor quote reports", tuple(ids)), lambda: {r[0]: r[1] for r in conn.execute(
            select(S.quotes.c.speaker_id, func.count()).select_from(S.quote_reports).join(
                S.quotes, S.quotes.c.id == S.quote_reports.c.quote_id).where(S.quotes.c.speaker_id.in_(ids))
            .group_by(S.quotes.c.speaker_id))})
    out = []
    for r in rows:
        d = {k: r[k] for k in ("id", "name", "type", "role", "n_docs", "n_mentions", "first_date", "last_date")}
        d["aliases"] = sorted(aliases.get(r["id"], ()))
        d["n_quotes"] = counts.get(r["id"], 0)
        out.append(d)
    return out


def _name(conn, q, v, _f):
    ids = actor_ids(conn, v) or []
    return q.where(or_(A.id.in_(ids), contains(A.name, v, conn)))


ACTOR_TARGET = Target(
    date=None,  # since/until: named in documents published then
    docs=lambda ids: A.id.in_(select(S.actor_mentions.c.actor_id).where(S.actor_mentions.c.doc_id.in_(ids))),
    own={"name": _name,
         "type": lambda conn, q, v, f: q.where(A.type == v),
         "min_docs": lambda conn, q, v, f: q.where(A.n_docs >= v)})


def list_actors(store, *, limit: int = 20, offset: int = 0, sort: str | None = None, **filters):
    """Actors, most documents first (``sort="quotes"``: most quoted first, by the reports of the quotes they said;
    tryout r16: "who is quoted most" could not be asked). Filters: ``filters.LISTS["actors"]`` (name: any
    spelling/alias or a part of the name; the document filters select the actors named in such documents)."""
    limit, offset = limits(limit, offset)
    f = filters_of("actors", filters)
    sort = check_sort("docs" if sort == "date" else sort, F.sorts_of("actors"))  # (older links: sort=date)
    with store.connect() as conn:
        q = apply(conn, select(*ACTOR_COLS), f, ACTOR_TARGET)
        order = (A.n_docs.desc(), A.n_mentions.desc(), A.name, A.id)
        if sort == "quotes":
            Q_, QR = S.quotes.c, S.quote_reports.c
            said = (select(Q_.speaker_id.label("aid"), func.count().label("n")).select_from(S.quote_reports)
                    .join(S.quotes, Q_.id == QR.quote_id).where(Q_.speaker_id.is_not(None))
                    .group_by(Q_.speaker_id).subquery())
            q = q.outerjoin(said, said.c.aid == A.id)  # (an actor never quoted is listed too, last: the same
            # actors as the other orders, only ranked otherwise)
            order = (func.coalesce(said.c.n, 0).desc(), *order)
        return page(conn, q.order_by(*order), limit, offset, actor_items)


def _find(conn, name_or_id: str):
    """(the actor row a name or id refers to (most documents first), the other rows) or (None, [])."""
    ids = actor_ids(conn, name_or_id) or []
    if not ids:
        return None, []
    rows = conn.execute(select(*ACTOR_COLS).where(A.id.in_(ids)).order_by(A.n_docs.desc(), A.id)).mappings().all()
    return (rows[0], rows[1:]) if rows else (None, [])


def find_actor(store, name_or_id: str) -> dict | None:
    """The actor a name (any spelling) or id refers to, the one in most documents when several fit: {id, name,
    type, role, n_docs, n_mentions, first_date, last_date}, or None. Cheaper than :func:`get_actor` (no page)."""
    with store.connect() as conn:
        r, _ = _find(conn, name_or_id)
        return dict(r) if r is not None else None


def get_actor(store, name_or_id: str, *, limit: int = 20) -> dict | None:
    """An actor page: the actor item plus ``roles`` [{role, n}], ``quotes`` (their latest ``limit`` quotes, a
    page), ``events_as_actor``, ``events_as_target`` (pages), ``co_actors`` [{id, name, type, n}] (actors in the same
    documents), ``talks_about`` [{id, name, n}] (actors of the events reported inside their quotes), and
    ``documents`` (a page, latest first). When the name fits several actors, the one in most documents;
    ``others`` lists the rest ({id, name})."""
    from .documents import list_documents
    from .events import list_events
    from .quotes import list_quotes
    with store.connect() as conn:
        r, others = _find(conn, name_or_id)
        if r is None:
            return None
        d = actor_items(conn, [r])[0]
        d["others"] = [{"id": x["id"], "name": x["name"]} for x in others]
        aid = r["id"]
        AM = S.actor_mentions.c
        d["roles"] = [{"role": x[0], "n": x[1]} for x in conn.execute(
            select(AM.role, func.count()).where(AM.actor_id == aid, AM.role.is_not(None))
            .group_by(AM.role).order_by(func.count().desc(), AM.role))]
    d["quotes"] = list_quotes(store, speaker=aid, limit=limit)
    d["events_as_actor"] = list_events(store, actor=aid, role="actor", limit=limit)
    d["events_as_target"] = list_events(store, actor=aid, role="target", limit=limit)
    d["co_actors"] = co_actors(store, aid, limit=limit)
    d["talks_about"] = talks_about(store, aid, limit=limit)
    d["documents"] = list_documents(store, actor=aid, limit=limit)
    return d


def co_actors(store, actor_id: str, *, limit: int = 20) -> list[dict]:
    """Actors mentioned in the same documents as ``actor_id``, most shared documents first."""
    M1, M2 = S.actor_mentions.alias("m1"), S.actor_mentions.alias("m2")
    with store.connect() as conn:
        # counted per actor id first, the names joined after: the join to actors is made once per co-actor, not
        # once per shared mention (about twice as fast on a 100,000-document store)
        shared = (select(M2.c.actor_id.label("aid"), func.count(func.distinct(M2.c.doc_id)).label("n"))
                  .select_from(M1.join(M2, M1.c.doc_id == M2.c.doc_id))
                  .where(M1.c.actor_id == actor_id, M2.c.actor_id != actor_id)
                  .group_by(M2.c.actor_id).subquery("shared"))
        q = (select(A.id, A.name, A.type, shared.c.n).select_from(shared.join(S.actors, A.id == shared.c.aid))
             .order_by(shared.c.n.desc(), A.name).limit(limit))
        rows = cached_value(conn, ("co_actors", actor_id, limit), lambda: [dict(x) for x in conn.execute(q).mappings()])
        return [dict(x) for x in rows]


def talks_about(store, actor_id: str, *, limit: int = 20) -> list[dict]:
    """Actors this actor talks about: actors and targets of the events reported inside their quotes (events whose
    source is this actor), most often first: ``[{id, name, n}]``."""
    EA, E = S.event_actors.c, S.events.c
    with store.connect() as conn:
        said = select(E.doc_id, E.local_id).where(E.source_id == actor_id).subquery()
        q = (select(A.id, A.name, func.count().label("n"))
             .select_from(S.event_actors.join(S.actors, A.id == EA.actor_id)
                          .join(said, and_(said.c.doc_id == EA.doc_id, said.c.local_id == EA.local_id)))
             .where(EA.role.in_(("actor", "target")), EA.actor_id != actor_id)
             .group_by(A.id, A.name).order_by(text("n DESC"), A.name).limit(limit))
        rows = cached_value(conn, ("talks_about", actor_id, limit),
                            lambda: [dict(x) for x in conn.execute(q).mappings()])
        return [dict(x) for x in rows]
