"""A sentence cut in two by its attribution, its second half quoted: "The new stadium, the mayor said, “will pay for
itself within a decade”", "The company's investment in its stores, Reyes said, “is a perfect example of adapting”
to the changing habits of shoppers". The quotation continues the sentence the words before the attribution open
(it starts in lower case: a predicate, not a sentence of its own), so those words are part of what is reported: one
mixed content in two pieces, the cue left out (the en-attr guidelines' "a quote split by its cue is one Content";
PolNeAR's annotators write it so), running on past the closing mark to the sentence's end when the narration goes on
without a comma. Only a verbless opening (a subject or an adverbial: with a verb of its own it would be a statement
of its own, en_indirect's business) at the start of the sentence, set off by a comma from the attribution
(round 30, en30a)."""
from __future__ import annotations

from .en_ctx import QUOTE_MARKS, Context, Found

_OPEN = "“\"‘'"
_CLOSE = "”\"’'"
_JOINS = frozenset("and but or so while as because although though".split())
_DOUBLE = "“”\"«»"  # (a single mark is an apostrophe as often: "the company’s")


def split_subjects(ctx: Context, direct: list[Found]) -> list[Found]:
    for q in direct:
        if q.kind == "direct" and q.attr is not None and q.cue_i is not None and not q.parts:
            _join(ctx, q)
    return direct


def _join(ctx: Context, q: Found) -> None:
    from .en_bounds import finite, subjectless, trim
    t = ctx.text
    cue = ctx.doc[q.cue_i]
    s_lo, s_hi = ctx.sent(cue.idx)
    if cue.idx > q.start or not q.text[:1].islower() or not s_lo <= q.attr[0] < cue.idx:
        return
    after = t[cue.idx + len(cue.text):q.start].strip()
    if not after.endswith(tuple(_OPEN)) or not after.rstrip(_OPEN).rstrip().endswith(",") or len(after.split()) > 4:
        return  # ("…, the mayor said on Monday, “…": a few words of time or place may follow the cue)
    who = q.speaker_span[0] if q.speaker_span is not None and q.speaker_span[0] < cue.idx else cue.idx
    c1 = t.rfind(",", s_lo, who)
    if c1 <= s_lo or t[c1 + 1:who].strip() and who != cue.idx:
        return
    a1, b1 = trim(ctx, s_lo, c1)
    if b1 - a1 < 3 or any(m in t[a1:b1] for m in _DOUBLE) or len(t[a1:b1].split()) > 15 or \
            finite(ctx, a1, b1) or "\n" in t[a1:b1] or ":" in t[a1:b1]:
        return  # (a label or a colon before it: "Q: The stadium, you said, “will pay …”" is an interview turn)
    if not subjectless(ctx, q.start, q.end):
        return  # ("In the end, the mayor said, “we will build it”": a sentence of its own after an opening)
    a2 = q.start - 1 if t[q.start - 1] in _OPEN else q.start
    end = q.end
    bare = end < len(t) and t[end] in _CLOSE  # (no comma or stop inside the closing mark)
    while end < len(t) and (t[end] in _CLOSE or t[end] in ".,!?" and end + 1 < len(t) and t[end + 1] in _CLOSE):
        end += 1
    b2 = end
    rest = t[end:s_hi]
    first = rest.split()[0].lower() if rest.split() else ""
    if bare and rest[:1] == " " and first.isalpha() and first.islower() and first not in _JOINS:
        _, b2 = trim(ctx, end, s_hi)  # (the narration goes on: "… adapting” to the changing habits of shoppers")
        if any(ch in t[end:b2] for ch in _DOUBLE) or any(tk.text in QUOTE_MARKS for tk in ctx.tokens(end, b2)) or \
                finite(ctx, end, b2):
            b2 = end
    q.kind = "mixed"
    q.start, q.end = a1, b2
    q.text = t[a1:b1] + " " + t[a2:b2]
    q.parts = [(a1, b1), (a2, b2)]
