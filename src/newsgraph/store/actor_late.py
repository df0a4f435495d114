"""A titled surname actor completed late: "President Halvorsen" first read alone, then "Erik Halvorsen" named in full
without a role (a new person: the titled surname waits for the role or the corpus's evidence,
identity.completes_surname), then "President Erik Halvorsen". Read in another order the store holds one person (the
full name with the role completes the surname actor, or the bare surname finds the only full name); read in this
one it held two for ever: the surname actor, and the full name every later bare "Halvorsen" of the corpus went to.
The full name that gives the surname actor's role is the evidence the first full name lacked, so it takes the
surname actor's documents over (their mentions move, their quotes, events and stories follow: decisions.rederive).

Only when the evidence is one-sided: the document names one person of the surname in full, the surname actor is
the only one of that surname without a full name, the document's role matches a role its own documents gave it,
and no other person of that surname named in full holds that role ("Senator Kennedy" is not completed by a
"Senator John Kennedy" when a "Senator Ted Kennedy" is known too). A user's decisions are never moved.
"""
from __future__ import annotations

from sqlalchemy import select, update

from ..corpus import identity as I
from ..understand import names as N
from . import schema as S

ROLE_SHARE = 0.5  # the least word overlap of the document's role with one the surname actor's documents gave
MOVABLE = ("surname", "new surname")  # the bare surname's own rows (not evidence choices, not a user's)


def complete_late(rows, p, full, role: str | None, cands: list) -> None:
    """Move the titled surname actor of ``p``'s surname to ``full`` (the one actor the full name ``p`` fits) when
    the document's ``role`` is the evidence (module doc). ``rows``: the ActorRows resolving the document."""
    if not role or rows._full_surnames.get(p.last, 0) >= 2:
        return
    provisional = [c for c in cands if not c.full_names and c.name and N.parse(c.name).surname == p.surname]
    if len(provisional) != 1:
        return
    prov = provisional[0]

    def roles(aid: str) -> dict[str, int]:
        return {r[0]: r[1] for r in rows.conn.execute(rows.q.roles, {"b_id": aid})}
    if I.role_match(role, roles(prov.id)) < ROLE_SHARE:
        return
    if any(c.full_names and c.id != full.id and I.role_match(role, roles(c.id)) >= ROLE_SHARE for c in cands):
        return  # another person of the surname named in full holds that role: which one it was is unknown
    AM = S.actor_mentions.c
    moved = [(d, e) for d, e, r in rows.conn.execute(select(AM.doc_id, AM.entity, AM.resolution)
                                                     .where(AM.actor_id == prov.id)) if r in MOVABLE]
    if not moved:
        return
    for d, e in moved:
        rows.conn.execute(update(S.actor_mentions).where(AM.doc_id == d, AM.entity == e)
                          .values(actor_id=full.id, resolution="completes a surname"))
    from .decisions import rederive  # (decisions imports the actor rows)
    rederive(rows.conn, {d for d, _ in moved})
    rows.refresh(prov.id)
    rows.refresh(full.id)
    rows.new_bearers.add(p.last)  # the names decided among the candidates of their time are decided again
