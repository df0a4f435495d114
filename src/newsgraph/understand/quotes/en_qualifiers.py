"""A name that only qualifies another noun phrase: inside an apposition ("the Centre for Economic Policy Research, a
London-based think tank"), a relative clause ("one user on Weibo, which is much like Twitter") or a compound
adjective ("a London-based group"). The apposition or the clause describes the noun it follows, so a name in it is
what that noun is like or where it sits, never the one who speaks (as en_attr.speaker_for keeps "Col. Steven
Warren, a military spokesman in Baghdad, said" to Warren). Used where nothing ties a quotation to its speaker and the
learned ranker fills one in (en_rank.rank)."""
from __future__ import annotations

_CLAUSES = ("appos", "relcl")
_UP = 8  # heads walked up from the name (a qualifier lies within a few words of the noun it qualifies)


def describes_other(ctx, span: tuple[int, int], person: bool = False) -> bool:
    """The mention ``span`` lies in an apposition or a relative clause of another noun, or in an adjective before a
    noun ("London-based"). A name that is the apposition itself is the noun's own ("Her niece, Marcia Price"), and so
    is a ``person`` anywhere in an apposition (the parse may hang the name on a word after it: "Scott's niece, state
    Del. Marcia Price (D-Newport News), shouted", the name a modifier of "News")."""
    toks = ctx.tokens(*span)
    if not len(toks):
        return False
    inside = {t.i for t in toks}
    tok = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[-1])
    if tok.dep_ == "appos":
        tok = tok.head  # the apposition itself names the noun ("Scott's niece, Del. Marcia Price, shouted"): hers
        if tok.head.i == tok.i:
            return False
    for _ in range(_UP):
        if tok.dep_ in _CLAUSES:
            return not (person and tok.dep_ == "appos")
        if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.i < tok.head.i and tok.i not in inside:
            return True  # ("a London-based think tank": the name modifies "based", an adjective of the noun)
        if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _CLAUSES:
            return False  # (a clause of its own: its subject may speak)
        tok = tok.head
    return False
