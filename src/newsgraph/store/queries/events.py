"""Events: who did what to whom, participants resolved through the actors of their record entities."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, tuple_

from .. import schema as S
from .base import D, Target, actor_ids, actors_by_ids, apply, check_sort, contains, filters_of, json_value, limits, \
    page

E = S.events.c
EA = S.event_actors.c


def entity_actors(conn, doc_ids, pairs=None, names: dict | None = None) -> dict[tuple[str, str], str]:
    """{(document, entity): actor id} of these documents (one query per 500 documents), or only of these
    ``pairs`` of (document, entity) when given (one query per 400 pairs): an event names the record's entities,
    and their actors are whatever the mention rows say now (after merges and splits too). ``names`` (with
    ``pairs``): filled with {actor id: canonical name} by the same query."""
    AM = S.actor_mentions.c
    out: dict[tuple[str, str], str] = {}
    if pairs is not None:  # documents IN (...) AND entities IN (...): the primary key's index, then the pairs kept
        pairs = set(pairs)
        docs = sorted({d for d, _ in pairs})
        ents = sorted({e for _, e in pairs})
        for i in range(0, len(docs), 400):
            for d, e, a, n in conn.execute(select(AM.doc_id, AM.entity, AM.actor_id, S.actors.c.name).outerjoin(
                    S.actors, S.actors.c.id == AM.actor_id).where(AM.doc_id.in_(docs[i:i + 400]),
                                                                  AM.entity.in_(ents))):
                if (d, e) in pairs:
                    out[(d, e)] = a
                    if names is not None and a and n:
                        names[a] = n
        return out
    ids = sorted(set(doc_ids))
    for i in range(0, len(ids), 500):
        out.update({(d, e): a for d, e, a in conn.execute(select(AM.doc_id, AM.entity, AM.actor_id)
                                                         .where(AM.doc_id.in_(ids[i:i + 500])))})
    return out


def _entities(doc_id: str, value) -> list[tuple[str, str]]:
    """The (document, entity) pairs an event's participants name."""
    value = value if isinstance(value, list) else [value] if value else []
    return [(doc_id, r["entity"]) for r in value if isinstance(r, dict) and r.get("entity")]


def refs(doc_id: str, value, ents: dict, names: dict | None = None) -> Any:
    """Event participants as {id, name}: the actor of the record entity (stores written before ids were kept
    by entity carry the id itself), by the actor's canonical name (``names``: actor id -> name, see
    :func:`actor_names`; tryout r19 P: a timeline named one actor "Trump" on one event and "Donald Trump" on the
    next), else the name as the text wrote it."""
    def one(r):
        if isinstance(r, dict) and "entity" in r:
            aid = ents.get((doc_id, r.get("entity")))
            return {"id": aid, "name": (names or {}).get(aid) or r.get("name")}
        return r
    if isinstance(value, list):
        return [one(r) for r in value]
    return one(value) if value else value


def actor_names(conn, ids) -> dict[str, str]:
    """{actor id: canonical name} of these actors (one query per 500)."""
    ids = sorted({i for i in ids if i})
    if not ids:
        return {}
    return {a["id"]: a["name"] for i in range(0, len(ids), 500) for a in actors_by_ids(conn, ids[i:i + 500])}


def event_items(conn, rows) -> list[dict]:
    """Event items of ``rows`` (events joined with their document's title), participants read in one query."""
    parts = [(json_value(r["actors"], []), json_value(r["targets"], []), json_value(r["location"])) for r in rows]
    names: dict[str, str] = {}
    ents = entity_actors(conn, (), pairs=[p for r, ps in zip(rows, parts) for v in ps
                                          for p in _entities(r["doc_id"], v)] or [(r["doc_id"], "") for r in rows],
                         names=names)
    names.update(actor_names(conn, [r["source_id"] for r in rows if r["source_id"] and r["source_id"] not in names]))
    sources = {r["source_id"]: names.get(r["source_id"]) for r in rows if r["source_id"]}
    out = []
    for r, (actors, targets, location) in zip(rows, parts):
        # ``date_source``: "text" or "quote" (the text dates it), "published" (its document's publication day)
        d = {k: r[k] for k in ("doc_id", "type", "mode", "date", "date_source", "trigger", "evidence", "start", "end",
                               "factuality", "source_id", "outlet", "title")}
        # an event reported inside a quote is the speaker's claim: who made it, by name
        d["source"] = sources.get(r["source_id"])
        d["id"] = r["local_id"]  # (the record's id, local to its document)
        d["uid"] = f'{r["doc_id"]}:{r["local_id"]}'  # unique in the store: a dashboard's row key (tryout r18)
        d["url"] = r.get("url")
        d["actors"] = refs(r["doc_id"], actors, ents, names)
        d["targets"] = refs(r["doc_id"], targets, ents, names)
        d["location"] = refs(r["doc_id"], location, ents, names)
        out.append(d)
    return out


def event_select():
    return select(S.events, D.title, D.url, D.seq.label("doc_seq")).join(S.documents, D.id == E.doc_id)


def repeated_by_copy(conn):
    """True for an event of a near-duplicate copy whose evidence is in its original's text (the copy repeats the
    original's sentence, so the original has that event already)."""
    copy, original = S.documents.alias("copy_doc"), S.documents.alias("original")
    Cp, Or = copy.c, original.c
    pos = func.strpos if conn.dialect.name == "postgresql" else func.instr
    return (select(Or.id).select_from(copy.join(original, Or.id == Cp.canonical_id))
            .where(Cp.id == E.doc_id, Cp.canonical_id != Cp.id, pos(Or.text, E.evidence) > 0).exists())


def _actor(conn, q, v, f):
    """The actor's events by the event_actors index (tuple IN; an EXISTS per event scanned every event)."""
    sub = select(EA.doc_id, EA.local_id).where(EA.actor_id.in_(actor_ids(conn, v) or []))
    sub = sub.where(EA.role == f["role"]) if f.get("role") else sub.where(EA.role.in_(("actor", "target")))
    return q.where(tuple_(E.doc_id, E.local_id).in_(sub))


def _about(conn, q, v, f):
    from .base import fts_terms
    for t in fts_terms(v):
        q = q.where(contains(E.evidence, t.rstrip("*")))
    return q


EVENT_TARGET = Target(
    date=E.date, docs=None,  # the query joins documents
    own={"actor": _actor, "role": lambda conn, q, v, f: q, "about": _about,
         "type": lambda conn, q, v, f: q.where(E.type == v),
         "factuality": lambda conn, q, v, f: q.where(E.factuality == v),
         "originals": lambda conn, q, v, f: q.where(~repeated_by_copy(conn)) if v else q})


def event_order(sort: str) -> tuple:
    """Newest first by the event's date, undated last (latest stored first); ``ingested``: latest stored first."""
    if sort == "ingested":
        return D.seq.desc(), E.local_id
    return E.date.desc().nulls_last(), D.seq.desc(), E.local_id


def list_events(store, *, limit: int = 20, offset: int = 0, sort: str = "date", **filters):
    """Events, newest first, undated last. Filters: ``filters.LISTS["events"]`` (actor: takes part, as actor or
    target unless ``role`` says actor, target, location or source; type: PLOVER; about: words in the evidence;
    originals: leave out the events a near-duplicate copy repeats from its original's text, a copy's new
    sentences keep theirs)."""
    limit, offset = limits(limit, offset)
    f = filters_of("events", filters)
    sort = check_sort(sort)
    with store.connect() as conn:
        q = apply(conn, event_select(), f, EVENT_TARGET).order_by(*event_order(sort))
        return page(conn, q, limit, offset, event_items)
