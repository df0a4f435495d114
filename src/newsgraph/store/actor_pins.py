"""What users decided about actors, as the actor rows read it while resolving documents (store/decisions.py writes
the decisions): names pinned to a canonical name (``user_aliases``), types given (``retype`` decisions), and the
actor a pinned name resolves to.
"""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from ..corpus import identity as I
from ..understand import names as N
from . import schema as S

IGNORE = "-"  # a pinned name that is no actor


def actor_id(typ: str, key: str) -> str:
    return "a_" + hashlib.sha1("\x1f".join((typ, key)).encode("utf-8")).hexdigest()[:16]


class Decided:
    """The users' decisions for :class:`store.actors.ActorRows` (which gives ``conn``, ``q``, ``_locked``,
    ``_full_surnames``, ``_candidates`` and ``_new``)."""

    def pinned(self, keys: list[str]) -> str | None:
        """The canonical name a user pinned one of these keys to (IGNORE for an ignored name), else None. A pin that
        sends a name elsewhere beats one that keeps a name where it is: after "split United Kingdom UK --into Great
        Britain", an entity named both "United Kingdom" and "UK" goes to Great Britain, as the split moved it."""
        stay = None
        for k in keys:
            r = self.conn.execute(self.q.pin, {"b_key": k}).first()
            if r:
                if N.name_key(r[0]) != k:
                    return r[0]
                stay = stay or r[0]
        return stay

    def locked_type(self, aid: str) -> str | None:
        return self._locks()[0].get(aid)

    def _locks(self) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
        """({actor id: the type a user gave it}, {name key of a canonical name a user gave: (actor id, type or
        None)}), read once from the decisions: a retype names the actor and its type, an alias, a merge or a split
        the actor its canonical name was given to (so that relink gives that actor its id again)."""
        if self._locked is None:
            self._locked, self._locked_names, self._split_kept = {}, {}, set()
            self._split_off: dict[str, str] = {}  # name key a user split off -> the key of the name it went to
            for kind, args in self.conn.execute(select(S.decisions.c.kind, S.decisions.c.args)
                                                .where(S.decisions.c.kind.in_(("retype", "alias", "merge", "split")))
                                                .order_by(S.decisions.c.id)):
                a = json.loads(args)
                if kind == "retype":
                    self._locked[a["actor"]] = a["type"]
                    named, aid, typ = a.get("name"), a["actor"], a["type"]
                else:
                    ids = a.get("ids") or []
                    named = {"alias": a.get("canonical"), "merge": a.get("keep"), "split": a.get("into")}[kind]
                    aid = (ids[1] if kind == "split" and len(ids) > 1 else ids[0]) if ids else None
                    typ = self._locked.get(aid) if aid else None
                    if kind == "split" and ids and N.name_key(a.get("actor") or ""):  # the actor split keeps its name
                        self._locked_names[N.name_key(a["actor"])] = (ids[0], self._locked.get(ids[0]))
                        self._split_kept.add(N.name_key(a["actor"]))
                    if kind == "split" and N.name_key(a.get("into") or ""):
                        for x in [*(a.get("aliases") or []), a["into"]]:
                            if N.name_key(x):
                                self._split_off[N.name_key(x)] = N.name_key(a["into"])
                if named and aid and N.name_key(named):
                    self._locked_names[N.name_key(named)] = (aid, typ)
        return self._locked, self._locked_names

    def split_aliases(self, v: I.View, canonical: str) -> list[tuple[str, str]]:
        """The aliases an entity a user's split sent to ``canonical`` gives that actor: the names split off and the
        actor's own name, not the bare partial names of the full names moved ("split 'Barack Obama' 'Obama White
        House' --into 'White House'": the White House is not called "Obama"). Other entities keep theirs."""
        self._locks()
        into = N.name_key(canonical)
        if into in v.keys or not any(self._split_off.get(k) == into for k in v.keys):
            return v.aliases
        return [(x, k) for x, k in v.aliases if self._split_off.get(N.name_key(x)) == into]

    # -- one document ----------------------------------------------------------------------------------------------
    def _pinned_actor(self, canonical: str, v: I.View) -> str:
        key = N.name_key(canonical)
        if key in self._locks()[1] and key in self._split_kept:  # the name of an actor a user split: its own
            return self._locked_actor(canonical, key, v)  # id, though the actor split off holds the name too
        for r in self.conn.execute(self.q.by_key, {"b_key": key}).all():
            if r.kind in ("full", "name") or N.name_key(r.name) == key:
                return r.id
        if v.type == I.PERSON:  # known so far by the surname alone: the pinned full name completes it, as an
            # unpinned one does (``_full``), so that a user's alias does not move the actor's id to a new one
            p = N.parse(canonical)
            provisional = [c for c in self._candidates(self.conn.execute(self.q.persons_by_last,
                                                                         {"b_last": p.last}).all())
                           if not c.full_names and c.name and N.parse(c.name).surname == p.surname]
            if len(provisional) == 1 and self._full_surnames.get(p.last, 0) < 2:
                return provisional[0].id
        if key in self._locks()[1]:  # the actor a user gave this name to: its id (and the type a user gave it),
            # whatever the tagger said of the document that names it first ("Steelers" tagged PERSON, merged into
            # the ORG; "Trump" aliased to "Donald Trump" in a store whose first document says "Trump" alone)
            return self._locked_actor(canonical, key, v)
        return self._new(v.type, canonical, key)

    def _locked_actor(self, canonical: str, key: str, v: I.View) -> str:
        aid, typ = self._locks()[1][key]
        if self.conn.execute(self.q.actor_exists, {"b_id": aid}).first() is None:
            self.conn.execute(self.q.insert[S.actors], dict(id=aid, name=canonical, type=typ or v.type,
                                                            role=None, n_docs=0, n_mentions=0))
        return aid
