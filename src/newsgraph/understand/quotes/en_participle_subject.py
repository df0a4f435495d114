"""A reported clause whose subject carries a "being" participle: "said the stores being closed had lost money",
"said the workers being laid off would get severance" (round 31, en31a). The parser reads "the stores being closed"
as a clause of its own (a passive participle with "stores" for its subject, a complement of "said") and the finite
verb after it as a second, subjectless complement: the content ended at "closed". A "being" participle is never a
reported clause by itself (no finite verb), and a finite complement right after it with no subject of its own is the
predicate of that noun phrase: the content runs on to its end.

Near misses: a complement after it with a subject of its own ("said the plan failed, the council voted no" is two
clauses, not this shape), a participle without "being" ("said the money spent was wasted": the parse gets it), a
comma or a quotation mark between the two (another clause or another reader's words)."""
from __future__ import annotations

from .en_ctx import finite

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def participle_predicate_end(ctx, verb, comp, b: int, s_hi: int) -> int:
    """The end of the content of ``verb`` whose complement ``comp`` ends at ``b``: the end of the subjectless finite
    complement that follows a "being" participle ``comp``, else ``b``."""
    if comp.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in comp.children):
        return b
    nxt = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > comp.i), None)
    if nxt is None or nxt.left_edge.i != comp.right_edge.i + 1 or any(c.dep_ in _SUBJECTS for c in nxt.children):
        return b
    if not finite(nxt):
        return b
    span = ctx.doc[comp.right_edge.i + 1:nxt.right_edge.i + 1]
    if any(t.text in ",;:“”\"" for t in span[:-1]) or span[-1].idx >= s_hi:
        return b
    return max(b, span[-1].idx + len(span[-1].text))
