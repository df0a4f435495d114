"""Which subject a present verb conjoined to a content clause shares, told by English subject-verb agreement
("Strategists fear that the senator has spent too much and warn that …": "warn" cannot be the senator's, who "has";
it is the strategists'). The parser hangs such a verb on the content's verb; when its number fits the sayer and not
the content's subject, it is the sayer's second report (en_clauses._second_verb). Round 26 (enspk26)."""
from __future__ import annotations

_PLURAL_PRONOUNS = frozenset({"they", "we"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def number(tok) -> str | None:
    """"plur" or "sing" for a subject token (its tag, a pronoun, a conjoined subject), else None (I, you, unknown)."""
    low = tok.lower_
    if any(c.dep_ == "conj" for c in tok.children) or tok.tag_ in ("NNS", "NNPS") or low in _PLURAL_PRONOUNS:
        return "plur"
    if tok.tag_ in ("NN", "NNP") or low in _SINGULAR_PRONOUNS:
        return "sing"
    return None


def agrees_with_sayer_only(ctx, c) -> bool:
    """``c``, a verb of speech or belief in the present (VBZ/VBP, or a bare VB) with no subject of its own,
    conjoined to the verb of a content clause, agrees in number with the sayer of that clause and not with the
    clause's own subject, and has a clause of its own after it: the sayer's second report, not the content's."""
    from .en_clauses import is_belief  # (en_clauses imports this module)
    if c.dep_ != "conj" or c.tag_ not in ("VBZ", "VBP", "VB") or not (c.lower_ in ctx.verbs or is_belief(c)):
        return False
    if any(x.dep_ in ("aux", "auxpass") for x in c.children):
        return False  # (a base form is a present only bare: the tagger reads "and warn that" as VB)
    if not any(x.dep_ == "ccomp" and x.i > c.i for x in c.children):
        return False
    comp = c.head
    if any(x.dep_ == "aux" and x.lower_ == "to" for x in comp.children):
        return False  # a verb conjoined to an infinitive is the infinitive's ("expect the company to report a loss
        # and say that …": the company says; review r26 #9)
    say = comp.head if comp.dep_ == "ccomp" else None
    subj = next((x for x in comp.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    sayer = next((x for x in say.children if x.dep_ == "nsubj"), None) if say is not None else None
    if subj is None or sayer is None:
        return False
    verb_number = "sing" if c.tag_ == "VBZ" else "plur"
    return number(sayer) == verb_number and number(subj) not in (None, verb_number)


def others_report_as(ctx, c) -> int | None:
    """Where a content ends when ``c``, an adverbial clause hung on the content's verb, is another sayer's report set
    off by ", as" ("insisted she will not return to austerity, as senior officials warn that the chancellor faces a
    gap"): a speech verb with a subject and a clause of its own, opened by "as" after a comma, is no part of what the
    first sayer said but the writer's setting of a second report (its own attribution); the content ends before the
    comma. Not "as" with a speech verb and no clause ("…, as he said", "as the bank noted": the first report's own
    echo, en_ctx CUT_TRAIL and as_report_after)."""
    if c.dep_ != "advcl" or c.lower_ not in ctx.verbs or c.pos_ != "VERB":
        return None
    mark = next((x for x in c.children if x.dep_ == "mark" and x.lower_ == "as"), None)
    if mark is None or mark.i == 0 or c.doc[mark.i - 1].text != ",":
        return None
    subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or not any(x.dep_ == "ccomp" and x.i > c.i for x in c.children):
        return None
    comma = c.doc[mark.i - 1]
    return comma.idx
