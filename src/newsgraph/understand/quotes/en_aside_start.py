"""Where a statement cut by its attribution begins (English, round 35, enweb35a): "In all that time he has seen big
changes, but no one, he says, has shaken the trade more than the mayor". The attribution set off by commas inside the
sentence reports the clause it interrupts ("no one … has shaken …"), not the writer's clause coordinated before it;
a misparse hangs "no one" on the first clause's object and the content ran from the sentence's start (or stopped at
the attribution, the predicate after it left out: then the content gets it back). When the
words before the attribution's comma are a finite clause with a subject of its own, then a coordinator ("but",
"and", "while", "yet", "whereas") and a short subject (five words at most, no comma), the content starts after the
coordinator. A coordination of nouns before the attribution ("The stadium and the arena, the mayor said, will
close") has no clause before its "and": the content keeps it whole."""
from __future__ import annotations

import re

from .en_ctx import Context, Found, finite

_COORD = re.compile(r"\b(?:but|and|while|yet|whereas)\s+", re.I)
MAX_SUBJECT_WORDS = 5


def coordinated_openings(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with the first piece of each interrupted indirect content cut to its own clause."""
    text = ctx.text
    for q in found:
        if q.kind != "indirect" or q.cue_i is None or len(q.parts) not in (0, 2):
            continue
        (a, b), (c, d) = q.parts or ((q.start, q.end), _rest(ctx, q))
        if c is None:
            continue
        if not b <= ctx.doc[q.cue_i].idx < c:
            continue  # (the cue stands between the two pieces)
        m = None
        for m in _COORD.finditer(text, a, b):
            pass
        if m is None or "," in text[m.end():b] or len(text[m.end():b].split()) > MAX_SUBJECT_WORDS:
            continue
        before = [t for t in ctx.tokens(a, m.start()) if not t.is_punct]
        if not any(t.pos_ in ("VERB", "AUX") and finite(t) and any(ch.dep_ in ("nsubj", "nsubjpass")
                                                                     for ch in t.children) for t in before):
            continue
        q.parts = [(m.end(), b), (c, d)]
        q.start, q.end, q.text = m.end(), d, text[m.end():b] + " " + text[c:d]
    return found


_AFTER_CUE = re.compile(r"[^,.;:\n“”\"]{0,40}?,[ \t]+(?=[a-z])")


def _rest(ctx: Context, q: Found) -> tuple[int | None, int | None]:
    """The predicate after an attribution that a misparse left out of a one-piece content ("… but no one, he says,
    has been …": the content stopped at the attribution): (start, end) of the words after its closing comma up to
    the sentence's end, or (None, None) when the sentence ends with the attribution."""
    text, cue = ctx.text, ctx.doc[q.cue_i]
    if not re.fullmatch(r"[ \t]*,[ \t]*[^,.;:\n]{0,40}", text[q.end:cue.idx]):
        return None, None
    m = _AFTER_CUE.match(text, cue.idx + len(cue.text))
    if m is None:
        return None, None
    c, d = m.end(), ctx.sent(cue.idx)[1]
    first = ctx.token_at(c)
    if first is None or first.pos_ not in ("AUX", "VERB"):
        return None, None  # the predicate goes on ("…, he says, has been …"), not an apposition of the speaker
        # (", said Rachel Cole, a spokeswoman …") nor the writer's next clause (", a source told CNN, but …")
    while d > c and text[d - 1] in " .!?\n":
        d -= 1
    return (c, d) if d - c > 3 else (None, None)
