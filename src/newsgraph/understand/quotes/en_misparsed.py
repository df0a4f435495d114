"""English speakers and cues the parse misreads (round 26, audit of a real store: wrong speakers a user sees).

- ``shown_actor``: a participle right after the object of a verb of showing or hearing is that object's act, so the
  object speaks: "The film depicts one of the guards asking, “…”", "A video shows the officer telling the driver …",
  "Neighbours heard him saying …" (the parse hangs the participle on the verb, whose subject would speak);
- ``set_off_name``: a name and its comma-set description right before a verb with no subject of its own is that
  verb's subject: "— Brendan Buck, a spokesman for Ryan, told POLITICO that …" (the parse hung the name as an
  apposition of the clause before the dash and gave the verb that clause's subject);
- ``compound_subject``: a speech verb the tagger took for the head of a noun compound ("“…,” the unions state in the
  letter", "the report notes") has the noun before it for its subject when the two agree in number (a plural noun
  before the bare form, a singular one before the -s form);
- ``inverted_conj``: a speech verb after the comma that closes a clause, with a name right after it and nothing but the
  sentence's end (or a comma) after the name, is an inverted attribution whose speaker is that name: "The plan would
  fail, recalled Tom Reyes." (the parse read the verb as a second verb of the clause before it, the name as its
  modifier, and gave the verb that clause's subject; round 27, PolNeAR's cues in the inverted frame);
- ``misread_past``: a past participle the tagger gave a clause's root, with a subject of its own and no auxiliary,
  is that clause's past tense: "Whites without a college degree made up 36 percent of the electorate, according to
  exit polls" (the finite verb a content needs; round 27);
- ``relative_noun``: a cue word with a relative clause of its own is a noun ("Iowa and Nevada, states that vote next
  month"): a speech verb takes a content, never a relative clause;
- ``verbless_root_subject`` (round 27): a speech verb the parse hung inside the relative clause of a sentence's
  first noun ("Officials who have seen the data say …") is that noun's.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .. import rules
from .en_aside import token_after
from .en_heads import appos_person

if TYPE_CHECKING:
    from .en_ctx import Context

_SUBJ = ("nsubj", "nsubjpass")
_RELATIVE = frozenset({"that", "which", "who"})


def shown_actor(ctx: Context, cue):
    """The object of a verb of showing or hearing (words.tsv ``showing_verbs``) that participle cue ``cue`` follows
    right away ("depicts one of the guards asking"), else None."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "acl", "ccomp") or \
            any(c.dep_ in _SUBJ for c in cue.children):
        return None
    verb = cue.head
    if cue.dep_ == "acl":  # "shows an officer telling": the participle hung on the object itself
        obj, verb = cue.head, cue.head.head
        if obj.dep_ != "dobj":
            return None
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if obj is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _showing():
        return None
    end = obj.right_edge.i if cue.dep_ != "acl" else cue.i - 1  # (an acl's object phrase holds the participle)
    if end + 1 != cue.i or any(t.is_punct for t in cue.doc[obj.i:cue.i]) or \
            obj.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return None  # (the object ends right before the participle, nothing set off between)
    return obj


def set_off_name(ctx: Context, v, lo: int):
    """The head token of the person named before the comma-set description that ends right before conjunct verb
    ``v`` when ``v`` has no subject of its own ("…, Brendan Buck, a spokesman for Ryan, told"), else None."""
    if v.dep_ != "conj" or v.i < 1 or ctx.doc[v.i - 1].text != "," or any(c.dep_ in _SUBJ for c in v.children):
        return None
    hit = appos_person(ctx, v.i - 1, lo)
    return ctx.token_at(hit[1] - 1) if hit is not None else None


def misread_past(tok) -> bool:
    """``tok``, tagged a past participle, is the past tense of its clause (see the module)."""
    return tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "ccomp") and any(c.dep_ == "nsubj" for c in tok.children) and \
        not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in tok.children)


