"""Versions of one page: a page stored again at the same URL with an edited text (re-crawled, updated, corrected)
is the page's current version, and what only its earlier versions said is no longer reported.

A later document is a *version* of an earlier one when both have the same URL and the later one joined the
earlier one's near-duplicate group (an edit, not another article at a reused address). The latest stored version
is the group's canonical document (``store/writer.py`` ``_recanonicalise``), and when it is linked the earlier
versions' quote reports and events are withdrawn (:func:`withdraw_earlier`): a quote the new version still
carries keeps its id and now has the new version's report; a quote only an earlier version carried (a corrected
quotation, a changed speaker) goes, with its bands and search rows; an earlier version's events go, and so do its
actor mentions (the page names an actor once, as its current version does: actors' document counts, co-actors and
exports count the page once; tryout r17: an actor "in 2 documents", both captures of one page), and it leaves its
story (``store/story_rows.py``: a story counts the page once). The documents stay (their texts and records are the
page's history, listed on the document page).

Newer means captured later when every version of the page carries a capture date (``documents.captured``: a web
archive's WARC-Date), so captures ingested out of order (a newer WARC before an older one) still leave the latest
capture current (tryout r17); else stored later (``documents.seq``): a record holds no modification time, and a
crawl re-reads a page after the earlier crawl. A version that arrives older than the current one is stored as the
page's history at once (its quotes, events, mentions and story withdrawn as it is linked). ``relink`` replays
documents in ``seq`` order through the same writer, so it gives the same.
"""
from __future__ import annotations

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.engine import Connection

from . import schema as S

D = S.documents.c
QR = S.quote_reports.c
Q = S.quotes.c


def version_order(rows) -> list:
    """Rows (id, url, seq, captured) of one page's versions, oldest first: by capture date when every one has
    one, else by storing order (see the module)."""
    if rows and all(r[3] for r in rows):
        return sorted(rows, key=lambda r: (r[3], r[2]))
    return sorted(rows, key=lambda r: r[2])


def _versions(conn: Connection, url: str | None, group: str | None) -> list:
    """The versions of the page at ``url`` in near-duplicate group ``group``, oldest first."""
    if not (url or "").strip() or not group:
        return []
    return version_order(conn.execute(select(D.id, D.url, D.seq, D.captured).where(
        (D.dup_group == group) | (D.id == group), D.url == url)).all())


def earlier_versions(conn: Connection, doc_id: str, url: str | None, group: str | None) -> list[str]:
    """The documents of ``group`` at the same URL that are older versions than ``doc_id``."""
    ids = [r[0] for r in _versions(conn, url, group)]
    return ids[:ids.index(doc_id)] if doc_id in ids else []


def replaced_versions(conn: Connection, doc_id: str, url: str | None, group: str | None) -> list[str]:
    """The versions of ``doc_id``'s page (itself included) that a newer one replaces: all but the latest."""
    ids = [r[0] for r in _versions(conn, url, group)]
    return ids[:-1] if doc_id in ids else []


def superseded(rows) -> set[str]:
    """Of a group's documents ``rows`` (id, url, seq, captured), those a newer version at the same URL replaces."""
    by_url: dict[str, list] = {}
    for r in rows:
        if (r[1] or "").strip():
            by_url.setdefault(r[1], []).append(r)
    return {r[0] for vs in by_url.values() for r in version_order(vs)[:-1]}


def withdraw_earlier(conn: Connection, doc_id: str, url: str | None, group: str | None) -> list[str]:
    """Withdraw the quote reports, events and actor mentions of the replaced versions of ``doc_id``'s page (see
    the module; ``doc_id`` itself when it arrived older than the current version); returns the actors whose
    mentions went (the caller recounts them: ``ActorRows.refresh``)."""
    olds = replaced_versions(conn, doc_id, url, group)
    if not olds:
        return []
    quote_ids = sorted({r[0] for r in conn.execute(select(QR.quote_id).where(QR.doc_id.in_(olds)))})
    conn.execute(delete(S.quote_reports).where(QR.doc_id.in_(olds)))
    conn.execute(delete(S.quote_speakers).where(S.quote_speakers.c.doc_id.in_(olds)))
    for qid in quote_ids:
        _recount(conn, qid)
    conn.execute(delete(S.event_actors).where(S.event_actors.c.doc_id.in_(olds)))
    conn.execute(delete(S.events).where(S.events.c.doc_id.in_(olds)))
    AM = S.actor_mentions.c
    actors = sorted({r[0] for r in conn.execute(select(AM.actor_id).where(AM.doc_id.in_(olds)))})
    conn.execute(delete(S.actor_mentions).where(AM.doc_id.in_(olds)))
    return actors


