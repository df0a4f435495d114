"""An English attribution closing its sentence that the parser misread: "Bees are disappearing faster than expected,
a new study reports." The speech verb's subject taken into a compound with it ("the agency reports": "agency" a
compound of "reports") or the verb taken for a plural noun ("a new study reports" as a noun phrase) that still
heads the reported clause before it (its ccomp), or that the parser hung on the reported clause's verb as its
complement ("Researchers have detected water vapour for the first time, a new study reports": "reports", a noun,
the clausal complement of "detected"; round 21). A noun does not take a clause as its complement that way, and a
verb of saying after "…, the agency" with nothing after it is the attribution: the clause before the comma is
the content, the noun before the verb its speaker."""
from __future__ import annotations

from .en_ctx import Context, Found, subject_speaker


def tail_cue(ctx: Context, v, trim, finite) -> Found | None:
    if v.tag_ not in ("VBZ", "VBD", "NNS") or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    comp = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i), None)
    if comp is not None:
        np = [c for c in v.children if c.i < v.i and c.i > comp.right_edge.i]
    elif v.head.dep_ == "ROOT" and v.head.i < v.i and (v.dep_ in ("ccomp", "parataxis", "advcl") or (
            v.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < v.i for c in v.head.children))):
        # the other way round: the noun phrase hung on the content's verb (as its clause, an adverbial or a second
        # object: "detected vapour …, a new study reports")
        np = [c for c in v.children if c.i < v.i]
    else:
        return None
    if not np or any(c.dep_ not in ("det", "amod", "compound", "punct", "nmod", "poss") for c in np):
        return None
    nouns = [c for c in np if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    first = min(c.left_edge.i for c in np if c.dep_ != "punct")
    doc = ctx.doc
    if first < 1 or doc[first - 1].text != ",":
        return None
    s_lo, s_hi = ctx.sent(v.idx)
    if any(not (t.is_punct or t.is_space) for t in doc[v.i + 1:] if t.idx < s_hi):
        return None  # the attribution ends the sentence
    a, b = trim(ctx, s_lo, doc[first - 1].idx)
    if b - a < 8 or len(ctx.text[a:b].split()) < 3 or not finite(ctx, a, b):
        return None
    q = Found("indirect", a, b, ctx.text[a:b], cue=v.text, cue_i=v.i, origin="indirect")
    q.attr = (s_lo, s_hi)
    subject_speaker(ctx, q, nouns[-1])
    if q.speaker is None and q.pronoun is None:  # the whole description: "a new study", "the agency"
        lo = doc[first].idx
        q.speaker_name, q.speaker_span = ctx.text[lo:v.idx].strip(), (lo, lo + len(ctx.text[lo:v.idx].strip()))
    return q


def appositive_subject(ctx: Context, subj, v, s_hi: int):
    """The real subject of a speech verb closing its sentence after a comma when the parser read the attribution
    into the content (None when the parse is not so): the content's last noun taken for the subject and the
    subject for its apposition ("…travelling to see her son, the news site RTL Info reported.": "son" the
    subject, "the news site" its apposition), or the description taken for a noun the verb's clause qualifies
    ("…going to see her grandson, the local paper Tribune Post reported.": "the paper [that] Tribune Post
    reported"). The phrase after the comma, right before the verb, with nothing but the sentence's end after it,
    is who speaks, and the comma closes the content."""
    doc = ctx.doc
    if subj.i > v.i or any(not (t.is_punct or t.is_space) for t in doc[v.i + 1:] if t.idx < s_hi):
        return None  # (the attribution ends the sentence)
    if v.dep_ == "relcl" and subj.head.i == v.i and subj.left_edge.i == v.head.i + 1 and subj.right_edge.i + 1 == v.i:
        who = v.head  # "the local paper Tribune Post reported": the description, the name after it
    else:
        who = next((c for c in subj.children if c.dep_ == "appos" and c.right_edge.i + 1 == v.i), None)
        lo = subj.left_edge.i
        if who is None or lo == 0 or doc[lo - 1].text in (",", ";", ":") or doc[lo - 1].idx < ctx.sent(v.idx)[0]:
            return None  # "The deal is dead, Jones, the mayor said": a subject opening its phrase speaks
    if who.pos_ not in ("NOUN", "PROPN") or who.left_edge.i < 1 or doc[who.left_edge.i - 1].text != ",":
        return None
    return who


def bracketed_cue(ctx: Context, v, subj, s_lo: int) -> tuple[int, int] | None:
    """The content of an attribution set in brackets after what it reports ("The bridge will stay closed until May
    (the ministry said)", "… (officials told reporters on Monday)"): the subject, the verb and nothing else but
    auxiliaries, adverbs, the one told and prepositional phrases inside the brackets; the content, the sentence
    before the opening bracket (from ``s_lo``)."""
    t = ctx.text
    p = t.rfind("(", s_lo, subj.left_edge.idx)
    if p <= s_lo or t[p + 1:subj.left_edge.idx].strip() or subj.i > v.i or subj.head.i != v.i or any(
            c.tag_ in ("WRB", "WP") for c in v.children):
        return None  # (the verb the subject's own, no question word: "(officials declined to say why)" reports none)
    close = t.find(")", v.idx)
    if close < 0 or "(" in t[p + 1:close] or "\n" in t[p:close] or any(
            c.dep_ not in _BRACKETED and not (c.dep_ == "dobj" and v.lemma_ == "tell")
            for c in v.children if c.i != subj.i and p < c.idx < close):
        return None  # (a clause or an object of its own inside the brackets, a negation: "(she said the plan was
        # dead)" reports that; "(the company would not disclose the number)" says nothing of the sentence)
    return s_lo, p


# what may stand beside the subject and the verb inside the brackets ("(officials told reporters on Monday)")
_BRACKETED = frozenset({"aux", "advmod", "prep", "npadvmod", "punct", "dative"})
