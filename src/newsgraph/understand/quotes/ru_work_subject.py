"""A work as the subject of a finding with its owner a sentence away (round 30): "ВЦИОМ опубликовал во вторник новый
опрос. Опрос показал, что …", "Такие данные содержатся в исследовании ВЦИОМ. Опрос показал также, что …" -- the
poll's or the study's findings are its authors' words: the organisation whose work the text just told of, named in
this sentence or the two before, which tell of a work (ru_speakers.py ``_work_owner``: the one named next to a work
first). The subject is
a bare noun of words.tsv ``works`` with no owner of its own in the sentence ("Опрос ВЦИОМ показал" is read where the
owner is named); no organisation named so: no speaker, as before."""
from __future__ import annotations

from .. import rules
from .ru_medium import toks_in


def work_subject(rq, q):
    """The owner of the bare work that is the subject of ``q``'s cue (see the module), else None; ``rq`` is the
    ``RussianQuotes`` reader (its ``an`` and ``_work_owner``)."""
    an = rq.an
    if q.speaker is not None or not q.cue:
        return None
    ss, _ = an.sentence(q.start)
    word = q.cue.split()[-1].lower()
    cues = [t for t in toks_in(an, ss, q.start) if t.text.lower() == word]
    if len(cues) != 1:
        return None
    works = rules.wordset("ru", "works")
    subj = [an.toks[c] for c in cues[0].children if an.toks[c].dep.startswith("nsubj")]
    if len(subj) != 1 or subj[0].pos not in ("NOUN", "PROPN") or subj[0].lemma not in works or \
            any(an.toks[c].dep in ("nmod", "appos", "acl", "acl:relcl") for c in subj[0].children):
        return None
    k = next((i for i, (a, _) in enumerate(an.sents) if a == ss), 0)
    told = [t for t in toks_in(an, an.sents[max(k - 2, 0)][0], subj[0].start) if t.lemma in works]
    if not told:
        return None  # (no work told of before: "Сбербанк повысил ставки. Опрос показал …" is no bank's poll)
    return rq._work_owner(subj[0].start, subj[0].end)
