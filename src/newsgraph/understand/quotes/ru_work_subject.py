"""A work as the subject of a finding with its owner a sentence away (round 30): "ВЦИОМ опубликовал во вторник новый
опрос. Опрос показал, что …" -- the poll's findings are its authors' words: the organisation the text named next to
that same work's noun ("опрос" … "Опрос"; within 40 characters, in its sentence; the nearest) in this sentence or the
two before. The subject is a bare noun of words.tsv ``works`` with no owner of its own in the sentence ("Опрос ВЦИОМ
показал" is read where the owner is named); no such organisation (a bank named between, a report's owner for a
poll: review r30 4a): no speaker, as before."""
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
    lo = an.sents[max(k - 2, 0)][0]
    told = [t for t in toks_in(an, lo, subj[0].start) if t.lemma == subj[0].lemma]
    owners = [(abs(x.start - t.end) if x.start >= t.end else abs(t.start - x.end), x, a) for t in told
              for x, a in an.mentions_in(lo, subj[0].start, ("ORG",))
              if (x.start >= t.end and x.start - t.end <= 40 or t.start >= x.end and t.start - x.end <= 40) and
              not an.text[min(x.end, t.end):max(x.start, t.start)].count(".")]
    if not owners:
        return None  # (no poll told of with its owner: "Сбербанк повысил ставки. Опрос показал …", review r30 4a)
    _, x, a = min(owners, key=lambda o: (o[0], -o[1].start))
    return an.ref(a, x.start, x.end)
