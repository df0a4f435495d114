"""An attribution "he"/"she" that coreference and the previous quotes left open, after a sentence whose main subject
is a person the entity reader did not make an actor of: "Ortiz was firm. “Nobody is leaving,” she said." (a surname
alone the small model missed), "The mayor spoke briefly. “Not yet,” she said." (a role: the description speaks, and
the later role readers resolve it to the one the text names so). The nearest main-clause subject of the sentences
before the pronoun, in its own paragraph and outside any quotation, decides: a capitalised name whose given name
(if any) is not of the other gender, or a definite description of a person (a role, a trade, a relation:
``coref.en_newcomers._person_nouns``); any other subject (an actor, a thing, a group, a plural, a pronoun) leaves the
speaker unnamed, never guessed (called by ``en_carry.pronoun_speakers`` after its own rules)."""
from __future__ import annotations

from .. import names
from ..coref.en_newcomers import _person_nouns
from .en_ctx import Context, Found, subject_speaker

_GENDER = {"he": "m", "she": "f"}
REACH = 2  # sentences back to the subject a pronoun may take


def subject_antecedent(ctx: Context, q: Found, pron) -> None:
    """Give ``q`` (an attribution "he"/"she" still open, its token ``pron``) the main subject of a sentence before
    it when that subject is a person no actor covers (see the module's note)."""
    want = _GENDER.get(q.pronoun or "")
    if want is None or pron is None or q.speaker is not None or q.speaker_name:
        return
    para = ctx.text.rfind("\n", 0, pron.idx) + 1
    quoted = [(x.start, x.end) for x in ctx.view.quoted]
    seen = 0
    for subj in _main_subjects(ctx, pron, para, quoted):
        seen += 1
        if seen > REACH or ctx.entity_at(subj.idx, subj.idx + len(subj.text)) is not None:
            return  # (an actor: coreference and en_carry have judged it already)
        if subj.pos_ == "PROPN":
            words = [t for t in subj.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
            given = names.gender_of(words[0].text) if len(words) > 1 else ""
            if not words or (given and given != want) or subj.tag_ == "NNPS":
                return
        elif not (subj.pos_ == "NOUN" and subj.tag_ == "NN" and _definite(subj) and (
                subj.lemma_.lower() in _person_nouns() or subj.lower_ in _person_nouns())):
            return  # (a thing, a group, people, a newcomer "a nurse": not someone named before)
        probe = Found(q.kind, q.start, q.end, q.text)
        if subject_speaker(ctx, probe, subj) and probe.speaker is None and probe.speaker_name and not probe.pronoun:
            q.speaker_name, q.speaker_span = probe.speaker_name, probe.speaker_span
        return


def _definite(noun) -> bool:
    """The noun is brought in by "the", "this" or a possessive ("The mayor", "Her lawyer"): someone already known."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "one", "another", "some")
               for c in noun.children)


def _main_subjects(ctx: Context, pron, para: int, quoted):
    """The subjects of the main clauses before ``pron`` in its paragraph, nearest first, outside quotations."""
    doc = ctx.doc
    for k in range(pron.i - 1, -1, -1):
        t = doc[k]
        if t.idx < para:
            return
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" or any(a <= t.idx < b for a, b in quoted):
            continue
        yield t
