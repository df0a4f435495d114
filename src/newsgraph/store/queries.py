"""THE query layer: every read the CLI, the HTTP API and the web UI make goes through these functions.

Conventions (the same for every function):

- First argument: an open :class:`newsgraph.store.Store` (``newsgraph.store.open_store(url)``).
- Every list function takes ``limit`` (default 20, capped at 1000) and ``offset`` (default 0) and returns a
  **page**: ``{"items": [dict, ...], "total": int, "limit": int, "offset": int}``.
- Filters, where they make sense: ``speaker`` / ``actor`` (a name in any spelling or alias, or an actor id),
  ``type`` (PLOVER event type or entity type), ``since`` / ``until`` (ISO dates, inclusive, compared on the
  first 10 characters), ``outlet`` (the document's outlet or a cited outlet, case-insensitive substring),
  ``about`` (full-text: FTS5 on SQLite, tsvector on PostgreSQL).
- Every value is a plain JSON-serialisable type (str, int, float, None, list, dict). Dates are ISO strings.
- Unknown ids return ``None`` (single-object functions) or an empty page; bad parameter values raise
  ``ValueError`` with a readable message.

Item shapes (keys always present, values may be None):

- document: id, title, outlet, url, source, published, language, n_words, n_quotes, n_events, canonical_id,
  is_duplicate (near-duplicate of another, earlier document), story_id, snippet (search only), score (search only)
- actor: id, name, type, role, aliases [str], n_docs, n_mentions, n_quotes, first_date, last_date
- quote: id, text, kind, speaker, speaker_id, cue, date, n_reports, first_report (report), reports [report]
  (only in get_quote / when ``reports=True``); report: doc_id, local_id, text, outlet, reported_by [str], date,
  start, end, title
- event: doc_id, id (local id within the document), type, mode, actors [{id, name}], targets [{id, name}],
  location, date, trigger, evidence, start, end, factuality, source_id, outlet, title
- story: id, title, first_date, last_date, n_docs, outlets [str]
- timeline item: entry ("quote" | "event"), date, plus the quote or event fields
"""
from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import and_, func, literal, literal_column, or_, select, text, tuple_, union_all
from sqlalchemy.engine import Connection

from . import schema as S
from ..understand.names import name_key

MAX_LIMIT = 1000
Page = dict  # {"items": [...], "total": int, "limit": int, "offset": int}


# -- helpers ---------------------------------------------------------------------------------------------------------
def _limits(limit: int, offset: int) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise ValueError("limit and offset must be integers") from None
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must be >= 0")
    return min(limit, MAX_LIMIT), offset


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}.*)?")


def _date(value: str | None, name: str) -> str | None:
    """An ISO date of year, month or day precision (a time after the day is allowed and ignored), checked against
    the calendar: '2025-13-01' and '2025-02-30' are errors, not silently empty results."""
    import datetime as _dt
    if value in (None, ""):
        return None
    value = str(value).strip()
    m = _DATE.fullmatch(value)
    if m:
        try:
            _dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError as exc:
            raise ValueError(f"{name}: {value!r} is not a date ({exc})") from None
        return value[:10]
    raise ValueError(f"{name}: expected an ISO date like 2025-09-04, 2025-09 or 2025, got {value!r}")


def _until(value: str | None) -> str | None:
    """An inclusive upper bound on ISO dates: '2025-09' covers the whole month."""
    v = _date(value, "until")
    return None if v is None else v + "\uffff"


def _page(conn: Connection, q, limit: int, offset: int, row_fn, batch_fn=None) -> Page:
    """A page of ``q``. ``batch_fn(conn, rows)`` makes the items of all rows at once (a fixed number of
    queries per page, never one per row); else ``row_fn(conn, row)`` per row."""
    total = conn.execute(select(func.count()).select_from(q.order_by(None).subquery())).scalar_one()
    rows = conn.execute(q.limit(limit).offset(offset)).mappings().all()
    items = batch_fn(conn, rows) if batch_fn is not None else [row_fn(conn, r) for r in rows]
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def _fts_terms(q: str) -> list[str]:
    """The words of a full-text query; a word written with a trailing ``*`` keeps it (a prefix: ``Путин*`` finds
    Путина, Путину; ``sanction*`` finds sanctions)."""
    return re.findall(r"\w+\*?", q or "", re.UNICODE)


