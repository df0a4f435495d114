""""per" as "according to" (the wire and newsletter style of 2024 news: "Prices rose 4% last year, per Axios", "Per a
new study, …", "Yersinia pestis, per the WHO, is often found in …"): the preposition credits its object with the
sentence, read as "according to" is (en_indirect._according), when it stands where an attribution stands: opening
the sentence or after a comma (a rate has none: "$5 per share", "miles per hour", "per capita"), and its object is a
source: an actor the text names (a person, an organisation, an outlet, a group), a source noun (lang/en/words.tsv
per_sources: "people familiar with …", "a report", "court filings") or a body ("the foreign ministry"). "as per
the contract" (in accordance with) and "per the rules" credit nobody.

"In" a document of findings opening the sentence credits it the same way (round 27: PolNeAR train annotates "In a
new Fox News poll released Thursday, Trump had 45 percent", "In the latest poll, Clinton stays ahead" with the poll
as the source and "in" as the cue, 20 of 21 with no candidate on a train slice): the document is a noun of
lang/en/words.tsv ``standing_documents`` (a poll, a survey: every sentence of one is a finding; "In the study,
researchers fed 200 mice …" is a study's method), and the sentence has no sayer of its own ("In a report released
Tuesday, the agency said …" is the agency's: its verb is the cue; "In the poll, 31% of Republicans said …" is the
respondents' record, as before round 27: en_polls), nor another source ("…, according to Quinnipiac",
"…, per a Quinnipiac survey", "…, the pollster said": that one is named, round 27 review)."""
from __future__ import annotations

from .. import rules
from .en_ctx import Context
from .en_rec import _bodies

_ACTOR_TYPES = ("PERSON", "ORG", "MEDIA", "GROUP")
_NAMING = ("det", "poss", "amod", "compound", "nummod")  # what makes "poll" one document: "the latest poll"


def per_credits(ctx: Context, per) -> bool:
    """``per`` (a token "per", or "in": ``in_document``) credits a source with its sentence."""
    if per.lower_ == "in":
        return in_document(ctx, per)
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


def in_document(ctx: Context, tok) -> bool:
    """``tok`` (a token "in") opens its sentence with a document of findings and a comma, and the clause it modifies
    has no sayer of its own, not even a poll's respondents. A bare singular names no document ("In review,
the panel voted …")."""
    s_lo, _ = ctx.sent(tok.idx)
    if tok.dep_ != "prep" or ctx.text[s_lo:tok.idx].strip(" \t\n\"“‘'"):
        return False
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    named = obj is not None and (obj.tag_ == "NNS" or any(c.dep_ in _NAMING for c in obj.children))
    if not named or obj.lemma_.lower() not in rules.wordset("en", "standing_documents") or \
            not ctx.text[obj.right_edge.idx + len(obj.right_edge.text):].lstrip(" ").startswith(","):
        return False
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT" or _other_source(ctx, tok, verb):
        return False
    # a clause that says something has its own sayer, respondents included ("In the county survey, 58 percent of
    # farmers said they expect …": the farmers' record, its content after "said", as before round 27)
    return not (any(c.dep_ == "ccomp" for c in verb.children) or verb.lower_ in ctx.verbs)


def _other_source(ctx: Context, tok, verb) -> bool:
    """The sentence of "In the poll, …" (``tok``, its clause's verb ``verb``) names a source of its own: "according
    to", a crediting "per", or a speech verb other than the clause's own."""
    for t in verb.sent:
        if t.i == verb.i or t.i == tok.i:
            continue
        low = t.lower_
        if low == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to" or \
                low == "per" and per_credits(ctx, t) or low in ctx.verbs and t.pos_ == "VERB":
            return True
    return False
