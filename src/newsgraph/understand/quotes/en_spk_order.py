"""A speaker named by order: "the former" and "the latter" (English; round 20).

"Councilmen Tom Brandt and Hector Alvarado voted no. The former said …, the latter argued …": the words point back to
two actors named together, the former to the first of them, the latter to the second. The pair is the nearest one
before the speaker phrase, within the paragraph or the one before it: two actors joined by "and" (or "or"), else
the only two actors of one kind named in the sentence before. Anything else (one actor, three of one kind, a pair
far back) leaves the phrase as written: an unsure reading credits nobody.
"""
from __future__ import annotations

import re

_ORDER = re.compile(r"(?i)^the\s+(former|latter)$")
_JOINED = re.compile(r"^,?\s+(?:and|or)\s+(?:[A-Z][\w.]*\.\s+)*$")  # "Brandt and Sen. Alvarado"
_REACH = 700  # characters back: the paragraph of the speaker and the one before it
_KINDS = ("PERSON", "ORG", "GROUP", "GPE", "MEDIA")


def order_actor(ctx, lo: int, hi: int) -> tuple[int, int, int] | None:
    """(lo, hi, entity) when ``text[lo:hi]`` is "the former" or "the latter" and the pair it points to is clear."""
    m = _ORDER.match(ctx.text[lo:hi].strip())
    if m is None:
        return None
    pair = _pair(ctx, lo)
    if pair is None:
        return None
    return lo, hi, pair[0] if m.group(1).lower() == "former" else pair[1]


def _named(ctx, lo: int) -> list[tuple[int, int, int]]:
    """Name mentions (start, end, entity) of actors before ``lo`` within reach, in text order, outermost only."""
    out = []
    for s, e, i in ctx.actors.before(lo, 120):
        if s < lo - _REACH:
            break
        ent = ctx.actors.entities[i]
        if e > lo or ent.type not in _KINDS or ctx.text[s:e].lower() in ("the former", "the latter"):
            continue
        mention = ctx.actors.mention(s, e, i)
        if mention is not None and mention.kind in ("pronoun", "desc"):
            continue
        out.append((s, e, i))
    out.sort()
    keep: list[tuple[int, int, int]] = []
    for s, e, i in out:  # "Councilman Tom Brandt" and "Tom Brandt": the widest mention stands for both
        if keep and s < keep[-1][1]:
            if e - s > keep[-1][1] - keep[-1][0]:
                keep[-1] = (s, e, i)
            continue
        keep.append((s, e, i))
    return keep


def _pair(ctx, lo: int) -> tuple[int, int] | None:
    """(first, second) entity of the nearest pair before ``lo`` (see the module doc)."""
    named = _named(ctx, lo)
    for (s1, e1, i1), (s2, e2, i2) in zip(reversed(named[:-1]), reversed(named)):
        if i1 != i2 and _JOINED.match(ctx.text[e1:s2]):
            return i1, i2
    start = ctx.sent(lo)[0]
    if start == 0:
        return None
    a, b = ctx.sent(start - 1)
    inside = [(s, i) for s, e, i in named if a <= s and e <= b]
    ids = list(dict.fromkeys(i for _, i in inside))
    if len(ids) == 2 and ctx.actors.entities[ids[0]].type == ctx.actors.entities[ids[1]].type:
        return ids[0], ids[1]
    return None
