"""Settling: names a document left unresolved are decided again once the corpus knows more, so that who a surname
means does not depend on the order the documents arrived in.

A surname or a full name that fits several people is resolved on the evidence the corpus holds when its document
arrives (corpus/identity.choose: the candidates of that name, their documents, roles and co-actors). A document read
early, when the corpus knew one "Obama" from a handful of documents, may leave "Obama" unresolved ("the document
fits no known Obama better than a stranger") where the same document read late would have been decided; the same
corpus ingested in another order (a crawl as it arrives, a JSONL sorted by date) then held other identities. After
each write batch the writer decides again every unresolved person name whose surname the batch used (a new
document of that surname is new evidence for it: a candidate, a co-actor, a role), with the same rules, against
the corpus as it now stands; what is now decided becomes a mention (its quotes, events and story weights follow),
the rest keeps its row with the reason as of now. The decision is the one ``resolve_document`` makes, so a store
ingested in one run and the same store relinked agree (relink settles at the same write-batch boundaries).

A name decided on arrival is decided again only when its surname gets a new bearer (a person first named in full,
or a surname actor completed by a full name): "Kessler" given to the only Kessler the corpus knew, or the surname
actor a bare "Kessler" began and the first full name completed, was a choice among the candidates of the time;
with another Kessler now known it is made again, so that the candidates a name was judged against are the same in
any order. Decisions by the surname's evidence (co-actors, roles) alone are not re-made when only the evidence
grows (that would re-decide every "Trump" of the corpus at every batch). Users' decisions come first as
everywhere: an ignored or pinned name is never settled.
"""
from __future__ import annotations

from sqlalchemy import delete, func, select

from ..corpus import identity as I
from ..record import Analysis
from ..understand import names as N
from . import schema as S
from .actors import ActorRows
from .decisions import rederive

USER_IGNORED = "a user decided this name is no actor"


def settle(actors: ActorRows, everything: bool = False, upto: int | None = None) -> set[str]:
    """Decide again the unresolved person names of the surnames resolved since the last settle (``actors.touched``;
    ``everything``: every unresolved person name); ``upto``: the ingest sequence number of the last document linked
    (default: the last one ``actors`` resolved, else the store's last). Returns the documents whose mentions
    changed."""
    touched, actors.touched = actors.touched, set()
    bearers, actors.new_bearers = actors.new_bearers, set()
    if not touched and not everything:
        return set()
    conn = actors.conn
    U, D, AM = S.unresolved.c, S.documents.c, S.actor_mentions.c
    # the documents linked so far (the last one's ingest sequence number, as resolve_document counts them): at a
    # relink the table already holds the documents still to be replayed, which no ingest had seen at this point
    n_docs = upto or (actors._seq if actors._doc else conn.execute(select(func.max(D.seq))).scalar_one() or 1)
    want: dict[str, set[str]] = {}
    for doc_id, entity, name, typ, reason in conn.execute(select(U.doc_id, U.entity, U.name, U.type, U.reason)):
        if typ in I.PERSON_TYPES and reason != USER_IGNORED and (everything or _surname(name) in touched):
            want.setdefault(doc_id, set()).add(entity)
    if want and not everything:  # a write batch settles the last SETTLE_WINDOW documents' names; older ones wait
        # for the run's sweep (review r18: settling every unresolved name of a common surname at every batch made
        # a batch's cost grow with the store, the whole ingest with its square)
        for d, seq in conn.execute(select(D.id, D.seq).where(D.id.in_(sorted(want)))).all():
            if seq <= n_docs - SETTLE_WINDOW:
                want.pop(d, None)
    if bearers:  # the names decided among the candidates of their time: again, with the new bearer among them
        again = [(d, e, a) for d, e, n, a, res, role in conn.execute(
            select(AM.doc_id, AM.entity, AM.name, AM.actor_id, AM.resolution, AM.role)
            .where(AM.resolution.like("%surname%"))) if _surname(n) in bearers and _again(res, role)]
        for d, e, _ in again:
            conn.execute(delete(S.actor_mentions).where(AM.doc_id == d, AM.entity == e))
            want.setdefault(d, set()).add(e)
        for aid in sorted({a for _, _, a in again}):
            actors.refresh(aid)  # its counts, aliases and name without the names taken back
    if not want:
        return set()
    rows = conn.execute(select(D.id, D.record, D.date).where(D.id.in_(sorted(want))).order_by(D.seq)).all()
    changed = set()
    for doc_id, record, date in rows:
        if record and settle_document(actors, Analysis.from_json(record), doc_id, want[doc_id], date, n_docs):
            changed.add(doc_id)
    rederive(conn, changed)
    actors.touched = set()  # settling resolves names too: they are not new evidence for the next batch
    return changed


