"""English indirect speech: the actor named right before or right after a speech verb ("…, Zelensky said", "…, said
Scott Paul, who heads …"), and an attribution set off by commas inside the sentence it reports whose speaker, named
right after the verb, has an apposition or a relative clause of its own ("The plan, said Tom Reyes, the city's budget
chief, would fail …", "And the mayor, said Tom Reyes, who worked for her for years, never forgets a slight"): the
parser takes the noun before the verb for its subject and the name for the start of the content. Out of
en_indirect.py."""
from __future__ import annotations

from .en_ctx import SUBJ_SKIP, Context, Found, subject_speaker
from .en_heads import appos_person


def token_before(ctx: Context, v, lo: int):
    """The head token of an actor mention (or a personal pronoun) ending right before verb ``v``, or of the person a
    comma-set description before ``v`` follows ("the mayor, Goran Petrescu, a member of the party, told …": the
    parse hung every noun on a fronted place and left the verb no subject)."""
    if v.i > 0 and ctx.doc[v.i - 1].text == ",":
        hit = appos_person(ctx, v.i - 1, lo)
        if hit is not None:
            return ctx.token_at(hit[1] - 1)
    j = v.i - 1
    while j >= 0 and ctx.doc[j].idx >= lo and ctx.doc[j].lower_ in SUBJ_SKIP:
        j -= 1
    if j < 0 or ctx.doc[j].idx < lo:
        return None
    tok = ctx.doc[j]
    if tok.lower_ in ("he", "she") or ctx.entity_at(tok.idx, tok.idx + len(tok.text)) is not None:
        return tok
    return None


def token_after(ctx: Context, v, hi: int):
    """The head token of an actor mention right after verb ``v`` ("said Scott Paul"), when a comma precedes ``v``."""
    if v.i == 0 or ctx.doc[v.i - 1].text not in (",", "”", '"', "’", "''") or v.i + 1 >= len(ctx.doc):
        return None
    tok = ctx.doc[v.i + 1]
    if tok.idx >= hi or v.lemma_ == "tell":
        return None  # ("…, told Reuters that …": the one told, never an inverted speaker as in "said Scott Paul")
    hit = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
    if hit is None:
        return None
    k = v.i + 1
    while k + 1 < len(ctx.doc) and ctx.doc[k + 1].idx < hit[1]:
        k += 1
    return ctx.doc[k]


def inverted_aside(ctx: Context, v, s_lo: int, s_hi: int, q: Found) -> bool:
    """Fill ``q`` when speech verb ``v`` is an inverted attribution inside the sentence it reports: a comma before
    it, the speaker's name right after it and a comma after the name; what the sentence says around the aside (the
    part before it without a verb of its own, the part after the apposition opening with a finite verb) is the
    content. False (``q`` untouched) otherwise."""
    from .en_bounds import strip_lead as _strip_lead
    from .en_indirect import _parenthetical  # (en_indirect reads this module)
    name = token_after(ctx, v, s_hi)
    if name is None or ctx.doc[v.i - 1].text != ",":
        return False
    hit = ctx.entity_at(name.idx, name.idx + len(name.text))
    c1 = ctx.doc[v.i - 1].idx
    if hit is None or c1 <= s_lo or not ctx.text[hit[1]:s_hi].startswith(","):
        return False
    par = _parenthetical(ctx, _strip_lead(ctx, s_lo, c1), c1, hit[1], s_hi)
    if par is None:
        return False
    q.start, q.end, q.text = par
    q.attr = (s_lo, s_hi)
    return subject_speaker(ctx, q, name)


_CONDITIONS = frozenset("if unless when whenever once because although though while since until after before as "
                        "whether".split())


def fronted_condition(ctx: Context, s_lo: int, subj, v, a: int, b: int):
    """The same attribution read from its content after it ("If the rain continues, the mayor said, the parade will be
    canceled"): the fronted condition before the speaker joins the content. Returns (start, end, text, parts)
    or None."""
    if subj.i > v.i or a < v.idx or "," not in ctx.text[v.idx:a]:
        return None
    c1 = ctx.text.rfind(",", s_lo, subj.left_edge.idx)
    if c1 <= s_lo or ctx.text[c1 + 1:subj.left_edge.idx].strip():
        return None
    return _condition(ctx, s_lo, c1, a, b)


def _condition(ctx: Context, lo: int, c1: int, a2: int, b2: int):
    from .en_bounds import finite as _finite, trim as _trim
    first = next((t for t in ctx.tokens(lo, c1) if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ not in _CONDITIONS or first.dep_ not in ("mark", "advmod") or \
            not lo <= first.head.idx < c1 or not _finite(ctx, lo, c1):
        return None
    a, b = _trim(ctx, lo, c1)
    return a, b2, ctx.text[a:b] + ", " + ctx.text[a2:b2], [(a, b), (a2, b2)]


def subject_before_as(ctx: Context, v, a: int, b: int):
    """The subject an "as"-aside follows joins the content after it ("HP, as Gizmodo explained, is trying to lock
    customers in": "HP is trying to lock customers in"; en_rec._inside_subject): the aside cuts the reported clause
    in two, as "The plan, he said, would fail" does: one content, as en_indirect._parenthetical joins it (no parts:
    the subject is no statement of its own). Returns (start, end, text) or None."""
    from .en_rec import _inside_subject
    if not _inside_subject(v):
        return None
    mark = next(c for c in v.children if c.dep_ == "mark" and c.lower_ == "as")
    s, c1 = v.head.left_edge.idx, ctx.doc[mark.i - 1].idx
    if not s < c1 <= a or ctx.text[s:c1].count(",") or "\n" in ctx.text[s:b]:
        return None
    return s, b, ctx.text[s:c1] + " " + ctx.text[a:b]


def relative_after_comma(tok) -> bool:
    """``tok`` opens a non-restrictive relative clause ("which"/"who" right after a comma): "…, says Unicef, which
    warned on Tuesday that …"; "…, said Ana Ruiz, who told reporters that …" is the sayer's own next report, not the
    content of the first cue, so a reader looking past a cue for the "that" it governs stops there (round 27)."""
    return tok.lower_ in ("which", "who") and tok.i > 0 and tok.doc[tok.i - 1].text == ","
