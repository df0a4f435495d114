"""Callings that stand for no speaker (``ru.described_person``): whom words were told, in the dative ("Министру
Петрову сообщили, что …", r24), and (r29) one governed by a preposition -- whom the speakers talked with or to
("Несколько жителей в беседе с корреспондентом «Голоса Америки» отметили, что …", "жалобы к губернатору"): the
subject of the cue is who speaks, and such a calling is no name of a person named before."""
from __future__ import annotations


def addressed(toks, j: int) -> bool:
    """The calling at token ``j`` is in the dative, or has a preposition of its own (a "case" child)."""
    t = toks[j]
    return (t.feats or {}).get("Case") == "Dat" or any(toks[c].dep == "case" and toks[c].pos == "ADP"
                                                       for c in t.children)
