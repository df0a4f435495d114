"""The outlets credited in a stretch of a Russian sentence (``ru.RussianQuotes.outlets_in``; r28): the outlets named
there, and a noun of an outlet's kind after a word of crediting ("Полиция, по данным газеты, отметила, что …",
"Директор, как пишет издание, заявил, что …"), which stands for the last outlet named before it, as
ru_voice.py ``outlet_noun_speaker`` reads a speaker noun. Such an outlet relays the speaker's words
(quotes/ru_relays.py); without it the sentence gave one record where the gold has two."""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .ru_voice import _outlet_nouns

_CREDIT_NOUNS = {"данные", "сведение", "информация"}  # "по данным газеты", "по сведениям агентства"


def credited_outlets(qr, start: int, end: int, speaker: Ref | None) -> list[Ref]:
    """The outlets ``qr`` (a ``RussianQuotes``) finds credited in text[start:end], not the speaker."""
    an = qr.an
    for t in _outlet_noun_credits(qr, start, end):
        if qr._outlet_named_after(Ref(None, t.text, Mention(t.start, t.end, t.text))) is not None:
            continue  # (its own name follows, an apposition: "как пишет газета The Guardian", review 28b)
        media = [(m, a) for a in an.actors if a.type == "MEDIA" for m in a.mentions if m.end <= t.start]
        if media:
            an.add_mention(max(media, key=lambda x: x[0].start)[1], t.start, t.end)
    refs, seen = [], set()
    for m, a in an.mentions_in(start, end, types=("MEDIA",)):
        if speaker is not None and speaker.entity == a.id or a.id in seen:
            continue
        seen.add(a.id)
        refs.append(an.ref(a, m.start, m.end))
    return refs


def _outlet_noun_credits(qr, start: int, end: int) -> list:
    """The singular outlet nouns in text[start:end] right after a word of crediting: a report verb ending just before
    them ("пишет издание", "сообщает агентство") or a credit noun ("по данным газеты"); none inside a name."""
    an, nouns, out = qr.an, _outlet_nouns(qr.an.lang), []
    for t in an.toks:
        if t.start >= end:
            break
        if t.start < start or t.i == 0 or t.pos != "NOUN" or (t.feats or {}).get("Number") == "Plur" or \
                an._lemma(t) not in nouns or an.by_span_overlap(t.start, t.end):
            continue
        prev = an.toks[t.i - 1]
        said = prev.lemma in _CREDIT_NOUNS and t.i > 1 and an.toks[t.i - 2].low in ("по", "согласно")
        reported = any(m.end() == prev.end for m in qr.rr.report.finditer(qr.text, max(0, prev.start - 30), prev.end))
        if said or reported and (t.feats or {}).get("Case") in ("Nom", "Acc") and \
                re.match(r"\s+$", qr.text[prev.end:t.start]):  # ("пишет издание": the tagger's accusative too)
            out.append(t)
    return out
