"""Corrections a user makes to the actors, kept as decisions: applied to the store at once, kept in the
``decisions`` table and in the pins of ``user_aliases`` (name key -> canonical name, or "-" for no actor), so they
hold for the documents ingested later and survive ``relink``.

- ``alias(CANONICAL, NAMES)``: every name is CANONICAL; the actors holding those names are merged now.
- ``merge(KEEP, OTHERS)``: the others' mentions, quotes, events and stories move to KEEP; their names are pinned
  to KEEP's name.
- ``split(ACTOR, ALIASES, into=NAME)``: the documents that call ACTOR by one of ALIASES move, with their quotes
  and events, to the actor NAME (new, or existing); the aliases are pinned to NAME.
- ``retype(ACTOR, TYPE)``: the actor's type, whatever its documents' tags vote.
- ``ignore(ACTOR)``: its names are no actor; its mentions become unresolved.
- ``relink(store)``: every document's actors, quotes, events and stories resolved again with the current rules
  and these decisions, in place and resumable (a store built by an earlier version is repaired, not rebuilt).

Rows move by id (mention rows of a document's entities); everything derived from them (the actors' aliases,
counts and names, event participants, quote speakers, story weights) is recomputed from those rows.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from ..corpus import stories as ST
from ..understand import names as N
from . import schema as S
from .actor_pins import IGNORE, actor_id
from .actors import ActorRows


class DecisionError(ValueError):
    """A correction that cannot be made (an unknown actor, an alias the actor does not have)."""


def _record(conn: Connection, kind: str, **args) -> None:
    conn.execute(insert(S.decisions).values(kind=kind, args=json.dumps(args, ensure_ascii=False),
                                            created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))


def _pin(conn: Connection, name: str, canonical: str) -> None:
    key = N.name_key(name)
    if key:
        conn.execute(delete(S.user_aliases).where(S.user_aliases.c.key == key))
        conn.execute(insert(S.user_aliases).values(key=key, alias=name, canonical=canonical))


def _actor(conn: Connection, aid: str) -> dict:
    r = conn.execute(select(S.actors).where(S.actors.c.id == aid)).mappings().first()
    if r is None:
        raise DecisionError(f"{aid}: no such actor")
    return dict(r)


def _names(conn: Connection, aid: str, kinds=("full", "name")) -> list[str]:
    AA = S.actor_aliases.c
    return [r[0] for r in conn.execute(select(AA.alias).where(AA.actor_id == aid, AA.kind.in_(kinds))
                                       .order_by(AA.alias))]


# -- derived rows of documents -------------------------------------------------------------------------------------
def rederive(conn: Connection, doc_ids: set[str]) -> None:
    """Event participants, event sources, quote speakers (and other speakers) and story weights of these documents,
    recomputed from their mention rows (after mention rows moved between actors)."""
    if not doc_ids:
        return
    AM, E, EA, QR, Q, D = (S.actor_mentions.c, S.events.c, S.event_actors.c, S.quote_reports.c, S.quotes.c,
                           S.documents.c)
    docs = sorted(doc_ids)
    for i in range(0, len(docs), 200):
        chunk = docs[i:i + 200]
        ent = {(d, e): a for d, e, a in conn.execute(select(AM.doc_id, AM.entity, AM.actor_id)
                                                       .where(AM.doc_id.in_(chunk)))}
        conn.execute(delete(S.event_actors).where(EA.doc_id.in_(chunk)))
        for d, local, actors_, targets, loc, src in conn.execute(
                select(E.doc_id, E.local_id, E.actors, E.targets, E.location, E.source_entity)
                .where(E.doc_id.in_(chunk))).all():
            rows = set()
            for role, refs in (("actor", json.loads(actors_ or "[]")), ("target", json.loads(targets or "[]")),
                               ("location", [json.loads(loc)] if loc else []),
                               ("source", [{"entity": src}] if src else [])):
                for r in refs:
                    a = ent.get((d, r.get("entity"))) if r else None
                    if a:
                        rows.add((a, role))
            if rows:
                conn.execute(insert(S.event_actors), [{"doc_id": d, "local_id": local, "actor_id": a, "role": ro}
                                                      for a, ro in sorted(rows)])
            conn.execute(update(S.events).where(E.doc_id == d, E.local_id == local)
                         .values(source_id=ent.get((d, src)) if src else None))
        QS = S.quote_speakers.c
        for d, local, e in conn.execute(select(QS.doc_id, QS.local_id, QS.entity).where(QS.doc_id.in_(chunk))).all():
            conn.execute(update(S.quote_speakers).where(QS.doc_id == d, QS.local_id == local, QS.entity == e)
                         .values(actor_id=ent.get((d, e))))
        quotes = {r[0] for r in conn.execute(select(QR.quote_id).where(QR.doc_id.in_(chunk)))}
        for qid in sorted(quotes):
            speaker = None
            for d, se in conn.execute(select(QR.doc_id, QR.speaker_entity).where(QR.quote_id == qid)
                                      .order_by(QR.seq)):
                speaker = ent.get((d, se)) if (d, se) in ent else _entity_actor(conn, d, se)
                if speaker:
                    break
            conn.execute(update(S.quotes).where(Q.id == qid).values(speaker_id=speaker))
    stories = {r[0] for r in conn.execute(select(D.story_id).where(D.id.in_(docs), D.story_id.is_not(None)))}
    story_weights(conn, stories)


def _entity_actor(conn: Connection, doc_id: str, entity: str | None) -> str | None:
    if not entity:
        return None
    r = conn.execute(select(S.actor_mentions.c.actor_id).where(S.actor_mentions.c.doc_id == doc_id,
                                                              S.actor_mentions.c.entity == entity)).first()
    return r[0] if r else None


def story_weights(conn: Connection, stories: set[str]) -> None:
    """A story's actor weights: in how many of its documents each actor is among the most mentioned."""
    AM, D, SA = S.actor_mentions.c, S.documents.c, S.story_actors.c
    for sid in sorted(stories):
        weights: dict[str, int] = {}
        for (doc_id,) in conn.execute(select(D.id).where(D.story_id == sid)):
            rows = conn.execute(select(AM.actor_id, AM.type, AM.n_mentions).where(AM.doc_id == doc_id)
                                .order_by(AM.entity)).all()
            top, _ = ST.salient_actors(rows)
            for a in top:
                weights[a] = weights.get(a, 0) + 1
        conn.execute(delete(S.story_actors).where(SA.story_id == sid))
        if weights:
            conn.execute(insert(S.story_actors), [{"story_id": sid, "actor_id": a, "weight": w}
                                                  for a, w in sorted(weights.items())])


