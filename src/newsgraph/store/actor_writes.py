"""The writing half of the actor rows (store/actors.py): a resolved mention's rows (mention, aliases, type votes,
the actor's counts, dates, role and name) and :meth:`ActorWrites.refresh`, which recomputes an actor from its mention
rows after a merge, a split or a relink."""
from __future__ import annotations

import json

from sqlalchemy import delete, insert, select, update

from ..corpus import identity as I
from ..corpus.identity_choose import ROLE_MIN_SHARE, voted_role
from ..understand import names as N
from ..understand.name_scripts import latin_surname, org_latin_key
from . import schema as S


def _latin(alias: str, kind: str) -> str | None:
    """actor_aliases.latin: a full name's surname, or an organisation's name, in the key both scripts share
    (schema.py)."""
    if kind == "full":
        return latin_surname(alias) or None
    return (org_latin_key(alias) or None) if kind == "name" else None


def refill_latin(conn, kinds: tuple[str, ...]) -> None:
    """actor_aliases.latin computed again for the aliases of these kinds (the store's migrations 14 and 15)."""
    AA = S.actor_aliases.c
    for aid, alias, kind, old in conn.execute(select(AA.actor_id, AA.alias, AA.kind, AA.latin)
                                              .where(AA.kind.in_(kinds))).all():
        new = _latin(alias, kind)
        if new != old:
            conn.execute(update(S.actor_aliases).where(AA.actor_id == aid, AA.alias == alias, AA.kind == kind)
                         .values(latin=new))


