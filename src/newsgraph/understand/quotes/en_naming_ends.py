"""Where a naming verb's mixed quote ends when its quoted words modify a noun after the closing mark: 'what they
call the “fraudulent” nomination of Hillary Clinton', 'denounced the “deeply pessimistic” vision of America'. The
quoted words are a modifier, a scare quote inside the object; the object the verb names or judges is the whole noun
phrase, so the content runs to the phrase's end (within its sentence), not to the mark ("the “fraudulent”" is no
statement of anyone's). A quotation that is the object itself ('called the plan “a disgrace”') ends at its mark."""
from __future__ import annotations

from ..marks import Quoted
from .en_ctx import Context

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "advmod", "poss"})
_TRAIL = " \t,.;:—–-"


def modified_noun_end(ctx: Context, f: Quoted) -> int | None:
    """The end of the noun phrase whose head, after the quotation ``f``, the quoted words modify; None when the
    quotation modifies no noun after it."""
    toks = [t for t in ctx.tokens(f.inner_start, f.inner_end) if not t.is_punct]
    roots = [t for t in toks if not (f.inner_start <= t.head.idx < f.inner_end)]
    if len(roots) != 1:
        return None
    root, head = roots[0], roots[0].head
    if root.dep_ not in _MODIFIER_DEPS or head.pos_ not in ("NOUN", "PROPN") or head.idx < f.end:
        return None
    lo, hi = ctx.sent(f.start)
    last = head.right_edge
    end = min(hi, last.idx + len(last.text))
    while end > f.end and ctx.text[end - 1] in _TRAIL:
        end -= 1
    return end if end > f.end else None
