"""Noun cues (round 20): the "that"-clause of a noun of saying that no verb of the sentence reports ("Nordica Bank's
statement that the loan was safe was withdrawn", "Complaints that the ports are confusing have piled up"). The
clause is what the noun's owner said: the possessive before the noun ("the ministry's statement that …") or, when
none is named, nobody (speaker '-', as the agentless evidentials of en_evidential: the en-attr guidelines annotate
"with reports that …", "the claim that …" so, and PolNeAR annotates them). A noun a verb takes as its object or after
a preposition ("rejected claims that …") is en_extra's (en_noun_that.noun_clause: the verb is the cue).

Which nouns count is read from PolNeAR train, not written by hand: lang/en/stated_object_cues.tsv's "noun-that" rows
(eval/cue_lexicon.py: nouns whose annotators marked them as a cue and the clause as its Content, kept by count and
precision; "complaint" 8 of 8 uses; "statement" 9 of 13 and "claim" 11 of 25 fall below the bar). Taken by
convention (en_learn.decide: "held" with an owner, "evidential" without) when not negated or asked ("There is no
suggestion that …", "Is there a claim that …?")."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .en_clauses import a_person, in_question
from .en_ctx import Context, Found, subject_speaker
from .en_noun_that import placed_sender, that_clause
from .en_rec import word_sets
from .en_spk_org import body_nouns

MIN_WORDS = 3  # ("the claim that it works": too little to be a statement on record)


@lru_cache(maxsize=1)
def counted(kind: str) -> frozenset[str]:
    return frozenset(r[1] for r in rules.table("en", "stated_object_cues") if r[0] == kind)


def noun_candidates(ctx: Context, used: set[int]) -> list[Found]:
    """The candidates of the nouns of saying with a "that"-clause no verb reports."""
    out: list[Found] = []
    nouns = counted("noun-that")
    read = rules.words("en", "content_nouns")
    qspans = [(q.start, q.end) for q in ctx.view.quoted]
    for n in ctx.doc:
        if n.pos_ != "NOUN" or n.i in used or n.lemma_.lower() not in nouns and not _owned_claim(n, read):
            continue
        if any(a <= n.idx < b for a, b in qspans) or in_question(n) or _read_by_verb(n, read) or n.dep_ == "ROOT":
            continue  # (a noun the parser left as the root has no verb found for the sentence: no bounds to trust)
        if any(c.dep_ in ("neg", "det") and c.lower_ in ("no", "not", "never") for c in n.children):
            continue
        s_lo, s_hi = ctx.sent(n.idx)
        span = that_clause(n, s_hi, relcl=True)  # (a "relcl" whose "that" is a complementiser: the content)
        if span is None:
            continue
        a, b = span
        if len(ctx.text[a:b].split()) < MIN_WORDS or ctx.text[s_lo:s_hi].rstrip(" ”\"’')").endswith("?"):
            continue
        q = Found("indirect", a, b, ctx.text[a:b], cue=n.text, cue_i=n.i, origin="clause")
        q.attr = (s_lo, s_hi)
        owner = _owner(n)
        if owner is not None and owner.lower_ in ("my", "our", "your"):
            continue  # the writer's own ("our assertion that …")
        if placed_sender(ctx, owner):
            continue  # "Reports from Kyiv that …": where the reports came from, not who made them (review33b)
        if owner is not None and subject_speaker(ctx, q, owner):
            q.feats = {"held": 1.0, "shape=noun-cue": 1.0}
        elif owner is None:
            q.feats = {"evidential": 1.0, "shape=noun-cue": 1.0}  # nobody named: '-'
        else:
            continue  # an owner the reader cannot name ("its claim that …" of a thing)
        if any(c in q.text for c in "“”\""):
            q.kind = "mixed"
        out.append(q)
    return out


def _owned_claim(n, read) -> bool:
    """``n`` is a noun of saying or holding (lang/en/content_nouns.txt: claim, argument, warning, assertion …) with a
    possessive owner that names someone ("Pryce's claim that the levy would close one firm in ten", "His argument
    that fares would fall", round 29): its owner made it, whatever its count as a bare noun on PolNeAR train ("claim"
    11 of 25: "the claim that …" of nobody is as often a question or a rumour). Not "my/our/your" (the writer's, the
    caller checks), not "its" (a thing's: "its claim" of a form or an account names no speaker to take), nor a common
    noun of no person or body ("The film's argument that …": review29 M; "the mayor's claim", "the union's warning")."""
    if n.lower_ not in read and n.lemma_.lower() not in read:
        return False
    owner = _owner(n)
    if owner is None or owner.lower_ == "its" or owner.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    return owner.pos_ != "NOUN" or owner.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or a_person(owner) or \
        owner.lemma_.lower() in body_nouns("en") | rules.wordset("en", "public_groups")


def _owner(n):
    """The one who owns noun ``n``: its possessive ("Pryce's claim"), or the object of "by"/"from" after it ("a claim by
    Jane Rowe that …", "The warning from the Coast Guard that …": its maker or sender, round 33)."""
    owner = next((c for c in n.children if c.dep_ == "poss" and c.i < n.i), None)
    if owner is None:
        by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i == n.i + 1), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return owner


def _read_by_verb(n, read) -> bool:
    """``n`` is the object of a verb or of a preposition after one, the shape en_noun_that.noun_clause reads with the
    verb as the cue (when ``n`` is one of content_nouns.txt)."""
    head = n.head
    if n.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if n.dep_ not in ("dobj", "pobj") or head.pos_ not in ("VERB", "AUX"):
        return False
    voiced = word_sets("voiced_nouns")  # ("voiced concerns that …": a verb of voicing reads its feelings too)
    if head.lemma_.lower() in voiced.get("verb", ()):
        read = read | voiced.get("noun", frozenset())
    return n.lower_ in read or n.lemma_.lower() in read

