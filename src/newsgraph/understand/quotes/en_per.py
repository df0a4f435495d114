""""per" as "according to" (the wire and newsletter style of 2024 news: "Prices rose 4% last year, per Axios", "Per a
new study, …", "Yersinia pestis, per the WHO, is often found in …"): the preposition credits its object with the
sentence, read as "according to" is (en_indirect._according), when it stands where an attribution stands: opening
the sentence or after a comma (a rate has none: "$5 per share", "miles per hour", "per capita"), and its object is a
source: an actor the text names (a person, an organisation, an outlet, a group), a source noun (lang/en/words.tsv
per_sources: "people familiar with …", "a report", "court filings") or a body ("the foreign ministry"). "as per
the contract" (in accordance with) and "per the rules" credit nobody."""
from __future__ import annotations

from .. import rules
from .en_ctx import Context
from .en_rec import _bodies

_ACTOR_TYPES = ("PERSON", "ORG", "MEDIA", "GROUP")


def per_credits(ctx: Context, per) -> bool:
    """``per`` (a token "per") credits a source with its sentence."""
    doc = per.doc
    if per.pos_ not in ("ADP", "SCONJ", "X") and per.dep_ != "prep":
        return False
    s_lo, _ = ctx.sent(per.idx)
    prev = next((doc[k] for k in range(per.i - 1, -1, -1) if not doc[k].is_space), None)
    opening = prev is None or prev.idx < s_lo
    if not opening and prev.text not in (",", "(", "—", "–", ";"):
        return False  # "$5 per share", "as per the contract"
    obj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if obj is None and per.i + 1 < len(doc):
        obj = doc[per.i + 1]
    if obj is None:
        return False
    hit = ctx.entity_at(obj.idx, obj.idx + len(obj.text))
    if hit is not None:
        return ctx.actors.entities[hit[2]].type in _ACTOR_TYPES
    words = rules.wordset("en", "per_sources") | _bodies()  # ("per the foreign ministry", "per police")
    if obj.lower_ in ("person", "people") and not any(True for _ in obj.children):
        return False  # ("$20, per person, at the door": a rate; "per people familiar with it" a source: review r17)
    return obj.lower_ in words or obj.lemma_.lower() in words
