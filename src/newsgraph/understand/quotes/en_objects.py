"""Noun-phrase contents of a finding (round 18): what a poll, a study or a report shows, finds or reveals when the
verb takes a noun phrase, not a clause ("A new survey shows broad support for the measure among voters", "The audit
found serious errors in the accounts", "The study suggests a link between sleep and memory"). A document's finding
is what it states (the en-attr and PolNeAR guidelines annotate "a poll shows …" whatever the content's form); the
clausal form ("found that …") is en_extra's "finding" shape, taken by the same convention.

en_extra proposes no noun-phrase object of other verbs ("announced his resignation": no statement of who said what);
here the subject must be a document or researchers and the verb one of finding (both lang/en/finding_sources.tsv),
and the object a phrase that says something (not a pronoun: "the study shows this" points back; not a picture:
"the report shows a map" is still a finding by this rule, rare enough in news to accept)."""
from __future__ import annotations

from .. import rules
from .en_rec import word_sets

# children of the verb after its object that belong to what is found ("… among voters", "… as the main cause",
# "Biden ahead"): not a date ("… on Tuesday" stays: a phrase of the finding's place in time is rare and harmless),
# not a second clause or a coordinated verb
_PART = ("prep", "xcomp", "oprd", "acomp", "advmod", "dative")


def finding_object(v, s_hi: int):
    """(start, end, "finding-np") of the noun phrase a finding verb takes when its subject is a document or
    researchers ("A poll shows majority support for impeachment"), else None."""
    words = word_sets("finding_sources")
    if v.lemma_.lower() not in words.get("verb", ()):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if subj is None or subj.lemma_.lower() not in words.get("noun", ()) and subj.lower_ not in words.get("noun", ()):
        return None
    if any(c.dep_ == "ccomp" for c in v.children):
        return None  # the clause is what is found ("…, a new poll found, a warning sign for …": an aside)
    span = _object_span(v, s_hi)
    return (*span, "finding-np") if span is not None else None


def _object_span(v, s_hi: int):
    """(start, end) of ``v``'s noun-phrase object and the phrases after it that qualify it, or None."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is not None and any(t.is_punct for t in v.doc[v.i + 1:obj.left_edge.i]):
        return None  # ('found, a warning sign …': the writer's comment on a finding given before)
    if obj is None or obj.pos_ == "PRON" or obj.tag_ in ("WDT", "WP") or obj.right_edge.i - obj.left_edge.i < 1:
        return None  # ("the study shows this", "found it", a bare "found evidence" says too little)
    end = obj.right_edge
    for c in v.children:
        if c.i > obj.i and c.dep_ in _PART:
            end = max(end, c.right_edge, key=lambda t: t.i)
    while end.i > obj.i and (end.is_punct or end.is_space):
        end = v.doc[end.i - 1]
    return obj.left_edge.idx, min(end.idx + len(end.text), s_hi)


def stated_object(v, s_hi: int):
    """(start, end, "stated-np") of the noun phrase a verb of stating takes ("Emirates announced an order of 50
    jets", "McKinley cited the $53 million figure", "the senator stressed the need for talks", "The ministry confirmed
    the death of a second patient": lang/en/words.tsv stated_object_verbs): what its subject states, announces or
    owns up to. PolNeAR annotates most such objects of these verbs (announced 37 of 48 on train, cited 15 of 18,
    touted 8 of 9) and the en-attr guidelines annotate "announced NP", "promised NP", "confirmed the presence of";
    not the noun-phrase objects of every verb ("made a speech", "presented the film": en_extra's docstring), not a
    clause (en_extra's ccomp), a pronoun or a bare noun ("announced plans"). Taken only when an actor or a person
    asserts it (en_extra.asserted: not "did not confirm the report", not under a modal; en_learn.decide's asker:
    not "That ruling emphasizes the stakes")."""
    if v.lemma_.lower() not in rules.wordset("en", "stated_object_verbs") or v.tag_ in ("VBN", "VBG") or \
            v.dep_ in ("relcl", "acl"):  # ("The senator, who announced her retirement in May, voted …": of the noun)
        return None  # (not a participle: "the plan announced in May", "the figures cited by the report"; "…,
        # citing an anonymous source" names whom a report credits, "…, touting its products" elaborates)
    if any(c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass", "mark") for c in v.children):
        return None  # ("promised voters to cut taxes": a commitment; a passive announces nothing of its subject's;
        # "As the senator announced her candidacy, her rivals left": a time, no report)
    span = _object_span(v, s_hi)
    return (*span, "stated-np") if span is not None else None


def pointed_to(v, s_hi: int):
    """(start, end, "point-to") of what a speaker points to as evidence for what it says ("Tolliver said the hospital
    had been starved, pointing to a wing that was never renovated": en_tails.pointing_claims), a second claim of the
    speaker. Only as the participle of a speech cue: a bare "The senator's letter points to statements …" is no
    quote (the written set's r12 row; on PolNeAR dev "These voters point to the 1994 crime bill" is not annotated).
    Not a place pointed at ("pointed to the door"); the object a phrase of two words or more."""
    if v.lemma_.lower() != "point" or v.pos_ != "VERB":
        return None
    prep = next((c for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i == v.i + 1 or
                 c.dep_ == "prep" and c.lower_ == "to" and v.doc[v.i + 1].dep_ == "advmod" and c.i == v.i + 2), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or obj.pos_ == "PRON" or obj.right_edge.i - obj.left_edge.i < 1:
        return None
    if obj.lemma_.lower() in ("door", "exit", "map", "sky", "screen", "sign", "window", "wall", "ceiling"):
        return None
    return obj.left_edge.idx, min(obj.right_edge.idx + len(obj.right_edge.text), s_hi), "point-to"
