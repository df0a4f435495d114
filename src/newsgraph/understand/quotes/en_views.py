"""Adverbials that credit a clause to someone, besides "according to" and "per" (round 33, the construction
checklist of written e237-e246; Quirk et al.'s "viewpoint" adjuncts and comment clauses):

- "In X's view, …", "In the words of X, …", "In the opinion of X, …" (the noun of a view or of words: lang/en/words.tsv
  view_nouns; its owner a possessive or an "of" phrase): X's is the rest of the sentence, read as "according to X"
  is (en_indirect._according, with the owner as its source). "In the words of the song", "in other words", "in
  view of the delays" and "in my view" credit no one: a name or a noun phrase of a person or body owns the view
  (not "my", "our", "your", and not the writer's "in his view" of nobody named: a pronoun owner stays unresolved
  as "according to him" does);
- "As X put it, …" / "…, as X put it." (a comment clause of "put it", the words' manner): the main clause is X's,
  as "As X said, …" is (en_rec.as_report); en_intro.put_it reads the same clause before a quotation.
"""
from __future__ import annotations

from .. import rules
from .en_ctx import Context, Found, subject_speaker
from .en_bounds import trim
from .en_owner_kind import speaking_owner

_WRITER = ("my", "our", "your")


def view_owner(ctx: Context, tok):
    """The owner of the view a token "in" opens ("In Ocampo's view": Ocampo; "In the words of one executive": the
    executive), when the phrase opens the sentence or follows a comma; else None."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in rules.wordset("en", "view_nouns"):
        return None
    doc = tok.doc
    s_lo, _ = ctx.sent(tok.idx)
    prev = next((doc[k] for k in range(tok.i - 1, -1, -1) if not doc[k].is_space), None)
    if prev is not None and prev.idx >= s_lo and prev.text not in (",", "—", "–", "("):
        return None  # ("was seen in the words of the report"; only an adverbial set off at the sentence's edge)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and not any(c.dep_ == "det" for c in noun.children):
        return None  # ("in view of the delays", "in words of one syllable": no one's view)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if owner is not None and not speaking_owner(owner, ctx=ctx):
            return None  # ("In the assessment of the damage", "in the telling of the story": what is assessed or
            # told; "In the words of the motto / the song": no one's view; "in the view of the court": a body's)
    if owner is None or owner.lower_ in _WRITER or owner.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None  # ("in other words", "in view of the delays", "in my view": the writer's)
    return None if _no_owner(owner) else owner


def _no_owner(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in rules.wordset("en", "view_not_owners")


def _placed(v) -> bool:
    """"put it" of placing, not of words: a particle or a phrase of place on "put" ("As the crane put it down on the
    dock", "put it back together": lang/en/words.tsv placing_words). "put it" of words takes a manner or a hearer
    ("put it bluntly", "put it to reporters")."""
    placing = rules.wordset("en", "placing_words")
    return any(c.dep_ == "prt" or c.dep_ in ("advmod", "prep") and c.lower_ in placing for c in v.children)


def put_it(ctx: Context, v) -> Found | None:
    """"As X put it, <clause>." or "<clause>, as X put it.": the clause, X's (``v`` the token "put")."""
    if v.lemma_ != "put" or v.dep_ != "advcl":
        return None
    kids = list(v.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < v.i for c in kids) or not any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("i", "we", "you") or _no_owner(subj) or _placed(v) or \
            not speaking_owner(subj, ctx=ctx):
        return None  # ("as I put it last week": the writer's; "as the saying / the old joke puts it": no maker)
    t = ctx.text
    s_lo, s_hi = ctx.sent(v.idx)
    doc = ctx.doc
    if v.head.i > v.i:  # opening: the clause after the comma
        k = v.right_edge.i + 1
        if k >= len(doc) or doc[k].text != "," or doc[k].idx >= s_hi:
            return None
        a, b = doc[k].idx + 1, s_hi
    else:  # closing: the clause before the comma before "as"
        mark = next(c for c in kids if c.dep_ == "mark" and c.lower_ == "as")
        if mark.i == 0 or doc[mark.i - 1].text != ",":
            return None
        a, b = s_lo, doc[mark.i - 1].idx
    a, b = trim(ctx, a, b)
    if len(t[a:b].split()) < 3:
        return None
    q = Found("indirect", a, b, t[a:b], cue="put it", cue_i=v.i, attr=(s_lo, s_hi), origin="indirect")
    if not subject_speaker(ctx, q, subj) and subj.pos_ != "PRON":
        return None
    return q
