"""``relink``: resolve every document of a store again with the current rules and the users' decisions, in
place. A store written by an earlier version is repaired, not rebuilt: documents, their texts and analysis records,
copies, near-duplicate groups and sources stay; the rows linked from them (actors and their aliases, mentions,
unresolved names, quotes and their reports, events and their participants, stories, term counts) are made again by
replaying the stored records in ingest order through the same writer as ``ingest`` (store/writer.py), write
batch by write batch (``documents.batch``: stories are linked per batch; a document of an older store without it
is its own batch), so the result equals a fresh ingest of the same records.

Atomic for readers: the whole relink is ONE write transaction (the linked rows emptied, every document replayed,
the sweeps made, then one commit). Readers (the CLI, the API, the web UI: ``Store.connect``) see the store as it was
until the commit and the relinked store after it, never a half-built one (tryout r18: "0 actors, then more" while a
relink ran): SQLite's WAL and PostgreSQL's MVCC give each reader the last committed state. On PostgreSQL the linked
rows are deleted, not truncated (TRUNCATE locks readers out until the commit). Other writers (an ingest, a
correction) wait for the store's write lock meanwhile, as they wait for any write transaction.

Restartable: ``meta.relink_next`` is committed before the work begins and removed by the work's own commit, so a
relink that is interrupted (even killed) leaves the old rows intact and the mark saying a relink is owed; run again
(or the server's next start, serve/relink_job.py) it starts over and reports ``resumed``. A mark left by an earlier
version (which committed batch by batch) is honoured the same way: the replay starts from the first document.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import delete, func, insert, select, text, update

from ..record import Analysis
from . import schema as S
from ..corpus.originals import wire_copy
from ..corpus.outlets import outlet_of
from .settle import sweep, sweep_points
from .writer import Linker, _day

CLEARED = (S.actors, S.actor_aliases, S.actor_mentions, S.actor_types, S.unresolved, S.quotes, S.quote_bands,
           S.quote_reports, S.quote_speakers, S.events, S.event_actors, S.stories, S.story_actors, S.story_terms,
           S.term_df, S.doc_terms)


def _meta(conn, key: str) -> str | None:
    r = conn.execute(select(S.meta.c.value).where(S.meta.c.key == key)).first()
    return r[0] if r else None


def _set_meta(conn, key: str, value: str | None) -> None:
    conn.execute(delete(S.meta).where(S.meta.c.key == key))
    if value is not None:
        conn.execute(insert(S.meta).values(key=key, value=value))


def in_progress(store) -> bool:
    """Whether a relink is owed: one began and did not commit (interrupted, killed, or a server stopped)."""
    with store.connect() as conn:
        return _meta(conn, "relink_next") is not None


def relink(store, batch_size: int = 100, on_progress: Callable[[int, int], None] | None = None) -> dict:
    """Replay every stored document's linking in one transaction (see the module). ``batch_size``: documents
    linked between progress reports. Returns {"documents", "resumed"} (``resumed``: an interrupted relink was
    started over)."""
    with store.begin(moves=False) as conn:  # the mark, committed apart: it survives an interruption of the work
        resumed = _meta(conn, "relink_next") is not None
        _set_meta(conn, "relink_next", "0")
    with store.begin() as conn:  # the work: one transaction, committed at its end only
        total = conn.execute(select(func.count()).select_from(S.documents)).scalar_one()
        if on_progress:
            on_progress(0, total)
        _clear(conn)
        linker = Linker(conn)  # each copy group's original again, by the current evidence (corpus/originals.py)
        for (group,) in conn.execute(select(S.documents.c.dup_group).where(S.documents.c.dup_group.is_not(None))
                                     .distinct().order_by(S.documents.c.dup_group)).all():
            linker._recanonicalise(group)
        points = sweep_points(conn)  # where the ingest runs ended with a sweep (store/settle.py)
        _replay(conn, batch_size, points, total, on_progress)
        if not points:  # a store of an earlier version: as one ingest run of it ends
            _set_meta(conn, "settled_docs", None)
            sweep(conn)
        _set_meta(conn, "relink_next", None)
    if store.dialect == "postgresql":  # the planner's statistics of the tables made again (outside the work: a
        with store.engine.connect() as c2:  # reader never waits for it)
            c2.execute(text("ANALYZE " + ", ".join(t.name for t in CLEARED)))
            c2.commit()
    return {"documents": total, "resumed": resumed}


def _replay(conn, batch_size: int, points: set[int], total: int, on_progress) -> None:
    """Link every stored document again, in ingest order, write batch by write batch, with the sweeps where the
    ingest made them."""
    D = S.documents.c
    cols = (D.id, D.seq, D.record, D.date, D.outlet, D.similarity, D.dup_group, D.batch)
    nxt = done = 0
    while True:
        rows = conn.execute(select(*cols).where(D.seq >= nxt).order_by(D.seq).limit(batch_size)).all()
        if not rows:
            return
        if rows[-1].batch is not None:  # the rest of the last write batch: stories are linked batch by batch
            rows += conn.execute(select(*cols).where(D.seq > rows[-1].seq, D.batch == rows[-1].batch)
                                 .order_by(D.seq)).all()
        # up to the next point an ingest run ended at with a sweep (a write batch's end), which is replayed there
        cut = next((i for i, r in enumerate(rows) if r.seq in points), None)
        rows = rows if cut is None else rows[:cut + 1]
        linker = Linker(conn)
        batch = None
        for doc_id, seq, record, date, outlet, similarity, group, b in rows:
            if batch is None or b is None or b != batch:
                linker.end_batch()  # the write batch before this document is complete
            batch = b if b is not None else None
            rec = Analysis.from_json(record)
            # the near-duplicate group the document found on arrival (a copy matched an earlier document)
            arrival_group = group if similarity is not None else None
            linker.link_content(rec, doc_id, date or _day(rec.document.published), outlet, arrival_group)
            nxt = seq + 1
        linker.finish(keep_batch=True)
        if rows[-1].seq in points:
            sweep(conn, upto=rows[-1].seq)
        done += len(rows)
        if on_progress:
            on_progress(done, total)


def _clear(conn) -> None:
    """Empty the linked rows and recompute each document's outlet (corpus/outlets.py may have changed). DELETE on
    both engines: PostgreSQL's TRUNCATE would lock every reader out until the relink commits."""
    for t in CLEARED:
        conn.execute(delete(t))
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM quotes_fts"))
    _set_meta(conn, "term_docs", "0")
    D = S.documents.c
    conn.execute(update(S.documents).values(story_id=None))
    for doc_id, site_name, url, source, author in conn.execute(select(D.id, D.site_name, D.url, D.source,
                                                                      D.author)).all():
        # the text's first lines: a plain text's dateline agency, and a syndicated copy's credit (corpus/originals)
        head = conn.execute(select(func.substr(D.text, 1, 2000)).where(D.id == doc_id)).scalar_one()
        outlet = outlet_of(site_name, url, source, head if not site_name and not url else None)
        conn.execute(update(S.documents).where(D.id == doc_id).values(
            outlet=outlet, wire_copy=int(wire_copy(outlet, author, head))))
