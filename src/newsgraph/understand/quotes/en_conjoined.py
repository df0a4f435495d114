"""A clause candidate whose content runs on into a second clause with a sayer of its own, conjoined to the content's
verb ("A Gallup survey found that 58 percent of nurses plan to leave, and about a quarter said they had applied
elsewhere"; "The report concluded that costs rose, but the minister said …"): the parser hangs the second clause on
the first one's verb, so the candidate's content swallows a report the rules already took and loses to it on
overlap (en_learn.decide). A clause with its own subject and its own speech verb is its own report; the first
content ends before its conjunction."""
from __future__ import annotations

from .en_ctx import Context


def end_before_conjoined_report(ctx: Context, q, taken: list) -> None:
    """Cut clause candidate ``q``'s content before a taken report whose cue is conjoined, with a subject of its own,
    to the verb of ``q``'s content (in place)."""
    if q.parts or q.cue_i is None:
        return
    doc = ctx.doc
    for t in taken:
        if t.cue_i is None or not (q.start < doc[t.cue_i].idx < q.end):
            continue
        cue = doc[t.cue_i]
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if cue.dep_ != "conj" or subj is None or not (q.start <= cue.head.idx < cue.idx) or cue.head.i == q.cue_i:
            continue
        k = subj.left_edge.i
        while k > 0 and doc[k - 1].dep_ in ("cc", "punct") and doc[k - 1].idx > q.start:
            k -= 1
        end = doc[k - 1].idx + len(doc[k - 1].text)
        if end - q.start < 12:
            return
        q.end, q.text = end, ctx.text[q.start:end]
        if not any(c in q.text for c in '"“”'):
            q.kind = "indirect"
        return
