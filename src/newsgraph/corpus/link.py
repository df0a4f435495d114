"""Linking one analysis record into the corpus, inside the store's write transaction.

For each record, in order (each step reads what earlier records, even of the same batch, wrote):

1. exact duplicates: the same clean text (sha256) is stored once; the other sources are kept as *copies*, and
   the earliest published source is the document's own (an earlier copy arriving later takes its place);
2. near-duplicates: MinHash LSH (corpus/dedup.py) against the band index of the store; a match joins the
   document's near-duplicate group, whose canonical document is the earliest published member;
3. actors: every entity is resolved to one corpus actor (corpus/actors.py rules, user aliases first);
4. quotes: each quote joins an existing quote with a near-verbatim text (token Jaccard >= QUOTE_JACCARD, found
   through LSH bands over quote tokens) and a compatible speaker, as one more *report*; otherwise it is new;
5. events, with their actors/targets/location/source linked to corpus actors;
6. story: a near-duplicate joins its original's story; otherwise, among stories within STORY_WINDOW_DAYS of
   the document's date, the one sharing the most salient actors (a place counting half) when they are at least
   STORY_MIN_SHARED and STORY_MIN_OVERLAP of the smaller actor set, or sharing one actor and overlapping
   content (STORY_TERM_OVERLAP of the document's top tf-idf terms); else a new story.
"""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
from urllib.parse import urlparse

from sqlalchemy import bindparam as bp
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from ..record import Analysis
from ..store import schema as S
from . import actors as A
from . import dedup

