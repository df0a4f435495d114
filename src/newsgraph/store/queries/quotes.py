"""Quotes: one statement however many articles report it, with its reports."""
from __future__ import annotations

from sqlalchemy import case, func, or_, select

from .. import schema as S
from ..changes import cached_value
from .documents import HEAD, doc_name
from .base import D, Target, actor_ids, actors_by_ids, apply, check_sort, filters_of, json_value, limits, \
    credits_clause, outlet_clause, page, quote_match_ids

Q = S.quotes.c
QR = S.quote_reports.c
QUOTE_COLS = (Q.id, Q.text, Q.kind, Q.speaker, Q.speaker_id, Q.cue, Q.date, Q.date_source, Q.n_reports)
# the first report is the earliest published one; on the same day the wire's own before a syndicated copy of it
# (corpus/originals.py original_key)
REPORT_ORDER = (D.date.nulls_last(), func.coalesce(D.wire_copy, 0), QR.seq, QR.local_id)
# (a report's own date is when the words were said: "in January" in an article of February)


def report_item(r) -> dict:
    return {"doc_id": r["doc_id"], "local_id": r["local_id"], "text": r["text"], "outlet": r["outlet"],
            "reported_by": json_value(r["reported_by"], []), "date": r["date"], "date_source": r["date_source"],
            "start": r["start"], "end": r["end"],
            "title": r["title"], "url": r["url"], "published": r["published"], "ingested": r["ingested"],
            "speaker": r["speaker"], "kind": r["kind"], "cue": r["cue"], "source": r["source"],
            "name": doc_name(r["title"], r["head"])}


def _report_select():
    return select(S.quote_reports, D.title, D.url, D.published, D.ingested, D.source, HEAD).join(
        S.documents, D.id == QR.doc_id)


def first_reports(conn, quote_ids: list[str]) -> dict[str, dict]:
    """The first report of each quote (earliest published, then first stored), in one query (a window function)."""
    if not quote_ids:
        return {}
    rn = func.row_number().over(partition_by=QR.quote_id, order_by=REPORT_ORDER).label("rn")
    inner = _report_select().add_columns(rn).where(QR.quote_id.in_(quote_ids)).subquery()
    return {r["quote_id"]: report_item(r) for r in conn.execute(select(inner).where(inner.c.rn == 1)).mappings()}


def all_reports(conn, quote_ids: list[str]) -> dict[str, list[dict]]:
    """Every report of each quote, first report first, in one query."""
    out: dict[str, list[dict]] = {i: [] for i in quote_ids}
    if quote_ids:
        for r in conn.execute(_report_select().where(QR.quote_id.in_(quote_ids)).order_by(*REPORT_ORDER)).mappings():
            out[r["quote_id"]].append(report_item(r))
    return out


def speaker_refs(conn, rows) -> dict[str, list[dict]]:
    """Every speaker of each quote of ``rows`` (id, speaker, speaker_id) as {id, name}: its speaker by the actor's
    canonical name ("Bill Clinton" where the text wrote "Clinton"; the name as written when no actor), then the other
    speakers its reports name ("X and Y said"); two queries whatever the number of quotes."""
    ids = [r["id"] for r in rows]
    QS = S.quote_speakers.c
    others: dict[str, list[str]] = {}
    if ids:
        for qid, aid in conn.execute(select(QR.quote_id, QS.actor_id).join(
                S.quote_speakers, (QS.doc_id == QR.doc_id) & (QS.local_id == QR.local_id))
                .where(QR.quote_id.in_(ids), QS.actor_id.is_not(None)).order_by(QR.seq, QS.entity)):
            if aid not in others.setdefault(qid, []):
                others[qid].append(aid)
    sids = sorted({r["speaker_id"] for r in rows if r["speaker_id"]} | {a for v in others.values() for a in v})
    names = {a["id"]: a["name"] for a in actors_by_ids(conn, sids)} if sids else {}
    out = {}
    for r in rows:
        refs = [{"id": r["speaker_id"], "name": names.get(r["speaker_id"]) or r["speaker"]}]
        refs += [{"id": a, "name": names.get(a)} for a in others.get(r["id"], []) if a != r["speaker_id"]]
        seen: set = set()
        out[r["id"]] = [x for x in refs if x["name"] and not (x["name"] in seen or seen.add(x["name"]))]
    return out


def speaker_name(row, refs: list[dict]) -> str | None:
    """A quote's speaker by its actor's canonical name (``refs``: its :func:`speaker_refs`), else as written."""
    return refs[0]["name"] if refs and refs[0]["id"] == row["speaker_id"] else row["speaker"]