def _fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term (quoted), prefix terms as ``"word"*``."""
    return " ".join('"%s"%s' % (t.rstrip("*"), "*" if t.endswith("*") else "") for t in terms)


def _tsquery(terms: list[str]) -> str:
    """A PostgreSQL to_tsquery expression (simple configuration): every term, prefix terms as ``word:*``."""
    return " & ".join(f"{t.rstrip('*')}:*" if t.endswith("*") else t for t in terms)


def _doc_match(conn: Connection, about: str):
    """(select of doc_id, score, snippet) matching the full-text query ``about``."""
    terms = _fts_terms(about)
    if not terms:
        raise ValueError("the search text has no words")
    if conn.dialect.name == "postgresql":
        tsq = func.to_tsquery("simple", _tsquery(terms))
        return (select(S.documents.c.id.label("doc_id"),
                       func.ts_rank(text("documents.tsv"), tsq).label("score"),
                       func.ts_headline("simple", S.documents.c.text, tsq,
                                        "MaxWords=24, MinWords=10, StartSel=[, StopSel=]").label("snippet"))
                .where(text("documents.tsv @@ to_tsquery('simple', :ftsq)").bindparams(ftsq=_tsquery(terms))))
    match = _fts5_query(terms)
    return select(literal_column("documents_fts.doc_id").label("doc_id"),
                  literal_column("-bm25(documents_fts)").label("score"),
                  literal_column("snippet(documents_fts, 2, '[', ']', '…', 16)").label("snippet")).select_from(
        text("documents_fts")).where(text("documents_fts MATCH :ftsq").bindparams(ftsq=match))


def _quote_match_ids(conn: Connection, about: str):
    terms = _fts_terms(about)
    if not terms:
        raise ValueError("the 'about' text has no words")
    if conn.dialect.name == "postgresql":
        return select(S.quotes.c.id).where(
            text("quotes.tsv @@ to_tsquery('simple', :qq)").bindparams(qq=_tsquery(terms)))
    match = _fts5_query(terms)
    return select(literal_column("quotes_fts.quote_id")).select_from(text("quotes_fts")).where(
        text("quotes_fts MATCH :qq").bindparams(qq=match))


def actor_ids(conn: Connection, name: str | None) -> list[str] | None:
    """Actor ids a user's name refers to: an id, an exact alias (any spelling: "Zelenskiy"), and for one word also
    the people with that surname ("Zelensky" finds "Volodymyr Zelensky"). None when no name is given; [] when nothing
    matches."""
    if not name:
        return None
    row = conn.execute(select(S.actors.c.id).where(S.actors.c.id == name)).first()
    if row:
        return [row[0]]
    key = name_key(name)
    if not key:
        return []
    ua = conn.execute(select(S.user_aliases.c.canonical).where(S.user_aliases.c.key == key)).first()
    if ua:
        key = name_key(ua[0])
    ids = [r[0] for r in conn.execute(select(S.actor_aliases.c.actor_id).where(S.actor_aliases.c.key == key)
                                       .distinct())]
    if not ids:  # an actor without alias rows (stores written before caseless names got them): its exact name
        ids = [r[0] for r in conn.execute(select(S.actors.c.id).where(S.actors.c.name == name.strip()))]
    if " " not in key:  # a single word is also a surname: "Macron" finds "Emmanuel Macron"
        ids += [r[0] for r in conn.execute(select(S.actor_aliases.c.actor_id).join(
            S.actors, S.actors.c.id == S.actor_aliases.c.actor_id).where(
            S.actor_aliases.c.last == key, S.actors.c.type == "PERSON").distinct())]
    return sorted(set(ids))


def actors_by_ids(conn: Connection, ids: list[str]) -> list[dict]:
    """{id, name, type, n_docs} of these actors, most documents first."""
    A = S.actors.c
    return [dict(r) for r in conn.execute(select(A.id, A.name, A.type, A.n_docs).where(A.id.in_(ids))
                                          .order_by(A.n_docs.desc(), A.id)).mappings()]


def _json(v: Any, default=None):
    if v is None:
        return default
    try:
        return json.loads(v)
    except (TypeError, ValueError):
        return default


# -- documents -------------------------------------------------------------------------------------------------------
_DOC_COLS = (S.documents.c.id, S.documents.c.title, S.documents.c.outlet, S.documents.c.url, S.documents.c.source,
             S.documents.c.published, S.documents.c.language, S.documents.c.n_words, S.documents.c.n_quotes,
             S.documents.c.n_events, S.documents.c.canonical_id, S.documents.c.story_id, S.documents.c.dup_group,
             S.documents.c.similarity)


def _doc_item(_conn, r) -> dict:
    d = {k: r[k] for k in ("id", "title", "outlet", "url", "source", "published", "language", "n_words", "n_quotes",
                           "n_events", "canonical_id", "story_id", "similarity")}
    d["is_duplicate"] = bool(r["canonical_id"] and r["canonical_id"] != r["id"])
    if "snippet" in r.keys():
        d["snippet"] = r["snippet"]
        d["score"] = float(r["score"]) if r["score"] is not None else None
    return d


def _doc_filters(q, since, until, outlet, language=None, story=None, originals_only=False):
    D = S.documents.c
    if since:
        q = q.where(D.date >= _date(since, "since"))
    if until:
        q = q.where(D.date <= _until(until))
    if outlet:
        q = q.where(func.lower(D.outlet).contains(outlet.lower(), autoescape=True))
    if language:
        q = q.where(D.language == language)
    if story:
        q = q.where(D.story_id == story)
    if originals_only:
        q = q.where(or_(D.canonical_id.is_(None), D.canonical_id == D.id))
    return q


def search(store, text_: str, *, since: str | None = None, until: str | None = None, outlet: str | None = None,
           language: str | None = None, originals_only: bool = False, limit: int = 20, offset: int = 0) -> Page:
    """Full-text search over documents (title and clean text), best first; items are documents with ``snippet``
    (matches in [brackets]) and ``score``."""
    limit, offset = _limits(limit, offset)
    with store.connect() as conn:
        m = _doc_match(conn, text_).subquery("m")
        q = select(*_DOC_COLS, m.c.score, m.c.snippet).select_from(S.documents).join(m, m.c.doc_id == S.documents.c.id)
        q = _doc_filters(q, since, until, outlet, language, originals_only=originals_only)
        q = q.order_by(m.c.score.desc(), S.documents.c.seq)
        return _page(conn, q, limit, offset, _doc_item)


def list_documents(store, *, about: str | None = None, actor: str | None = None, story: str | None = None,
                   since: str | None = None, until: str | None = None, outlet: str | None = None,
                   language: str | None = None, originals_only: bool = False, limit: int = 20,
                   offset: int = 0) -> Page:
    """Documents, newest first (by published date, then ingest order); ``about`` full-text, ``actor`` mentioned."""
    limit, offset = _limits(limit, offset)
    with store.connect() as conn:
        q = select(*_DOC_COLS)
        if about:
            m = _doc_match(conn, about).subquery("m")
            q = q.where(S.documents.c.id.in_(select(m.c.doc_id)))
        ids = actor_ids(conn, actor)
        if ids is not None:
            q = q.where(S.documents.c.id.in_(select(S.actor_mentions.c.doc_id).where(
                S.actor_mentions.c.actor_id.in_(ids))))
        q = _doc_filters(q, since, until, outlet, language, story, originals_only)
        q = q.order_by(S.documents.c.date.desc().nulls_last(), S.documents.c.seq)
        return _page(conn, q, limit, offset, _doc_item)


def get_document(store, doc_id: str) -> dict | None:
    """One document: its fields, ``text``, the full analysis ``record`` (dict), ``copies`` (other sources of the
    same text), ``duplicates`` (other members of its near-duplicate group) and ``story`` (dict or None).
    The record's entities carry ``actor_id`` (the corpus actor each entity was linked to), or ``unresolved``
    ({reason, candidates: [{id, name}]}) when the corpus could not tell which actor a name is."""
    with store.connect() as conn:
        r = conn.execute(select(*_DOC_COLS, S.documents.c.text, S.documents.c.record, S.documents.c.author,
                                S.documents.c.site_name).where(S.documents.c.id == doc_id)).mappings().first()
        if r is None:
            return None
        d = _doc_item(conn, r)
        d.update(text=r["text"], author=r["author"], site_name=r["site_name"], record=_json(r["record"]))
        d["copies"] = [dict(x) for x in conn.execute(
            select(S.document_copies.c.source, S.document_copies.c.url, S.document_copies.c.outlet,
                   S.document_copies.c.published).where(S.document_copies.c.doc_id == doc_id)
            .order_by(S.document_copies.c.source)).mappings()]
        d["duplicates"] = []
        if r["dup_group"]:
            d["duplicates"] = [_doc_item(conn, x) for x in conn.execute(
                select(*_DOC_COLS).where(S.documents.c.dup_group == r["dup_group"], S.documents.c.id != doc_id)
                .order_by(S.documents.c.seq)).mappings()]
        links = {m["entity"]: m["actor_id"] for m in conn.execute(
            select(S.actor_mentions.c.entity, S.actor_mentions.c.actor_id)
            .where(S.actor_mentions.c.doc_id == doc_id)).mappings()}
        unresolved = {u["entity"]: u for u in conn.execute(
            select(S.unresolved.c.entity, S.unresolved.c.reason, S.unresolved.c.candidates)
            .where(S.unresolved.c.doc_id == doc_id)).mappings()}
        if d["record"]:
            for e in d["record"].get("entities", []):
                e["actor_id"] = links.get(e.get("id"))
                u = unresolved.get(e.get("id"))
                if u:  # a name the corpus could not give to one actor, and why
                    e["unresolved"] = {"reason": u["reason"], "candidates": _json(u["candidates"], [])}
        d["story"] = _story(conn, r["story_id"]) if r["story_id"] else None
        return d


# -- actors ----------------------------------------------------------------------------------------------------------
def _aliases(conn: Connection, actor_id: str) -> list[str]:
    rows = conn.execute(select(S.actor_aliases.c.alias).where(S.actor_aliases.c.actor_id == actor_id)
                        .order_by(S.actor_aliases.c.alias)).all()
    return sorted({r[0] for r in rows if r[0]})


def _actor_item(conn, r) -> dict:
    return _actor_items(conn, [r])[0]


def _actor_items(conn, rows) -> list[dict]:
    """Actor items with their aliases and quote counts: two queries for the whole page."""
    ids = [r["id"] for r in rows]
    aliases: dict[str, set] = {}
    counts: dict[str, int] = {}
    if ids:
        for aid, alias in conn.execute(select(S.actor_aliases.c.actor_id, S.actor_aliases.c.alias)
                                       .where(S.actor_aliases.c.actor_id.in_(ids))):
            if alias:
                aliases.setdefault(aid, set()).add(alias)
        counts = {r[0]: r[1] for r in conn.execute(
            select(S.quotes.c.speaker_id, func.count()).select_from(S.quote_reports).join(
                S.quotes, S.quotes.c.id == S.quote_reports.c.quote_id).where(S.quotes.c.speaker_id.in_(ids))
            .group_by(S.quotes.c.speaker_id))}
    out = []
    for r in rows:
        d = {k: r[k] for k in ("id", "name", "type", "role", "n_docs", "n_mentions", "first_date", "last_date")}
        d["aliases"] = sorted(aliases.get(r["id"], ()))
        d["n_quotes"] = counts.get(r["id"], 0)
        out.append(d)
    return out


def list_actors(store, *, name: str | None = None, type: str | None = None, since: str | None = None,
                until: str | None = None, outlet: str | None = None, story: str | None = None,
                limit: int = 20, offset: int = 0) -> Page:
    """Actors, most documents first. ``name``: any spelling/alias or a substring of the name; ``type``: PERSON,
    ORG, GPE, MEDIA, GROUP...; ``since``/``until``/``outlet``/``story``: mentioned in such documents."""
    limit, offset = _limits(limit, offset)
    Ac = S.actors.c
    with store.connect() as conn:
        q = select(Ac.id, Ac.name, Ac.type, Ac.role, Ac.n_docs, Ac.n_mentions, Ac.first_date, Ac.last_date)
        if name:
            ids = actor_ids(conn, name) or []
            q = q.where(or_(Ac.id.in_(ids), func.lower(Ac.name).contains(name.lower(), autoescape=True)))
        if type:
            q = q.where(Ac.type == type.upper())
        if since or until or outlet or story:
            dq = _doc_filters(select(S.documents.c.id), since, until, outlet, story=story)
            q = q.where(Ac.id.in_(select(S.actor_mentions.c.actor_id).where(
                S.actor_mentions.c.doc_id.in_(dq))))
        q = q.order_by(Ac.n_docs.desc(), Ac.n_mentions.desc(), Ac.name)
        return _page(conn, q, limit, offset, _actor_item, _actor_items)


def get_actor(store, name_or_id: str, *, limit: int = 20) -> dict | None:
    """An actor page: the actor item plus ``roles`` [{role, n}], ``quotes`` (their latest ``limit`` quotes),
    ``events_as_actor``, ``events_as_target``, ``co_actors`` [{id, name, type, n_docs}] (actors in the same
    documents), ``talks_about`` [{id, name, n}] (actors named in their quotes' documents' events/quotes...), and
    ``documents`` (latest). When the name fits several actors, the one in most documents; ``others`` lists the
    rest ({id, name})."""
    with store.connect() as conn:
        ids = actor_ids(conn, name_or_id) or []
        if not ids:
            return None
        rows = conn.execute(select(S.actors).where(S.actors.c.id.in_(ids))
                            .order_by(S.actors.c.n_docs.desc(), S.actors.c.id)).mappings().all()
        if not rows:
            return None
        r = rows[0]
        d = _actor_item(conn, r)
        d["others"] = [{"id": x["id"], "name": x["name"]} for x in rows[1:]]
        aid = r["id"]
        d["roles"] = [{"role": x[0], "n": x[1]} for x in conn.execute(
            select(S.actor_mentions.c.role, func.count()).where(S.actor_mentions.c.actor_id == aid,
                                                                S.actor_mentions.c.role.is_not(None))
            .group_by(S.actor_mentions.c.role).order_by(func.count().desc(), S.actor_mentions.c.role))]
    d["quotes"] = list_quotes(store, speaker=aid, limit=limit)["items"]
    d["events_as_actor"] = list_events(store, actor=aid, role="actor", limit=limit)["items"]
    d["events_as_target"] = list_events(store, actor=aid, role="target", limit=limit)["items"]
    d["co_actors"] = co_actors(store, aid, limit=limit)
    d["talks_about"] = talks_about(store, aid, limit=limit)
    d["documents"] = list_documents(store, actor=aid, limit=limit)["items"]
    return d


def co_actors(store, actor_id: str, *, limit: int = 20) -> list[dict]:
    """Actors mentioned in the same documents as ``actor_id``, most shared documents first."""
    M1, M2 = S.actor_mentions.alias("m1"), S.actor_mentions.alias("m2")
    with store.connect() as conn:
        q = (select(S.actors.c.id, S.actors.c.name, S.actors.c.type, func.count(func.distinct(M2.c.doc_id)).label("n"))
             .select_from(M1.join(M2, M1.c.doc_id == M2.c.doc_id).join(S.actors, S.actors.c.id == M2.c.actor_id))
             .where(M1.c.actor_id == actor_id, M2.c.actor_id != actor_id)
             .group_by(S.actors.c.id, S.actors.c.name, S.actors.c.type)
             .order_by(text("n DESC"), S.actors.c.name).limit(limit))
        return [dict(x) for x in conn.execute(q).mappings()]


def talks_about(store, actor_id: str, *, limit: int = 20) -> list[dict]:
    """Actors this actor talks about: actors and targets of the events reported inside their quotes (events whose
    source is this actor), most often first: ``[{id, name, n}]``."""
    EA = S.event_actors.c
    with store.connect() as conn:
        said = select(_E.doc_id, _E.local_id).where(_E.source_id == actor_id).subquery()
        q = (select(S.actors.c.id, S.actors.c.name, func.count().label("n"))
             .select_from(S.event_actors.join(S.actors, S.actors.c.id == EA.actor_id)
                          .join(said, and_(said.c.doc_id == EA.doc_id, said.c.local_id == EA.local_id)))
             .where(EA.role.in_(("actor", "target")), EA.actor_id != actor_id)
             .group_by(S.actors.c.id, S.actors.c.name).order_by(text("n DESC"), S.actors.c.name).limit(limit))
        return [dict(x) for x in conn.execute(q).mappings()]


# -- quotes ----------------------------------------------------------------------------------------------------------
_Q = S.quotes.c
_QR = S.quote_reports.c


def _report_item(r) -> dict:
    return {"doc_id": r["doc_id"], "local_id": r["local_id"], "text": r["text"], "outlet": r["outlet"],
            "reported_by": _json(r["reported_by"], []), "date": r["date"], "start": r["start"], "end": r["end"],
            "title": r["title"], "speaker": r["speaker"], "kind": r["kind"], "cue": r["cue"]}


def _reports(conn: Connection, quote_id: str, limit: int | None = None) -> list[dict]:
    q = (select(S.quote_reports, S.documents.c.title)
         .join(S.documents, S.documents.c.id == _QR.doc_id)
         .where(_QR.quote_id == quote_id).order_by(_QR.date.nulls_last(), _QR.seq, _QR.local_id))
    if limit:
        q = q.limit(limit)
    return [_report_item(r) for r in conn.execute(q).mappings()]


def _first_reports(conn: Connection, quote_ids: list[str]) -> dict[str, dict]:
    """The first report of each quote (the order of :func:`_reports`), in one query (a window function)."""
    if not quote_ids:
        return {}
    rn = func.row_number().over(partition_by=_QR.quote_id,
                                order_by=(_QR.date.nulls_last(), _QR.seq, _QR.local_id)).label("rn")
    inner = (select(S.quote_reports, S.documents.c.title, rn).join(S.documents, S.documents.c.id == _QR.doc_id)
             .where(_QR.quote_id.in_(quote_ids)).subquery())
    return {r["quote_id"]: _report_item(r) for r in conn.execute(select(inner).where(inner.c.rn == 1)).mappings()}


def _quote_items(conn, rows, reports: bool = False) -> list[dict]:
    if reports:
        return [_quote_item(conn, r, True) for r in rows]
    first = _first_reports(conn, [r["id"] for r in rows])
    out = []
    for r in rows:
        d = {k: r[k] for k in ("id", "text", "kind", "speaker", "speaker_id", "cue", "date", "n_reports")}
        d["first_report"] = first.get(r["id"])
        out.append(d)
    return out


def _quote_item(conn, r, reports: bool = False) -> dict:
    d = {k: r[k] for k in ("id", "text", "kind", "speaker", "speaker_id", "cue", "date", "n_reports")}
    reps = _reports(conn, r["id"], None if reports else 1)
    d["first_report"] = reps[0] if reps else None
    if reports:
        d["reports"] = reps
    return d


def list_quotes(store, *, speaker: str | None = None, about: str | None = None, since: str | None = None,
                until: str | None = None, outlet: str | None = None, story: str | None = None,
                kind: str | None = None, reports: bool = False, limit: int = 20, offset: int = 0) -> Page:
    """Quotes (one per statement, however many articles report it), newest first. ``speaker``: a name or id;
    ``about``: full-text over the quote text and speaker; ``outlet``: a report's document outlet or a cited outlet;
    ``story``: reported in that story; ``reports``: include every report."""
    limit, offset = _limits(limit, offset)
    with store.connect() as conn:
        q = select(_Q.id, _Q.text, _Q.kind, _Q.speaker, _Q.speaker_id, _Q.cue, _Q.date, _Q.n_reports)
        ids = actor_ids(conn, speaker)
        if ids is not None:
            q = q.where(_Q.speaker_id.in_(ids))
        if about:
            q = q.where(_Q.id.in_(_quote_match_ids(conn, about)))
        if since:
            q = q.where(_Q.date >= _date(since, "since"))
        if until:
            q = q.where(_Q.date <= _until(until))
        if kind:
            q = q.where(_Q.kind == kind)
        if outlet:
            o = outlet.lower()
            q = q.where(_Q.id.in_(select(_QR.quote_id).where(or_(
                func.lower(_QR.outlet).contains(o, autoescape=True),
                func.lower(_QR.reported_by).contains(o, autoescape=True)))))
        if story:
            q = q.where(_Q.id.in_(select(_QR.quote_id).join(S.documents, S.documents.c.id == _QR.doc_id)
                                  .where(S.documents.c.story_id == story)))
        q = q.order_by(_Q.date.desc().nulls_last(), _Q.id)
        return _page(conn, q, limit, offset, lambda c, r: _quote_item(c, r, reports),
                     lambda c, rows: _quote_items(c, rows, reports))


def get_quote(store, quote_id: str) -> dict | None:
    """One quote with all its ``reports`` (first report first)."""
    with store.connect() as conn:
        r = conn.execute(select(S.quotes).where(_Q.id == quote_id)).mappings().first()
        return _quote_item(conn, r, reports=True) if r else None


# -- events ----------------------------------------------------------------------------------------------------------
_E = S.events.c


def entity_actors(conn: Connection, doc_ids) -> dict[tuple[str, str], str]:
    """{(document, entity): actor id} of these documents (one query): an event names the record's entities, and
    their actors are whatever the mention rows say now (after merges and splits too)."""
    AM = S.actor_mentions.c
    ids = sorted(set(doc_ids))
    out: dict[tuple[str, str], str] = {}
    for i in range(0, len(ids), 500):
        out.update({(d, e): a for d, e, a in conn.execute(select(AM.doc_id, AM.entity, AM.actor_id)
                                                         .where(AM.doc_id.in_(ids[i:i + 500])))})
    return out


def refs(doc_id: str, value, ents: dict) -> Any:
    """Event participants as {id, name}: the actor of the record entity (stores written before ids were kept
    by entity carry the id itself)."""
    def one(r):
        if not isinstance(r, dict):
            return r
        if "entity" in r:
            return {"id": ents.get((doc_id, r.get("entity"))), "name": r.get("name")}
        return r
    if isinstance(value, list):
        return [one(r) for r in value]
    return one(value) if value else value


def _event_item(conn, r, ents: dict | None = None) -> dict:
    d = {k: r[k] for k in ("doc_id", "type", "mode", "location", "date", "trigger", "evidence", "start", "end",
                           "factuality", "source_id", "outlet", "title")}
    if ents is None:
        ents = entity_actors(conn, [r["doc_id"]])
    d["id"] = r["local_id"]
    d["actors"] = refs(r["doc_id"], _json(r["actors"], []), ents)
    d["targets"] = refs(r["doc_id"], _json(r["targets"], []), ents)
    d["location"] = refs(r["doc_id"], _json(r["location"]), ents)
    return d


def _event_page(conn: Connection, q, limit: int, offset: int) -> Page:
    """A page of events with their participants' actors read in one query."""
    total = conn.execute(select(func.count()).select_from(q.order_by(None).subquery())).scalar_one()
    rows = conn.execute(q.limit(limit).offset(offset)).mappings().all()
    ents = entity_actors(conn, [r["doc_id"] for r in rows])
    return {"items": [_event_item(conn, r, ents) for r in rows], "total": total, "limit": limit, "offset": offset}


