"""An adverbial opening before "…, X said": the circumstance of the saying, or the first part of what is said.

"When detectives interviewed him, the teen admitted to …", "As supporters waited, Clinton took to Twitter to say
thanks", "In the basement, where 60 people ate, Kessler told a story": the opening (a subordinate clause or a
phrase hung on the verb of saying or on the verb it depends on) tells when, where or why someone spoke; it is not
what they said, though the reader of "…, X said" takes what stands before the subject. "If it cuts too quickly, Feld
said, rates could rise": the opening hangs on the verb after the attribution, so it opens the content, which goes on
after the attribution (one content split by its cue, as the guidelines write it).
"""
from __future__ import annotations

from .. import commas
from .en_ctx import FINITE, finite as _finite

# the relations of an adverbial opening to the verb it hangs on (spaCy's English labels)
_ADVERBIAL = ("advcl", "prep", "advmod", "npadvmod")
_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp")


def _roots(ctx, a: int, b: int) -> list:
    """The tokens of [a, b) whose head stands outside it, and the sentence's root (punctuation aside). (spaCy makes a
    new token object at each access: a root is told by its index, ``tok.head.i == tok.i``, never by ``is``.)"""
    toks = [t for t in ctx.tokens(a, b) if not (t.is_punct or t.is_space)]
    if toks and toks[0].dep_ == "cc":
        toks = toks[1:]  # (a sentence's opening "And" or "But" joins it to the one before: "And if you missed it, …")
    return [t for t in toks if t.head.i == t.i or not (a <= t.head.idx < b)]


def _sayer_chain(v) -> set[int]:
    """The verb of saying and the verbs it hangs on ("took to Twitter to say": took, say)."""
    out, tok = {v.i}, v
    while tok.dep_ in ("xcomp", "conj", "advcl", "ccomp", "parataxis") and tok.head.i != tok.i and len(out) < 4:
        tok = tok.head
        out.add(tok.i)
    return out


def opening(ctx, a: int, b: int, v) -> str | None:
    """What the span [a, b) before "…, X <v>" is: "occasion" when it is an adverbial opening of the saying (hung on
    ``v`` or the verb ``v`` hangs on), "content" when it is an adverbial opening of the clause after the attribution,
    None otherwise (a clause of its own: the content, as the reader takes it)."""
    if any(m in ctx.text[a:b] for m in "“”\"«»"):
        return None  # words quoted before the attribution are someone's words, whatever the parse made of them
    roots = _roots(ctx, a, b)
    if roots and all(r.dep_ == "relcl" and r.head.idx < a for r in roots):
        return "occasion"  # ("…, where 60 people ate, Kessler told …": a relative clause of a noun before it)
    if not roots or any(r.dep_ not in _ADVERBIAL for r in roots):
        return None
    if any(r.dep_ == "advcl" and _finite(r) and not any(
            c.dep_ in ("mark", "advmod", "prep") and c.tag_ in ("IN", "WRB") and c.i < r.i for c in r.children)
           for r in roots):
        return None  # a finite clause with no "when"/"if"/"as" of its own is a statement the parse hung there
    if continued(ctx, a, b, v, ctx.sent(v.idx)[1]) is not None:  # (the parse hangs the opening on either verb:
        # what follows the attribution decides; a verbless opening, "In the long run, she said, …", stays out of the
        # content: en_indirect's after-aside)
        return "content" if any(_finite(r) for r in roots) else None
    chain = _sayer_chain(v)
    if all(r.head.i in chain for r in roots):
        return "occasion"
    return None


def halves(t: str, a: int, b: int, a2: int, b2: int):
    """One content in two halves around an attribution: (start, end, text, parts), the parts being the two spans
    without the words between them ("If the vote slips, Olsen said, the party will …")."""
    a1 = a + len(t[a:b]) - len(t[a:b].lstrip())
    b1 = a + len(t[a:b].rstrip())
    return a1, b2, t[a1:b1] + " " + t[a2:b2], [(a1, b1), (a2, b2)]


