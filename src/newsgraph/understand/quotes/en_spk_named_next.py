"""Delayed identification in English: a news lede brings its source in by a description and names them in the next
sentence, by the bare name ("A former nurse testified Tuesday that she saw … . Carla Simmons told jurors that …"):
the description is that person. Read by ``en_roles.role_actor`` for an indefinite description ("a …") that no
person named after it fits by role words. Only while the text introduces its cast (no person named before the
description), and only a name the next sentence brings in as its main subject with no role of its own ("John Roe,
the chief executive, said" is someone else), whose gender does not contradict a "he"/"she" of the description's
sentence."""
from __future__ import annotations

from .. import names
from .en_topic import _main_subject, _sent_index

_GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def named_next(ctx, lo: int, hi: int, role_words) -> int | None:
    """The person (entity index) the next sentence names for the indefinite description ``text[lo:hi]``, else
    None (see the module's doc); ``role_words(i)``: the role words the text gave entity ``i``."""
    actors = ctx.actors
    if any(ent.type == "PERSON" and ent.first < lo for ent in actors.entities):
        return None
    k = _sent_index(ctx, lo)
    if k < 0 or k + 1 >= len(ctx.sents):
        return None
    a, b = ctx.sents[k + 1]
    subj = _main_subject(ctx, a, b)
    if subj is None:
        return None
    hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text), ("PERSON",))
    if hit is None:
        return None
    i = hit[2]
    ent = actors.entities[i]
    if ent.first < a or len(ent.name.split()) < 2 or role_words(i) or \
            any(actors.entities[j].type == "PERSON" and a <= actors.entities[j].first < subj.idx
                for j in range(len(actors.entities)) if j != i):
        return None
    said = {_GENDERED[t.lower_] for t in ctx.tokens(ctx.sents[k][0], ctx.sents[k][1]) if t.lower_ in _GENDERED}
    gender = ent.gender or names.gender_of(ent.name.split()[0])
    if len(said) > 1 or (gender and said and gender not in said):
        return None
    return i
