"""English dialogue replies: a reply verb whose subject is "he" or "she" right after a quote spoken to someone named
answers that quote, and the one who answers is the one spoken to ('Karen Blum wrote to her sister, Joan Blum, “…”
She replied, “…”': Joan Blum replies, not Karen Blum). Coreference gives such a pronoun the nearest subject, the
first speaker; the reply verb says the turn changed."""
from __future__ import annotations

from ..coref.en_gender import called
from .en_ctx import Context, Found

# lemmas (or a verb and its particle) that answer what was said to their subject
_REPLY = frozenset({"reply", "answer", "respond", "retort", "rejoin", "write back", "shoot back", "fire back",
                    "text back", "call back"})
_GENDER = {"he": "m", "she": "f"}
_REACH = 400  # characters from the quote spoken to to the reply


def reply_addressees(ctx: Context, found: list[Found]) -> None:
    prev: Found | None = None
    for q in found:
        if prev is not None and q.cue_i is not None and q.follows is None and q.speaker_span is not None and \
                q.start - prev.end <= _REACH and _replies(ctx, q):
            pron = ctx.text[q.speaker_span[0]:q.speaker_span[1]].lower()
            to = _addressee(ctx, prev)
            if pron in _GENDER and to is not None and to[2] != prev.speaker and q.speaker in (None, prev.speaker) \
                    and prev.speaker is not None and _fits(ctx, to[2], _GENDER[pron]):
                _move(ctx, q.speaker, to[2], q.speaker_span)
                q.speaker, q.speaker_name = to[2], None
        prev = q


def _replies(ctx: Context, q: Found) -> bool:
    """A reply verb that answers the quote before it: not one with an occasion or an addressee of its own ("Asked
    about the letter on CNN, he answered", "she replied to a question from reporters"; review r14)."""
    cue = ctx.doc[q.cue_i]
    if any((c.dep_ == "advcl" or (c.dep_ in ("prep", "dative") and c.lower_ == "to")) and not q.start <= c.idx < q.end
           for c in cue.children):  # (the reply's own words may hang on the verb: "He answered, 'Only if …'")
        return False
    lemma = cue.lemma_.lower()
    prt = next((c.lower_ for c in cue.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"), None)
    return lemma in _REPLY or (prt is not None and f"{lemma} {prt}" in _REPLY)


def _addressee(ctx: Context, p: Found):
    """The person quote ``p`` is spoken to: the object of its cue ("told Joan", "asked the driver, Paul Finch,"), or
    the object of "to" after it ("wrote to her sister, Joan Blum,"); a name in apposition stands for its noun."""
    if p.cue_i is None:
        return None
    cue = ctx.doc[p.cue_i]
    objs = [c for c in cue.children if c.dep_ in ("dobj", "dative", "iobj")]
    objs += [g for c in cue.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
             for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        for t in [o] + [c for c in o.children if c.dep_ == "appos"]:
            hit = ctx.entity_at(t.idx, t.idx + len(t.text))
            if hit is not None and ctx.actors.entities[hit[2]].type == "PERSON":
                return hit
    return None


def _fits(ctx: Context, i: int, want: str) -> bool:
    ent = ctx.actors.entities[i]
    return (ent.gender or called(ent) or want) == want


def _move(ctx: Context, src: int | None, dst: int, span: tuple[int, int]) -> None:
    """The pronoun's mention goes from the entity coreference gave it to the one who replies."""
    actors = ctx.actors
    if src is not None:
        m = actors.mention(span[0], span[1], src)
        if m is not None:
            actors.entities[src].mentions.remove(m)
            actors._by_key.pop((span[0], span[1], src), None)
            actors._index = None
    actors.add_mention(dst, span[0], span[1], "pronoun")
