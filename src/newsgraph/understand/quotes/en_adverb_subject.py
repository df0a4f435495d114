"""A name the parser took for an adverb of the verb it is the subject of: "Axios first reported that …" (the tagger
reads "Axios first" as two adverbs before "reported"), "Reuters later reported …". Outlets and organisations open a
sentence with an adverb of time between them and the verb ("first", "later", "also", "previously") in the scoop
formula of 2024 news; the verb then has no subject in the parse. Round 26 (enspk26)."""
from __future__ import annotations


def adverb_subject(ctx, verb):
    """The actor the parse hung as an adverb on ``verb`` before it, opening its sentence ("Axios first reported"),
    else None: a capitalised token with an actor mention on it, only adverbs between it and the verb."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    cands = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i < verb.i and c.text[:1].isupper()]
    for c in cands:
        if not (c.is_sent_start or c.i == c.sent.start) or not all(
                t.pos_ == "ADV" and t.head.i == verb.i for t in verb.doc[c.i + 1:verb.i]):
            continue
        hit = ctx.entity_at(c.idx, c.idx + len(c.text))
        if hit is not None and ctx.actors.entities[hit[2]].type in ("MEDIA", "ORG", "PERSON", "GROUP"):
            return c
    return None
