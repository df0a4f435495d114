"""The actor graph and the store's counts."""
from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from .. import schema as S
from ..filters import iso_date, until_bound
from .base import D, actor_ids

E = S.events.c
COOC_ACTORS = 200  # the corpus-wide graph's co-occurrence edges join the mentions of the actors of most documents
COOC_MIN_SHARED = 2  # ... that share at least this many documents (one shared page is no relation)


def graph(store, *, actor: str | None = None, story: str | None = None, since: str | None = None,
          until: str | None = None, type: str | None = None, min_weight: int = 1, limit: int = 500,
          cooccurrence: bool = True) -> dict:
    """The actor graph: ``{"nodes": [{id, name, type, role, n_docs}], "edges": [{source, target, kind, type,
    factuality, weight}], "more_edges": int}``. Edges: events (actor -> target, ``kind`` "event", ``type`` the PLOVER
    type) and quotes-about (speaker -> an actor of an event reported inside the quote, ``kind`` "quote"); events of
    another ``factuality`` (negated, planned, hypothetical...) are edges of their own, never counted as asserted.
    ``actor``: only edges touching that actor (its neighbourhood); ``story``: only the events of that story's
    documents; ``type``: only events of that type; ``limit``: at most that many edges (heaviest first;
    ``more_edges`` says how many were left out).

    ``cooccurrence`` (on by default; the API's JSON graph and the GraphML export are the same graph): edges of kind
    "cooccurrence" between actors named in the same documents, ``weight`` the documents they share, ``source``
    the smaller id (undirected), ``type`` null; around ``actor`` its co-actors, in a ``story`` the actors of its
    documents, else the pairs of the COOC_ACTORS actors of most documents sharing COOC_MIN_SHARED or more (a
    bounded join on a large store); ``since``/``until`` count the documents of those days; none with ``type``.
    At most ``limit`` of them, heaviest first (``more_cooccurrence``: how many were left out)."""
    EA1, EA2 = S.event_actors.alias("a"), S.event_actors.alias("b")
    since = iso_date(since, "since") if since else None
    until = iso_date(until, "until") if until else None
    with store.connect() as conn:
        ids = actor_ids(conn, actor)

        def edges_for(role1, role2, kind):
            q = (select(EA1.c.actor_id.label("source"), EA2.c.actor_id.label("target"), E.type.label("type"),
                        E.factuality, func.count().label("weight"))
                 .select_from(EA1.join(EA2, and_(EA1.c.doc_id == EA2.c.doc_id, EA1.c.local_id == EA2.c.local_id))
                              .join(S.events, and_(E.doc_id == EA1.c.doc_id, E.local_id == EA1.c.local_id)))
                 .where(EA1.c.role == role1, EA2.c.role.in_(role2), EA1.c.actor_id != EA2.c.actor_id))
            if since:
                q = q.where(E.date >= since)
            if until:
                q = q.where(E.date <= until_bound(until))
            if type:
                q = q.where(E.type == type.upper())
            if story:
                q = q.where(E.doc_id.in_(select(D.id).where(D.story_id == story)))
            if ids is not None:
                q = q.where(or_(EA1.c.actor_id.in_(ids), EA2.c.actor_id.in_(ids)))
            q = q.group_by(EA1.c.actor_id, EA2.c.actor_id, E.type, E.factuality).having(
                func.count() >= int(min_weight))
            rows = [dict(x, kind=kind) for x in conn.execute(q).mappings()]
            for r in rows:
                r["factuality"] = r["factuality"] or "asserted"
            return rows

        edges = edges_for("actor", ("target",), "event") + edges_for("source", ("actor", "target"), "quote")
        edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"], e["type"] or "", e["factuality"]))
        more = max(0, len(edges) - int(limit))
        edges = edges[: int(limit)]
        cooc = _cooccurrence(conn, ids, story, since, until, min_weight) if cooccurrence and not type else []
        more_cooc = max(0, len(cooc) - int(limit))
        edges += cooc[: int(limit)]
        node_ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges} | set(ids or ()))
        A = S.actors.c
        nodes = [dict(x) for x in conn.execute(
            select(A.id, A.name, A.type, A.role, A.n_docs).where(A.id.in_(node_ids)).order_by(A.id)).mappings()] \
            if node_ids else []
        return {"nodes": nodes, "edges": edges, "more_edges": more, "more_cooccurrence": more_cooc}


def _cooccurrence(conn, ids, story, since, until, min_weight: int) -> list[dict]:
    """Co-occurrence edges (see ``graph``), heaviest first."""
    M1, M2 = S.actor_mentions.alias("m1"), S.actor_mentions.alias("m2")
    A = S.actors.c
    q = (select(M1.c.actor_id.label("a"), M2.c.actor_id.label("b"),
                func.count(func.distinct(M1.c.doc_id)).label("weight"))
         .select_from(M1.join(M2, and_(M1.c.doc_id == M2.c.doc_id, M1.c.actor_id != M2.c.actor_id))))
    least = 1
    if ids is not None:  # the actor's co-actors
        q = q.where(M1.c.actor_id.in_(ids), or_(M2.c.actor_id.not_in(ids), M1.c.actor_id < M2.c.actor_id))
    elif story:  # the actors of the story's documents
        q = q.where(M1.c.doc_id.in_(select(D.id).where(D.story_id == story)), M1.c.actor_id < M2.c.actor_id)
    else:  # the pairs of the actors of most documents
        top = select(A.id).order_by(A.n_docs.desc(), A.id).limit(COOC_ACTORS).scalar_subquery()
        q = q.where(M1.c.actor_id.in_(top), M2.c.actor_id.in_(top), M1.c.actor_id < M2.c.actor_id)
        least = COOC_MIN_SHARED
    if since or until:
        days = select(D.id)
        if since:
            days = days.where(D.date >= since)
        if until:
            days = days.where(D.date <= until_bound(until))
        q = q.where(M1.c.doc_id.in_(days))
    q = q.group_by(M1.c.actor_id, M2.c.actor_id).having(
        func.count(func.distinct(M1.c.doc_id)) >= max(least, int(min_weight)))
    edges = []
    for r in conn.execute(q):
        a, b = sorted((r.a, r.b))
        edges.append({"source": a, "target": b, "type": None, "factuality": "asserted", "weight": r.weight,
                      "kind": "cooccurrence"})
    edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    return edges


def stats(store) -> dict:
    """Counts: documents (originals, near-duplicates, exact copies), actors, quotes, reports, events, stories."""
    with store.connect() as conn:
        def n(q):
            return conn.execute(q).scalar_one()
        return {
            "documents": n(select(func.count()).select_from(S.documents)),
            "near_duplicates": n(select(func.count()).select_from(S.documents).where(
                D.canonical_id.is_not(None), D.canonical_id != D.id)),
            "exact_copies": n(select(func.count()).select_from(S.document_copies)),
            "actors": n(select(func.count()).select_from(S.actors)),
            "quotes": n(select(func.count()).select_from(S.quotes)),
            "quote_reports": n(select(func.count()).select_from(S.quote_reports)),
            "events": n(select(func.count()).select_from(S.events)),
            "stories": n(select(func.count()).select_from(S.stories)),
            "failed_sources": n(select(func.count()).select_from(S.sources).where(S.sources.c.status == "failed")),
            "last_ingested": n(select(func.max(D.ingested))),
        }
