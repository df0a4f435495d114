"""A headline quotation whose speaker is given by a title only (a part of ``RussianQuotes`` through ``FormReaders``,
round 31):

  Главный тренер «Урала» после ничьей с «Факелом»: «Мы сами отдали два очка»
  Бывший следователь: «Система не умеет признавать ошибки»
  Директор заповедника «Столбы»: «Туристов стало вдвое больше»

Russian news and sports sites head a piece with the speaker's title, a topic or an occasion after it ("после
ничьей", "о поражении"), a colon and the quotation; the text below names the person with that title before the name
("Главный тренер «Урала» Мирослав Ромащенко"). The speaker is the one person whose name follows the headline
title's head noun (a title word or a calling, coref/ru.py ``person_nouns``) and every other noun of the title (its
body: "«Урала»", "заповедника"), the words before the first preposition; no one when two people fit, or when the
title's body is another ("Главный тренер «Факела»" is not the coach of «Урал»). The body's own role reading
(entities) is not needed: the words before the name are compared by lemma. Not: a line that is not the text's
first or ends with a full stop, a lead-in with a verb, a lead-in opening with no calling ("Вопрос дня: «…»"), a
headline whose title no one in the text carries.
"""
from __future__ import annotations

from ..coref.ru import person_nouns
from ...record import Ref
from .ru_medium import toks_in

_BEFORE_NAME = 8  # words before a name that may hold its title


class HeadlineTitles:
    """Readers over ``self.text``, ``self.an`` and ``self.pairs``."""

    def headline_title_holder(self, start: int, end: int) -> Ref | None:
        """The person of the text below the headline that the title in text[start:end] names (a Ref whose mention is
        the title), else None."""
        line_end = self.text.find("\n")
        if line_end < 0 or start >= line_end or self.text[:line_end].rstrip().endswith("."):
            return None
        toks = [t for t in toks_in(self.an, start, end) if t.pos != "PUNCT"]
        cut = next((i for i, t in enumerate(toks) if t.pos == "ADP"), len(toks))
        title = toks[:cut]
        head = next((t for t in title if t.pos == "NOUN"), None)
        if head is None or any(t.pos in ("VERB", "AUX") for t in toks) or not (
                head.lemma in person_nouns() or self.an._is_title_word(head.nat)):
            return None
        need = {t.lemma for t in title if t is not head and t.pos in ("NOUN", "PROPN")}  # (the body: «Урала»)
        who = {}
        for m, a in self.an.mentions_in(line_end, len(self.text), ("PERSON",)):
            before = toks_in(self.an, self.an.sentence(m.start)[0], m.start)[-_BEFORE_NAME:]
            lemmas = {t.lemma for t in before}
            if head.lemma in lemmas and need <= lemmas:  # (review31 #4: a title of another body is another person)
                who.setdefault(a.id, (m, a))
        if len(who) != 1:
            return None
        _, a = next(iter(who.values()))
        title_end = title[-1].end
        return self.an.ref(a, start, title_end)