class ActorWrites:
    """Mixin of :class:`store.actors.ActorRows` (which gives ``conn``, ``q``, ``_pinned``, ``_locked``,
    ``locked_type`` and ``new_bearers``)."""

    # -- writing ---------------------------------------------------------------------------------------------------
    def _unresolved(self, doc_id: str, v: I.View, cands: list[I.Candidate], reason: str) -> None:
        self.conn.execute(self.q.insert[S.unresolved], dict(
            doc_id=doc_id, entity=v.entity, name=v.name, type=v.type, reason=reason[:500],
            candidates=json.dumps([{"id": c.id, "name": c.name} for c in cands[:8]], ensure_ascii=False)))

    def _mention(self, doc_id: str, v: I.View, aid: str, why: str, date: str | None, first_in_doc: bool) -> None:
        c, q = self.conn, self.q
        c.execute(q.insert[S.actor_mentions], dict(
            doc_id=doc_id, entity=v.entity, actor_id=aid, name=v.name, type=v.type, role=v.role,
            n_mentions=v.n_mentions, aliases=json.dumps(v.aliases, ensure_ascii=False), resolution=why[:24]))
        if first_in_doc:
            self._count_type(aid, v.type)
        for alias, kind in dict.fromkeys(v.aliases):
            self._count_alias(aid, alias, kind)
        a = c.execute(q.actor, {"b_id": aid}).mappings().first()
        vals = {"b_id": aid, "v_n_mentions": (a["n_mentions"] or 0) + v.n_mentions,
                "v_n_docs": (a["n_docs"] or 0) + (1 if first_in_doc else 0), "v_first_date": a["first_date"],
                "v_last_date": a["last_date"], "v_role": a["role"] or v.role}
        n_docs = vals["v_n_docs"]
        if v.role and v.role != a["role"] and (a["role"] or n_docs * ROLE_MIN_SHARE > 1):
            # another role (or one for an actor of many documents): the one enough of its documents give
            vals["v_role"] = self._voted_role(aid, a["role"], n_docs)
        elif a["role"] and first_in_doc and n_docs >= 1 / ROLE_MIN_SHARE and n_docs & (n_docs - 1) == 0:
            vals["v_role"] = self._voted_role(aid, a["role"], n_docs)  # (its share again, as its documents double)
        if date:
            if not a["first_date"] or date < a["first_date"]:
                vals["v_first_date"] = date
            if not a["last_date"] or date > a["last_date"]:
                vals["v_last_date"] = date
        vals["v_name"], vals["v_type"] = self._name_and_type(aid, a["name"], a["type"])
        c.execute(q.actor_update, vals)
        if first_in_doc and I.becomes_bearer(a["n_docs"] or 0, bool(a["role"]), v, a["name"], vals["v_type"]):
            self.new_bearers.add(v.person.last)  # a new candidate for the surname (store/settle.py)

    def _voted_role(self, aid: str, current: str | None, n_docs: int = 0) -> str | None:
        """The role most of an actor's documents give it (the current one on a tie): not the first one ever read
        ("President" for Michelle Obama from one coreference slip, Trump "President" in a 2015-16 corpus); counted
        over all the rows giving it a role (actor_sql.role_counts: one index read, in no order), so the vote does
        not depend on which documents a database returns first. Ingest and :meth:`refresh` (a merge, a split,
        relink) both vote here: one rule."""
        counts = dict(self.conn.execute(self.q.role_counts, {"b_id": aid}).all())
        return voted_role(dict(sorted(counts.items())), current, n_docs) if counts else current

    def _count_alias(self, aid: str, alias: str, kind: str) -> None:
        alias = (N.headline_cut(alias) if kind == "full" else alias).strip()
        key = N.name_key(alias)
        if key:
            t = key.split()
            self.conn.execute(self.q.alias_upsert(self.conn), dict(
                actor_id=aid, alias=alias, key=key, first=t[0], last=t[-1], origin="auto", kind=kind, n_docs=1,
                latin=_latin(alias, kind)))

    def _count_type(self, aid: str, typ: str) -> None:
        self.conn.execute(self.q.type_upsert(self.conn), dict(actor_id=aid, type=typ, n=1))

    def _name_and_type(self, aid: str, name: str, typ: str) -> tuple[str, str]:
        types = dict(self.conn.execute(self.q.type_counts, {"b_id": aid}).all())
        new_type = self.locked_type(aid) or I.vote_type(types, typ, N.person_shaped(name))
        if self._pinned is None:
            self._pinned = {r[0] for r in self.conn.execute(select(S.user_aliases.c.canonical).distinct())}
        if name in self._pinned:  # a name a user gave (alias, merge, split --into) stays the actor's name
            return name, new_type
        counts = {(a, k): n or 0 for a, k, n in self.conn.execute(self.q.alias_counts, {"b_id": aid})}
        return I.canonical_name(counts, name, new_type in I.PERSON_TYPES), new_type

    # -- derived rows of one actor, from its mentions -------------------------------------------------------------
    def refresh(self, aid: str) -> bool:
        """Recompute an actor's aliases, type votes, counts, dates, role and name from its mention rows (after a
        merge, a split or a relink); delete it when no mention is left. Returns whether it still exists."""
        c = self.conn
        AM, D = S.actor_mentions.c, S.documents.c
        rows = c.execute(select(AM.doc_id, AM.type, AM.n_mentions, AM.aliases, D.date)
                         .join(S.documents, D.id == AM.doc_id).where(AM.actor_id == aid)
                         .order_by(D.seq, AM.entity)).all()
        c.execute(delete(S.actor_aliases).where(S.actor_aliases.c.actor_id == aid))
        c.execute(delete(S.actor_types).where(S.actor_types.c.actor_id == aid))
        if not rows:
            c.execute(delete(S.actors).where(S.actors.c.id == aid))
            return False
        docs: dict[str, tuple] = {}
        aliases: dict[str, set[str]] = {}  # alias -> its documents (one row per alias, as the table's key is)
        kinds: dict[str, str] = {}  # alias -> its first kind, in document order (as ingest's upsert keeps it)
        types: dict[str, set[str]] = {}
        n_mentions = 0
        for doc_id, typ, n, al, date in rows:
            docs.setdefault(doc_id, (date,))
            types.setdefault(typ, set()).add(doc_id)
            n_mentions += n or 0
            for alias, kind in json.loads(al or "[]"):
                alias = N.headline_cut(alias) if kind == "full" else alias
                kinds.setdefault(alias, kind)  # "Joe" a given name in one document and a surname in another
                aliases.setdefault(alias, set()).add(doc_id)
        for alias, ds in aliases.items():
            kind = kinds[alias]
            key = N.name_key(alias)
            if key:
                t = key.split()
                c.execute(insert(S.actor_aliases).values(actor_id=aid, alias=alias, key=key, first=t[0], last=t[-1],
                                                         latin=_latin(alias, kind),
                                                         origin="auto", kind=kind, n_docs=len(ds)))
        for typ, ds in types.items():
            c.execute(insert(S.actor_types).values(actor_id=aid, type=typ, n=len(ds)))
        dates = sorted(d[0] for d in docs.values() if d[0])
        role = self._voted_role(aid, None, len(docs))  # the vote ingest takes
        a = c.execute(self.q.actor, {"b_id": aid}).mappings().first()
        self._locked = self._pinned = None  # decisions may have just changed
        name, typ = self._name_and_type(aid, a["name"], a["type"])
        c.execute(update(S.actors).where(S.actors.c.id == aid).values(
            n_docs=len(docs), n_mentions=n_mentions, role=role, first_date=dates[0] if dates else None,
            last_date=dates[-1] if dates else None, name=name, type=typ))
        return True
