"""Reported speech that runs on without a new cue (a mixin of ``ru.RussianQuotes``, round 22).

Russian wire copy reports one statement over several sentences and names the speaker once: "Он добавил, что
урожайность впервые превысила 40 центнеров. В будущем году эта доля должна достичь 70%." The second sentence has no
cue and no speaker of its own; a reader takes it as the minister's, because it goes on in his paragraph, right after
his indirect speech, and says what will be, is planned or is judged -- not what happened. A sentence of that kind
that follows an indirect statement whose content runs to its sentence's end, in the same paragraph, is a statement
of the same speaker (kind indirect, no cue), and so is the sentence after it, up to ``_RUN`` in all.

Not taken (plain narrative after a statement): a sentence whose main predicate is in the past tense ("Месяцем ранее
тот же опрос давал 6,8%."), one naming a person (someone else's deed, "Иванов возглавляет ведомство с 2020 года"),
one opening with the author's turn (``words.tsv`` ``narrative_openers``: "Напомним", "Ранее", "Тем временем"),
one holding quote marks, a question, a cue of saying (another reader's business), a sentence that another reading
has taken, and any sentence after a direct quotation (the author speaks after a quote closes)."""
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
            if q.kind not in ("indirect", "mixed"):
                continue
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