def continued(ctx, a: int, b: int, v, s_hi: int):
    """The content an adverbial opening [a, b) starts, continued after "…, X said, …": (start, end, text, parts)
    with the attribution left out, or None when no clause with its own subject follows the attribution."""
    from .en_bounds import finite as _finite, subjectless as _subjectless, trim as _trim
    t = ctx.text
    c2 = commas.find(t, v.idx, s_hi)
    if c2 < 0 or len(t[v.idx + len(v.text):c2].split()) > 4 or any(
            c.dep_ in _OBJECTS and v.idx < c.idx < c2 for c in v.children):
        return None  # ("…, Feld said on Monday, …": a few words of time or place may follow the verb, no object)
    a2, b2 = _trim(ctx, c2 + 1, s_hi)
    if b2 - a2 < 8 or _subjectless(ctx, a2, b2) or not _finite(ctx, a2, b2):
        return None
    return halves(t, a, b, a2, b2)


def opened_content(ctx, v, subj, s_lo: int, s_hi: int):
    """The content of "<opening>, X said, <clause>" when the parse hangs the clause on the verb of saying: the
    adverbial opening before the subject and the clause after the attribution (start, end, text), or None."""
    from .en_clauses import quotation_opening
    t = ctx.text
    c = commas.rfind(t, s_lo, subj.left_edge.idx)
    if c <= s_lo or t[c + 1:subj.left_edge.idx].strip(" \t”\"’»'"):
        return None
    a = quotation_opening(ctx, s_lo, c)
    if opening(ctx, a, c, v) != "content":
        return None
    return continued(ctx, a, c, v, s_hi)


# the relations that carry a clause's verb on to its complement
_COMPLEMENTS = ("xcomp", "ccomp", "prep", "dobj", "attr", "acomp", "oprd", "agent", "dative")


def split_by_cue(ctx, a: int, c1: int, v, s_hi: int):
    """One clause split by a parenthetical cue: "She did not expect, she said, to be called …", "it was built, he
    says, on a pre-season …": a verb before the cue has its complement after it (the parse links the halves), the cue
    set off by commas. (start, end, text, parts) of the two halves without the cue (``halves``), or None."""
    t = ctx.text
    c2 = commas.find(t, v.idx, s_hi)
    if c2 < 0 or len(t[v.idx + len(v.text):c2].split()) > 4 or any(
            c.dep_ in _OBJECTS and v.idx < c.idx < c2 for c in v.children):
        return None
    if not any(ch.idx > c2 and ch.dep_ in _COMPLEMENTS for tk in ctx.tokens(a, c1) if tk.tag_ in FINITE or
               tk.pos_ == "VERB" for ch in tk.children):
        return None
    from .en_bounds import trim as _trim
    a2, b2 = _trim(ctx, c2 + 1, s_hi)
    if b2 - a2 < 3:
        return None
    return halves(t, a, c1, a2, b2)


def after_aside(ctx, lo: int, c1: int, v, s_hi: int):
    """An attribution set off by commas after an adverbial opening: "In the end, Mr. Rosenthal said, union voters
    almost always end up voting Democratic." The opening has no verb; what follows the attribution is a whole clause
    (its own subject before its finite verb): that clause is the content. Returns (start, end, text) or None."""
    from .en_bounds import finite as _finite, subjectless as _subjectless, trim as _trim
    t = ctx.text
    if _finite(ctx, lo, c1) or c1 - lo > 160:  # (an adverbial opening, however long: no verb of its own)
        return None
    c2 = commas.find(t, v.idx, s_hi)
    if c2 < 0 or t[v.idx + len(v.text):c2].strip():
        return None
    a2, b2 = _trim(ctx, c2 + 1, s_hi)
    if b2 - a2 < 8 or _subjectless(ctx, a2, b2) or not _finite(ctx, a2, b2):
        return None
    return a2, b2, t[a2:b2]