def _move(conn: Connection, rows: list[tuple[str, str]], to: str, names: set[str] | None = None) -> set[str]:
    """Move mention rows (doc_id, entity) to actor ``to``; ``names``: the name keys the moved rows keep among
    their aliases (None: all). Returns the documents touched."""
    AM = S.actor_mentions.c
    for d, e in rows:
        where = (AM.doc_id == d, AM.entity == e)
        values = {"actor_id": to, "resolution": "user"}
        if names is not None:
            al = conn.execute(select(AM.aliases).where(*where)).scalar_one_or_none()
            values["aliases"] = json.dumps([[x, k] for x, k in json.loads(al or "[]") if N.name_key(x) in names],
                                           ensure_ascii=False)
        conn.execute(update(S.actor_mentions).where(*where).values(**values))
    return {d for d, _ in rows}


def _nothing_to_split(conn: Connection, a: dict, aliases: list[str], keys: set[str]) -> str:
    """Why a split finds no document to move, in one line: the actor has no such name, or has it only as a part of
    a full name its documents also give (its surname "Clinton" beside "Bill Clinton"), which a split cannot take
    away from it (it moves a document's whole entity, never some of its mentions)."""
    AA = S.actor_aliases.c
    said = " or ".join(repr(x) for x in aliases)
    have = conn.execute(select(AA.alias, AA.kind, AA.n_docs).where(AA.actor_id == a["id"], AA.key.in_(sorted(keys)))
                        .order_by(AA.n_docs.desc(), AA.alias)).all()
    full = _names(conn, a["id"], ("full",))[:4] or [a["name"]]
    if not have:
        names = ", ".join(_names(conn, a["id"], ("full", "name", "surname", "given"))[:12])
        return f"split: {a['name']} ({a['id']}) has no name {said}; its names: {names}"
    n = max(r.n_docs or 0 for r in have)
    kind = {"surname": "its surname", "given": "its given name"}.get(have[0].kind, "a part of its name")
    return (f"split: no document names {a['name']} ({a['id']}) {said} alone: {said} is {kind}, used only beside "
            f"{' / '.join(full)} ({n} document{'s' if n != 1 else ''}); a split moves a document's whole mention of "
            f"an actor, never a part of it: split by a name a document uses alone, or use merge or ignore")


