"""Linking one analysis record into the corpus, inside the store's write transaction: all the statements of a
store write, with the decisions taken by the plain rules of newsgraph.corpus (dedup, identity, outlets, stories).

For each record, in order (each step reads what earlier records, even of the same batch, wrote):

1. exact duplicates: the same clean text (sha256) is stored once; the other sources are kept as *copies*, and
   the earliest published source is the document's own (an earlier copy arriving later takes its place);
2. near-duplicates: MinHash LSH (corpus/dedup.py) against the band index of the store; a match joins the
   document's near-duplicate group, whose canonical document is the earliest published member;
3. actors: every entity is resolved to one corpus actor or left unresolved (store/actors.py over
   corpus/identity.py, the user's decisions first);
4. quotes: each quote joins an existing quote with a near-verbatim text (token Jaccard >= QUOTE_JACCARD, found
   through LSH bands over quote tokens; in a near-duplicate copy, also a quote of its group that holds nearly all
   of the shorter one's words) and a compatible speaker, as one more *report*; otherwise it is new;
5. events, whose actors, targets, location and source are the record's entities (their actors are found through
   the document's mention rows, so a merge or a split moves them without rewriting the event);
6. story (corpus/stories.py, store/story_rows.py): at the end of the write batch, the batch's documents in the
   order (date, id), so that a batch gives the same stories in any arrival order.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
import json

from sqlalchemy import bindparam as bp
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from ..corpus import dedup
from ..corpus.originals import original_key, wire_copy
from ..corpus.outlets import outlet_of
from ..record import Analysis, cited
from . import schema as S
from .migrations import event_date_source
from .actors import ActorRows
from .settle import settle
from . import versions
from .story_rows import StoryLinker

QUOTE_JACCARD = 0.8  # token-set Jaccard for two reports of one statement
QUOTE_MIN_TOKENS = 4  # shorter quotes must match exactly
QUOTE_CONTAINED = 0.9  # in a near-duplicate group: this share of the shorter quote's words in the other's


class _Sql:
    """The statements run for every record, built once with bound parameters (building a SQLAlchemy statement
    cost more than running it: ~280 statements per record)."""

    def __init__(self):
        D, Q, QR, STc, SA = S.documents.c, S.quotes.c, S.quote_reports.c, S.story_terms.c, S.story_actors.c
        self.doc_by_id_or_hash = select(D.id, D.source, D.url, D.outlet, D.published, D.date, D.site_name,
                                        D.dup_group, D.text_hash, D.author, D.wire_copy).where((D.id == bp("b_id")) |
                                                                        (D.text_hash == bp("b_hash")))
        self.doc_band_hits = select(S.doc_bands.c.doc_id).where(S.doc_bands.c.hash.in_(bp("b_hashes",
                                                                                            expanding=True)))
        self.doc_sigs = select(D.id, D.signature, D.dup_group).where(D.id.in_(bp("b_ids", expanding=True)))
        self.doc_seq = select(D.seq).where(D.id == bp("b_id"))
        self.source_delete = delete(S.sources).where(S.sources.c.source == bp("b_source"))
        self.quote_band_hits = select(S.quote_bands.c.quote_id).where(
            S.quote_bands.c.hash.in_(bp("b_hashes", expanding=True)))
        self.quote_text = select(Q.text, Q.speaker_id).where(Q.id == bp("b_id"))
        self.quote_reported_in = select(QR.doc_id).where(QR.quote_id == bp("b_id"), QR.doc_id == bp("b_doc"))
        self.quote = select(S.quotes).where(Q.id == bp("b_id"))
        self.quote_update = update(S.quotes).where(Q.id == bp("b_id")).values(
            n_reports=bp("v_n_reports"), date=bp("v_date"), date_source=bp("v_date_source"),
            first_doc=bp("v_first_doc"),
            speaker_id=bp("v_speaker_id"), speaker=bp("v_speaker"))
        self.full_key = (select(S.actor_aliases.c.actor_id).where(S.actor_aliases.c.key == bp("b_key"),
                                                                  S.actor_aliases.c.kind == "full").limit(1))
        self.term_df = select(S.term_df.c.term, S.term_df.c.n).where(S.term_df.c.term.in_(bp("b_terms",
                                                                                             expanding=True)))
        self.term_df_update = update(S.term_df).where(S.term_df.c.term == bp("t")).values(n=bp("n"))
        self.story = select(S.stories).where(S.stories.c.id == bp("b_id"))
        # a story's weights, by term and by actor: (read, update, insert, key column)
        self.story_weights = {
            table: (select(key, W.weight).where(W.story_id == bp("b_id"), key.in_(bp("b_keys", expanding=True))),
                    update(table).where(W.story_id == bp("b_id"), key == bp("b_key")).values(weight=bp("v_weight")),
                    insert(table), key.name)
            for table, W, key in ((S.story_terms, STc, STc.term), (S.story_actors, SA, SA.actor_id))}
        self.doc_story = update(S.documents).where(D.id == bp("b_id")).values(story_id=bp("v_story"))
        self.doc_n_quotes = update(S.documents).where(D.id == bp("b_id")).values(n_quotes=bp("v_n"))
        self.insert = {t: insert(t) for t in (S.documents, S.doc_bands, S.sources, S.quotes, S.quote_bands,
                                              S.quote_reports, S.quote_speakers, S.events, S.event_actors,
                                              S.term_df, S.stories,
                                              S.story_terms, S.story_actors, S.document_copies, S.doc_terms)}


_sql = lru_cache(maxsize=1)(_Sql)  # built once per process


def _h(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def _day(v: str | None) -> str | None:
    if not v:
        return None
    v = str(v)[:10]
    return v if len(v) >= 4 and v[:4].isdigit() else None


def _earlier(a: str, b: str) -> bool:
    """Whether date ``a`` is before ``b``; a period holding the other ("2016-01" and "2016-01-13") is not before
    it: the more precise date says when."""
    if b.startswith(a) or a.startswith(b):
        return len(a) > len(b)
    return a < b


def document_outlet(doc) -> str | None:
    """The document's outlet (corpus/outlets.py: one outlet per publisher)."""
    return outlet_of(doc.site_name, doc.url, doc.source, doc.text)


