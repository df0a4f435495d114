"""A study's authors as a speaker: "the authors wrote", "the study's authors said" (English; round 20).

A science story names one author of the paper it reports ("said the study's lead author, Dr. Nadia Ferrante";
"Dr. Borja del Pozo Cruz, one of the study's authors") and then speaks of "the authors" as a group. The group's
voice is credited to the author the text names: the lead (or first) author when one is named so, else the one
person the text calls an author; none or several unranked: the phrase stays as written.
"""
from __future__ import annotations

import re

_AUTHORS = re.compile(r"(?i)^(?:the|its)\s+(?:(?:study|paper|report|research|analysis)[’']s\s+|research\s+)?"
                      r"(?:authors|co-authors)$")
_LEAD = re.compile(r"(?i)\b(lead|first|principal|senior|corresponding)\s+(?:author|researcher|investigator)\b")
_ONE_OF = re.compile(r"(?i)\b(?:one\s+of\s+the\s+(?:study|paper|report)[’']s\s+authors|(?:study|paper)\s+"
                     r"co-?author|an?\s+author\s+of\s+the\s+(?:study|paper|report))\b")
_NEAR = 120  # characters between a name and the words that call it an author (an apposition either side)


def authors_speaker(ctx, q) -> None:
    """Credit "the authors" (``_AUTHORS``) to the named author (module doc)."""
    if q.speaker is not None or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    if _AUTHORS.match(ctx.text[lo:hi].strip()) is None:
        return
    ranked: dict[int, int] = {}
    for i, ent in enumerate(ctx.actors.entities):
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if m.kind == "pronoun":
                continue
            around = ctx.text[max(0, m.start - _NEAR):m.end + _NEAR]
            if (lead := _LEAD.search(around)) is not None:
                rank = 0 if lead.group(1).lower() in ("lead", "first", "principal") else 1
            elif _ONE_OF.search(around):
                rank = 2
            else:
                continue
            if _between_names(ctx, m, around, max(0, m.start - _NEAR)):
                continue
            ranked[i] = min(rank, ranked.get(i, rank))
    if not ranked:
        return
    best = min(ranked.values())
    ones = [i for i, r in ranked.items() if r == best]
    if len(ones) == 1:
        q.speaker, q.speaker_name = ones[0], None


def _between_names(ctx, m, around: str, base: int) -> bool:
    """The author words stand nearer another person's name than this one (then they describe that person)."""
    hit = _LEAD.search(around) or _ONE_OF.search(around)
    pos = base + hit.start()
    gap = abs(pos - (m.end if pos >= m.end else m.start))
    for s, e, i in ctx.actors.inside(min(pos, m.start), max(pos, m.end)):
        ent = ctx.actors.entities[i]
        if ent.type == "PERSON" and (s, e) != (m.start, m.end) and ctx.text[m.start:m.end] != ctx.text[s:e] \
                and abs(pos - (e if pos >= e else s)) < gap:
            return True
    return False