QUOTE_JACCARD = 0.8  # token-set Jaccard for two reports of one statement
QUOTE_MIN_TOKENS = 4  # shorter quotes must match exactly
STORY_WINDOW_DAYS = 3
STORY_TOP_ACTORS = 8
STORY_MIN_SHARED = 2
STORY_MIN_OVERLAP = 0.5
STORY_TERMS = 12  # a document's top content terms (tf x idf over the corpus so far)
STORY_TERM_MIN_DOCS = 100  # the content signal starts once the corpus has this many documents (idf meaningful)
STORY_TERM_OVERLAP = 0.3  # share of the document's top terms a story must have (with one shared actor)
STORY_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "LOC", "GROUP", "NORP", "FAC", "EVENT"}
SURNAME_SIMILARITY = 0.85
TYPE_ALIASES = {"PER": "PERSON", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


class _Sql:
    """The statements run for every record, built once with bound parameters. Building a SQLAlchemy statement
    (coercing its clauses, computing its cache key) cost more than running it: ~280 statements per record made
    the store's write the second cost of an ingest after the analysis. A statement object reused is compiled
    once and its cache key memoized; only the parameters change."""

    def __init__(self):
        D, AA, Ac, Q, QR, ST, SA = (S.documents.c, S.actor_aliases.c, S.actors.c, S.quotes.c, S.quote_reports.c,
                                    S.story_terms.c, S.story_actors.c)
        self.doc_by_id_or_hash = select(D.id, D.source, D.url, D.outlet, D.published, D.date, D.site_name,
                                        D.dup_group).where((D.id == bp("b_id")) | (D.text_hash == bp("b_hash")))
        self.doc_band_hits = select(S.doc_bands.c.doc_id).where(S.doc_bands.c.hash.in_(bp("b_hashes",
                                                                                            expanding=True)))
        self.doc_sigs = select(D.id, D.signature, D.dup_group).where(D.id.in_(bp("b_ids", expanding=True)))
        self.doc_seq = select(D.seq).where(D.id == bp("b_id"))
        self.source_delete = delete(S.sources).where(S.sources.c.source == bp("b_source"))
        self.user_alias = select(S.user_aliases.c.canonical).where(S.user_aliases.c.key == bp("b_key"))
        self.actors_by_key = (select(S.actors).join(S.actor_aliases, AA.actor_id == Ac.id)
                              .where(AA.key == bp("b_key")).distinct())
        self.actor = select(S.actors).where(Ac.id == bp("b_id"))
        self.actor_exists = select(Ac.id).where(Ac.id == bp("b_id"))
        self.actor_update = update(S.actors).where(Ac.id == bp("b_id")).values(
            n_mentions=bp("v_n_mentions"), n_docs=bp("v_n_docs"), first_date=bp("v_first_date"),
            last_date=bp("v_last_date"), role=bp("v_role"), name=bp("v_name"))
        self.alias_exists = select(AA.key).where(AA.alias == bp("b_alias"), AA.actor_id == bp("b_id"))
        self.persons_by_last = (select(S.actors).join(S.actor_aliases, AA.actor_id == Ac.id)
                                .where(Ac.type == "PERSON", AA.last == bp("b_last")).distinct())
        self.persons_by_first = (select(S.actors).join(S.actor_aliases, AA.actor_id == Ac.id)
                                 .where(Ac.type == "PERSON", AA.first == bp("b_first"), AA.last != AA.first)
                                 .distinct())
        self.quote_band_hits = select(S.quote_bands.c.quote_id).where(
            S.quote_bands.c.hash.in_(bp("b_hashes", expanding=True)))
        self.quote_text = select(Q.text, Q.speaker_id).where(Q.id == bp("b_id"))
        self.quote_reported_in = select(QR.doc_id).where(QR.quote_id == bp("b_id"), QR.doc_id == bp("b_doc"))
        self.quote = select(S.quotes).where(Q.id == bp("b_id"))
        self.quote_update = update(S.quotes).where(Q.id == bp("b_id")).values(
            n_reports=bp("v_n_reports"), date=bp("v_date"), first_doc=bp("v_first_doc"),
            speaker_id=bp("v_speaker_id"), speaker=bp("v_speaker"))
        self.term_df = select(S.term_df.c.term, S.term_df.c.n).where(S.term_df.c.term.in_(bp("b_terms",
                                                                                             expanding=True)))
        self.term_df_update = update(S.term_df).where(S.term_df.c.term == bp("t")).values(n=bp("n"))
        self.story = select(S.stories).where(S.stories.c.id == bp("b_id"))
        self.story_size = select(func.count()).select_from(S.story_actors).where(SA.story_id == bp("b_id"))
        self.story_terms_common = select(func.count()).select_from(S.story_terms).where(
            ST.story_id == bp("b_id"), ST.term.in_(bp("b_terms", expanding=True)))
        # a story's weights, by term and by actor: (read, update, insert, key column)
        self.story_weights = {
            table: (select(key, W.weight).where(W.story_id == bp("b_id"), key.in_(bp("b_keys", expanding=True))),
                    update(table).where(W.story_id == bp("b_id"), key == bp("b_key")).values(weight=bp("v_weight")),
                    insert(table), key.name)
            for table, W, key in ((S.story_terms, ST, ST.term), (S.story_actors, SA, SA.actor_id))}
        self.story_actor_hits = select(SA.story_id, SA.actor_id).where(SA.actor_id.in_(bp("b_actors",
                                                                                         expanding=True)))
        self.doc_story = update(S.documents).where(D.id == bp("b_id")).values(story_id=bp("v_story"))
        # plain inserts: the row is the parameters
        self.insert = {t: insert(t) for t in (S.documents, S.doc_bands, S.sources, S.actors, S.actor_mentions,
                                              S.actor_aliases, S.quotes, S.quote_bands, S.quote_reports,
                                              S.events, S.event_actors, S.term_df, S.stories, S.story_terms,
                                              S.story_actors, S.document_copies)}


_SQL: _Sql | None = None


def _sql() -> _Sql:
    global _SQL
    if _SQL is None:
        _SQL = _Sql()
    return _SQL


def _h(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def outlet_of(doc) -> str | None:
    """The document's outlet: its site name, else its URL's host (without www.)."""
    if doc.site_name:
        return doc.site_name.strip()[:256]
    if doc.url:
        host = urlparse(doc.url).hostname or ""
        return (host[4:] if host.startswith("www.") else host)[:256] or None
    return None


def _day(v: str | None) -> str | None:
    if not v:
        return None
    v = str(v)[:10]
    return v if len(v) >= 4 and v[:4].isdigit() else None


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except (TypeError, ValueError):
        return None


class Linker:
    """Adds records to the corpus through one open transaction (``conn``)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.q = _sql()
        self.sqlite = conn.dialect.name == "sqlite"
        self.seq = conn.execute(select(func.coalesce(func.max(S.documents.c.seq), 0))).scalar_one()
        self.qseq = conn.execute(select(func.count()).select_from(S.quote_reports)).scalar_one()
        self.ndocs = conn.execute(select(func.count()).select_from(S.documents)).scalar_one()

    def finish(self) -> None:
        pass

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
        outlet = outlet_of(doc)
        out = {"doc_id": doc_id, "source": source, "status": "new", "canonical_id": None, "similarity": None}

        # 1. exact duplicate -----------------------------------------------------------------------------------------
        D = S.documents.c
        q = self.q
        row = c.execute(q.doc_by_id_or_hash, {"b_id": doc_id, "b_hash": text_hash}).mappings().first()
        if row is not None:
            out.update(doc_id=row["id"], status="duplicate", canonical_id=row["id"], similarity=1.0)
            if row["source"] != source:
                new_date = _day(doc.published)
                earlier = new_date is not None and (row["date"] is None or new_date < row["date"])
                if earlier:  # the earliest published copy is the original: it takes the document's place
                    kept = dict(source=row["source"], url=row["url"], outlet=row["outlet"],
                                published=row["published"])
                    c.execute(update(S.documents).where(D.id == row["id"]).values(
                        source=source, url=doc.url, outlet=outlet, published=doc.published, date=new_date,
                        site_name=doc.site_name))
                    c.execute(update(S.quote_reports).where(S.quote_reports.c.doc_id == row["id"])
                              .values(outlet=outlet))
                    c.execute(update(S.events).where(S.events.c.doc_id == row["id"]).values(outlet=outlet))
                    if row["dup_group"]:
                        self._recanonicalise(row["dup_group"])
                else:
                    kept = dict(source=source, url=doc.url, outlet=outlet, published=doc.published)
                c.execute(delete(S.document_copies).where(S.document_copies.c.doc_id == row["id"],
                                                          S.document_copies.c.source == kept["source"]))
                c.execute(delete(S.document_copies).where(S.document_copies.c.doc_id == row["id"],
                                                          S.document_copies.c.source == source))
                c.execute(insert(S.document_copies).values(doc_id=row["id"], **kept))
            self._source(source, fingerprint, row["id"], "duplicate")
            return out

        # 2. near-duplicates -----------------------------------------------------------------------------------------
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
            published=doc.published, date=date, site_name=doc.site_name, outlet=outlet, author=doc.author,
            text=doc.text, text_hash=text_hash, n_words=len(words), n_quotes=len(rec.quotes),
            n_events=len(rec.events), record=rec.to_json(indent=None), signature=dedup.to_bytes(sig),
            dup_group=group, canonical_id=None, similarity=best_sim if best else None, story_id=None))
        if bands:
            c.execute(q.insert[S.doc_bands], [{"hash": h, "doc_id": doc_id} for h in sorted(set(bands))])
        if self.sqlite:
            c.exec_driver_sql("INSERT INTO documents_fts(doc_id, title, text) VALUES (?, ?, ?)",
                              (doc_id, doc.title or "", doc.text))
        if group:
            canonical = self._recanonicalise(group)
            out.update(status="near-duplicate" if canonical != doc_id else "new", canonical_id=canonical,
                       similarity=best_sim)
            if canonical == doc_id:  # an earlier-published copy arrived late: it becomes the original
                out["status"] = "new"
        self._source(source, fingerprint, doc_id, out["status"])

        # 3-5. actors, quotes, events --------------------------------------------------------------------------------
        ent_actor = self._actors(rec, doc_id, date)
        self._quotes(rec, doc_id, date, outlet, ent_actor)
        self._events(rec, doc_id, date, outlet, ent_actor)
        # 6. story ---------------------------------------------------------------------------------------------------
        self._story(rec, doc_id, date, outlet, group, ent_actor)
        return out

    def _source(self, source, fingerprint, doc_id, status):
        c = self.conn
        c.execute(self.q.source_delete, {"b_source": source})
        c.execute(self.q.insert[S.sources], dict(source=source, fingerprint=fingerprint, doc_id=doc_id,
                                                 status=status, reason=None))

    def _group_seq(self, g: str) -> int:
        r = self.conn.execute(self.q.doc_seq, {"b_id": g}).first()
        return r[0] if r else 1 << 60

    def _recanonicalise(self, group: str) -> str:
        """The group's canonical document: the earliest published (undated last), then the first ingested."""
        D = S.documents.c
        rows = self.conn.execute(select(D.id, D.date, D.seq).where(D.dup_group == group)).all()
        canon = min(rows, key=lambda r: (r[1] is None, r[1] or "", r[2]))[0]
        self.conn.execute(update(S.documents).where(D.dup_group == group).values(canonical_id=canon))
        return canon

    # -- actors ------------------------------------------------------------------------------------------------------
    def _actors(self, rec: Analysis, doc_id: str, date: str | None) -> dict[str, str]:
        c, q = self.conn, self.q
        ent_actor: dict[str, str] = {}
        seen_in_doc: set[str] = set()
        for e in rec.entities:
            typ = TYPE_ALIASES.get((e.type or "").upper(), (e.type or "").upper()) or "MISC"
            aid = self.resolve(e.name, typ, e.role, [x for x in e.aliases if A.good_alias(e.name, x, typ)])
            if aid is None:
                continue
            ent_actor[e.id] = aid
            n = len(e.mentions) or 1
            c.execute(q.insert[S.actor_mentions], dict(doc_id=doc_id, entity=e.id, actor_id=aid, name=e.name,
                                                       type=typ, role=e.role, n_mentions=n))
            new_doc = aid not in seen_in_doc
            seen_in_doc.add(aid)
            a = c.execute(q.actor, {"b_id": aid}).mappings().first()
            vals = {"b_id": aid, "v_n_mentions": (a["n_mentions"] or 0) + n,
                    "v_n_docs": (a["n_docs"] or 0) + (1 if new_doc else 0), "v_first_date": a["first_date"],
                    "v_last_date": a["last_date"], "v_role": a["role"], "v_name": a["name"]}
            if date:
                if not a["first_date"] or date < a["first_date"]:
                    vals["v_first_date"] = date
                if not a["last_date"] or date > a["last_date"]:
                    vals["v_last_date"] = date
            if e.role and not a["role"]:
                vals["v_role"] = e.role
            if typ in A.PERSON_TYPES and len(A.tokens(e.name)) > len(A.tokens(a["name"])) \
                    and A.split_person(e.name)[1] == A.split_person(a["name"])[1]:
                vals["v_name"] = e.name  # "Zelensky" known first, "Volodymyr Zelensky" now: the fuller name
            c.execute(q.actor_update, vals)
            for alias in [e.name, *e.aliases]:
                if alias == e.name or A.good_alias(e.name, alias, typ):
                    self._alias(aid, alias, "auto")
        return ent_actor

    def _alias(self, aid: str, alias: str, origin: str) -> None:
        first = alias.strip()[:1] if alias else ""
        if not (first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())):
            return  # a lower-case phrase is no name; letters of caseless scripts (CJK, Arabic, Hebrew...) are
        if len(alias.split()) > 8:
            return
        key = A.name_key(alias)
        if not key:
            return
        c = self.conn
        alias = alias.strip()
        if c.execute(self.q.alias_exists, {"b_alias": alias, "b_id": aid}).first() is None:
            t = key.split()
            c.execute(self.q.insert[S.actor_aliases], dict(key=key, first=t[0], last=t[-1], actor_id=aid,
                                                           alias=alias, origin=origin))

    def _by_key(self, key: str, typ: str) -> list[dict]:
        rows = self.conn.execute(self.q.actors_by_key, {"b_key": key}).mappings().all()
        same = [dict(r) for r in rows if r["type"] == typ or _compatible_types(r["type"], typ)]
        return sorted(same, key=lambda r: (-(r["n_docs"] or 0), r["id"]))

    def resolve(self, name: str, typ: str, role: str | None = None, aliases=(), create: bool = True) -> str | None:
        """The corpus actor id for an entity named ``name`` of type ``typ`` (created when new and ``create``)."""
        c = self.conn
        display = name
        key = A.name_key(name)
        if not key:
            return None
        ua = c.execute(self.q.user_alias, {"b_key": key}).first()
        if ua:
            display, key = ua[0], A.name_key(ua[0])
        hit = self._by_key(key, typ)
        if hit:
            return hit[0]["id"]
        for al in aliases or ():
            k = A.name_key(al)
            if k and k != key:
                h = self._by_key(k, typ)
                if h:
                    return h[0]["id"]
        if typ in A.PERSON_TYPES:
            aid = self._person(display, role)
            if aid:
                return aid
        if not create:
            return None
        aid = "a_" + _h(typ, key)
        if c.execute(self.q.actor_exists, {"b_id": aid}).first() is None:
            c.execute(self.q.insert[S.actors], dict(id=aid, name=display, type=typ, role=role, n_docs=0,
                                                    n_mentions=0))
        return aid

    def _person(self, name: str, role: str | None) -> str | None:
        """Match a person by surname with compatible given names (see corpus/actors.py)."""
        given, surname = A.split_person(name)
        if not surname or len(surname) < 3:
            return None
        rows = self.conn.execute(self.q.persons_by_last, {"b_last": surname}).mappings().all()
        cands = []
        for r in rows:
            g2, s2 = A.split_person(r["name"])
            if s2 != surname:
                continue
            cands.append((r, g2))
        if given:
            ok = [r for r, g2 in cands if A.first_names_compatible(given, g2)]
            full = [r for r, g2 in cands if g2 and A.first_names_compatible(given, g2)]
            if full:
                return sorted(full, key=lambda r: (-(r["n_docs"] or 0), r["id"]))[0]["id"]
            if len(ok) == 1:
                return ok[0]["id"]
            # similar surname (transliteration not folded by the key) with the same first name
            if given and len(given[0]) > 1:
                rows = self.conn.execute(self.q.persons_by_first, {"b_first": given[0]}).mappings().all()
                for r in sorted(rows, key=lambda r: r["id"]):
                    g2, s2 = A.split_person(r["name"])
                    if g2 and g2[0] == given[0] and difflib.SequenceMatcher(None, s2, surname).ratio() \
                            >= SURNAME_SIMILARITY:
                        return r["id"]
            return None
        if len(cands) == 1:
            return cands[0][0]["id"]
        if len(cands) > 1 and role:
            rk = A.role_key(role)
            same_role = [r for r, _ in cands if r["role"] and A.role_key(r["role"]) == rk]
            if len(same_role) == 1:
                return same_role[0]["id"]
        return None

    # -- quotes ------------------------------------------------------------------------------------------------------
    def _quotes(self, rec, doc_id, date, outlet, ent_actor) -> None:
        c, Q = self.conn, self.q
        for q in rec.quotes:
            toks = dedup.words(q.text)
            if not toks:
                continue
            tokset = set(toks)
            speaker_id = speaker_name = None
            if q.speaker is not None:
                speaker_name = q.speaker.name
                speaker_id = ent_actor.get(q.speaker.entity) if q.speaker.entity else None
                if speaker_id is None and q.speaker.name:
                    speaker_id = self.resolve(q.speaker.name, "PERSON", create=False)
            qdate = _day(q.date) or date
            sig = dedup.signature_of_shingles(t.encode("utf-8") for t in tokset)
            bands = dedup.band_hashes(sig)
            match = None
            cands = sorted({r[0] for r in c.execute(Q.quote_band_hits, {"b_hashes": bands})})
            best = 0.0
            for cid in cands:
                r = c.execute(Q.quote_text, {"b_id": cid}).first()
                if r is None:
                    continue
                if speaker_id and r[1] and r[1] != speaker_id:
                    continue
                other = dedup.words(r[0])
                if len(toks) < QUOTE_MIN_TOKENS or len(other) < QUOTE_MIN_TOKENS:
                    sim = 1.0 if other == toks else 0.0
                else:
                    o = set(other)
                    sim = len(tokset & o) / len(tokset | o)
                if sim >= QUOTE_JACCARD and sim > best:
                    match, best = cid, sim
            if match and c.execute(Q.quote_reported_in, {"b_id": match, "b_doc": doc_id}).first():
                continue  # the same statement twice in one document: one report per document
            self.qseq += 1
            reported = [r.name for r in q.reported_by if r and r.name]
            if match is None:
                match = "q_" + _h(doc_id, q.id)
                c.execute(Q.insert[S.quotes], dict(id=match, text=q.text, kind=q.kind, speaker_id=speaker_id,
                                                   speaker=speaker_name, cue=q.cue, date=qdate, first_doc=doc_id,
                                                   n_reports=1, signature=dedup.to_bytes(sig)))
                c.execute(Q.insert[S.quote_bands], [{"hash": h, "quote_id": match} for h in sorted(set(bands))])
                if self.sqlite:
                    c.exec_driver_sql("INSERT INTO quotes_fts(quote_id, text, speaker) VALUES (?, ?, ?)",
                                      (match, q.text, speaker_name or ""))
            else:
                cur = c.execute(Q.quote, {"b_id": match}).mappings().first()
                vals = {"b_id": match, "v_n_reports": cur["n_reports"] + 1, "v_date": cur["date"],
                        "v_first_doc": cur["first_doc"], "v_speaker_id": cur["speaker_id"], "v_speaker": cur["speaker"]}
                if qdate and (cur["date"] is None or qdate < cur["date"]):
                    vals.update(v_date=qdate, v_first_doc=doc_id)
                if cur["speaker_id"] is None and speaker_id:
                    vals.update(v_speaker_id=speaker_id, v_speaker=speaker_name)
                c.execute(Q.quote_update, vals)
            c.execute(Q.insert[S.quote_reports], dict(
                doc_id=doc_id, local_id=q.id, quote_id=match, seq=self.qseq, text=q.text, kind=q.kind,
                speaker=speaker_name, cue=q.cue, outlet=outlet, reported_by=json.dumps(reported, ensure_ascii=False),
                date=qdate, start=q.start, end=q.end))

    # -- events ------------------------------------------------------------------------------------------------------
    def _events(self, rec, doc_id, date, outlet, ent_actor) -> None:
        c = self.conn

        def ref(r):
            if r is None:
                return None
            return {"id": ent_actor.get(r.entity) if r.entity else None, "name": r.name}

        for v in rec.events:
            actors_ = [ref(r) for r in v.actors]
            targets = [ref(r) for r in v.targets]
            loc = ref(v.location)
            src = ref(v.source)
            c.execute(self.q.insert[S.events], dict(
                doc_id=doc_id, local_id=v.id, type=(v.type or "").upper(), mode=v.mode,
                actors=json.dumps(actors_, ensure_ascii=False), targets=json.dumps(targets, ensure_ascii=False),
                location=json.dumps(loc, ensure_ascii=False) if loc else None, date=_day(v.date) or date,
                trigger=v.trigger, evidence=v.evidence.text if v.evidence else None,
                start=v.evidence.start if v.evidence else None, end=v.evidence.end if v.evidence else None,
                factuality=v.factuality, source_id=src["id"] if src else None, quote_local=v.quote, outlet=outlet))
            rows = set()
            for role, refs in (("actor", actors_), ("target", targets), ("location", [loc]), ("source", [src])):
                for r in refs:
                    if r and r["id"]:
                        rows.add((r["id"], role))
            if rows:
                c.execute(self.q.insert[S.event_actors], [{"doc_id": doc_id, "local_id": v.id, "actor_id": a, "role": ro}
                                                   for a, ro in sorted(rows)])

    # -- content terms -------------------------------------------------------------------------------------------
    def _terms(self, text: str, title: str | None, count: bool) -> list[str]:
        """The document's top STORY_TERMS content terms by tf x idf (idf from ``term_df``, the corpus so far);
        updates the document frequencies (``count``: not for near-duplicate copies). Empty while the corpus is
        smaller than STORY_TERM_MIN_DOCS, where idf cannot yet tell content words from function words."""
        import math
        c = self.conn
        tf: dict[str, int] = {}
        for w in dedup.words((title or "") + "\n" + text):
            if len(w) >= 4 and not w.isdigit() and len(w) <= 64:
                tf[w] = tf.get(w, 0) + 1
        if not tf:
            return []
        uniq = sorted(tf)
        df: dict[str, int] = {}
        for i in range(0, len(uniq), 500):
            df.update({r[0]: r[1] for r in c.execute(self.q.term_df, {"b_terms": uniq[i:i + 500]})})
        n = self.ndocs
        top: list[str] = []
        if n >= STORY_TERM_MIN_DOCS:
            score = {w: tf[w] * math.log((n + 1) / (df.get(w, 0) + 1)) for w in uniq}
            top = [w for w, sc in sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS] if sc > 0]
        if count:
            old = [{"t": w, "n": df[w] + 1} for w in uniq if w in df]
            new = [{"term": w, "n": 1} for w in uniq if w not in df]
            if old:
                c.execute(self.q.term_df_update, old)
            if new:
                c.execute(self.q.insert[S.term_df], new)
            self.ndocs += 1
        return top

    # -- stories -----------------------------------------------------------------------------------------------------
    def _story(self, rec, doc_id, date, outlet, group, ent_actor) -> None:
        c, q = self.conn, self.q
        St = S.stories.c
        weights: dict[str, int] = {}
        place: set[str] = set()
        for e in rec.entities:
            aid = ent_actor.get(e.id)
            typ = TYPE_ALIASES.get((e.type or "").upper(), (e.type or "").upper())
            if aid and typ in STORY_ACTOR_TYPES:
                weights[aid] = weights.get(aid, 0) + (len(e.mentions) or 1)
                if typ in ("GPE", "LOC"):
                    place.add(aid)
        top = [a for a, _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TOP_ACTORS]]
        terms = self._terms(rec.document.text, rec.document.title, group is None)
        story = None
        if group:
            r = c.execute(select(S.documents.c.story_id).where(S.documents.c.dup_group == group,
                                                               S.documents.c.id != doc_id,
                                                               S.documents.c.story_id.is_not(None))
                          .order_by(S.documents.c.seq)).first()
            story = r[0] if r else None
        if story is None and top:
            SA = S.story_actors.c
            shared: dict[str, float] = {}
            for sid, aid in c.execute(q.story_actor_hits, {"b_actors": top}).all():
                # places are weak evidence (every story about a country names it): half a shared actor
                shared[sid] = shared.get(sid, 0.0) + (0.5 if aid in place else 1.0)
            best = None
            for sid, n in sorted(shared.items(), key=lambda r: (-r[1], r[0])):
                if n < 1:
                    continue
                srow = c.execute(q.story, {"b_id": sid}).mappings().first()
                if date and srow["first_date"] and srow["last_date"]:
                    lo = _days_apart(date, srow["first_date"])
                    hi = _days_apart(date, srow["last_date"])
                    if date < srow["first_date"] and lo is not None and lo > STORY_WINDOW_DAYS:
                        continue
                    if date > srow["last_date"] and hi is not None and hi > STORY_WINDOW_DAYS:
                        continue
                size = c.execute(q.story_size, {"b_id": sid}).scalar_one()
                by_actors = n >= STORY_MIN_SHARED and \
                    n / max(1, min(len(top), size, STORY_TOP_ACTORS)) >= STORY_MIN_OVERLAP
                by_content = False
                if not by_actors and terms:  # one shared actor and overlapping content
                    common = c.execute(q.story_terms_common, {"b_id": sid, "b_terms": terms}).scalar_one()
                    by_content = common / len(terms) >= STORY_TERM_OVERLAP
                if by_actors or by_content:
                    best = sid
                    break
            story = best
        title = rec.document.title or (rec.document.text[:80] if rec.document.text else None)
        if story is None:
            story = "s_" + _h(doc_id)
            c.execute(q.insert[S.stories], dict(id=story, title=title, first_date=date, last_date=date, n_docs=1,
                                                outlets=json.dumps([outlet] if outlet else [], ensure_ascii=False)))
        else:
            s = c.execute(q.story, {"b_id": story}).mappings().first()
            outlets = set(json.loads(s["outlets"] or "[]"))
            if outlet:
                outlets.add(outlet)
            vals = {"n_docs": s["n_docs"] + 1, "outlets": json.dumps(sorted(outlets), ensure_ascii=False)}
            if date and (s["first_date"] is None or date < s["first_date"]):
                vals.update(first_date=date, title=title or s["title"])
            if date and (s["last_date"] is None or date > s["last_date"]):
                vals["last_date"] = date
            c.execute(update(S.stories).where(St.id == story).values(**vals))
        c.execute(q.doc_story, {"b_id": doc_id, "v_story": story})
        self._weigh(S.story_terms, story, terms)
        self._weigh(S.story_actors, story, top)

    def _weigh(self, table, story: str, keys: list[str]) -> None:
        """One more weight for each of ``keys`` (distinct terms or actors) in the story: one read, then the
        updates and inserts in the keys' order."""
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


