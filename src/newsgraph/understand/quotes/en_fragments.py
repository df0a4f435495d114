"""Fragments no reader calls a statement, dropped after every reader has spoken: a reported content of three words or
fewer (not in quote marks: a quotation is the speaker's own words, however short) that is

- an attribution without its content: a pronoun and a speech verb ("He said, she said" as a subheading gave "she
  said" said by "He");
- a piece led by a preposition, a verb's complement cut from its object ("Assange was accused of rape by …" gave
  "of rape"); a content that opens with "to" or a noun ("to protect Medicaid", "his candidacy": a stated object
  PolNeAR annotates and scores) stays;
- said by a coordination one of whose members is a bare singular common noun, no one who can speak ("by a woman
  and sexual assault by another one" read as one speaker "a woman and sexual assault"): a person or a group is
  named, a pronoun, a plural, or a noun with a determiner.
"""
from __future__ import annotations

from .en_ctx import Context, Found

_MAX_WORDS = 3


def drop_fragments(ctx: Context, found: list[Found]) -> list[Found]:
    return [q for q in found if not _fragment(ctx, q)]


def _fragment(ctx: Context, q: Found) -> bool:
    if q.kind != "indirect":
        return False
    words = [t for a, b in (q.parts or [(q.start, q.end)]) for t in ctx.tokens(a, b)
             if not (t.is_punct or t.is_space)]
    if not words or len(words) > _MAX_WORDS:
        return False
    if words[0].pos_ == "ADP":
        return True
    if len(words) == 2 and words[0].pos_ == "PRON" and words[1].lower_ in ctx.verbs:
        return True
    return _unspeaking_member(ctx, q)


def _unspeaking_member(ctx: Context, q: Found) -> bool:
    """The speaker span is a coordination with a member that is a bare singular common noun."""
    if q.speaker_span is None:
        return False
    toks = ctx.tokens(*q.speaker_span)
    if not any(t.dep_ == "cc" for t in toks):
        return False
    members = [t for t in toks if t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)]
    return any(t.tag_ == "NN" and ctx.entity_at(t.idx, t.idx + len(t.text)) is None and
               not any(c.dep_ in ("det", "poss", "nummod") for c in t.children) for t in members)