def quote_items(conn, rows, reports: bool = False) -> list[dict]:
    """Quote items of ``rows`` with their first report (and with ``reports`` all of them): one query."""
    ids = [r["id"] for r in rows]
    reps = all_reports(conn, ids) if reports else None
    first = {k: v[0] for k, v in reps.items() if v} if reps is not None else first_reports(conn, ids)
    refs = speaker_refs(conn, rows)
    out = []
    for r in rows:
        # ``date_source``: "quote" (the text dates the words) or "published" (the first report's publication day)
        d = {k: r[k] for k in ("id", "text", "kind", "speaker", "speaker_id", "cue", "date", "date_source",
                               "n_reports")}
        # the speaker's actor by its canonical name; the name as written stays in ``speaker``
        mine = refs.get(r["id"]) or []
        d["speaker_name"] = speaker_name(r, mine)
        d["speakers"] = [x["name"] for x in mine]  # every speaker, the quote's first: "X and Y said"
        d["first_report"] = first.get(r["id"])
        if reps is not None:
            d["reports"] = reps.get(r["id"], [])
        out.append(d)
    return out


def _speaker(conn, q, v, _f):
    """Said by the actor: the quote's speaker, or another speaker a report names ("X and Y said")."""
    ids = actor_ids(conn, v) or []
    QS = S.quote_speakers.c
    others = select(QR.quote_id).join(S.quote_speakers, (QS.doc_id == QR.doc_id) & (QS.local_id == QR.local_id)) \
        .where(QS.actor_id.in_(ids))
    return q.where(or_(Q.speaker_id.in_(ids), Q.id.in_(others)))


def _outlet(conn, q, v, _f):
    """Reported by the outlet (a report's document) or crediting it (the text says "as reported by ...")."""
    return q.where(Q.id.in_(select(QR.quote_id).where(or_(outlet_clause(QR.outlet, v),
                                                          credits_clause(QR.reported_by, v, conn)))))


QUOTE_TARGET = Target(
    date=Q.date,
    docs=lambda ids: Q.id.in_(select(QR.quote_id).where(QR.doc_id.in_(ids))),
    own={"speaker": _speaker, "outlet": _outlet,
         "about": lambda conn, q, v, f: q.where(Q.id.in_(quote_match_ids(conn, v))),
         "kind": lambda conn, q, v, f: q.where(Q.kind == v)})


def last_report_seq():
    """The ingest order of a quote's latest report (a correlated subquery: one index lookup per quote)."""
    return select(func.max(QR.seq)).where(QR.quote_id == Q.id).scalar_subquery()


def quote_order(sort: str) -> tuple:
    """Newest first by the quote's date, undated last (latest reported first); ``ingested``: the latest reported
    first."""
    if sort == "ingested":
        return last_report_seq().desc(), Q.id
    return Q.date.desc().nulls_last(), case((Q.date.is_(None), last_report_seq()), else_=None).desc(), Q.id


def list_quotes(store, *, reports: bool = False, limit: int = 20, offset: int = 0, sort: str = "date", **filters):
    """Quotes (one per statement, however many articles report it), newest first, undated last. Filters:
    ``filters.LISTS["quotes"]`` (speaker: a name or id; about: full-text over the quote and its speaker; outlet:
    a report's outlet or an outlet the text credits; the document filters: a report in such a document).
    ``reports``: every report of each quote, first report first."""
    limit, offset = limits(limit, offset)
    f = filters_of("quotes", filters)
    sort = check_sort(sort)
    with store.connect() as conn:
        q = apply(conn, select(*QUOTE_COLS), f, QUOTE_TARGET).order_by(*quote_order(sort))
        return page(conn, q, limit, offset, lambda c, rows: quote_items(c, rows, reports))


def get_quote(store, quote_id: str) -> dict | None:
    """One quote with all its ``reports`` (first report first: outlet, date, link, the exact sentence)."""
    with store.connect() as conn:
        r = conn.execute(select(*QUOTE_COLS).where(Q.id == quote_id)).mappings().first()
        return quote_items(conn, [r], reports=True)[0] if r else None



def quote_months(store, speaker_id: str) -> list[dict]:
    """An actor's quotes counted by month of their date, oldest first, undated ones last: ``[{period, n}]``
    (one grouped query, whatever the number of quotes)."""
    month = func.substr(Q.date, 1, 7)
    with store.connect() as conn:
        counts = cached_value(conn, ("quote months", speaker_id), lambda: {(m or "undated"): n for m, n in conn.execute(
            select(month, func.count()).where(Q.speaker_id == speaker_id).group_by(month))})
    order = sorted(k for k in counts if k != "undated") + (["undated"] if "undated" in counts else [])
    return [{"period": k, "n": counts[k]} for k in order]
