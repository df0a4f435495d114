"""Reported speech that runs on without a new cue (a mixin of ``ru.RussianQuotes``, round 22).

A speaker's indirect speech often goes on in his own voice without a new cue: "Глава района сообщил, что дорогу
отремонтируют к осени. Наши подрядчики уже вывозят технику на участок." The second sentence speaks in the first
person ("мы", "нам", "наш"), which the author of a news text does not use; a reader takes it as the speaker's. Such a
sentence right after an indirect statement whose content runs to its sentence's end, in the same paragraph, with no
cue or person of its own, is a statement of the same speaker (kind indirect, no cue); so is the next one of the kind,
up to ``_RUN`` in all.

Not taken: a sentence whose main predicate is in the past tense (what happened, even told in the first person: "Нас
напоили чаем", as the written gold reads it, w276, w296), one naming a person, one opening with the author's turn
(``words.tsv`` ``narrative_openers``: "Напомним", "Ранее", "Тем временем"), one holding quote marks, a question, a
cue of saying (another reader's business), a sentence another reading has taken, anything after a direct
quotation or inside a dialogue turn. Tried and left out (round 22): taking any non-past sentence so placed, or any
future or modal one ("В будущем году эта доля должна достичь 70%."): the fresh articles w397-w402 count such
sentences (0.743 -> 0.770 with the future/modal rule, measured before the document rules), but the ru-news dev gold
counts none of the ~30 it finds there (dev 0.877 -> 0.869, dev-b 0.909 -> 0.890)."""
from __future__ import annotations

import re

from .. import rules

_RUN = 3  # continuation sentences after one statement, at most
_MARKS = re.compile(r"[«»„“”\"]")


class ContinuationReaders:
    """Readers over ``self.text``, ``self.an``, ``self.rr`` and the kept quotes of ``RussianQuotes``."""

    def continuations(self, kept: list, taken: list) -> list:
        """The sentences that run on an indirect statement of ``kept`` without a new cue (see the module); none
        where a quote of ``taken`` already stands."""
        sents = self.an.sents
        out = list(taken)
        new = []
        for q in kept:
            if q.kind not in ("indirect", "mixed") or q.speaker is None or \
                    self.text[self.text.rfind("\n", 0, q.start) + 1:q.start].lstrip()[:1] in "—–-":
                continue  # (no one to go on with; a dialogue turn is read whole by ru_forms.py)
            k = next((i for i, (ss, se) in enumerate(sents) if ss <= q.end - 1 < se), None)
            if k is None or self.text[q.end:sents[k][1]].strip(" .!…\n»"):
                continue  # (the content does not run to its sentence's end: "…, — добавил он.")
            for j in range(k + 1, min(k + 1 + _RUN, len(sents))):
                ns, ne = sents[j]
                if "\n" in self.text[sents[j - 1][1]:ns] or not self._runs_on(ns, ne, out):
                    break
                cont = self._continued(q, ns, ne)
                if cont is None:
                    break
                out.append(cont)
                new.append(cont)
        return new

    @staticmethod
    def numbered(quotes: list) -> list:
        """``quotes`` in text order, numbered q1, q2, …"""
        quotes = sorted(quotes, key=lambda q: (q.start, q.end))
        for k, q in enumerate(quotes, 1):
            q.id = f"q{k}"
        return quotes

    def _runs_on(self, ns: int, ne: int, quotes: list) -> bool:
        """Whether text[ns:ne] reads as the same speaker's words going on (see the module)."""
        sent = self.text[ns:ne].strip()
        if len(sent.split()) < 4 or sent.endswith("?") or _MARKS.search(sent) or sent[0] in "—–-":
            return False
        if any(x.start < ne and ns < x.end for x in quotes) or self.rr.cue.search(self.text, ns, ne):
            return False
        low = sent.lower()
        if any(low.startswith(w + " ") or low.startswith(w + ",") for w in rules.wordset("ru", "narrative_openers")):
            return False
        if self.an.mentions_in(ns, ne):
            return False
        toks = [t for t in self.an.toks if ns <= t.start < ne]
        if any(t.lemma in rules.wordset("ru", "speech_nouns") for t in toks):
            return False  # ("Заявление опубликовано на сайте ведомства.": about the statement, not in it)
        root = next((t for t in toks if t.rel == "root"), None)
        verbs = [root, *(self.an.toks[c] for c in root.children if self.an.toks[c].rel in ("cop", "aux", "aux:pass"))] \
            if root is not None else []
        if not verbs or any((t.feats or {}).get("Tense") == "Past" for t in verbs):
            return False  # (what happened, even told in the first person: the written gold's reading, w276, w296)
        first = rules.wordset("ru", "first_person") | rules.wordset("ru", "first_person_possessive")
        return any(t.low in first or t.lemma in first for t in toks)  # ("мы", "нам", "наш": the speaker's voice)

    def _continued(self, q, ns: int, ne: int):
        """A copy of ``q`` over the sentence text[ns:ne] (its final stop left out), no cue."""
        from ...record import Quote
        end = ns + len(self.text[ns:ne].rstrip().rstrip(".!…"))
        if end <= ns:
            return None
        c = Quote("", "indirect", self.text[ns:end], speaker=q.speaker, cue=None, reported_by=list(q.reported_by),
                  start=ns, end=end)
        c.date, c.speakers = q.date, list(q.speakers or [])
        return c