def _adopt_unresolved(conn: Connection, names: list[str], to: str) -> set[str]:
    """Entities left unresolved under one of ``names`` become mentions of actor ``to`` (what the decision's pins
    make of them in later documents and in a relink). Returns the documents touched."""
    from ..corpus import identity as I
    from ..record import Analysis
    keys = {N.name_key(n) for n in names if N.name_key(n)}
    U, D = S.unresolved.c, S.documents.c
    rows = [(d, e, n) for d, e, n in conn.execute(select(U.doc_id, U.entity, U.name)) if N.name_key(n or "") in keys]
    for d, e, _ in rows:
        rec = Analysis.from_json(conn.execute(select(D.record).where(D.id == d)).scalar_one())
        lang = rec.document.language or "en"
        ent = next((x for x in rec.entities if x.id == e), None)
        conn.execute(delete(S.unresolved).where(U.doc_id == d, U.entity == e))
        if ent is None:
            continue
        v = I.view(ent, lang)
        conn.execute(insert(S.actor_mentions).values(
            doc_id=d, entity=e, actor_id=to, name=v.name, type=v.type, role=v.role, n_mentions=v.n_mentions,
            aliases=json.dumps(v.aliases, ensure_ascii=False), resolution="user"))
    return {d for d, _, _ in rows}


# -- the decisions -------------------------------------------------------------------------------------------------
def merge(conn: Connection, keep: str, others: list[str]) -> dict:
    """Merge ``others`` into ``keep`` (actor ids)."""
    k = _actor(conn, keep)
    gone = [o for o in dict.fromkeys(others) if o != keep]
    for o in gone:
        _actor(conn, o)
    AM = S.actor_mentions.c
    touched: set[str] = set()
    names = _names(conn, keep)
    merged = []  # the actors merged in, by the names the user knew them by (the decision log says so)
    for o in gone:
        names += _names(conn, o)
        oa = _actor(conn, o)
        merged.append(oa["name"])
        if k["type"] != "PERSON" or " " in (oa["name"] or "").strip():
            names.append(oa["name"])  # the name the user merged ("Steelers", an alias of the surname kind); not a
            # person's bare surname, which would take every "Trump" of later documents to the one kept
        rows = [(d, e) for d, e in conn.execute(select(AM.doc_id, AM.entity).where(AM.actor_id == o))]
        touched |= _move(conn, rows, keep)
    for n in dict.fromkeys([k["name"], *names]):
        _pin(conn, n, k["name"])
    touched |= _adopt_unresolved(conn, [k["name"], *names], keep)
    _record(conn, "merge", keep=k["name"], merged=merged, names=names, ids=[keep, *gone])
    if any(_actor(conn, o)["type"] != k["type"] for o in gone):  # the kept actor keeps its type, whatever the
        # merged documents' tags vote (the tagger's PERSON for "Steelers" outvoting the team's ORG)
        _record(conn, "retype", actor=keep, name=k["name"], type=k["type"])
    rows = ActorRows(conn)
    rederive(conn, touched)
    for o in gone:
        rows.refresh(o)
    rows.refresh(keep)
    return {"actor_id": keep, "merged": gone, "documents": len(touched), "name": k["name"], "merged_names": merged}


