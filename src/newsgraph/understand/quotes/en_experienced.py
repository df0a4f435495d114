"""What a person finds someone or something to be is no report (newuser34): "After savaging major party funders,
Trump is finding them reluctant to open their wallets" is the writer telling how things go for Trump, not words of
his. The cue is a verb of experience (lang/en/words.tsv ``experience_verbs``: "find"), its subject a person (a
person actor or "he", "she", "I", "we") and its content a small clause, an adjective with no verb of its own ("them
reluctant to open their wallets"). A person who finds that a claim holds ("Hale found that the lenders were
reluctant", a verb of its own) and a study's or a poll's finding ("The survey found voters wary of the plan": no
person) stay; so does a ruling: a verdict adjective ("found the company liable") or a judge's, a jury's or an
inspector's finding (enfix34, review34b)."""
from __future__ import annotations

from .. import rules
from .en_ctx import Context, Found

_PERSONAL = frozenset({"i", "we", "he", "she"})


def _person_subject(ctx: Context, cue) -> bool:
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in _PERSONAL:
        return True
    return any(ctx.actors.entities[i].type == "PERSON"
               for _, _, i in ctx.actors.covering(subj.idx, subj.idx + len(subj.text)))


def _small_clause(cue) -> bool:
    comp = next((c for c in cue.children if c.dep_ in ("ccomp", "oprd", "xcomp") and c.i > cue.i), None)
    return comp is not None and comp.tag_ == "JJ" and not any(
        c.dep_ in ("aux", "auxpass", "cop", "mark") for c in comp.children) and not (
        comp.lower_ in rules.wordset("en", "verdict_adjectives") and not any(c.dep_ == "xcomp" for c in comp.children))
    # (a verdict: "found the company liable for the spill"; not "found the voters liable to change their minds")


def _ruling(cue) -> bool:
    """The finder is one who rules (a judge, a jury, an inspector: words.tsv judging_roles, hearing_bodies): "Judge
    Ana Ruiz found the company liable" gives a ruling in words (enfix34, review34b)."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    roles = rules.wordset("en", "judging_roles") | rules.wordset("en", "hearing_bodies")
    return subj is not None and any(t.lower_ in roles for t in subj.subtree)


def experienced(ctx: Context, found: list[Found]) -> list[Found]:
    out = []
    for q in found:
        if q.kind == "indirect" and q.cue_i is not None:
            cue = ctx.doc[q.cue_i]
            if cue.lemma_.lower() in rules.wordset("en", "experience_verbs") and _small_clause(cue) and \
                    _person_subject(ctx, cue) and not _ruling(cue):
                continue
        out.append(q)
    return out
