"""Which outlets a Russian quote's ``reported_by`` keeps (issue 16, r27 audit of what a user sees): the readers credit
every outlet named in the attribution's sentence (``RussianQuotes.outlets_in``); two kinds of those are not the quote's
reporter and are dropped before the relays are read (ru_relays.py):

  - an outlet named inside what was said is what the speaker talked about, not who reported it: "Депутат сказал, что
    подал иск против газеты «Новые известия»", "Журнал напоминает, что премию вручает телеканал «Дождь»";
  - an outlet governed by a preposition of topic or opposition ("иск против газеты «X»", "статья о журнале X", "в
    адрес телеканала X"), maybe with its kind between, is what is talked about, wherever it stands in the sentence;
  - an outlet past a contrasting clause ("…, а X пишет, что …", "…, но полиция, как пишет X, …") credits that
    clause's own report, read as a quote of its own that it stands before the end of: "Аналитики считают, что …, а
    газета «Ведомости» пишет, что …". An outlet after the last clause's report still credits the whole sentence
    ("X считает, что …, а Y заявляет, что …, сообщает ТАСС").

A speaker read as a phrase whose words are an outlet's mention ("Lenta.ru напоминает, что …") is linked to that outlet,
which is then no credit of its own words."""
from __future__ import annotations

import re

from .. import rules
from ...record import Quote
from .ru_medium import toks_in

_TOPIC = {"против", "о", "об", "обо", "про"}  # (and "в отношении", "в адрес": _TOPIC2)
_TOPIC2 = {("в", "отношении"), ("в", "адрес")}
_CONTRAST = re.compile(r",\s+(?:а|но|однако|тогда как|в то время как)\s+", re.IGNORECASE)


def credited(an, text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with each one's ``reported_by`` rid of the outlets it does not credit, and a speaker phrase that is
    an outlet's mention linked to it (see the module); ``an`` the readers' analysis."""
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.entity is None and sp.mention is not None:
            same = [(m, a) for m, a in an.mentions_in(sp.mention.start, sp.mention.end, ("MEDIA",))
                    if (m.start, m.end) == (sp.mention.start, sp.mention.end)]
            if same:
                q.speaker = an.ref(same[0][1], same[0][0].start, same[0][0].end)
                q.reported_by = [r for r in q.reported_by if r.entity != q.speaker.entity]
        if q.reported_by:
            q.reported_by = [r for r in q.reported_by if r.mention is None or
                             not (q.start <= r.mention.start < q.end and not _after(an, r, "relay_verbs") or
                                  _other_clause(text, q, r, quotes) or _after(an, r, None))]
    return quotes


def _other_clause(text: str, q: Quote, r, quotes: list[Quote]) -> bool:
    """The outlet ``r`` stands after a contrast following ``q``'s content and before the end of another quote begun
    after that contrast: the credit of that clause."""
    if r.mention.start < q.end:
        return False
    for m in _CONTRAST.finditer(text, q.end, r.mention.start):
        if "\n" in text[q.end:m.start()]:
            return False
        if any(k is not q and k.start >= m.end() and r.mention.start < k.end for k in quotes):
            return True
    return False


def _after(an, r, words: str | None) -> bool:
    """The outlet's mention follows (maybe with its kind, "газеты", between) a word of the words.tsv set ``words``
    ("пишет «X»" in a content that ran over its credit: a credit still), or with None a preposition of topic or
    opposition ("против газеты «X»")."""
    before = [t for t in toks_in(an, max(0, r.mention.start - 60), r.mention.start) if t.text not in "«\"„“"]
    if before and an._lemma(before[-1]) in rules.words("ru", "outlet_nouns"):
        before.pop()
    if words is not None:
        return bool(before) and before[-1].lemma in rules.wordset("ru", words)
    return bool(before) and (before[-1].low in _TOPIC or len(before) >= 2 and (before[-2].low, before[-1].low) in
                             _TOPIC2)