def split(conn: Connection, aid: str, aliases: list[str], into: str | None = None) -> dict:
    """The documents that name actor ``aid`` by one of ``aliases`` move to the actor ``into`` (default: the first
    alias): new, or the existing actor of that name."""
    a = _actor(conn, aid)
    keys = {N.name_key(x) for x in aliases if N.name_key(x)}
    if not keys:
        raise DecisionError("split: give at least one alias to move")
    AM = S.actor_mentions.c
    rows = []
    for d, e, name, al in conn.execute(select(AM.doc_id, AM.entity, AM.name, AM.aliases).where(AM.actor_id == aid)):
        # the names the document gives this entity: its name and its full names (a surname that is only another
        # form of a full name in the document is no reason to move it), read as a relink reads them (the keys
        # its pins are looked up by), so that a relink keeps the split as it was made
        used = _entity_keys(conn, d, e) or ({N.name_key(name)} |
                                            {N.name_key(x) for x, k in json.loads(al or "[]") if k in ("full", "name")})
        if used & keys:
            rows.append((d, e))
    if not rows:
        raise DecisionError(_nothing_to_split(conn, a, aliases, keys))
    label = into or aliases[0]
    # --into names an actor (existing or new); without it, a new actor takes the first alias as its name (the
    # actor holding that alias now is the one split, so it is never looked up). --into naming one of the aliases
    # split off is the same as no --into ("split 'Rick Perry' 'Richard Perry' --into 'Richard Perry'"); naming a
    # name the actor keeps is naming the actor itself
    found = _find(conn, label, besides=aid) if into else None
    if into and not found and N.name_key(label) not in keys and _find(conn, label) == aid:
        raise DecisionError(f"split: {label!r} is {a['name']} itself; name another actor to move them to "
                            f"(--into; 'into' in the API)")
    if not found and N.name_key(label) == N.name_key(a["name"] or ""):
        raise DecisionError(f"split: {label!r} is the name of {a['name']} ({aid}) itself; split off the names "
                            f"that are someone else's, or name the actor they go to (--into; 'into' in the API)")
    target = found or actor_id(a["type"] or "PERSON", N.name_key(label))
    if target == aid:  # the actor was begun by that very name: the new one needs an id of its own
        target = actor_id(a["type"] or "PERSON", N.name_key(label) + "\x1f" + aid)
    if conn.execute(select(S.actors.c.id).where(S.actors.c.id == target)).first() is None:
        conn.execute(insert(S.actors).values(id=target, name=label, type=a["type"], role=None, n_docs=0,
                                             n_mentions=0))
    n_docs = conn.execute(select(func.count()).select_from(S.actor_mentions).where(AM.actor_id == aid)).scalar_one()
    if len(rows) == n_docs and conn.execute(select(S.actors.c.n_docs).where(S.actors.c.id == target)).scalar_one() == 0:
        raise DecisionError(f"split: every document of {a['name']} ({aid}) names it {' or '.join(sorted(aliases))}"
                            f"; nothing would stay: rename it with `alias`, or give --into an existing actor")
    # the rows moved bring the target the names split off and its own name, never the bare partial names of the
    # full names moved (after "split 'Barack Obama' 'Obama White House' --into 'White House'" the White House is
    # not called "Obama"); a relink keeps them so (actor_pins.Decided.split_aliases)
    touched = _move(conn, rows, target, keys | {N.name_key(label)})
    for x in aliases:
        _pin(conn, x, label)
    _pin(conn, label, label)
    if N.name_key(a["name"] or "") not in keys | {N.name_key(label)}:
        _pin(conn, a["name"], a["name"])  # the name stays with the actor split (another now holds it too)
    touched |= _adopt_unresolved(conn, [label, *aliases], target)
    _record(conn, "split", actor=a["name"], aliases=list(aliases), into=label, ids=[aid, target])
    rederive(conn, touched)
    ar = ActorRows(conn)
    ar.refresh(aid)
    ar.refresh(target)
    return {"actor_id": target, "from": aid, "documents": len(touched),  # moved, and adopted from unresolved
            "name": label, "from_name": a["name"]}


