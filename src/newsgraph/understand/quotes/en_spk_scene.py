"""English speakers of a scene told inside a sentence (round 21): the one who acts in the nearer clause speaks.

``near_clause_subject``: a participle set off by a comma after a "when"-clause ("The first clash came during a rally,
when protesters interrupted her speech, shouting “…”") speaks for the subject of that clause when the parse hung it
on a main verb whose subject cannot speak (a clash, an incident, a day): events do not shout, protesters do.

``coordinated_subject``: "A will call you a liar and B will accuse you of …": the second clause's own subject says
its words, even when the parse took B for a second object of the first clause and left the second verb without a
subject (so that it borrowed A's).

``relative_conjunct``: "a boy who stared at a painting and asked who he was": a verb joined by a conjunction the
parse hung on a relative clause goes on with that clause, so its speaker is the noun the clause describes, even when
the parse coordinated the verb itself with the main clause (whose subject only tells the story).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .en_ctx import set_off, set_speaker, subject_speaker
from .en_roles import person_words

if TYPE_CHECKING:
    from .en_ctx import Context, Found

_SUBJ = ("nsubj", "nsubjpass")
_SPEAKING = ("PERSON", "ORG", "GROUP", "MEDIA")
_WHEN = frozenset(("when", "as", "while", "after", "before", "until"))


def near_clause_subject(ctx: Context, found: list[Found]) -> None:
    for q in found:
        if q.cue_i is None or q.speaker is not None:
            continue
        cue = ctx.doc[q.cue_i]
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or not set_off(ctx, cue) or \
                any(c.dep_ in _SUBJ for c in cue.children):
            continue
        main = next((c for c in cue.head.children if c.dep_ in _SUBJ), None)
        if main is None or main.pos_ != "NOUN" or main.lemma_.lower() in person_words():
            continue  # "The mayor left when the council voted, shouting …": the mayor shouts
        clause = _when_clause(ctx, cue)
        subj = next((c for c in clause.children if c.dep_ in _SUBJ), None) if clause is not None else None
        if subj is None or subj.pos_ == "PRON":
            continue
        hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text), _SPEAKING)
        if hit is not None:
            q.speaker_name, q.pronoun = None, None
            set_speaker(ctx, q, hit)
        elif subj.lemma_.lower() in person_words() or subj.tag_ == "NNS":
            old = (q.speaker_name, q.speaker_span, q.pronoun)
            q.speaker_name, q.speaker_span, q.pronoun = None, None, None
            if not subject_speaker(ctx, q, subj):
                q.speaker_name, q.speaker_span, q.pronoun = old


def _when_clause(ctx: Context, cue):
    """The verb of the temporal clause that ends right before participle ``cue`` (past its comma), wherever the parse
    hung it: on the main verb or on the noun before it ("a rally in Dayton, when …")."""
    k = cue.i - 1
    while k >= 0 and (ctx.doc[k].is_punct):
        k -= 1
    for v in ctx.doc[cue.head.i + 1:cue.i]:
        if v.pos_ not in ("VERB", "AUX") or v.right_edge.i != k:
            continue
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN and c.i < v.i for c in v.children):
            return v
    return None


def coordinated_subject(ctx: Context, found: list[Found]) -> None:
    for q in found:
        if q.cue_i is None:
            continue
        cue = ctx.doc[q.cue_i]
        if cue.dep_ != "conj" or any(c.dep_ in _SUBJ for c in cue.children):
            continue
        k = cue.i - 1
        while k > cue.head.i and ctx.doc[k].dep_ in ("aux", "neg", "advmod"):
            k -= 1
        j = k
        while j > cue.head.i and ctx.doc[j].lower_ not in ("and", "but", ";"):
            j -= 1
        if j <= cue.head.i or j == k:
            continue
        lo, hi = ctx.doc[j + 1].idx, ctx.doc[k].idx + len(ctx.doc[k].text)
        # the words between the conjunction and the verb are one name, no more ("and Channel Nine will accuse")
        hit = next(((hs, he, i) for hs, he, i in ctx.actors.covering(lo, hi) if hs >= lo - 4 and he <= hi + 1
                    and ctx.actors.entities[i].type in _SPEAKING), None)
        if hit is None or hit[2] == q.speaker:
            continue
        q.speaker_name, q.pronoun = None, None
        set_speaker(ctx, q, hit)


def clause_subject(ctx: Context, cue):
    """The subject of ``cue``'s clause: its own, or that of the relative clause it goes on ("a boy who stared … and
    asked"; then the relative's "who"); else None."""
    subj = next((c for c in cue.children if c.dep_ in _SUBJ), None)
    if subj is not None or cue.dep_ != "conj":
        return subj
    rel = cue.head if cue.head.dep_ == "relcl" else _relative_before(ctx, cue)
    return next((c for c in rel.children if c.dep_ in _SUBJ), None) if rel is not None else None


def _relative_before(ctx: Context, cue):
    """The relative clause the conjunction right before ``cue`` hangs on, between the parse's head and ``cue``."""
    cc = ctx.doc[cue.i - 1] if cue.i else None
    if cc is None or cc.dep_ != "cc" or cc.head.dep_ != "relcl" or not cue.head.i < cc.head.i < cue.i:
        return None
    return cc.head


def relative_conjunct(ctx: Context, found: list[Found]) -> None:
    for q in found:
        if q.cue_i is None:
            continue
        cue = ctx.doc[q.cue_i]
        if any(c.dep_ in _SUBJ for c in cue.children) or cue.dep_ != "conj" or _relative_before(ctx, cue) is None:
            continue
        subj = clause_subject(ctx, cue)
        if subj is None:
            continue
        old = (q.speaker, q.speaker_name, q.speaker_span, q.pronoun)
        q.speaker, q.speaker_name, q.speaker_span, q.pronoun = None, None, None, None
        if not subject_speaker(ctx, q, subj):
            q.speaker, q.speaker_name, q.speaker_span, q.pronoun = old