def _repeated_by_copy(conn: Connection):
    """True for an event of a near-duplicate copy whose evidence is in its original's text (the copy repeats the
    original's sentence, so the original has that event already)."""
    copy, original = S.documents.alias("copy_doc"), S.documents.alias("original")
    D, C = copy.c, original.c
    pos = func.strpos if conn.dialect.name == "postgresql" else func.instr
    return (select(C.id).select_from(copy.join(original, C.id == D.canonical_id))
            .where(D.id == _E.doc_id, D.canonical_id != D.id, pos(C.text, _E.evidence) > 0).exists())


def list_events(store, *, actor: str | None = None, role: str | None = None, type: str | None = None,
                since: str | None = None, until: str | None = None, outlet: str | None = None,
                about: str | None = None, story: str | None = None, factuality: str | None = None,
                originals_only: bool = False, limit: int = 20, offset: int = 0) -> Page:
    """Events, newest first. ``actor``: takes part (``role`` "actor", "target", "location" or "source" narrows
    it); ``type``: PLOVER type (case-insensitive); ``about``: words in the evidence; ``factuality``: asserted,
    planned, proposed, negated, possible; ``originals_only``: leave out the events of near-duplicate copies whose
    evidence is in the original's text (a syndicated copy repeats its original's events; a new sentence of the copy
    keeps its events)."""
    limit, offset = _limits(limit, offset)
    if role and role not in ("actor", "target", "location", "source"):
        raise ValueError("role: expected actor, target, location or source")
    with store.connect() as conn:
        q = select(S.events, S.documents.c.title).join(S.documents, S.documents.c.id == _E.doc_id)
        ids = actor_ids(conn, actor)
        if ids is not None:
            EA = S.event_actors.c
            sub = select(EA.doc_id, EA.local_id).where(EA.actor_id.in_(ids))
            if role:
                sub = sub.where(EA.role == role)
            # the actor's events by the actor index (an EXISTS per event scanned every event of the store)
            q = q.where(tuple_(_E.doc_id, _E.local_id).in_(sub))
        if type:
            q = q.where(_E.type == type.upper())
        if since:
            q = q.where(_E.date >= _date(since, "since"))
        if until:
            q = q.where(_E.date <= _until(until))
        if outlet:
            q = q.where(func.lower(_E.outlet).contains(outlet.lower(), autoescape=True))
        if about:
            for t in _fts_terms(about):
                q = q.where(func.lower(_E.evidence).contains(t.rstrip("*").lower(), autoescape=True))
        if story:
            q = q.where(S.documents.c.story_id == story)
        if factuality:
            q = q.where(_E.factuality == factuality)
        if originals_only:
            q = q.where(~_repeated_by_copy(conn))
        q = q.order_by(_E.date.desc().nulls_last(), _E.doc_id, _E.local_id)
        return _event_page(conn, q, limit, offset)