SETTLE_WINDOW = 2000  # a write batch settles the unresolved names of this many latest documents (sweeps: all)
SWEEP_GROWTH = 0.1  # the share of documents a corpus must gain since the last sweep for another one
POINTS = "sweeps"  # meta: the ingest sequence numbers at which a sweep ran (relink replays them there)


def sweep(conn, upto: int | None = None) -> set[str]:
    """At the end of an ingest run: every unresolved person name decided again against the whole corpus, whatever
    its surname. A name undecided on a small corpus's evidence (co-actors' shares of a few dozen documents) is then
    judged on the same corpus whatever the order was. Only when the corpus has grown by SWEEP_GROWTH since the last
    sweep (a few documents more change no share much; a sweep costs a decision per unresolved name). Where it ran
    is kept (meta ``sweeps``: the last document's sequence number) so that a relink replays each sweep after the
    same document (``upto``: a relink replaying one; no growth test). Returns the documents whose mentions
    changed."""
    M = S.meta.c
    n = upto or conn.execute(select(func.max(S.documents.c.seq))).scalar_one() or 0
    row = conn.execute(select(M.value).where(M.key == "settled_docs")).first()
    if upto is None and (not n or (row and n < int(row[0]) * (1 + SWEEP_GROWTH))):
        return set()
    changed = settle(ActorRows(conn), everything=True, upto=n)
    conn.execute(delete(S.meta).where(M.key == "settled_docs"))
    conn.execute(S.meta.insert().values(key="settled_docs", value=str(n)))
    if upto is None:
        points = sweep_points(conn)
        conn.execute(delete(S.meta).where(M.key == POINTS))
        conn.execute(S.meta.insert().values(key=POINTS, value=",".join(map(str, sorted(points | {n})))))
    return changed


def sweep_points(conn) -> set[int]:
    """The sequence numbers after which the ingest runs swept (``sweep``)."""
    row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == POINTS)).first()
    return {int(x) for x in row[0].split(",") if x} if row else set()


def _again(resolution: str | None, role: str | None) -> bool:
    """Whether a surname's decision is made again when the surname gets a new bearer: one made among the candidates
    of its time (store/actors.py ``_partial``: "surname, evidence", "surname, the only person"), or the surname
    actor a bare surname began or joined, unless the document gives the surname a role ("Judge Halloran": a full
    name completes such an actor only on the role or the corpus's evidence, identity.completes_surname, and the
    general rule would ask less)."""
    res = resolution or ""
    return res.startswith("surname,") or (res in ("surname", "new surname") and not role)


def _surname(name: str | None) -> str:
    p = N.parse(N.strip_titles(N.clean_name(name or "")))
    return p.last if p.surname else ""


def settle_document(actors: ActorRows, rec, doc_id: str, entities: set[str], date: str | None,
                    n_docs: int) -> bool:
    """Decide again the unresolved ``entities`` of one stored document, against the whole corpus (``n_docs``
    documents) and beside the actors the document's other names already have. Returns whether a name was
    decided."""
    conn, AM, U = actors.conn, S.actor_mentions.c, S.unresolved.c
    views = actors._prepare(rec, doc_id, n_docs)
    chosen = {e: (a, r) for e, a, r in conn.execute(select(AM.entity, AM.actor_id, AM.resolution)
                                                     .where(AM.doc_id == doc_id))}
    actors._here = {a for a, _ in chosen.values()}  # counted in this document already (the evidence discounts it)
    partial = []
    for v in views:
        if v.entity not in entities or v.entity in chosen or v.path not in ("full", "surname") or \
                actors.pinned(v.keys):
            continue
        if v.path == "full":
            aid, why, cands = actors._full(v)
            if aid:
                chosen[v.entity] = (aid, why)
                partial.append(v)
                continue
            actors._preset[v.entity] = cands
        partial.append(v)
    if not partial:
        return False
    conn.execute(delete(S.unresolved).where(U.doc_id == doc_id, U.entity.in_([v.entity for v in partial])))
    I.given_in_document(views, chosen)
    actors._placed(views, chosen)
    actors._decide(doc_id, views, [v for v in partial if v.entity not in chosen], chosen)
    seen, rows, decided = set(actors._here), [], False
    for v in partial:
        if v.entity in chosen:
            actors._write(doc_id, v, chosen[v.entity], date, seen, rows)
            decided = True
    return decided
