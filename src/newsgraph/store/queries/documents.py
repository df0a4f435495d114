"""Documents: full-text search, the list, one document."""
from __future__ import annotations

from sqlalchemy import func, literal_column, select

from .. import schema as S
from ..changes import cached_total
from .base import D, Target, apply, check_sort, doc_match, doc_snippets, filters_of, json_value, limits, \
    make_page, page

HEAD = func.substr(D.text, 1, 400).label("head")  # the text's start: what names an untitled document
DOC_COLS = (D.id, D.title, D.outlet, D.url, D.source, D.published, D.language, D.n_words, D.n_quotes, D.n_events,
            D.canonical_id, D.story_id, D.dup_group, D.similarity, D.ingested, D.seq, D.captured, HEAD)


def doc_name(title: str | None, head: str | None) -> str | None:
    """What names a document: its title, else its text's first line (as a story whose central article has no
    title is named: corpus.stories.untitled), so an untitled text reads the same in every list."""
    from ...corpus.stories import untitled
    return title or untitled(head)
DOC_TARGET = Target(date=None, docs=None)


def doc_item(r) -> dict:
    d = {k: r[k] for k in ("id", "title", "outlet", "url", "source", "published", "language", "n_words", "n_quotes",
                           "n_events", "canonical_id", "story_id", "similarity", "ingested")}
    d["is_duplicate"] = bool(r["canonical_id"] and r["canonical_id"] != r["id"])
    if r["captured"]:  # a web archive's page: its capture date, and whether ``published`` is that date
        d["captured"] = r["captured"]
        d["published_from"] = "capture" if r["published"] == r["captured"] else "page"
    d["name"] = doc_name(r["title"], r["head"])
    if "snippet" in r.keys():
        d["snippet"] = r["snippet"]
        d["score"] = float(r["score"]) if r["score"] is not None else None
    return d


def _items(_conn, rows) -> list[dict]:
    return [doc_item(r) for r in rows]


def doc_order(sort: str):
    """Newest first by published date, undated last (latest stored first); ``ingested``: latest stored first."""
    if sort == "ingested":
        return (D.seq.desc(),)
    return (D.date.desc().nulls_last(), D.seq.desc())


def search(store, text_: str, *, limit: int = 20, offset: int = 0, sort: str | None = None, **filters):
    """Full-text search over documents (title and clean text), best first; items are documents with ``snippet``
    (matches in [brackets]) and ``score``. Filters: ``filters.LISTS["search"]``.

    The ranked page is found first (ids and scores only), then its documents and their snippets: a word that
    matches thousands of articles costs one ranking, never thousands of snippets."""
    limit, offset = limits(limit, offset)
    f = filters_of("search", {**filters, "about": text_})
    sort = check_sort(sort) if sort else None
    about = f.pop("about")
    with store.connect() as conn:
        m = doc_match(conn, about).subquery("m")
        q = select(D.id, m.c.score, m.c.key).select_from(S.documents).join(m, m.c.doc_id == D.id)
        if f or sort or conn.dialect.name != "sqlite":
            q = apply(conn, q, f, DOC_TARGET)
            q = q.order_by(*doc_order(sort)) if sort else q.order_by(m.c.score.desc(), D.seq)
            count = select(func.count()).select_from(q.order_by(None).subquery())
        else:  # words only: rank inside the full-text index, count it alone
            q = doc_match(conn, about).order_by(literal_column("score").desc(), literal_column("key"))
            count = select(func.count()).select_from(doc_match(conn, about).subquery())
        total = cached_total(conn, count, lambda: conn.execute(count).scalar_one())
        hits = conn.execute(q.limit(limit).offset(offset)).all() if limit else []
        ids = [h[0] for h in hits]
        rows = {r["id"]: r for r in conn.execute(select(*DOC_COLS).where(D.id.in_(ids))).mappings()} if ids else {}
        snippets = doc_snippets(conn, about, [h[2] for h in hits])
        items = []
        for doc_id, score, key in hits:
            if doc_id in rows:
                d = doc_item(rows[doc_id])
                d["snippet"] = snippets.get(key)
                d["score"] = float(score) if score is not None else None
                items.append(d)
        return make_page(items, total, limit, offset)


def list_documents(store, *, limit: int = 20, offset: int = 0, sort: str = "date", **filters):
    """Documents, newest first (by published date; undated ones last, latest stored first). Filters:
    ``filters.LISTS["documents"]`` (about: full-text; actor: named in it)."""
    limit, offset = limits(limit, offset)
    f = filters_of("documents", filters)
    sort = check_sort(sort)
    with store.connect() as conn:
        q = apply(conn, select(*DOC_COLS), f, DOC_TARGET).order_by(*doc_order(sort))
        return page(conn, q, limit, offset, _items)


def get_document(store, doc_id: str) -> dict | None:
    """One document: its fields, ``text``, the full analysis ``record`` (dict), ``copies`` (other sources of the
    same text), ``duplicates`` (other members of its near-duplicate group) and ``story`` (dict or None).
    The record's entities carry ``actor_id`` (the corpus actor each entity was linked to), or ``unresolved``
    ({reason, candidates: [{id, name}]}) when the corpus could not tell which actor a name is."""
    from .stories import story_by_id
    with store.connect() as conn:
        r = conn.execute(select(*DOC_COLS, D.text, D.record, D.author, D.site_name, D.dup_group)
                         .where(D.id == doc_id)).mappings().first()
        if r is None:
            return None
        d = doc_item(r)
        d.update(text=r["text"], author=r["author"], site_name=r["site_name"], record=json_value(r["record"]))
        C = S.document_copies.c
        d["copies"] = [dict(x) for x in conn.execute(
            select(C.source, C.url, C.outlet, C.published).where(C.doc_id == doc_id).order_by(C.source)).mappings()]
        d["duplicates"], d["superseded_by"] = [], None
        if r["dup_group"]:
            rows = conn.execute(select(*DOC_COLS).where(D.dup_group == r["dup_group"], D.id != doc_id)
                                .order_by(D.seq)).mappings().all()
            d["duplicates"] = [doc_item(x) for x in rows]
            # the same page stored again at its URL (store/versions.py): the latest version is the page now; an
            # earlier one's quotes and events were withdrawn
            from ..versions import version_order
            order = [v[0] for v in version_order([(x["id"], x["url"], x["seq"], x["captured"])
                                                  for x in [r, *rows] if r["url"] and x["url"] == r["url"]])]
            for x, row in zip(d["duplicates"], rows):
                same = bool(r["url"]) and row["url"] == r["url"]
                x["version"] = ("later" if order.index(row["id"]) > order.index(r["id"]) else "earlier") \
                    if same else None
            later = [x["id"] for x in d["duplicates"] if x["version"] == "later"]
            d["superseded_by"] = later[-1] if later else None
        AM, U = S.actor_mentions.c, S.unresolved.c
        links = {m["entity"]: m["actor_id"] for m in conn.execute(
            select(AM.entity, AM.actor_id).where(AM.doc_id == doc_id)).mappings()}
        unresolved = {u["entity"]: u for u in conn.execute(
            select(U.entity, U.reason, U.candidates).where(U.doc_id == doc_id)).mappings()}
        for e in (d["record"] or {}).get("entities", []):
            e["actor_id"] = links.get(e.get("id"))
            u = unresolved.get(e.get("id"))
            if u:  # a name the corpus could not give to one actor, and why
                e["unresolved"] = {"reason": u["reason"], "candidates": json_value(u["candidates"], [])}
        d["story"] = story_by_id(conn, r["story_id"]) if r["story_id"] else None
        return d