# -- timeline --------------------------------------------------------------------------------------------------------
def timeline(store, *, actor: str | None = None, story: str | None = None, since: str | None = None,
             until: str | None = None, originals_only: bool = False, limit: int = 100, offset: int = 0) -> Page:
    """Quotes (as speaker) and events (as actor or target) of an actor, or of a story, oldest first; items are
    quote or event items with ``entry`` "quote" or "event" (undated items last). ``originals_only``: leave out
    the events a near-duplicate copy repeats from its original (as :func:`list_events`)."""
    if not actor and not story:
        raise ValueError("timeline: give an actor or a story")
    limit, offset = _limits(limit, offset)
    with store.connect() as conn:
        ids = actor_ids(conn, actor) if actor else None
        if actor and not ids:
            return {"items": [], "total": 0, "limit": limit, "offset": offset}
        qq = select(literal("quote").label("kind"), _Q.id.label("key"), literal("").label("local"),
                    _Q.date.label("date"))
        eq = select(literal("event").label("kind"), _E.doc_id.label("key"), _E.local_id.label("local"),
                    _E.date.label("date"))
        if ids:
            qq = qq.where(_Q.speaker_id.in_(ids))
            EA = S.event_actors.c
            eq = eq.where(tuple_(_E.doc_id, _E.local_id).in_(
                select(EA.doc_id, EA.local_id).where(EA.actor_id.in_(ids), EA.role.in_(("actor", "target")))))
        if story:
            qq = qq.where(_Q.id.in_(select(_QR.quote_id).join(S.documents, S.documents.c.id == _QR.doc_id)
                                    .where(S.documents.c.story_id == story)))
            eq = eq.where(_E.doc_id.in_(select(S.documents.c.id).where(S.documents.c.story_id == story)))
        if originals_only:
            eq = eq.where(~_repeated_by_copy(conn))
        if since:
            qq = qq.where(_Q.date >= _date(since, "since"))
            eq = eq.where(_E.date >= _date(since, "since"))
        if until:
            qq = qq.where(_Q.date <= _until(until))
            eq = eq.where(_E.date <= _until(until))
        u = union_all(qq, eq).subquery("u")
        q = select(u).order_by(u.c.date.asc().nulls_last(), u.c.kind, u.c.key, u.c.local)

        def item(c, r):
            if r["kind"] == "quote":
                row = c.execute(select(S.quotes).where(_Q.id == r["key"])).mappings().first()
                d = _quote_item(c, row)
            else:
                row = c.execute(select(S.events, S.documents.c.title).join(
                    S.documents, S.documents.c.id == _E.doc_id).where(
                    _E.doc_id == r["key"], _E.local_id == r["local"])).mappings().first()
                d = _event_item(c, row)
            d["entry"] = r["kind"]
            return d

        def items(c, rows):
            qids = [r["key"] for r in rows if r["kind"] == "quote"]
            quotes = {row["id"]: row for row in c.execute(select(S.quotes).where(_Q.id.in_(qids))).mappings()} \
                if qids else {}
            qitems = {d["id"]: d for d in _quote_items(c, [quotes[k] for k in qids if k in quotes])}
            ekeys = {(r["key"], r["local"]) for r in rows if r["kind"] == "event"}
            events = {}
            if ekeys:
                for row in c.execute(select(S.events, S.documents.c.title).join(
                        S.documents, S.documents.c.id == _E.doc_id).where(
                        _E.doc_id.in_(sorted({k[0] for k in ekeys})))).mappings():
                    if (row["doc_id"], row["local_id"]) in ekeys:
                        events[(row["doc_id"], row["local_id"])] = row
            ents = entity_actors(c, sorted({k[0] for k in ekeys})) if ekeys else {}
            out = []
            for r in rows:
                if r["kind"] == "quote":
                    d = dict(qitems[r["key"]]) if r["key"] in qitems else item(c, r)
                else:
                    row = events.get((r["key"], r["local"]))
                    d = _event_item(c, row, ents) if row is not None else item(c, r)
                d["entry"] = r["kind"]
                out.append(d)
            return out
        return _page(conn, q, limit, offset, item, items)


