"""A quotation interrupted by its attribution between two dashes (a part of ``RussianQuotes`` through ``MoreReaders``;
moved out of ru_more.py in round 32, ru32bfix):

  «Это была не политическая акция, – уточнил Белов. – По договоренности …»   the cue first (any verb opening the
                                                                             clause, r32)
  «Денег на ремонт нет, — глава района Иван Петров развел руками. — Ждем …»   the speaker first: a name (maybe
                                                                             after its title) and a finite verb
"""
from __future__ import annotations

import re

from .ru_medium import toks_in

DASH = "—–―"
# a typed " - " or " -- " is a dash too; a dash may stand unspaced ("…ею,—пояснила она.—Но …")
_INTERRUPT = re.compile(rf"[,.!?…]\s*(?:[{DASH}]\s*|--?\s+)")
_INTERRUPT_END = re.compile(rf"[.,]\s*(?:[{DASH}]\s*|--?\s+)")
_SPAN = 260  # (the farthest the resuming dash stands from the cue: a titled speaker and a gerund's phrase)
_SENTENCE_END = re.compile(r"[.!?…]\s+[А-ЯЁA-Z]|[!?]")  # (a long attribution holds no sentence of its own)


class InterruptedQuotes:
    """``_interrupted`` over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs`` and ``add``."""

    def _interrupted(self, o: int, c: int) -> bool:
        """«Это была не политическая акция, – уточнил Белов. – По договоренности …»: one quotation interrupted by its
        attribution between two dashes (the cue first, or the speaker first: ``_subject_first``); the quote is the
        two parts."""
        text = self.text
        for m in _INTERRUPT.finditer(text, o + 1, c):
            cm = self.rr.cue.match(text, m.end())
            loose = cm is None  # («Горим! — закричал сторож. — …»: any verb opening the clause, as after a dash, r32)
            cm = cm or self.verb_cue(m.end(), min(c, m.end() + 40))
            first_ref = None
            if not cm:
                cm, first_ref = self._subject_first(m.end(), c)
            if not cm:
                continue
            em = _INTERRUPT_END.search(text, cm.end(), min(c, cm.end() + _SPAN))
            if not em or em.start() - cm.end() > 80 and _SENTENCE_END.search(text, cm.end(), em.start()):
                return False  # (r34: a long attribution, "— признал министр X, отвечая на вопросы … по итогам
                # встречи, которая продлилась пять часов. —", is still one clause ending at the resuming dash)
            speaker = first_ref or self.speaker_in(cm.start(), em.start(), cm, self.quoted, o)
            if loose and speaker is None:
                continue
            first, second = (o + 1, m.start() + (text[m.start()] != ",")), (em.end(), c)
            body = text[first[0]:first[1]] + " " + text[second[0]:second[1]]
            self.add(3, "direct", o + 1, c, speaker, cm.group(), self.outlets_in(cm.start(), em.start(), speaker),
                     (self.an.sentence(o)[0], self.an.sentence(c)[1]), text_override=body)
            self.found[-1][1].parts = [list(first), list(second)]
            return True
        return False

    def _subject_first(self, s: int, c: int):
        """ "— глава района Иван Петров развел руками. —": the one person named right after the dash (after at most
        four words of his title in lower case), a finite verb opening what follows the name, the clause ending at
        the second dash: (the verb's match, the person's Ref), else (None, None)."""
        em = _INTERRUPT_END.search(self.text, s, min(c, s + 120))
        named = self.an.mentions_in(s, em.start()) if em else []
        if len({a.id for _, a in named}) != 1:
            return None, None
        m, a = named[0]
        title = self.text[s:m.start].split()
        if len(title) > 4 or any(w[:1].isupper() for w in title):
            return None, None
        verb = next((t for t in toks_in(self.an, m.end, em.start()) if t.pos != "PUNCT"), None)
        if verb is None or verb.pos not in ("VERB", "AUX") or (verb.feats or {}).get("VerbForm") != "Fin":
            return None, None
        return re.compile(re.escape(verb.text)).match(self.text, verb.start), self.an.ref(a, m.start, m.end)
