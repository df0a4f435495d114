"""``relink``: resolve every document of a store again with the current rules and the users' decisions, in
place. A store written by an earlier version is repaired, not rebuilt: documents, their texts and analysis records,
copies, near-duplicate groups and sources stay; the rows linked from them (actors and their aliases, mentions,
unresolved names, quotes and their reports, events and their participants, stories, term counts) are made again by
replaying the stored records in ingest order through the same writer as ``ingest`` (store/writer.py), write
batch by write batch (``documents.batch``: stories are linked per batch; a document of an older store without it
is its own batch), so the result equals a fresh ingest of the same records.

Resumable: the documents are replayed in batches, each one transaction; ``meta.relink_next`` holds the ingest
sequence number to go on from, so an interrupted relink (even killed) continues where it stopped when run again.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import delete, func, insert, select, text, update

from ..record import Analysis
from . import schema as S
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
    with store.connect() as conn:
        return _meta(conn, "relink_next") is not None


def relink(store, batch_size: int = 100, on_progress: Callable[[int, int], None] | None = None) -> dict:
    """Replay every stored document's linking (see the module). Returns {"documents", "resumed"}."""
    with store.begin() as conn:
        start = _meta(conn, "relink_next")
        resumed = start is not None
        total = conn.execute(select(func.count()).select_from(S.documents)).scalar_one()
        if not resumed:
            _clear(conn)
            _set_meta(conn, "relink_next", "0")
            start = "0"
    nxt = int(start)
    done = 0
    with store.connect() as conn:
        done = conn.execute(select(func.count()).select_from(S.documents).where(S.documents.c.seq < nxt)).scalar_one()
    if on_progress:
        on_progress(done, total)
    D = S.documents.c
    cols = (D.id, D.seq, D.record, D.date, D.outlet, D.similarity, D.dup_group, D.batch)
    with store.connect() as conn:
        points = sweep_points(conn)  # where the ingest runs ended with a sweep (store/settle.py)
    rounds = 0
    while True:
        with store.begin() as conn:
            rows = conn.execute(select(*cols).where(D.seq >= nxt).order_by(D.seq).limit(batch_size)).all()
            if not rows:
                _set_meta(conn, "relink_next", None)
                if not points:  # a store of an earlier version: as one ingest run of it ends
                    _set_meta(conn, "settled_docs", None)
                    sweep(conn)
                break
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
            _set_meta(conn, "relink_next", str(nxt))
        done += len(rows)
        rounds += 1
        if conn.dialect.name == "postgresql" and rounds & (rounds - 1) == 0:  # after batches 1, 2, 4, 8, ...: the
            with store.begin() as c2:  # planner sees the tables as they fill (index lookups, not scans of "empty"
                c2.execute(text("ANALYZE " + ", ".join(t.name for t in CLEARED)))  # tables)
        if on_progress:
            on_progress(done, total)
    return {"documents": total, "resumed": resumed}


def _clear(conn) -> None:
    """Empty the linked rows and recompute each document's outlet (corpus/outlets.py may have changed)."""
    if conn.dialect.name == "postgresql":  # (no dead rows left behind for every lookup of the replay to wade
        # through, and the planner's statistics start again: tryout r18, a relink's lookups slowed to 0.3-3 s each)
        conn.execute(text("TRUNCATE " + ", ".join(t.name for t in CLEARED)))
    else:
        for t in CLEARED:
            conn.execute(delete(t))
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM quotes_fts"))
    _set_meta(conn, "term_docs", "0")
    D = S.documents.c
    conn.execute(update(S.documents).values(story_id=None))
    for doc_id, site_name, url, source in conn.execute(select(D.id, D.site_name, D.url, D.source)).all():
        head = None
        if not site_name and not url:  # a plain text: its dateline's agency (the text's first lines only)
            head = conn.execute(select(func.substr(D.text, 1, 2000)).where(D.id == doc_id)).scalar_one()
        conn.execute(update(S.documents).where(D.id == doc_id).values(outlet=outlet_of(site_name, url, source,
                                                                                       head)))
