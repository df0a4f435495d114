"""A sentence that opens with a comparison ("Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey has spoken out
about …", "Unlike her rival, Senator Ann Roe voted …"): the one compared with is not the one who speaks. The parser
often reads the opening noun ("head") as a verb and its clause as the subject; the speaker is the noun phrase after
the comma, right before the verb (round 29, enind29)."""
from __future__ import annotations

_OPENERS = ("like", "unlike")


def past_comparison(ctx, v, subj):
    """The head of the noun phrase between the comparison's comma and ``v`` when ``subj`` lies inside a sentence's
    opening "Like …," / "Unlike …," phrase, else ``subj``."""
    if subj is None:
        return subj
    s_lo, _ = ctx.sent(v.idx)
    first = ctx.token_at(s_lo)
    if first is None or first.lower_ not in _OPENERS or not (s_lo <= subj.idx < v.idx):
        return subj
    comma = next((t for t in ctx.doc[first.i:v.i] if t.text == ","), None)
    if comma is None or subj.i > comma.i:
        return subj
    k = v.i - 1
    while k > comma.i and ctx.doc[k].dep_ in ("aux", "neg", "advmod", "prt", "punct"):
        k -= 1
    head = ctx.doc[k]
    return head if k > comma.i and head.pos_ in ("PROPN", "NOUN", "PRON") else subj
