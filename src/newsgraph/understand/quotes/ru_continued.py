"""An unmarked first-person continuation of a speaker's words (a part of ``RussianQuotes`` through ``FormReaders``,
round 26):

  Пегги Уитсон говорит, что спасателей не было. Мне помогли выбраться люди, которые нас встретили.

News retells a person and then goes on in that person's own words without quote marks: the sentences after an
attribution of one person, in the same paragraph, the first of them in the first person ("мне", "мы", a verb of the
first person) outside quotations, with no cue verb, no quotation, no other reading
of their own and no one else their subject, up to the
paragraph's end (at most three sentences, up to one with a cue verb), are that person's words (the ru-attr gold
counts them, README round 17).
The author's own voice ("Напомним", "как мы писали") has a cue or opens with a word of the author's. Priority 4.4.

The newsroom writes "мы"/"наш" of itself ("Мы направили запрос …", "Наш корреспондент побывал …", review2 #1): the
first sentence must be in the first person SINGULAR ("я", "мне", "мой", a verb of the 1st person singular), or in the
plural only when the retold clause itself already speaks as "мы"/"наш" (a role before it is not enough: "Губернатор
сообщил, что … . Мы будем следить за развитием событий." is the outlet's, test_ru_r22); a sentence naming the newsroom
(words.tsv ``newsroom_nouns``: корреспондент, редакция) ends the run.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import rules
from .ru_medium import toks_in

_SINGULAR = {"я", "мой"}  # (lemmas of the first person singular; verbs by their Person and Number features)
_PLURAL = {"мы", "наш"}
_AUTHOR = ("напомним", "напомню", "отметим", "добавим", "уточним", "подчеркнем", "подчеркнём")
_MAX_SENTENCES = 3
_REPORTED = re.compile(r"(?:\bчто|:)\s*$")


class ContinuedSpeech:
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs``, ``self.found`` and ``add``."""

    def _first_person_run(self, paras) -> None:
        persons = {a.id for a in self.an.actors if a.type == "PERSON"}
        starts = [a for a, _ in self.an.sents]
        newsroom = rules.wordset("ru", "newsroom_nouns")
        for _, q in list(self.found):
            if q.speaker is None or q.speaker.entity not in persons or q.kind == "direct":
                continue
            ps, pe = next(((a, b) for a, b in paras if a <= q.start < b), (None, None))
            if ps is None:
                continue
            ss, se = self.an.sentence(q.start)
            if not _REPORTED.search(self.text, max(ss, ps), q.start) or self.text[q.end:se].strip(" .!?…»\""):
                continue  # (retold speech ending its sentence: "говорит, что …", "заявил: …"; not "написал книгу о …")
            k = bisect_left(starts, se)
            sents = [(a, b) for a, b in self.an.sents[k:k + _MAX_SENTENCES] if b <= pe + 1]
            if not sents or self.text[sents[0][0]:sents[0][1]].lower().startswith(_AUTHOR):
                continue
            person = self._first_person(*sents[0])
            if person is None or person == "Plur" and not self._for_group(q.start, q.end):
                continue
            run = []
            other = ("PERSON",)
            for a, b in sents:  # (up to a sentence with a reading, a quotation, a cue or another person its subject)
                b = min(b, pe)
                if self._found_in(a, b) or any(a <= o < b for o, _ in self.pairs) or \
                        self.rr.cue.search(self.text, a, b) or \
                        any(t.lemma in newsroom for t in toks_in(self.an, a, b)) or \
                        any(x.id != q.speaker.entity and self._subject_at(m.start)
                            for m, x in self.an.mentions_in(a, b, other)):
                    break
                run.append((a, b))
            if not run:
                continue
            s0, e0 = run[0][0], run[-1][1]
            self.add(4.4, "direct", s0, s0 + len(self.text[s0:e0].rstrip()), q.speaker, None, [], (s0, e0))

    def _subject_at(self, pos: int) -> bool:
        """The word at ``pos`` is a subject ("Министр Иван Рябов обещал": someone else speaks; "Мне и Ли Со Ён
        помогли": a person named in the speaker's words)."""
        t = self.an.tok_at_start.get(pos)
        return t is None or t.dep.startswith("nsubj") or any(
            self.an.toks[i].dep.startswith("nsubj") for i in range(t.i, min(t.i + 3, len(self.an.toks)))
            if self.an.toks[i].head == t.head or self.an.toks[i].head == t.i)

    def _first_person(self, s: int, e: int) -> str | None:
        """The first person's number in [s, e): "Sing" on any singular word ("я", "мне", "мой", "помог бы я" …),
        else "Plur" on "мы"/"наш" or a plural verb of the first person, else None."""
        found = None
        for t in toks_in(self.an, s, e):
            verb = t.pos in ("VERB", "AUX") and (t.feats or {}).get("Person") == "1"
            if t.lemma in _SINGULAR or t.low in ("я", "мне", "меня", "мной") or \
                    verb and (t.feats or {}).get("Number") == "Sing":
                return "Sing"
            if t.lemma in _PLURAL or t.low in ("мы", "нам", "нас", "нами") or verb:
                found = "Plur"
        return found

    def _for_group(self, c: int, e: int) -> bool:
        """The retold clause [c, e) already speaks for a group: it says "мы"/"наш"."""
        return any(t.lemma in _PLURAL for t in toks_in(self.an, c, e))
