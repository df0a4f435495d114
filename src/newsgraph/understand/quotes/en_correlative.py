"""English comparative correlatives in a reported content: "said the earlier people seek treatment, the more likely
they are to recover", "warned that the longer the strike lasts, the worse the damage will be". The first half is no
statement of its own (it says under which condition), so the content goes on over the comma to the second half; the
parser often hangs the halves apart and the content stopped at the comma."""
from __future__ import annotations

_DEGREE = ("more", "less", "fewer", "better", "worse")  # comparatives the tagger may read as adverbs or nouns


def _comparative(tok) -> bool:
    return tok.tag_ in ("JJR", "RBR") or tok.lower_ in _DEGREE


def _opens_half(ctx, pos: int) -> bool:
    """A correlative half opens at ``pos``: "the" and a comparative."""
    t = ctx.token_at(pos)
    return t.idx == pos and t.lower_ == "the" and t.i + 1 < len(ctx.doc) and _comparative(ctx.doc[t.i + 1])


def correlative_end(ctx, a: int, b: int, s_hi: int) -> int:
    """The end of a content ``a``..``b`` that opens with the first half of a comparative correlative and stops at the
    comma before its second half: the end of that second half (the sentence's end, or a comma and a conjunction
    that goes on with something else: "…, the fewer homes people will buy, and that prices could fall"); else
    ``b``."""
    t = ctx.text
    while a < b and t[a] in " \t":
        a += 1
    k = b
    while k < s_hi and t[k] in " \t":
        k += 1
    if k >= s_hi or t[k] != "," or not _opens_half(ctx, a):
        return b
    k += 1
    while k < s_hi and t[k] in " \t":
        k += 1
    if not _opens_half(ctx, k):
        return b
    end = s_hi
    for tok in ctx.tokens(k, s_hi):
        if tok.text == "," and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].dep_ == "cc":
            end = tok.idx
            break
    while end > k and t[end - 1] in " .;:!?\n":
        end -= 1
    return end