def inverted_conj(ctx: Context, v, hi: int):
    """The head token of the name right after conjunct verb ``v`` when ``v`` follows a comma, has no subject of its own
    and the name (an actor mention hung on ``v``) ends the sentence or is set off by a comma, else None."""
    if v.dep_ != "conj" or v.head.i > v.i or any(c.dep_ in _SUBJ for c in v.children):
        return None
    name = token_after(ctx, v, hi)
    if name is None or ctx.doc[v.i - 1].text != "," or name.head.i != v.i:
        return None
    rest = ctx.text[name.idx + len(name.text):hi].lstrip(" ”\"’'")
    return name if rest == "" or rest[:1] in ".,!;" else None


@lru_cache(maxsize=1)
def _showing() -> frozenset[str]:
    """Lemmas of showing, seeing and hearing (words.tsv ``showing_verbs`` and ``perception_verbs``)."""
    return frozenset(rules.wordset("en", "showing_verbs")) | frozenset(rules.wordset("en", "perception_verbs"))


def compound_subject(cue):
    """The noun the tagger compounded with speech-verb form ``cue`` ("the unions state", "the report notes"), when
    it agrees with the verb in number and nothing but a determiner or other compounds come before it; else None."""
    if cue.pos_ != "NOUN" or cue.i < 1 or cue.lower_ == "states" or any(c.dep_ in _SUBJ for c in cue.children) \
            or cue.dep_ in _SUBJ:
        return None  # ("states": "member states", "swing states" are nouns; "news reports said": the subject)
    prev = cue.doc[cue.i - 1]
    if prev.dep_ != "compound" or prev.head.i != cue.i:
        return None
    plural = prev.tag_ in ("NNS", "NNPS")
    if plural == cue.lower_.endswith("s"):
        return None  # number disagrees: a plural noun before the -s form, a singular one before the bare form
    return prev


def relative_noun(tok) -> bool:
    """Cue word ``tok`` right after a comma has a relative clause ("…, states that vote next month") and no content
    clause nor subject: it is a noun."""
    if tok.i < 1 or tok.doc[tok.i - 1].text != "," or any(c.dep_ in _SUBJ + ("ccomp",) for c in tok.children):
        return False
    return any(c.dep_ == "relcl" and any(g.dep_ in _SUBJ and g.lower_ in _RELATIVE for g in c.children)
               for c in tok.children)


def with_determiner(ctx: Context, q, subj, cue) -> None:
    """A speaker named as written from ``compound_subject`` ``subj`` takes the determiner the parse hung on the cue
    ("the unions", not "unions")."""
    det = next((c for c in cue.children if c.dep_ in ("det", "poss") and c.i < subj.i), None)
    if det is None or q.speaker is not None or not q.speaker_span or q.speaker_span[0] != subj.left_edge.idx:
        return
    a, b = det.idx, q.speaker_span[1]
    q.speaker_name, q.speaker_span = ctx.text[a:b], (a, b)


def verbless_root_subject(cue):
    """The noun a sentence the parse left without a main verb begins with, when speech verb ``cue`` hangs as a clause
    on the verb of that noun's relative clause: "Officials who have seen the data say the plan will work" (the parse:
    root "Officials", "say" a complement of "seen" with "the data" for subject, as if "seen the data say"). A verb
    that agrees with the noun in number is the noun's own: the noun speaks, never the object of its relative clause.
    None otherwise."""
    if cue.dep_ != "ccomp" or cue.tag_ not in ("VBP", "VBZ", "VBD"):
        return None
    rel = cue.head
    noun = rel.head
    if rel.dep_ != "relcl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or \
            not any(c.dep_ in _SUBJ and c.lower_ in _RELATIVE for c in rel.children):
        return None
    plural = noun.tag_ in ("NNS", "NNPS")
    if (cue.tag_ == "VBP" and not plural) or (cue.tag_ == "VBZ" and plural):
        return None
    return noun