def _entity_keys(conn: Connection, doc_id: str, entity: str) -> set[str]:
    """The name keys a relink looks the user's pins up by for entity ``entity`` of document ``doc_id``
    (``corpus.identity.View.keys``); empty when the record is not there."""
    from ..corpus import identity as I
    from ..record import Analysis
    raw = conn.execute(select(S.documents.c.record).where(S.documents.c.id == doc_id)).scalar_one_or_none()
    if not raw:
        return set()
    rec = Analysis.from_json(raw)
    ent = next((x for x in rec.entities if x.id == entity), None)
    return set(I.view(ent, rec.document.language or "en").keys) if ent is not None else set()


def fate(conn: Connection, ref: str) -> str | None:
    """What a user's decision did to an actor id that is gone ("was ignored", "was merged into X (id)"), else
    None: a second correction of the same actor, or an old link, says why it finds no actor."""
    for kind, args in conn.execute(select(S.decisions.c.kind, S.decisions.c.args)
                                   .order_by(S.decisions.c.id.desc())):
        a = json.loads(args or "{}")
        ids = a.get("ids") or []
        if kind == "ignore" and ids[:1] == [ref]:
            return f"{ref} was ignored (a user decided {a.get('actor')!r} is no actor)"
        if kind == "merge" and ref in ids[1:]:
            return f"{ref} was merged into {a.get('keep')} ({ids[0]})"
        if kind == "split" and ids[:1] == [ref]:
            return f"{ref} was split; its documents moved to {a.get('into')} ({ids[-1]})"
    return None


def already(conn: Connection, kind: str, ref: str, keep: str | None = None) -> str | None:
    """A correction asked again for an actor that is gone by a user's decision: "ignore" of an actor (id or name)
    already ignored, "merge" of an actor (id) already merged into ``keep``. Returns the sentence saying it is so
    already (the correction then answers success, changing nothing), else None."""
    from .queries import actor_ids
    if actor_ids(conn, ref):  # a name some actor still answers to: the correction applies to it
        return None
    key = N.name_key(ref)
    for k, args in conn.execute(select(S.decisions.c.kind, S.decisions.c.args)
                                .where(S.decisions.c.kind == kind).order_by(S.decisions.c.id.desc())):
        a = json.loads(args or "{}")
        ids = a.get("ids") or []
        if k == "ignore" and ids and (ids[0] == ref or (key and N.name_key(a.get("actor") or "") == key)):
            return f"{a.get('actor')} ({ids[0]}) is ignored already: nothing changed"
        if k == "merge" and keep and ref in ids[1:] and ids[0] == keep:
            return f"{ref} is merged into {a.get('keep')} ({keep}) already: nothing changed"
    return None


def merged_already(conn: Connection, keep: str, others: list[str]) -> str | None:
    """A merge whose other names all find the actor ``keep`` (after their documents merged into it): asked again,
    it is so already (a success changing nothing). None when one of them is the actor's own id or name: a merge of
    the actor with itself, which has nothing to merge (an error)."""
    k = _actor(conn, keep)
    if any(o == keep or N.name_key(o) == N.name_key(k["name"] or "") for o in others):
        return None
    return (f"{', '.join(others)} {'is' if len(others) == 1 else 'are'} {k['name']} ({keep}) already: nothing "
            f"changed (to take documents away from an actor, use split)")