class Linker:
    """Adds records to the corpus through one open transaction (``conn``)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.q = _sql()
        self.actors = ActorRows(conn)
        self.sqlite = conn.dialect.name == "sqlite"
        self.seq = conn.execute(select(func.coalesce(func.max(S.documents.c.seq), 0))).scalar_one()
        self.qseq = conn.execute(select(func.count()).select_from(S.quote_reports)).scalar_one()
        # documents whose terms are counted in term_df (originals, not near-duplicate copies): the idf's N, the
        # same whatever the batches were (kept in meta; older stores: their original documents)
        row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == "term_docs")).first()
        self.ndocs = int(row[0]) if row else conn.execute(
            select(func.count()).select_from(S.documents).where(S.documents.c.similarity.is_(None))).scalar_one()
        self._ndocs0 = self.ndocs if row else None
        row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == "batches")).first()
        self.batch = (int(row[0]) if row else 0) + 1  # this write batch's number (documents.batch)
        self._batch_used = False  # a document was stored with it (a batch of duplicates only uses no number)
        self.stories = StoryLinker(self)

    def finish(self, keep_batch: bool = False) -> None:
        """Link the batch's stories; keep the counters the next batch starts from (``keep_batch``: a relink, which
        writes no new batch)."""
        self.end_batch()
        if self.ndocs != self._ndocs0:
            self.conn.execute(delete(S.meta).where(S.meta.c.key == "term_docs"))
            self.conn.execute(insert(S.meta).values(key="term_docs", value=str(self.ndocs)))
            self._ndocs0 = self.ndocs
        if self._batch_used and not keep_batch:
            self.conn.execute(delete(S.meta).where(S.meta.c.key == "batches"))
            self.conn.execute(insert(S.meta).values(key="batches", value=str(self.batch)))

    def end_batch(self) -> None:
        """A write batch is complete: link its stories, then decide again the unresolved names its surnames bear
        on (store/settle.py)."""
        self.stories.flush()
        settle(self.actors)

    # -- one record ------------------------------------------------------------------------------------------------
    def add(self, rec: Analysis | tuple) -> dict:
        """Link one record; returns {doc_id, source, status, canonical_id, similarity}."""
        fingerprint = None
        if isinstance(rec, tuple):
            rec, fingerprint = rec
        c = self.conn
        doc = rec.document
        text_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        doc_id = doc.id or text_hash[:32]
        source = doc.source or doc.url or doc_id
        outlet = document_outlet(doc)
        out = {"doc_id": doc_id, "source": source, "status": "new", "canonical_id": None, "similarity": None}

        # 1. exact duplicate -----------------------------------------------------------------------------------------
        rows = c.execute(self.q.doc_by_id_or_hash, {"b_id": doc_id, "b_hash": text_hash}).mappings().all()
        row = next((r for r in rows if r["text_hash"] == text_hash), rows[0] if rows else None)
        if row is not None and row["text_hash"] != text_hash and (doc.url or "").strip() and row["url"] == doc.url:
            # the same id and URL with an edited text (a feed item's guid, a JSONL id, re-published corrected): the
            # page's new version, under an id of its own; it is stored as an update (store/versions.py; tryout r18:
            # a corrected feed item was counted a duplicate and dropped)
            doc_id = doc.id = f"{doc_id}~{text_hash[:8]}"
            out["doc_id"] = doc_id
            row = None
        if row is not None:
            out.update(doc_id=row["id"], status="duplicate", canonical_id=row["id"], similarity=1.0)
            if row["source"] != source:
                self._copy(row, doc, source, outlet)
            self._source(source, fingerprint, row["id"], "duplicate")
            return out

        # 2. near-duplicates -----------------------------------------------------------------------------------------
        group, best_sim, canonical = self._near_duplicates(rec, doc_id, text_hash, source, outlet)
        if group:
            out.update(status="near-duplicate" if canonical != doc_id else "new", canonical_id=canonical,
                       similarity=best_sim)
            olds = versions.replaced_versions(c, doc_id, doc.url, group)
            if olds and doc_id not in olds:  # (a capture older than the stored one is the page's history)
                out.update(status="updated")  # the page again at its URL, edited: its current version
        self._source(source, fingerprint, doc_id, out["status"])
        self.link_content(rec, doc_id, _day(doc.published), outlet, group)
        return out

    def add_known(self, source: str, fingerprint: str) -> dict | None:
        """Another source of raw content the store analysed already (the same fingerprint under another path or
        URL: a folder ingested again under a new name; tryout r22: 150 texts analysed again for 4 minutes to be
        counted duplicates): its stored record stands for it, so it is linked as the exact duplicate it is (a copy
        of the document, its source kept), without an analysis. None when no stored document has that content."""
        Src, D = S.sources.c, S.documents.c
        row = self.conn.execute(select(D.record).join(S.sources, Src.doc_id == D.id).where(
            Src.fingerprint == fingerprint, Src.status != "failed", D.record.is_not(None)).limit(1)).first()
        if row is None:
            return None
        rec = Analysis.from_json(row[0])
        rec.document.source = source
        return self.add((rec, fingerprint))

    def link_content(self, rec: Analysis, doc_id: str, date: str | None, outlet: str | None,
                     group: str | None) -> None:
        """Steps 3-6 for a stored document: its actors, quotes, events and story (also what relink replays)."""
        ent_actor, mentions = self.actors.resolve_document(rec, doc_id, date)
        self._quotes(rec, doc_id, date, outlet, ent_actor, group)
        self._events(rec, doc_id, date, outlet, ent_actor)
        # a later version of the same page (same URL, its near-duplicate group): what only the earlier versions
        # said is no longer reported (store/versions.py; tryout r15: an edited quote stayed beside its correction)
        for aid in versions.withdraw_earlier(self.conn, doc_id, rec.document.url, group):
            self.actors.refresh(aid)  # (its documents, aliases, role and name without the earlier version's)
        self.stories.add(rec, doc_id, date, outlet, group, mentions)

    def _copy(self, row, doc, source: str, outlet: str | None) -> None:
        """Another source of an exact duplicate: kept as a copy; the original (the earliest published, the wire's own
        report before a syndicated copy of the same day: corpus/originals.py) is the document's own."""
        c, D = self.conn, S.documents.c
        new_date = _day(doc.published)
        copy = wire_copy(outlet, doc.author, doc.text)
        earlier = new_date is not None and original_key(new_date, copy, 1) < original_key(row["date"],
                                                                                          row["wire_copy"], 0)
        if earlier:  # the original takes the document's place
            kept = dict(source=row["source"], url=row["url"], outlet=row["outlet"], published=row["published"])
            c.execute(update(S.documents).where(D.id == row["id"]).values(
                source=source, url=doc.url, outlet=outlet, published=doc.published, date=new_date,
                site_name=doc.site_name, author=doc.author, wire_copy=int(copy)))
            c.execute(update(S.quote_reports).where(S.quote_reports.c.doc_id == row["id"]).values(outlet=outlet))
            c.execute(update(S.events).where(S.events.c.doc_id == row["id"]).values(outlet=outlet))
            if row["dup_group"]:
                self._recanonicalise(row["dup_group"])
        else:
            kept = dict(source=source, url=doc.url, outlet=outlet, published=doc.published)
        DC = S.document_copies.c
        c.execute(delete(S.document_copies).where(DC.doc_id == row["id"], DC.source == kept["source"]))
        c.execute(delete(S.document_copies).where(DC.doc_id == row["id"], DC.source == source))
        c.execute(insert(S.document_copies).values(doc_id=row["id"], **kept))

    def _near_duplicates(self, rec, doc_id, text_hash, source, outlet):
        c, q, doc = self.conn, self.q, rec.document
        sh = dedup.shingles(doc.text)
        sig = dedup.signature_of_shingles(sh)
        bands = dedup.band_hashes(sig) if dedup.indexable(sh) else []
        group, best, best_sim = None, None, 0.0
        groups_hit: set[str] = set()
        if bands:
            cands = sorted({r[0] for r in c.execute(q.doc_band_hits, {"b_hashes": bands})})
            for i in range(0, len(cands), 500):
                for cid, csig, cgroup in c.execute(q.doc_sigs, {"b_ids": cands[i:i + 500]}):
                    sim = dedup.similarity(sig, dedup.from_bytes(csig))
                    if sim >= dedup.THRESHOLD:
                        groups_hit.add(cgroup or cid)
                        if sim > best_sim:
                            best, best_sim = cid, sim
        date = _day(doc.published)
        self.seq += 1
        if groups_hit:
            group = min(groups_hit, key=lambda g: self._group_seq(g))
            for g in groups_hit:  # one new document may bridge two groups: merge them
                c.execute(update(S.documents).where((S.documents.c.dup_group == g) | (S.documents.c.id == g))
                          .values(dup_group=group))
        words = dedup.words(doc.text)
        c.execute(q.insert[S.documents], dict(
            id=doc_id, seq=self.seq, source=source, url=doc.url, title=doc.title, language=doc.language,
            published=doc.published, date=date, captured=doc.captured, site_name=doc.site_name, outlet=outlet,
            author=doc.author, wire_copy=int(wire_copy(outlet, doc.author, doc.text)), text=doc.text,
            text_hash=text_hash, n_words=len(words), n_quotes=len(rec.quotes),
            n_events=len(rec.events), record=rec.to_json(indent=None), signature=dedup.to_bytes(sig),
            dup_group=group, canonical_id=None, similarity=best_sim if best else None, story_id=None,
            batch=self.batch))
        self._batch_used = True
        if bands:
            c.execute(q.insert[S.doc_bands], [{"hash": h, "doc_id": doc_id} for h in sorted(set(bands))])
        if self.sqlite:
            c.exec_driver_sql("INSERT INTO documents_fts(doc_id, title, text) VALUES (?, ?, ?)",
                              (doc_id, doc.title or "", doc.text))
        canonical = self._recanonicalise(group) if group else None
        return group, best_sim, canonical

    def _source(self, source, fingerprint, doc_id, status):
        self.conn.execute(self.q.source_delete, {"b_source": source})
        self.conn.execute(self.q.insert[S.sources], dict(source=source, fingerprint=fingerprint, doc_id=doc_id,
                                                         status=status, reason=None))

    def _group_seq(self, g: str) -> int:
        r = self.conn.execute(self.q.doc_seq, {"b_id": g}).first()
        return r[0] if r else 1 << 60

    def _recanonicalise(self, group: str) -> str:
        """The group's canonical document: the earliest published (undated last), on the same day the wire's own
        report before a syndicated copy (corpus/originals.py), then the first ingested; a page stored again at the
        same URL counts by its latest version (store/versions.py)."""
        D = S.documents.c
        rows = self.conn.execute(select(D.id, D.date, D.seq, D.url, D.captured, D.wire_copy)
                                 .where(D.dup_group == group)).all()
        old = versions.superseded([(r[0], r[3], r[2], r[4]) for r in rows])
        canon = min(rows, key=lambda r: (r[0] in old, *original_key(r[1], r[5], r[2])))[0]
        self.conn.execute(update(S.documents).where(D.dup_group == group).values(canonical_id=canon))
        return canon

    # -- quotes ------------------------------------------------------------------------------------------------------
    def _speaker(self, q, ent_actor) -> tuple[str | None, str | None, str | None]:
        """(actor id, name, entity) of a quote's speaker: the entity's actor; a speaker named without an entity
        only by a full name some actor holds (never by a bare surname)."""
        if q.speaker is None:
            return None, None, None
        ent = q.speaker.entity
        aid = ent_actor.get(ent) if ent else None
        if aid is None and q.speaker.name and len(q.speaker.name.split()) >= 2:
            from ..understand.names import name_key
            r = self.conn.execute(self.q.full_key, {"b_key": name_key(q.speaker.name)}).first()
            aid = r[0] if r else None
        return aid, q.speaker.name, ent

    def _quotes(self, rec, doc_id, date, outlet, ent_actor, group: str | None = None) -> None:
        c, Q = self.conn, self.q
        # a near-duplicate copy repeats its original's quotes, sometimes cut shorter or longer ("... I cast the
        # correct vote" and the same words with the next sentence): the quotes of the documents of its group match
        # by containment too (QUOTE_CONTAINED of the shorter one's words)
        kin = set() if group is None else {r[0] for r in c.execute(
            select(S.quote_reports.c.quote_id).join(S.documents, S.documents.c.id == S.quote_reports.c.doc_id)
            .where(S.documents.c.dup_group == group, S.documents.c.id != doc_id))}
        copy = wire_copy(outlet, rec.document.author, rec.document.text)
        n_reports = 0
        for q in rec.quotes:
            shown = cited(q.text, q.parts, rec.document.text)  # what users read: pieces joined by " … "
            toks = dedup.words(q.text)
            if not toks:
                continue
            tokset = set(toks)
            speaker_id, speaker_name, speaker_entity = self._speaker(q, ent_actor)
            qdate = _day(q.date) or date
            qsource = "quote" if _day(q.date) else "published" if date else None  # (lists mark a publication day)
            sig = dedup.signature_of_shingles(t.encode("utf-8") for t in tokset)
            bands = dedup.band_hashes(sig)
            match, best = None, 0.0
            for cid in sorted({r[0] for r in c.execute(Q.quote_band_hits, {"b_hashes": bands})} | kin):
                r = c.execute(Q.quote_text, {"b_id": cid}).first()
                if r is None or (speaker_id and r[1] and r[1] != speaker_id):
                    continue
                other = dedup.words(r[0])
                if len(toks) < QUOTE_MIN_TOKENS or len(other) < QUOTE_MIN_TOKENS:
                    sim = 1.0 if other == toks else 0.0
                else:
                    o = set(other)
                    sim = len(tokset & o) / len(tokset | o)
                    if cid in kin and len(tokset & o) >= QUOTE_CONTAINED * min(len(tokset), len(o)):
                        sim = max(sim, QUOTE_JACCARD)  # the copy's cut of its original's quote
                if sim >= QUOTE_JACCARD and sim > best:
                    match, best = cid, sim
            if match and c.execute(Q.quote_reported_in, {"b_id": match, "b_doc": doc_id}).first():
                continue  # the same statement twice in one document: one report
            self.qseq += 1
            reported = [r.name for r in q.reported_by if r and r.name]
            if match is None:
                match = "q_" + _h(doc_id, q.id)
                c.execute(Q.insert[S.quotes], dict(id=match, text=shown, kind=q.kind, speaker_id=speaker_id,
                                                   speaker=speaker_name, cue=q.cue, date=qdate, date_source=qsource,
                                                   first_doc=doc_id,
                                                   n_reports=1, signature=dedup.to_bytes(sig)))
                c.execute(Q.insert[S.quote_bands], [{"hash": h, "quote_id": match} for h in sorted(set(bands))])
                if self.sqlite:
                    c.exec_driver_sql("INSERT INTO quotes_fts(quote_id, text, speaker) VALUES (?, ?, ?)",
                                      (match, shown, speaker_name or ""))
            else:
                cur = c.execute(Q.quote, {"b_id": match}).mappings().first()
                vals = {"b_id": match, "v_n_reports": cur["n_reports"] + 1, "v_date": cur["date"],
                        "v_date_source": cur["date_source"],
                        "v_first_doc": cur["first_doc"], "v_speaker_id": cur["speaker_id"],
                        "v_speaker": cur["speaker"]}
                if qdate and (cur["date"] is None or _earlier(qdate, cur["date"])):
                    vals.update(v_date=qdate, v_date_source=qsource)
                elif qdate == cur["date"] and qsource == "quote":
                    vals.update(v_date_source=qsource)  # the same day, now the text's own
                # the first report is the earliest published document, on the same day the wire's own before a
                # syndicated copy (store/queries/quotes.py REPORT_ORDER)
                first = c.execute(select(S.documents.c.date, S.documents.c.wire_copy)
                                  .where(S.documents.c.id == cur["first_doc"])).first()
                if date and (first is None or original_key(date, copy, 1) < original_key(first[0], first[1], 0)):
                    vals.update(v_first_doc=doc_id)
                if cur["speaker_id"] is None and speaker_id:
                    vals.update(v_speaker_id=speaker_id, v_speaker=speaker_name)
                c.execute(Q.quote_update, vals)
            n_reports += 1
            c.execute(Q.insert[S.quote_reports], dict(
                doc_id=doc_id, local_id=q.id, quote_id=match, seq=self.qseq, text=shown, kind=q.kind,
                speaker=speaker_name, cue=q.cue, outlet=outlet, reported_by=json.dumps(reported, ensure_ascii=False),
                date=qdate, date_source=qsource, start=q.start, end=q.end, speaker_entity=speaker_entity))
            others = {r.entity: ent_actor.get(r.entity) for r in q.speakers if r and r.entity and
                      r.entity != speaker_entity}
            if others:
                c.execute(Q.insert[S.quote_speakers], [{"doc_id": doc_id, "local_id": q.id, "entity": e,
                                                        "actor_id": a} for e, a in sorted(others.items())])
        # the document's count is of what `quotes` and exports list: the same statement twice in one document is one
        # report, a quote of no word none (newuser28: 26 counted, 4 listed; relink recounts after a correction)
        c.execute(Q.doc_n_quotes, {"b_id": doc_id, "v_n": n_reports})

    # -- events ------------------------------------------------------------------------------------------------------
    def _events(self, rec, doc_id, date, outlet, ent_actor) -> None:
        c = self.conn

        def ref(r):
            return None if r is None else {"entity": r.entity, "name": r.name}

        # an event the record leaves undated though it knew the publication day was told as earlier than the story
        # (understand/events: before_the_news); without a publication day, the document's date stands in
        undated = None if rec.document.published else date
        # (a record written before events carried their date's source: store/migrations.py event_date_source)
        pub, written = rec.document.published or "", [{"value": d.value, "start": d.start, "end": d.end}
                                                      for d in rec.dates]
        for v in rec.events:
            actors_ = [ref(r) for r in v.actors]
            targets = [ref(r) for r in v.targets]
            loc, src = ref(v.location), ref(v.source)
            c.execute(self.q.insert[S.events], dict(
                doc_id=doc_id, local_id=v.id, type=(v.type or "").upper(), mode=v.mode,
                actors=json.dumps(actors_, ensure_ascii=False), targets=json.dumps(targets, ensure_ascii=False),
                location=json.dumps(loc, ensure_ascii=False) if loc else None, date=_day(v.date) or undated,
                date_source=event_date_source(_day(v.date), v.date_source, pub, v.evidence and {
                    "start": v.evidence.start, "end": v.evidence.end}, written) if _day(v.date) else
                "published" if undated else None,
                trigger=v.trigger, evidence=v.evidence.text if v.evidence else None,
                start=v.evidence.start if v.evidence else None, end=v.evidence.end if v.evidence else None,
                factuality=v.factuality, source_id=ent_actor.get(src["entity"]) if src and src["entity"] else None,
                source_entity=src["entity"] if src else None, quote_local=v.quote, outlet=outlet))
            rows = set()
            for role, refs in (("actor", actors_), ("target", targets), ("location", [loc]), ("source", [src])):
                for r in refs:
                    aid = ent_actor.get(r["entity"]) if r and r["entity"] else None
                    if aid:
                        rows.add((aid, role))
            if rows:
                c.execute(self.q.insert[S.event_actors], [{"doc_id": doc_id, "local_id": v.id, "actor_id": a,
                                                           "role": ro} for a, ro in sorted(rows)])

    # -- stories (store/story_rows.py) ---------------------------------------------------------------------------
    def _weigh(self, table, story: str, keys: list[str]) -> None:
        """One more weight for each of ``keys`` (distinct terms or actors) in the story."""
        if not keys:
            return
        read, upd, ins, col = self.q.story_weights[table]
        have = dict(self.conn.execute(read, {"b_id": story, "b_keys": keys}).all())
        old = [{"b_id": story, "b_key": k, "v_weight": have[k] + 1} for k in keys if k in have]
        new = [{"story_id": story, col: k, "weight": 1} for k in keys if k not in have]
        if old:
            self.conn.execute(upd, old)
        if new:
            self.conn.execute(ins, new)
