"""Story linking inside the store's write transaction (the decisions are corpus/stories.py's).

The writer hands each stored document to :meth:`StoryLinker.add` (its term counts go into ``term_df`` at once) and
calls :meth:`StoryLinker.flush` at the end of the write batch: the batch's documents are then linked in the order
(date, id), each with its content vector made from the term frequencies of the whole batch, so a batch gives the
same stories in any arrival order. Each vector is then weighted by its terms' burst: the window's and the burst
base's vector terms come from one query (``_window_rows``). ``relink`` replays the documents batch by batch
(``documents.batch``), so a relinked store equals a fresh ingest.

Rows: ``doc_terms`` (each document's content vector), ``stories`` (title from the central member, span, outlets,
size), ``story_actors`` (in how many members each actor is among the most mentioned), ``story_terms`` (in how
many members each term is among the strongest).
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select, update

from ..corpus import dedup
from ..corpus import stories as ST
from ..corpus import story_events as SE
from ..corpus.story_tally import looks_like_tally
from . import schema as S
from .versions import leave_stories, recount_story, superseded


VOTE_EVENT = "#event:vote:"
VOTE_EVENT_DAYS = 1  # see _window_rows


@dataclass
class Pending:
    doc_id: str
    date: str | None
    outlet: str | None
    group: str | None
    title: str | None
    tf: Counter
    opinion: bool
    actors: list
    digest: bool = False
    unnamed: str | None = None  # "the convention" without a party: resolved by the window (corpus/story_events.py)
    names: frozenset = frozenset()  # the words of the names of the people and bodies it names (not rare words)


class StoryLinker:
    def __init__(self, linker):
        self.linker = linker  # the writer's Linker: connection, statements, the idf's document count
        self.conn = linker.conn
        self.pending: list[Pending] = []

    # -- arrival -------------------------------------------------------------------------------------------------
    def add(self, rec, doc_id: str, date: str | None, outlet: str | None, group: str | None, mentions) -> None:
        """Count the document's terms (not a near-duplicate copy's) and keep it for the batch's linking."""
        doc = rec.document
        actors = ST.actor_weights(mentions)
        places = [(m.start, m.end) for e in rec.entities if e.type in ST.PLACE_TYPES for m in e.mentions]
        tf = ST.lead_tf(doc.title, doc.text, dedup.words, actors, places)
        lead = ST.lead_words(doc.text)
        event = SE.event_term(doc.title, lead, date, SE.place_names(rec.entities, ST.PLACE_TYPES))
        if event:
            tf[event] += SE.EVENT_WEIGHT
        self._count(doc.text, doc.title, [a for a, _, _ in actors] + ([event] if event else []), group is None)
        # an opinion piece whose title and lead centre on a scheduled event is about that happening: it joins as a
        # report does (corpus/story_events.py)
        opinion = ST.looks_like_opinion(doc.title, doc.text) and not (event and not SE.is_weak_event(event))
        title = ST.story_title(doc.title or ST.untitled(doc.text), (outlet, doc.site_name))
        unnamed = SE.unnamed_event(doc.title, lead, date)
        # a digest, and a tally of a standing topic (corpus/story_tally.py: one of an event's results joins it)
        alone = ST.looks_like_digest(doc.title or ST.untitled(doc.text), doc.text) or (
            not event and not unnamed and looks_like_tally(doc.text))
        self.pending.append(Pending(doc_id, date, outlet, group, title, tf, opinion, [a for a, _, _ in actors],
                                    alone, unnamed, ST.name_words(rec.entities, dedup.words)))

    def _count(self, text: str, title: str | None, extra: list[str], count: bool) -> None:
        """Count the document's words, its salient actors' terms and its event term (``extra``: actor ids and
        the event term) in ``term_df``."""
        if not count:
            return
        terms = {w for w in dedup.words((title or "") + "\n" + text) if 4 <= len(w) <= 64 and not w.isdigit()}
        terms = sorted(terms | {e if SE.is_event(e) else ST.actor_term(e) for e in extra})
        if not terms:
            return
        q = self.linker.q
        df = self._df(terms)
        old = [{"t": w, "n": df[w] + 1} for w in terms if w in df]
        new = [{"term": w, "n": 1} for w in terms if w not in df]
        if old:
            self.conn.execute(q.term_df_update, old)
        if new:
            self.conn.execute(q.insert[S.term_df], new)
        self.linker.ndocs += 1

    def _df(self, terms) -> dict[str, int]:
        terms = sorted(terms)
        df: dict[str, int] = {}
        for i in range(0, len(terms), 500):
            df.update({r[0]: r[1] for r in self.conn.execute(self.linker.q.term_df, {"b_terms": terms[i:i + 500]})})
        return df

    # -- the batch's linking -------------------------------------------------------------------------------------
    def flush(self) -> None:
        pending, self.pending = sorted(self.pending, key=lambda p: (p.date or "", p.doc_id)), []
        if not pending:
            return
        vectors = {}
        for p in pending:
            vectors[p.doc_id] = ST.content_vector(p.tf, self._df(p.tf), self.linker.ndocs)
        for p in pending:
            if p.unnamed and self._name_event(p):
                vectors[p.doc_id] = ST.content_vector(p.tf, self._df(p.tf), self.linker.ndocs)
            rows, base = self._window_rows(p, vectors[p.doc_id])
            factors, n_base = self._bursts(p, vectors[p.doc_id], rows, base)
            v = ST.burst(vectors[p.doc_id], factors)
            famous = ST.famous_actors(v, base, n_base, factors, p.names)
            # a digest stands alone: it joins no story, and with no vector stored no story joins it
            story = self._group_story(p) or (None if p.digest else
                                             self._nearest_story(p, v, rows, ST.term_caps(factors), famous))
            self._place(p, v, story)

    def _name_event(self, p: Pending) -> bool:
        """Resolve "the convention" as a reader does from the news of these days: the one party's convention (or
        debate) the placed documents within the window centre on becomes the document's event term, in place of the
        weak unnamed one, when the document names that party somewhere in its title or lead. No resolution when the
        window holds none, or two (the two parties' debates in one week)."""
        T = S.doc_terms.c
        found = sorted({t for (t,) in self.conn.execute(
            select(T.term).join(S.documents, S.documents.c.id == T.doc_id)
            .where(T.term.like(p.unnamed + ":%"), self._near(p)).distinct())})
        if len(found) != 1 or not SE.names_party(found[0], p.tf):
            return False
        p.tf.pop(p.unnamed, None)
        p.tf[found[0]] += SE.EVENT_WEIGHT
        p.opinion = False  # a piece centred on the event joins as a report does (see add)
        return True

    def _near(self, p: Pending, days: int | None = None):
        """The documents a story can be joined through: placed, within the window (``days``: STORY_WINDOW_DAYS)
        or undated."""
        D = S.documents.c
        days = ST.STORY_WINDOW_DAYS if days is None else days
        near = D.story_id.is_not(None) & (D.id != p.doc_id)
        d = _as_day(p.date)
        if d is not None:  # a month or a year only ("published": "2016-02") is no day to count a window from
            lo, hi = (d - dt.timedelta(days=days)).isoformat(), (d + dt.timedelta(days=days)).isoformat()
            near = near & (((D.date >= lo) & (D.date <= hi)) | D.date.is_(None))
        return near

    def _window_rows(self, p: Pending, v: dict) -> tuple[list, Counter]:
        """(doc id, weight, term, story) of the vector terms of the placed documents within the window, and how many
        placed documents within BURST_BASE_DAYS hold each term (counted by the database: the season's rows are
        not read)."""
        if not v:
            return [], Counter()
        D, T = S.documents.c, S.doc_terms.c
        terms = sorted(v)
        rows = self.conn.execute(select(T.doc_id, T.weight, T.term, D.story_id, D.date)
                                 .join(S.documents, D.id == T.doc_id).where(T.term.in_(terms), self._near(p))
                                 .order_by(T.doc_id, T.term)).all()
        # a state's voting day joins its coverage within VOTE_EVENT_DAYS: two parties' contests in one state are
        # days apart (Nevada's Democratic caucuses on a Saturday, its Republican ones the Tuesday after)
        near = [r[:4] for r in rows if ST.near_in_time(p.date, r[4]) and not (
            r[2].startswith(VOTE_EVENT) and (ST.days_apart(p.date, r[4]) or 0) > VOTE_EVENT_DAYS)]
        if not p.date:
            return near, Counter()
        base = Counter(dict(self.conn.execute(
            select(T.term, func.count()).join(S.documents, D.id == T.doc_id)
            .where(T.term.in_(terms), self._near(p, ST.BURST_BASE_DAYS)).group_by(T.term)).all()))
        return near, base

    def _bursts(self, p: Pending, v: dict, near: list, base: Counter) -> tuple[dict, int]:
        """The burst of the vector's terms within the window (corpus/stories.py ``bursts``): in how many of the
        window's placed documents each term is among the strongest, against the placed documents within
        BURST_BASE_DAYS (a season's words, "delegates" in the primaries, are no burst of one week); and how many
        placed documents are within BURST_BASE_DAYS."""
        if not v or not p.date:
            return {}, 0
        count = select(func.count()).select_from(S.documents)
        n_window = self.conn.execute(count.where(self._near(p))).scalar_one()
        n_base = self.conn.execute(count.where(self._near(p, ST.BURST_BASE_DAYS))).scalar_one()
        return ST.bursts(sorted(v), Counter(r[2] for r in near), n_window, base, n_base), n_base

    def _group_story(self, p: Pending) -> str | None:
        if not p.group:
            return None
        D = S.documents.c
        r = self.conn.execute(select(D.story_id).where(D.dup_group == p.group, D.id != p.doc_id,
                                                       D.story_id.is_not(None))
                              .order_by(D.date, D.id)).first()
        return r[0] if r else None

    def _nearest_story(self, p: Pending, v: dict, rows: list, caps: dict, famous=frozenset()) -> str | None:
        """The story to join (corpus/stories.py ``choose``) from each story's members within the window: the
        cosine to the nearest member (unit vectors: the sum over shared terms) and to the sum of those members."""
        if not v:
            return None
        D, T = S.documents.c, S.doc_terms.c
        near = self._near(p)
        sims: dict[str, float] = {}
        dots: dict[str, float] = {}
        story_of: dict[str, str] = {}
        df = self._df(v)
        parts: dict[str, list] = {}
        for doc_id, w, term, sid in rows:
            parts.setdefault(doc_id, []).append((ST.shared(w * v[term], caps.get(term, ST.TERM_CAP), term),
                                                 ST.famous_kind(term, famous)))
            dots[doc_id] = dots.get(doc_id, 0.0) + ST.uncapped(w * v[term], term)
            story_of[doc_id] = sid
        sims = {doc_id: ST.with_actors_cap(x) for doc_id, x in parts.items()}
        rare = ST.rare_words(v, df, self.linker.ndocs) - p.names
        shared_rare: Counter = Counter(doc_id for doc_id, _, term, _ in rows if term in rare)
        barred = self._other_models(p, sims, story_of)
        best: dict[str, tuple[float, str]] = {}
        signed: dict[str, tuple[float, str, int]] = {}  # each story's nearest member with SIGNATURE_TERMS rare words
        dot: dict[str, float] = {}
        for doc_id, sim in sorted(sims.items()):
            sid = story_of[doc_id]
            if sid in barred:
                continue
            dot[sid] = dot.get(sid, 0.0) + dots[doc_id]
            if sid not in best or (-round(sim, 9), doc_id) < (-round(best[sid][0], 9), best[sid][1]):
                best[sid] = (sim, doc_id)
            k = min(shared_rare[doc_id], ST.SIGNATURE_TERMS)
            if k and (sid not in signed or (-k, -round(sim, 9), doc_id) < (-signed[sid][2], -round(signed[sid][0], 9),
                                                                            signed[sid][1])):
                signed[sid] = (sim, doc_id, k)
        # the sum of a story's unit vectors is at least 1 long: a story whose dot product (uncapped; an event term at
        # least EVENT_CAP) is under the threshold cannot reach it, its members' vectors are not read
        wide = sorted(sid for sid, x in dot.items() if x >= ST.STORY_CENTROID_SIMILARITY)
        sums: dict[str, dict[str, float]] = {sid: {} for sid in wide}
        for i in range(0, len(wide), 500):
            for sid, term, w, day in self.conn.execute(
                    select(D.story_id, T.term, T.weight, D.date).join(S.documents, D.id == T.doc_id)
                    .where(D.story_id.in_(wide[i:i + 500]), near).order_by(D.id, T.term)):
                if term.startswith(VOTE_EVENT) and (ST.days_apart(p.date, day) or 0) > VOTE_EVENT_DAYS:
                    continue  # another day's vote in that state (see _window_rows)
                sums[sid][term] = sums[sid].get(term, 0.0) + w
        scores = [(sid, round(s, 9), round(ST.to_sum(v, sums[sid], caps, famous), 9) if sid in sums else 0.0, d)
                  for sid, (s, d) in best.items()]
        scores += [(sid, round(s, 9), 0.0, d, k) for sid, (s, d, k) in signed.items()]
        return ST.choose(scores, p.opinion)

    def _other_models(self, p: Pending, sims: dict, story_of: dict) -> set[str]:
        """The stories with a member whose title names another model or size of a product the document's title
        names (corpus/stories.py ``other_model``): another happening."""
        mine = ST.models(p.title)
        if not mine:
            return set()
        D = S.documents.c
        ids = sorted(sims)
        barred = set()
        for i in range(0, len(ids), 500):
            for doc_id, title in self.conn.execute(select(D.id, D.title).where(D.id.in_(ids[i:i + 500]))):
                if ST.other_model(mine, ST.models(title)):
                    barred.add(story_of[doc_id])
        return barred

    def _place(self, p: Pending, v: dict, story: str | None) -> None:
        c, q = self.conn, self.linker.q
        if v and not p.digest:
            c.execute(q.insert[S.doc_terms], [{"doc_id": p.doc_id, "term": w, "weight": x}
                                              for w, x in sorted(v.items())])
        if story is None:
            story = "s_" + _h(p.doc_id)
            c.execute(q.insert[S.stories], dict(id=story, title=p.title, first_date=p.date, last_date=p.date,
                                                n_docs=1, central=p.doc_id,
                                                outlets=json.dumps([p.outlet] if p.outlet else [],
                                                                   ensure_ascii=False)))
        else:
            s = c.execute(q.story, {"b_id": story}).mappings().first()
            outlets = set(json.loads(s["outlets"] or "[]")) | ({p.outlet} if p.outlet else set())
            vals = {"outlets": json.dumps(sorted(outlets), ensure_ascii=False)}  # (n_docs: recount_story)
            if p.date and (s["first_date"] is None or p.date < s["first_date"]):
                vals["first_date"] = p.date
            if p.date and (s["last_date"] is None or p.date > s["last_date"]):
                vals["last_date"] = p.date
            c.execute(update(S.stories).where(S.stories.c.id == story).values(**vals))
        c.execute(q.doc_story, {"b_id": p.doc_id, "v_story": story})
        self.linker._weigh(S.story_terms, story, [w for w, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))
                                                  if not SE.is_event(w)][:ST.STORY_TERMS])
        self.linker._weigh(S.story_actors, story, p.actors)
        self._title(story, p)
        leave_stories(c, p.doc_id, p.group)  # (the page's earlier versions: it is counted once, as this one)
        recount_story(c, story)  # (a near-duplicate copy joins its original's story as no new document)

    def _title(self, story: str, p: Pending) -> None:
        """The title of the story's most central member (corpus/stories.py centrality)."""
        c = self.conn
        D, T, St = S.documents.c, S.doc_terms.c, S.stories.c
        members = c.execute(select(D.id, D.date, D.title, D.url, D.seq, D.captured, D.outlet, D.site_name)
                            .where(D.story_id == story)).all()
        if not 2 <= len(members) <= ST.CENTRAL_RECOMPUTE:
            return  # a very large story keeps the title it had
        cur = c.execute(select(St.central).where(St.id == story)).scalar_one_or_none()
        old = superseded([(m[0], m[3], m[4], m[5]) for m in members])  # (a page's earlier version: its title is gone)
        members = [m for m in members if m[0] not in old] or members
        ids = [m[0] for m in members]
        vecs: dict[str, dict] = {i: {} for i in ids}
        for i in range(0, len(ids), 500):
            for d, w, x in c.execute(select(T.doc_id, T.term, T.weight).where(T.doc_id.in_(ids[i:i + 500]))):
                vecs[d][w] = x
        score = ST.centrality(vecs)
        info = {m[0]: m for m in members}
        ranked = sorted(ids, key=lambda d: (-round(score[d], 9), info[d][1] or "9999", d))
        best = next((d for d in ranked[:TITLE_CANDIDATES] if not self._opinion(d, info[d][2])), ranked[0])
        if best != cur:
            title = info[best][2]
            if not title:
                text = c.execute(select(D.text).where(D.id == best)).scalar_one_or_none()
                title = ST.untitled(text)
            title = ST.story_title(title, info[best][6:8])
            c.execute(update(S.stories).where(St.id == story).values(central=best, title=title))


    def _opinion(self, doc_id: str, title: str | None) -> bool:
        """An opinion piece by its headline or its lead (corpus/stories.py opinion_headline, looks_like_opinion):
        a report's headline names the story before it ("The speech we'd like to hear", a column on the night)."""
        if ST.opinion_headline(title):
            return True
        D = S.documents.c
        lead = self.conn.execute(select(func.substr(D.text, 1, 2500)).where(D.id == doc_id)).scalar_one_or_none()
        lead = lead or ""
        if title and lead.startswith(title):  # (a text that opens with its headline: the label comes next, "LETTERS.")
            lead = lead[len(title):]
        return ST.looks_like_opinion(title, lead)


TITLE_CANDIDATES = 5  # the most central members read for a report's headline (the most central one if none is)


def _h(*parts: str, n: int = 16) -> str:
    import hashlib
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def _as_day(v: str | None) -> dt.date | None:
    """A document's date as a day when it is one (a JSONL record may give only a month or a year)."""
    try:
        return dt.date.fromisoformat(v) if v and len(v) == 10 else None
    except ValueError:
        return None