def leave_stories(conn: Connection, doc_id: str, group: str | None) -> None:
    """The replaced versions of ``doc_id``'s page leave their stories (a story counts a page once, as its current
    version; ``doc_id`` itself when it arrived older); a story left with no member goes."""
    if not group:  # (no near-duplicate group, no earlier version: no query on ingest's common path)
        return
    url = conn.execute(select(D.url).where(D.id == doc_id)).scalar()
    olds = replaced_versions(conn, doc_id, url, group)
    if not olds:
        return
    for old, story in conn.execute(select(D.id, D.story_id).where(D.id.in_(olds), D.story_id.is_not(None))).all():
        conn.execute(update(S.documents).where(D.id == old).values(story_id=None))
        recount_story(conn, story)


def recount_story(conn: Connection, story: str) -> None:
    """A story's document count: its members with each near-duplicate group counted once (an article and its copy
    are one document to a reader); a story left with no member goes."""
    St = S.stories.c
    n = conn.execute(select(func.count(func.distinct(func.coalesce(D.dup_group, D.id))))
                     .where(D.story_id == story)).scalar() or 0
    if n:
        conn.execute(update(S.stories).where(St.id == story).values(n_docs=n))
    else:
        for t in (S.story_terms, S.story_actors):
            conn.execute(delete(t).where(t.c.story_id == story))
        conn.execute(delete(S.stories).where(St.id == story))


def _recount(conn: Connection, qid: str) -> None:
    """A quote's report count, first report and date from the reports it has left, and its words, kind, cue and
    speaker from its first report (a corrected quotation, "40 percent" made "14 percent", is one quote with the
    page's new words: review r16); no report left: no quote."""
    from ..corpus import dedup
    from .writer import _earlier
    reps = conn.execute(select(QR.doc_id, QR.date, QR.text, QR.kind, QR.cue, QR.speaker, QR.speaker_entity,
                               QR.date_source)
                        .join(S.documents, D.id == QR.doc_id).where(QR.quote_id == qid)
                        .order_by(D.date.nulls_last(), func.coalesce(D.wire_copy, 0), QR.seq, QR.local_id)).all()
    sqlite = conn.dialect.name == "sqlite"
    conn.execute(delete(S.quote_bands).where(S.quote_bands.c.quote_id == qid))
    if sqlite:
        conn.execute(text("DELETE FROM quotes_fts WHERE quote_id = :q"), {"q": qid})
    if not reps:
        conn.execute(delete(S.quotes).where(Q.id == qid))
        return
    date = source = None  # the earliest report's date (a report's date: its quote's, else its document's), as on
    for r in reps:  # arrival
        if r.date and (date is None or _earlier(r.date, date)):
            date, source = r.date, r.date_source
        elif r.date and r.date == date and r.date_source == "quote":
            source = "quote"
    first = reps[0]
    speaker_id = None
    if first.speaker_entity:
        AM = S.actor_mentions.c
        speaker_id = conn.execute(select(AM.actor_id).where(AM.doc_id == first.doc_id,
                                                            AM.entity == first.speaker_entity)).scalar()
    toks = set(dedup.words(first.text or ""))
    sig = dedup.signature_of_shingles(t.encode("utf-8") for t in toks)
    conn.execute(update(S.quotes).where(Q.id == qid).values(
        n_reports=len(reps), first_doc=first.doc_id, date=date, date_source=source, text=first.text,
        kind=first.kind, cue=first.cue,
        speaker=first.speaker, speaker_id=speaker_id, signature=dedup.to_bytes(sig)))
    bands = sorted(set(dedup.band_hashes(sig)))
    if bands:
        conn.execute(S.quote_bands.insert(), [{"hash": h, "quote_id": qid} for h in bands])
    if sqlite:
        conn.execute(text("INSERT INTO quotes_fts(quote_id, text, speaker) VALUES (:q, :t, :s)"),
                     {"q": qid, "t": first.text, "s": first.speaker or ""})
