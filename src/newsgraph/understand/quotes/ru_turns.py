"""Interviews laid out without dashes (a mixin of ``ru.RussianQuotes``, round 16): a question as a plain paragraph
ending with "?", the answer as the plain paragraph after it, no quote marks, no dash, no "Вопрос:/Ответ:" -- the
layout of many magazine and site interviews ("Сколько вызовов у вас за смену?\\n\\nВ среднем двадцать пять …").
A document is read so only when it holds at least two such exchanges and a question addresses someone ("вы",
"вас", "ваш": an interviewer's question, not a rhetorical one of the author's "Почему это важно?"); the answers are
the words of the interviewee: the one person named in the sentence announcing the interview, else the one person
named before the first question (the headline and the lead of an interview name its guest)."""
from __future__ import annotations

import re

from .ru_forms import _DASH_LINE, _QUESTION_END

_ASKED = re.compile(r"(?i)\bинтерв[ьъ]ю|\bбесед\w*|\bпоговорил\w*|\bрасспрос\w*|\bспросил\w*")
_ADDRESS = re.compile(r"(?<![\w-])(?:вы|вас|вам|вами|ваш\w*)(?![\w-])", re.IGNORECASE)


class TurnReaders:
    """Readers over ``self.text``, ``self.an``, ``self.pairs``, ``self.found`` and ``add`` of ``RussianQuotes``."""

    def _plain_interview(self) -> None:
        """Answers of an interview without dashes (see the module). Priority 4.2, as dash-led answers."""
        paras = self._paragraphs()  # (the answer is the paragraph right after the question: a dash-led one there
        plain = [not _DASH_LINE.match(self.text, ps) for ps, _ in paras]  # is _interview's layout, and the plain
        if sum(plain) < 4:  # line after that answer no answer: a feature's repeated heading, r28)
            return
        asked = [k for k, (ps, pe) in enumerate(paras[:-1]) if plain[k] and self._plain_question(ps, pe)]
        exchanges = [(paras[k], paras[k + 1]) for k in asked
                     if plain[k + 1] and k + 1 not in asked and not self._found_in(*paras[k + 1])]
        if len(exchanges) < 2 or not any(_ADDRESS.search(self.text, ps, pe) for (ps, pe), _ in exchanges):
            return
        first_q = exchanges[0][0][0]
        # the person an interview is announced with, else the one person named before when the text says it asked
        # someone ("Мы расспросили ее"); not merely the one person named (review r16: a reader FAQ after a lead
        # naming the mayor, "Как добраться до парка?", became the mayor's interview)
        guest = self._interviewee(first_q) or (self._one_person(0, first_q) if _ASKED.search(self.text, 0, first_q)
                                               else None)
        if guest is None:
            return
        for (qs, qe), (ps, pe) in exchanges:
            if len(self.text[ps:pe].split()) >= 3:
                self.add(4.2, "direct", ps, pe, guest, None, [], (ps, pe))

    def _plain_question(self, ps: int, pe: int) -> bool:
        """A short plain paragraph ending with "?", not a quotation, that no reading has taken."""
        line = self.text[ps:pe]
        return bool(_QUESTION_END.search(line)) and len(line.split()) <= 40 and \
            not any(o <= ps < c for o, c in self.pairs) and not self._found_in(ps, pe)
