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

from functools import lru_cache

from .. import rules
from .en_rec import word_sets

# children of the verb after its object that belong to what is found ("… among voters", "… as the main cause",
# "Biden ahead"): not a date ("… on Tuesday" stays: a phrase of the finding's place in time is rare and harmless),
# not a second clause or a coordinated verb
_PART = ("prep", "xcomp", "oprd", "acomp", "advmod", "dative", "ccomp")  # (a ccomp only as object_predicate)


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
    jets", "Health officials reported a sixth death", "the senator stressed the need for talks", "The ministry
    confirmed the death of a second patient": stated_verbs), or the object of a preposition after a verb of stating
    (stated_preps: no pair passes the count's bar today): what its subject states, announces or owns up to. The verbs
    are those whose objects PolNeAR train annotates (eval/cue_lexicon.py: announced 31 of 38 uses, reported 15 of 21,
    noted 13 of 13; "cited" 27 of 33 left out: unstated_object_verbs) and the en-attr guidelines annotate "announced
    NP", "promised NP", "confirmed the presence of";
    not the noun-phrase objects of every verb ("made a speech", "presented the film": en_extra's docstring), not a
    clause (en_extra's ccomp), a pronoun or a bare noun ("announced plans"). Taken only when an actor or a person
    asserts it (en_extra.asserted: not "did not confirm the report", not under a modal; en_learn.decide's asker:
    not "That ruling emphasizes the stakes")."""
    lemma = v.lemma_.lower()
    span = object_shape(v, s_hi) if lemma in stated_verbs() else None
    if span is None and lemma in {k.split()[0] for k in stated_preps()}:
        prep = prep_shape(v, s_hi)  # "spoke out about the toxic consequences of …" (verb-prep rows)
        span = prep[:2] if prep is not None and f"{lemma} {prep[2]}" in stated_preps() else None
        if span is not None and _no_statement(v, f"{lemma} {prep[2]}", prep[2]):
            span = None
        if span is not None:
            span = (span[0], _condition_end(v, _bare_condition_start(v, *span), s_hi))
    return (*span, "stated-np") if span is not None else None



def _no_statement(v, pair: str, p: str) -> bool:
    """The object of ``v``'s preposition ``p`` names no statement (review29 F, M): a gerund after an act_object_preps
    pair ("insisted on paying for the lunch": an act insisted on; "insisted on a pay rise" stays), or a bare noun with
    only a determiner after a topic_object_preps pair ("spoke of the victims", "has spoken about the war": a topic;
    "spoke of a new era", "spoke about the need for talks" say something of it)."""
    prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == p), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None:
        return False
    if pair in rules.wordset("en", "act_object_preps") and (obj.dep_ == "pcomp" or obj.tag_ == "VBG"):
        return True
    return pair in rules.wordset("en", "topic_object_preps") and all(
        c.dep_ in ("det", "poss", "predet") for c in obj.children)


_CONDITIONS = ("if", "unless")


def _bare_condition_start(v, a: int, b: int) -> int:
    """``b``, or the end of the words before a verbless condition the parser hung inside the object ("warned of the
    dangers of vaping if asked by reporters": "if asked" conditions the warning act, not what is warned of)."""
    for t in v.doc[v.i + 1:]:
        if t.idx >= b:
            break
        if t.idx > a and t.dep_ == "advcl" and t.left_edge.lower_ in _CONDITIONS and t.left_edge.dep_ == "mark" and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) and t.left_edge.i > v.i + 1:
            end = v.doc[t.left_edge.i - 1]
            while end.i > v.i and (end.is_punct or end.is_space):
                end = v.doc[end.i - 1]
            return min(b, end.idx + len(end.text))
    return b


def _condition_end(v, b: int, s_hi: int) -> int:
    """The end of what is warned of or complained about with the condition right after it ("warned of a long
    recession if the bill failed": the condition is part of the warning, round 29), else ``b``. Only a clause with a
    subject of its own: a verbless "if asked by reporters" conditions the warning act, not what is warned of."""
    cond = next((c for c in v.children if c.dep_ == "advcl" and c.idx >= b and any(
        m.dep_ == "mark" and m.lower_ in _CONDITIONS and m.i == c.left_edge.i for m in c.children) and any(
        m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children) and
        not v.doc.text[b:c.left_edge.idx].strip()), None)
    if cond is None:
        return b
    return min(cond.right_edge.idx + len(cond.right_edge.text), s_hi)


@lru_cache(maxsize=1)
def stated_preps() -> frozenset[str]:
    """"VERB PREP" pairs whose prepositional object is what the subject states, counted on PolNeAR train
    (lang/en/stated_object_cues.tsv verb-prep rows: "speak about", "testify to"), and the pairs the en-attr
    guidelines add (words.tsv stated_object_preps: "warned of a long recession", "complained about the noise")."""
    counted = frozenset(r[1] for r in rules.table("en", "stated_object_cues") if r[0] == "verb-prep")
    return counted | rules.wordset("en", "stated_object_preps")


@lru_cache(maxsize=1)
def stated_verbs() -> frozenset[str]:
    """The verbs of stating whose noun-phrase object is a statement: counted on PolNeAR train
    (lang/en/stated_object_cues.tsv, made by eval/cue_lexicon.py) and the rows words.tsv stated_object_verbs keeps
    by the en-attr guidelines ("promised NP", "confirmed the presence of"), less those they leave out
    (unstated_object_verbs: "revealed the new model" unveils)."""
    counted = frozenset(r[1] for r in rules.table("en", "stated_object_cues") if r[0] == "verb-np")
    return counted - rules.wordset("en", "unstated_object_verbs") | rules.wordset("en", "stated_object_verbs")


def object_shape(v, s_hi: int, need_object: bool = True):
    """(start, end) of the noun phrase ``v`` takes in the shape stated_object reads (whatever the verb), else None:
    eval/cue_lexicon.py counts these shapes on PolNeAR train to choose the verbs."""
    progressive = v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children)
    # a perfect is finite too ("has spoken out about …", "have complained about …": round 29)
    perfect = v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)
    if v.tag_ in ("VBN", "VBG") and not (progressive or perfect) or v.dep_ in ("relcl", "acl"):
        return None  # ("The senator, who announced her retirement in May, voted …": of the noun; a progressive
        # "Health officials are reporting a sixth death" is finite; not a participle: "the plan announced in May",
        # "the figures cited by the report"; "…, citing an anonymous source" names whom a report credits, "…,
        # touting its products" elaborates)
    if v.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in v.children):
        return None  # an opening participle the tagger reads as a past tense ("Reported the theft to police, he
        # went home"): an act of the main clause's subject, no report of it
    if any(c.dep_ in ("ccomp", "xcomp", "nsubjpass", "auxpass", "mark") and not object_predicate(v, c)
           for c in v.children):
        return None  # ("promised voters to cut taxes": a commitment; a passive announces nothing of its subject's;
        # "As the senator announced her candidacy, her rivals left": a time, no report)
    if inverted_source(v, s_hi):
        return None
    return _object_span(v, s_hi) if need_object else (v.idx, v.idx)


