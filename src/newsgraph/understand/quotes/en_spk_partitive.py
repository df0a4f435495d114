"""A speaker given as one of a group in English: "Several MPs from the party's 2024 intake told the Guardian … . One
said: “…”", "Two other analysts disagreed. One said …, and another said …": a bare "one" or "another" picks a
member of the plural the sentence before was about, and the group is the speaker a reader can name (en-attr gold
gives the group). Only the main subject of the sentence just before, in the same paragraph and outside any
quotation, and only a plural noun phrase; anything else leaves the speaker as written."""
from __future__ import annotations

from .en_topic import _main_subject, _sent_index

_MEMBER = frozenset({"one", "another", "one of them", "another one"})
_MAX_WORDS = 8


def group_member(ctx, q) -> None:
    """Give ``q``, spoken by a bare "one"/"another", the plural main subject of the sentence before (see the
    module's doc)."""
    if q.speaker is not None or not q.speaker_name or not q.speaker_span:
        return
    if " ".join(q.speaker_name.lower().split()) not in _MEMBER:
        return
    k = _sent_index(ctx, q.speaker_span[0])
    if k < 1:
        return
    a, b = ctx.sents[k - 1]
    if "\n" in ctx.text[a:q.speaker_span[0]].strip():
        return  # (another paragraph: another voice)
    subj = _main_subject(ctx, a, b)
    if subj is None or subj.tag_ not in ("NNS", "NNPS"):
        return
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
    if hit is not None and ctx.actors.entities[hit[2]].type in ("GROUP", "ORG"):
        q.speaker, q.speaker_name = hit[2], None
        return
    lo, last = subj.left_edge, subj.right_edge
    toks = [t for t in ctx.doc[lo.i:last.i + 1]]
    if any(t.is_punct for t in toks) or len(toks) > _MAX_WORDS:
        toks = ctx.doc[lo.i:subj.i + 1]  # (a long or parenthesised phrase: up to its head noun)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    q.speaker_name, q.speaker_span = ctx.text[start:end], (start, end)
