"""Binding in English coreference: a pronoun never stands for a person its own clause names by name ("She said
Hollander had built …": whoever "she" is, she is not Hollander). Read by coref.en when it resolves a pronoun."""
from __future__ import annotations

from ..actors import Actors

_NAMES = ("name", "titled", "first")


def named_in_scope(actors: Actors, tok) -> set[int]:
    """The persons a subject pronoun cannot stand for because the clause it is the subject of names them by name
    (binding: a name is never bound by a pronoun above it): "She said Hollander had built …", "Hollander, she noted,
    had built …" (the cue set in the clause it reports: "noted" hangs on "built") are not Hollander's words, whoever
    "she" is. The words after the pronoun in its verb's clause, and the clause a parenthetical verb hangs on; never
    a clause set before as an adverbial ("When Hollander arrived, she said …" may be hers)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return set()
    verb = tok.head
    doc = tok.doc
    scope = [(verb, tok.i + 1)]
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        scope.append((verb.head, verb.head.left_edge.i))
    out: set[int] = set()
    for top, first in scope:
        lo, hi = doc[first].idx, top.right_edge.idx + len(top.right_edge.text)
        for s, e, i in actors.inside(lo, hi):
            m = actors.mention(s, e, i)
            if m is None or m.kind not in _NAMES or actors.entities[i].type != "PERSON":
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span) or _adverbial(span[0], top) or span[0].i == tok.i:
                continue
            if top.i != verb.i and verb.left_edge.i <= span[0].i <= verb.right_edge.i:
                continue
            out.add(i)
    return out


def _adverbial(t, top) -> bool:
    """``t`` lies in an adverbial clause below ``top`` (or is not below it at all)."""
    while t.i != top.i:
        if t.dep_ == "advcl" or t.head.i == t.i:
            return True
        t = t.head
    return False