# -- stories ---------------------------------------------------------------------------------------------------------
def _story_item(_conn, r) -> dict:
    d = {k: r[k] for k in ("id", "title", "first_date", "last_date", "n_docs")}
    d["outlets"] = _json(r["outlets"], [])
    return d


def _story(conn: Connection, story_id: str) -> dict | None:
    r = conn.execute(select(S.stories).where(S.stories.c.id == story_id)).mappings().first()
    return _story_item(conn, r) if r else None


def list_stories(store, *, actor: str | None = None, about: str | None = None, since: str | None = None,
                 until: str | None = None, outlet: str | None = None, min_docs: int = 1, limit: int = 20,
                 offset: int = 0) -> Page:
    """Story clusters, largest and latest first. ``actor``: a story in which the actor is named; ``about``: a
    story with a document matching the full-text query; ``since``/``until``: overlapping that span."""
    limit, offset = _limits(limit, offset)
    St = S.stories.c
    with store.connect() as conn:
        q = select(S.stories).where(St.n_docs >= int(min_docs))
        ids = actor_ids(conn, actor)
        if ids is not None:
            q = q.where(St.id.in_(select(S.story_actors.c.story_id).where(S.story_actors.c.actor_id.in_(ids))))
        if about:
            m = _doc_match(conn, about).subquery("m")
            q = q.where(St.id.in_(select(S.documents.c.story_id).where(S.documents.c.id.in_(select(m.c.doc_id)))))
        if since:
            q = q.where(or_(St.last_date >= _date(since, "since"), St.last_date.is_(None)))
        if until:
            q = q.where(or_(St.first_date <= _until(until), St.first_date.is_(None)))
        if outlet:
            q = q.where(St.id.in_(select(S.documents.c.story_id).where(
                func.lower(S.documents.c.outlet).contains(outlet.lower(), autoescape=True))))
        q = q.order_by(St.n_docs.desc(), St.last_date.desc().nulls_last(), St.id)
        return _page(conn, q, limit, offset, _story_item)