def _compatible_types(a: str | None, b: str | None) -> bool:
    geo = {"GPE", "LOC"}
    org = {"ORG", "MEDIA", "GROUP", "NORP"}
    return (a in geo and b in geo) or (a in org and b in org)


def merge_actors(conn: Connection, keep: str, gone: str) -> None:
    """Merge actor ``gone`` into ``keep`` (a user's decision): every mention, alias, quote, event and story link
    moves; counts are summed."""
    if keep == gone:
        return
    AM, AA, EA, SA = S.actor_mentions.c, S.actor_aliases.c, S.event_actors.c, S.story_actors.c
    conn.execute(update(S.actor_mentions).where(AM.actor_id == gone).values(actor_id=keep))
    for key, first, last, alias in conn.execute(select(AA.key, AA.first, AA.last, AA.alias)
                                                .where(AA.actor_id == gone)).all():
        if conn.execute(select(AA.key).where(AA.alias == alias, AA.actor_id == keep)).first() is None:
            conn.execute(insert(S.actor_aliases).values(key=key, first=first, last=last, actor_id=keep, alias=alias,
                                                        origin="user"))
    conn.execute(delete(S.actor_aliases).where(AA.actor_id == gone))
    conn.execute(update(S.quotes).where(S.quotes.c.speaker_id == gone).values(speaker_id=keep))
    conn.execute(update(S.events).where(S.events.c.source_id == gone).values(source_id=keep))
    for d, l, role in conn.execute(select(EA.doc_id, EA.local_id, EA.role).where(EA.actor_id == gone)).all():
        if conn.execute(select(EA.doc_id).where(EA.doc_id == d, EA.local_id == l, EA.actor_id == keep,
                                                EA.role == role)).first() is None:
            conn.execute(insert(S.event_actors).values(doc_id=d, local_id=l, actor_id=keep, role=role))
    conn.execute(delete(S.event_actors).where(EA.actor_id == gone))
    for sid, w in conn.execute(select(SA.story_id, SA.weight).where(SA.actor_id == gone)).all():
        r = conn.execute(select(SA.weight).where(SA.story_id == sid, SA.actor_id == keep)).first()
        if r:
            conn.execute(update(S.story_actors).where(SA.story_id == sid, SA.actor_id == keep)
                         .values(weight=r[0] + w))
        else:
            conn.execute(insert(S.story_actors).values(story_id=sid, actor_id=keep, weight=w))
    conn.execute(delete(S.story_actors).where(SA.actor_id == gone))
    # events keep actor refs as JSON: rewrite the ids
    for d, l, a, t in conn.execute(select(S.events.c.doc_id, S.events.c.local_id, S.events.c.actors,
                                          S.events.c.targets)).all():
        if gone in (a or "") or gone in (t or ""):
            conn.execute(update(S.events).where(S.events.c.doc_id == d, S.events.c.local_id == l).values(
                actors=(a or "").replace(f'"{gone}"', f'"{keep}"'), targets=(t or "").replace(f'"{gone}"', f'"{keep}"')))
    k = conn.execute(select(S.actors).where(S.actors.c.id == keep)).mappings().first()
    g = conn.execute(select(S.actors).where(S.actors.c.id == gone)).mappings().first()
    n_docs = conn.execute(select(func.count(func.distinct(AM.doc_id))).where(AM.actor_id == keep)).scalar_one()
    dates = [x for x in (k["first_date"], g["first_date"]) if x]
    ldates = [x for x in (k["last_date"], g["last_date"]) if x]
    conn.execute(update(S.actors).where(S.actors.c.id == keep).values(
        n_docs=n_docs, n_mentions=(k["n_mentions"] or 0) + (g["n_mentions"] or 0), role=k["role"] or g["role"],
        first_date=min(dates) if dates else None, last_date=max(ldates) if ldates else None))
    conn.execute(delete(S.actors).where(S.actors.c.id == gone))