def inverted_source(v, s_hi: int) -> bool:
    """``v`` is a cue after the words it reports with its sayer after it, the parser's "object" ("…, reported the
    Washington Examiner.", "…, noted the agency."): a verb with no subject of its own after a comma, its object
    ending the sentence, names who reported, not what."""
    doc = v.doc
    if v.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) or \
            doc[v.i - 1].text not in (",", "”", "\"", "’") or (doc[v.i - 1].text != "," and (
            v.i < 2 or doc[v.i - 2].text != ",")):
        return False
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or obj.pos_ != "PROPN" and not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        return False  # (a sayer is named or definite; "…, announced a freeze on hiring." is a second act, review r23)
    k = obj.right_edge.i + 1
    while k < len(doc) and doc[k].idx < s_hi and (doc[k].is_punct or doc[k].is_space):
        k += 1
    return k >= len(doc) or doc[k].idx >= s_hi


def object_predicate(v, comp) -> bool:
    """The parser's "ccomp" of ``v`` is a verbless phrase after its object, a predicate of that object (no clause: no
    verb and no subject of its own): "announced an order of 40 jets worth $6 billion" (en_extra reads no clause
    there; the object runs on over it)."""
    return comp.dep_ == "ccomp" and comp.i > v.i and comp.pos_ not in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.i < comp.i for c in v.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children)


def prep_shape(v, s_hi: int):
    """(start, end, preposition) of the object of the preposition right after ``v`` (or after its particle: "spoke
    out about"), in object_shape's finite active shape and with no object of its own ("spoke about the toxic
    consequences of …", "testified to the pressure on the staff", "warned of a looming shortage"), else None:
    eval/cue_lexicon.py counts these shapes to choose the verb and preposition pairs (verb-prep)."""
    if any(c.dep_ == "dobj" for c in v.children):
        return None
    nxt = v.i + 1
    if nxt < len(v.doc) and v.doc[nxt].dep_ == "prt" and v.doc[nxt].head.i == v.i:
        nxt += 1
    prep = next((c for c in v.children if c.dep_ == "prep" and c.i == nxt), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or obj.pos_ == "PRON" or obj.tag_ in ("WDT", "WP") or obj.right_edge.i - obj.left_edge.i < 1:
        return None
    if object_shape(v, s_hi, need_object=False) is None:
        return None
    return obj.left_edge.idx, min(obj.right_edge.idx + len(obj.right_edge.text), s_hi), prep.lower_


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


def lost_clause(v, s_hi: int):
    """(start, end, "ccomp") of a clause the parse lost after verb ``v``: its subject taken for ``v``'s object and its
    finite verb left unlabelled or a complement with no subject of its own ("Data from Sensor Tower shows adults
    under 30 now spend more time …": "adults" a direct object, "spend" a "dep"; "added the exact circumstances of the
    deaths remained unclear"). The object and the verb are the clause ``v`` reports; the model decides whether it is
    an attribution, as of any clause. None when ``v`` has no such pair."""
    from .en_ctx import FINITE
    dep = next((c for c in v.children if c.dep_ in ("dep", "ccomp") and c.tag_ in FINITE and c.i > v.i), None)
    obj = next((c for c in v.children if c.dep_ == "dobj" and dep is not None and v.i < c.i < dep.i), None)
    if obj is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in dep.children):
        return None
    end = max(dep.right_edge, obj.right_edge, key=lambda t: t.i)
    return obj.left_edge.idx, min(end.idx + len(end.text), s_hi), "ccomp"