def get_story(store, story_id: str, *, limit: int = 100) -> dict | None:
    """A story page: the story item plus ``documents`` (oldest first), ``first_report`` (the earliest document),
    ``actors`` [{id, name, type, weight}] and ``timeline`` (items as in :func:`timeline`)."""
    with store.connect() as conn:
        d = _story(conn, story_id)
        if d is None:
            return None
        d["documents"] = [_doc_item(conn, r) for r in conn.execute(
            select(*_DOC_COLS).where(S.documents.c.story_id == story_id)
            .order_by(S.documents.c.date.asc().nulls_last(), S.documents.c.seq).limit(limit)).mappings()]
        d["first_report"] = d["documents"][0] if d["documents"] else None
        d["actors"] = [dict(x) for x in conn.execute(
            select(S.actors.c.id, S.actors.c.name, S.actors.c.type, S.story_actors.c.weight)
            .join(S.actors, S.actors.c.id == S.story_actors.c.actor_id)
            .where(S.story_actors.c.story_id == story_id)
            .order_by(S.story_actors.c.weight.desc(), S.actors.c.name).limit(limit)).mappings()]
    d["timeline"] = timeline(store, story=story_id, limit=limit)["items"]
    return d


# -- graph and stats -------------------------------------------------------------------------------------------------
def graph(store, *, actor: str | None = None, since: str | None = None, until: str | None = None,
          type: str | None = None, min_weight: int = 1, limit: int = 500) -> dict:
    """The actor graph: ``{"nodes": [{id, name, type, role, n_docs}], "edges": [{source, target, kind, type,
    weight}]}``. Edges: events (actor -> target, ``kind`` "event", ``type`` the PLOVER type) and quotes-about
    (speaker -> an actor of an event reported inside the quote, ``kind`` "quote"). ``actor``: only edges touching
    that actor; ``type``: only events of that type; ``limit``: at most that many edges (heaviest first)."""
    EA1, EA2 = S.event_actors.alias("a"), S.event_actors.alias("b")
    with store.connect() as conn:
        ids = actor_ids(conn, actor)

        def edges_for(role1, role2, kind):
            q = (select(EA1.c.actor_id.label("source"), EA2.c.actor_id.label("target"), _E.type.label("type"),
                        func.count().label("weight"))
                 .select_from(EA1.join(EA2, and_(EA1.c.doc_id == EA2.c.doc_id, EA1.c.local_id == EA2.c.local_id))
                              .join(S.events, and_(S.events.c.doc_id == EA1.c.doc_id,
                                                   S.events.c.local_id == EA1.c.local_id)))
                 .where(EA1.c.role == role1, EA2.c.role.in_(role2), EA1.c.actor_id != EA2.c.actor_id))
            if since:
                q = q.where(_E.date >= _date(since, "since"))
            if until:
                q = q.where(_E.date <= _until(until))
            if type:
                q = q.where(_E.type == type.upper())
            if ids is not None:
                q = q.where(or_(EA1.c.actor_id.in_(ids), EA2.c.actor_id.in_(ids)))
            q = q.group_by(EA1.c.actor_id, EA2.c.actor_id, _E.type).having(func.count() >= int(min_weight))
            return [dict(x, kind=kind) for x in conn.execute(q).mappings()]

        edges = edges_for("actor", ("target",), "event") + edges_for("source", ("actor", "target"), "quote")
        edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"], e["type"] or ""))
        edges = edges[: int(limit)]
        node_ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges} | set(ids or ()))
        nodes = [dict(x) for x in conn.execute(
            select(S.actors.c.id, S.actors.c.name, S.actors.c.type, S.actors.c.role, S.actors.c.n_docs)
            .where(S.actors.c.id.in_(node_ids)).order_by(S.actors.c.id)).mappings()] if node_ids else []
        return {"nodes": nodes, "edges": edges}


def stats(store) -> dict:
    """Counts: documents (originals, near-duplicates, exact copies), actors, quotes, reports, events, stories."""
    with store.connect() as conn:
        def n(q):
            return conn.execute(q).scalar_one()
        D = S.documents.c
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
        }
