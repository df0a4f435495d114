"""The clause that goes on after a mid-sentence attribution: "Nobody was hurt in the fire, the company said, but
three workers were treated for burns", "Sales have doubled, she said, and the shop has hired four more clerks". The
attribution stands inside the sentence it reports, so the clause the sentence goes on with (joined by "and", "but",
"so", "yet", "although", "though", "because") is said too: one content in two pieces, the cue left out (the en-attr
guidelines write it so, and PolNeAR's annotators: "It was impossible, X said, so Russia's leaders decided …"). The
clause is not taken when another report opens it (", but police said …", "…, adding that …": en_next_report), when
it has no subject and finite verb of its own, when an "and" joins a simple past (the writer's narrative: "…, Reyes
said, and everyone in the room agreed"), or when the cue has an object or more than a few words of time or
place after it (round 30, en30a)."""
from __future__ import annotations

from .. import commas
from .en_ctx import _lex

_JOINS = frozenset("and but so yet although though because".split())


def clause_after_aside(ctx, a: int, b: int, v, s_hi: int):
    """(start, end, text, parts) of the content [a, b) before "…, X <v>," joined to the clause after the aside, or
    None."""
    from .en_bounds import finite as _finite, subjectless as _subjectless, trim as _trim
    from .en_openings import _OBJECTS, halves
    t = ctx.text
    c2 = commas.find(t, v.idx, s_hi)
    if c2 < 0 or len(t[v.idx + len(v.text):c2].split()) > 4 or any(
            c.dep_ in _OBJECTS and v.idx < c.idx < c2 for c in v.children):
        return None
    toks = [tk for tk in ctx.tokens(c2 + 1, s_hi) if not tk.is_space]
    if len(toks) < 4 or toks[0].lower_ not in _JOINS:
        return None
    a2, b2 = _trim(ctx, toks[0].idx, s_hi)
    rest = toks[1:]
    if b2 - a2 < 12 or _subjectless(ctx, rest[0].idx, b2) or not _finite(ctx, rest[0].idx, b2):
        return None
    if toks[0].lower_ == "and" and _narrated(rest):
        return None  # (", and everyone in the room agreed": the writer tells what happened next)
    cues = _lex()[0]
    if any(tk.pos_ == "VERB" and (tk.lower_ in cues or tk.lemma_.lower() in cues) and
           not any(q.start <= tk.idx < q.end for q in ctx.view.quoted) for tk in rest):
        return None  # (", but police said two people were missing": the next report is another's)
    return halves(t, a, b, a2, b2)




def _narrated(rest) -> bool:
    """The first finite verb after the "and" is a bare simple past (no auxiliary, no modal, no perfect)."""
    verb = next((tk for tk in rest if tk.pos_ in ("VERB", "AUX") and tk.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    return verb is not None and verb.tag_ == "VBD" and verb.pos_ == "VERB"
