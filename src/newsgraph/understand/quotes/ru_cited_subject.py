"""Whose words a Russian report is when its sentence also cites a source (r34, issue 16): "Со ссылкой на данные
Росстата министр заявил, что …" -- a sentence with a subject of its own before its speech verb is that subject's
report; "со ссылкой на X" (or "ссылаясь на X") names the source the speaker draws on, never the speaker. Only a
subject that is no outlet: an outlet citing its source relays it, and the source stays the speaker with the outlet
its ``reported_by`` (quotes/ru_relays.py, "«Фонтанка» со ссылкой на источники пишет, что …"); a sentence with no
subject ("Со ссылкой на источники сообщается, что …") keeps the source."""
from __future__ import annotations

from ...record import Mention, Ref
from .. import rules
from ..doc import subtree
from .ru_citing import CITED

_WORDS = 6  # how many words of a subject phrase are kept


def cited_subject(an, text: str, q) -> Ref | None:
    """The subject of ``q``'s speech verb when ``q``'s speaker is the source cited after "со ссылкой на" and the verb
    has a nominal subject of its own outside the cited phrase that names no outlet; None otherwise."""
    sp = q.speaker
    if sp is None or sp.mention is None or not q.cue:
        return None
    cited = CITED.search(text, max(0, sp.mention.start - 80), sp.mention.start)
    if cited is None:
        return None
    ss = next((a for a, b in an.sents if a <= q.start < b), None)
    if ss is None or sp.mention.start < ss:
        return None
    cue = q.cue.split()
    verb = next((t for t in reversed(an.toks) if ss <= t.start < q.start and t.start >= sp.mention.end and
                 t.low == cue[0]), None)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    subj = next((an.toks[c] for c in verb.children if an.toks[c].dep.startswith("nsubj") and
                 an.toks[c].pos in ("NOUN", "PROPN") and not cited.start() <= an.toks[c].start < sp.mention.end and
                 an.toks[c].start < verb.start), None)
    if subj is None:
        return None
    idx = [i for i in subtree(an.toks, subj.i) if an.toks[i].start < verb.start and
           not cited.start() <= an.toks[i].start < sp.mention.end]
    own = [(m, a) for m, a in an.mentions_in(max(ss, subj.start - 80), verb.start, ("PERSON", "ORG", "GPE", "MEDIA"))
           if any(m.start <= an.toks[i].start < m.end for i in idx)]  # (the names in the subject's own phrase)
    if any(a.type == "MEDIA" for _, a in own) or an._lemma(subj) in rules.words("ru", "outlet_nouns"):
        return None  # (an outlet relays its source: "Газета «Ведомости» / Издание со ссылкой на источники пишет")
    named = [x for x in own if x[1].type == "PERSON"][-1:] or [x for x in own if x[0].start <= subj.start < x[0].end]
    if named:
        return an.ref(named[0][1], named[0][0].start, named[0][0].end)
    lo = hi = subj.i
    while lo - 1 in idx and an.toks[lo - 1].pos != "PUNCT":
        lo -= 1
    while hi + 1 in idx and an.toks[hi + 1].pos != "PUNCT" and hi - lo < _WORDS - 1:
        hi += 1
    s, e = an.toks[lo].start, an.toks[hi].end
    return Ref(None, text[s:e], Mention(s, e, text[s:e]))
