"""An attribution pronoun after a subordinate clause of its own sentence: the clause's subject is who it stands for.

"While the governor affirmed …, he also warned, “…”", "After the senator left the hearing, she told reporters …":
a clause opened by a subordinating word (while, after, although, when, as, because, …) before the main clause
names, as its subject, the person the main clause's pronoun goes on with; a speaker of an earlier sentence is
farther away (and of another sentence), and so is the person coreference chose for the pronoun when the clause's
subject is a description it did not read as anyone. Taken only when the subject is a noun phrase (a name or a
description, not another pronoun) and no gender the text gives it contradicts the pronoun.
"""
from __future__ import annotations

from ..coref.en_newcomers import _person_nouns
from .en_ctx import Context, Found, subject_speaker

_PERSONAL = {"he": "m", "she": "f"}


def _pronoun(ctx: Context, q: Found, word: str):
    cue = ctx.doc[q.cue_i] if q.cue_i is not None else None
    if cue is None:
        return None, None
    pron = next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ == word), None)
    return cue, pron


def clause_subject(ctx: Context, q: Found) -> bool:
    """Give ``q`` (an attribution "he"/"she" left open) the subject of the subordinate clause opening its sentence
    (see the module's note); True when it did."""
    if q.speaker is None and not q.speaker_name:
        word = q.pronoun
    elif q.speaker is not None and q.speaker_span and q.cue_i is not None:  # coreference's choice for the pronoun
        word = ctx.text[q.speaker_span[0]:q.speaker_span[1]].lower()
    else:
        return False
    if word not in _PERSONAL:
        return False
    cue, pron = _pronoun(ctx, q, word)
    if pron is None or pron.idx != (q.speaker_span or (pron.idx,))[0]:
        return False
    for cl in cue.children:
        if cl.dep_ != "advcl" or cl.i > pron.i or not any(c.dep_ == "mark" for c in cl.children):
            continue
        subj = next((c for c in cl.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
        if hit is not None:
            ent = ctx.actors.entities[hit[2]]
            if ent.type != "PERSON" or (ent.gender or _PERSONAL[word]) != _PERSONAL[word] or hit[2] == q.speaker:
                return False
        elif subj.pos_ == "PROPN" or subj.tag_ == "NNS" or not (
                subj.lemma_.lower() in _person_nouns() or subj.lower_ in _person_nouns()):
            return False  # (a place, a thing, people: not a "he" or "she"; "When the bill reached the floor, he …")
        probe = Found(q.kind, q.start, q.end, q.text)
        if not subject_speaker(ctx, probe, subj) or probe.pronoun:
            return False
        if q.speaker is not None:  # (the pronoun is no mention of the one coreference chose)
            ctx.actors.drop_mention(pron.idx, pron.idx + len(pron.text), q.speaker)
        if probe.speaker is not None:
            ctx.actors.add_mention(probe.speaker, pron.idx, pron.idx + len(pron.text), "pronoun")
        q.speaker, q.speaker_name, q.speaker_span = probe.speaker, probe.speaker_name, probe.speaker_span
        q.pronoun = None
        return True
    return False
