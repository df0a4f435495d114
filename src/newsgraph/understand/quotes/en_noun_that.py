"""The "that"-clause of a noun of saying or holding (moved out of en_rec in round 33, review33b, to keep it under the
size limit): the clause a verb takes through its noun ("rejected claims that …": the verb the cue), the clause itself
(en_nouncues reads it when no verb reports it) and the noun's named owner ("the company's claim that …", "a warning
from the Coast Guard that …": a person's, a body's or a document's, en_owner_kind)."""
from __future__ import annotations

from .. import rules
from .en_owner_kind import speaking_owner
from .en_rec import _end, _voiced


def noun_clause(ctx, v, s_hi: int):
    """(start, end, "noun-that") of the "that"-clause of a noun of saying or holding that ``v`` takes as its object
    or after a preposition ("pushed back at the notion that …", "rejected claims that …", "repeated his argument
    that …": ``lang/en/content_nouns.txt``; a feeling voiced, "expressed hope that …": ``lang/en/voiced_nouns.tsv``),
    or None."""
    nouns = rules.words("en", "content_nouns")
    voiced = _voiced()
    said = v.lemma_.lower() in voiced.get("verb", ())
    if said:  # "expressed hope that …", "voiced concern that …"
        nouns = nouns | voiced.get("noun", frozenset())
    heads = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i]
    heads += [p for c in v.children if c.dep_ == "prep" and c.i > v.i for p in c.children if p.dep_ == "pobj"]
    for n in heads:
        if n.lower_ not in nouns and n.lemma_.lower() not in nouns:
            continue
        span = that_clause(n, s_hi, relcl=said)
        if span is None and (clause := after_sender(n, v)) is not None:
            span = n.doc[clause.left_edge.i + 1].idx, _end(clause, s_hi)
        if span is not None:
            return (*span, "noun-that")
    return None


def that_clause(n, s_hi: int, relcl: bool = False):
    """(start, end) of the "that"-clause noun ``n`` takes ("the claim that …", "concerns that …"), else None. With
    ``relcl`` (after a verb of voicing) the parser's "relcl" with "that" a complementiser and a subject of its own is
    the noun's content: "voiced concerns that officials are minimizing …"; a relative's "that" is its subject or
    object. Not after other verbs: "entrenched the idea that …" voices nothing."""
    clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > n.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children) and (
        c.dep_ != "relcl" or relcl and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children))), None)
    if clause is None or clause.left_edge.i + 1 >= len(n.doc):
        return None
    return n.doc[clause.left_edge.i + 1].idx, _end(clause, s_hi)


def noun_owner(ctx, v, a: int):
    """The named owner of the noun of saying whose "that"-clause (starting at ``a``) ``v`` takes: "Critics rejected
    the company's claim that …" (the company holds the claim, the critics reject it), "asked about Clinton's
    assertion that …"; None for a pronoun ("repeated her claim": the subject's own, read as before) or no owner."""
    tok = ctx.token_at(a)
    mark = ctx.doc[tok.i - 1] if tok.i > 0 else None
    if mark is None or mark.lower_ != "that" or mark.dep_ != "mark":
        return None
    clause = mark.head
    noun = clause.head
    if clause.dep_ == "ccomp" and noun.pos_ in ("VERB", "AUX"):  # "received a warning from the bank that …"
        noun = next((n for n in noun.children if n.dep_ == "dobj" and after_sender(n, noun) == clause), noun)
    if clause.dep_ not in ("acl", "ccomp", "relcl") or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
    if owner is None:  # "criticised a claim by Jane Rowe that …": the claim is its maker's (tryout r02)
        # (and "a warning from the Coast Guard that …": its sender's, r33)
        by = next((c for c in (*noun.children, *noun.head.children) if c.dep_ == "prep" and c.lower_ in ("by", "from")
                   and noun.i < c.i < clause.i), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is None or owner.pos_ not in ("PROPN", "NOUN"):
        return None
    return owner


def placed_sender(ctx, owner) -> bool:
    """``owner`` (noun_owner's) is the place after "from" a noun's words came from, no maker of them ("denied
    reports from Kyiv that …", "heeded a warning from Brussels that …": review33b): the clause is nobody's to
    credit, neither the place's nor the subject's."""
    return owner is not None and owner.head.lower_ == "from" and not speaking_owner(owner, False, ctx)


def owned_noun(owner):
    """The noun of saying ``owner`` (noun_owner's) owns: the one its possessive or its "by"/"from" phrase hangs on,
    or the object of the verb the parser hung the "from" phrase on ("received a warning from the bank that …")."""
    noun = owner.head if owner.dep_ == "poss" else owner.head.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else next(c for c in noun.children if c.dep_ == "dobj")


def after_sender(n, v):
    """The "that"-clause the parser hung on verb ``v`` right after a "from" phrase right after its object ``n``: the
    noun's content and its sender ("The company received a warning from the bank that the loan was overdue": the
    bank's warning, whatever the verb: received, got, ignored; review33b), ``n`` a noun of saying
    (lang/en/content_nouns.txt); else None."""
    nouns = rules.words("en", "content_nouns")  # (only a noun of saying: "told a reporter from the Times that …"
    if n.lower_ not in nouns and n.lemma_.lower() not in nouns:  # is the verb's clause)
        return None
    frm = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == n.right_edge.i + 1), None)
    if frm is None or not any(c.dep_ == "pobj" for c in frm.children):
        return None
    return next((c for c in v.children if c.dep_ == "ccomp" and c.left_edge.i == frm.right_edge.i + 1 and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)), None)