def _find(conn: Connection, name: str, besides: str | None = None) -> str | None:
    """The actor holding ``name`` as a full name or name (the one in most documents), ``besides`` one not."""
    key = N.name_key(name)
    AA = S.actor_aliases.c
    r = conn.execute(select(AA.actor_id).join(S.actors, S.actors.c.id == AA.actor_id)
                     .where(AA.key == key, AA.kind.in_(("full", "name")), AA.actor_id != (besides or ""))
                     .order_by(S.actors.c.n_docs.desc(), AA.actor_id)).first()
    return r[0] if r else None


def retype(conn: Connection, aid: str, typ: str) -> dict:
    a = _actor(conn, aid)
    typ = typ.upper()
    _record(conn, "retype", actor=aid, name=a["name"], type=typ)
    conn.execute(update(S.actors).where(S.actors.c.id == aid).values(type=typ))
    return {"actor_id": aid, "type": typ}


def ignore(conn: Connection, aid: str) -> dict:
    """The actor's names are no actor: its mention rows become unresolved rows; the actor is deleted."""
    a = _actor(conn, aid)
    names = _names(conn, aid, ("full", "name", "surname", "given"))
    for n in dict.fromkeys([a["name"], *names]):
        _pin(conn, n, IGNORE)
    AM = S.actor_mentions.c
    rows = conn.execute(select(AM.doc_id, AM.entity, AM.name, AM.type).where(AM.actor_id == aid)).all()
    for d, e, name, typ in rows:
        conn.execute(delete(S.unresolved).where(S.unresolved.c.doc_id == d, S.unresolved.c.entity == e))
        conn.execute(insert(S.unresolved).values(doc_id=d, entity=e, name=name, type=typ, candidates="[]",
                                                 reason="a user decided this name is no actor"))
    conn.execute(delete(S.actor_mentions).where(AM.actor_id == aid))
    _record(conn, "ignore", actor=a["name"], names=names, ids=[aid])
    rederive(conn, {d for d, *_ in rows})
    ActorRows(conn).refresh(aid)
    return {"actor_id": aid, "documents": len(rows)}


def alias(conn: Connection, canonical: str, aliases: list[str]) -> dict:
    """Every name in ``aliases`` is ``canonical`` (for future documents too); the actors already holding those
    names (as a full name or a name) are merged into the one holding the canonical name, else the largest."""
    for n in [canonical, *aliases]:
        _pin(conn, n, canonical)
    AA, Ac = S.actor_aliases.c, S.actors.c
    ids: list[str] = []
    for n in [canonical, *aliases]:
        key = N.name_key(n)
        for aid, name, kind in conn.execute(select(AA.actor_id, Ac.name, AA.kind)
                                            .join(S.actors, Ac.id == AA.actor_id).where(AA.key == key)
                                            .order_by(Ac.n_docs.desc(), AA.actor_id)):
            # an actor known by this name in full, or only by it (a surname nobody has in full yet)
            if aid not in ids and (kind in ("full", "name") or N.name_key(name) == key):
                ids.append(aid)
    _record(conn, "alias", canonical=canonical, names=list(aliases), ids=ids[:1])
    if not ids:
        return {"actor_id": None, "merged": []}
    keep = ids[0]
    conn.execute(update(S.actors).where(Ac.id == keep).values(name=canonical))
    out = merge(conn, keep, ids[1:]) if len(ids) > 1 else {"merged": []}
    touched = _adopt_unresolved(conn, [canonical, *aliases], keep)
    if touched:
        rederive(conn, touched)
        ActorRows(conn).refresh(keep)
    conn.execute(update(S.actors).where(Ac.id == keep).values(name=canonical))
    return {"actor_id": keep, "merged": out["merged"]}


def listing(conn: Connection) -> list[dict]:
    """The decisions kept, oldest first: {id, kind, what (one line), created, args}."""
    out = []
    for i, kind, args, created in conn.execute(select(S.decisions.c.id, S.decisions.c.kind, S.decisions.c.args,
                                                      S.decisions.c.created).order_by(S.decisions.c.id)):
        a = json.loads(args or "{}")
        out.append({"id": i, "kind": kind, "what": _what(kind, a), "created": created, "args": a})
    return out


def _quoted(names) -> str:
    return ", ".join(f"'{n}'" for n in names or []) or "?"


def _what(kind: str, a: dict) -> str:
    """A decision in the user's terms, as the user made it ("merged 'Jennifer Williams' into 'Greedy Williams'"):
    the names the user acted on, never the aliases the actors gathered (review r18: a merge was listed by every
    alias of the actor kept)."""
    if kind == "alias":
        return f"{_quoted(a.get('names'))} = '{a.get('canonical')}'"
    if kind == "merge":
        if "merged" in a:
            return f"merged {_quoted(a['merged'])} into '{a.get('keep')}'"
        return f"merged into '{a.get('keep')}': {_quoted(a.get('names'))}"  # a decision kept by an earlier version
    if kind == "split":
        return f"split {_quoted(a.get('aliases'))} from '{a.get('actor')}' into '{a.get('into')}'"
    if kind == "retype":
        return f"'{a.get('name') or a.get('actor')}' is {a.get('type')}"
    if kind == "ignore":
        return f"'{a.get('actor')}' is no actor"
    return json.dumps(a, ensure_ascii=False)


def _pins_of(kind: str, a: dict) -> list[tuple[str, str]]:
    """The (name, canonical) pins a decision made (as alias, merge, split and ignore above write them)."""
    if kind == "alias":
        return [(n, a["canonical"]) for n in [a.get("canonical"), *(a.get("names") or [])] if n]
    if kind == "merge":
        return [(n, a["keep"]) for n in [a.get("keep"), *(a.get("names") or [])] if n]
    if kind == "split":
        into, actor = a.get("into"), a.get("actor") or ""
        pins = [(n, into) for n in [*(a.get("aliases") or []), into] if n]
        if N.name_key(actor) not in {N.name_key(n) for n, _ in pins}:
            pins.append((actor, actor))
        return pins
    if kind == "ignore":
        return [(n, IGNORE) for n in [a.get("actor"), *(a.get("names") or [])] if n]
    return []


def undo(conn: Connection, decision_id: int) -> dict:
    """Take a decision back: it is deleted, and the names it pinned are pinned again as the decisions left say
    (or no more). Its effect on the stored rows goes with the next ``relink`` (the callers run it)."""
    row = conn.execute(select(S.decisions.c.kind, S.decisions.c.args)
                       .where(S.decisions.c.id == decision_id)).first()
    if row is None:
        raise DecisionError(f"no decision {decision_id} (see `newsgraph decisions`)")
    what = next(d for d in listing(conn) if d["id"] == decision_id)
    conn.execute(delete(S.decisions).where(S.decisions.c.id == decision_id))
    keys = {N.name_key(n) for n, _ in _pins_of(row[0], json.loads(row[1] or "{}"))} - {""}
    if keys:
        conn.execute(delete(S.user_aliases).where(S.user_aliases.c.key.in_(sorted(keys))))
        for kind, args in conn.execute(select(S.decisions.c.kind, S.decisions.c.args)
                                       .order_by(S.decisions.c.id)).all():
            for n, canonical in _pins_of(kind, json.loads(args or "{}")):
                if N.name_key(n) in keys:
                    _pin(conn, n, canonical)
    return {"id": decision_id, "kind": what["kind"], "what": what["what"]}
