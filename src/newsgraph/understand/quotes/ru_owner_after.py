"""A quotation followed by a dash and a demonstrative naming it as someone's words, with no verb of saying (a part of
``RussianQuotes`` through ``QuotationReaders._quotation``, round 31):

  «Мы не будем повышать налоги», — таков ответ министра финансов Антона Силуанова на вопрос журналистов.
  «Мы не будем повышать налоги» — эти слова Антона Силуанова облетели все СМИ.
  «Решение окончательное», — такова позиция компании «Северный продукт».

Russian papers close a quotation with a demonstrative ("таков", "такова", "эти", "такие") and a noun of what is
said (words.tsv ``speech_nouns``) whose owner follows in the genitive: the owner is the speaker (a person or an
organisation named there, the first). Not: a noun of a text nobody speaks ("«Руки прочь от парка» — этот лозунг
висел …": not a speech noun), a quotation that is a name or a title (the reader of marks takes words of someone
only), a speech noun with no one named after it ("— таков ответ ведомства" keeps no speaker here: the described
body is left to the other readers). And a dash clause naming a text or a title before its verb is no
attribution at all ("«…» — этот лозунг жители написали на плакатах", "«…» — так называется книга X": ru_quotation.py
asks ``text_named_before`` and its own ``_TITLED``).
"""
from __future__ import annotations

import re

from .. import rules
from ...record import Ref
from .ru_medium import toks_in

_DEMONSTRATIVE = re.compile(r"(?:таков[аоы]?|эти|это|такие|такими|вот)\s+", re.IGNORECASE)
_OWNERS = ("PERSON", "ORG", "MEDIA")


class OwnerAfterQuote:
    """Readers over ``self.text`` and ``self.an``."""

    def owner_after_quote(self, start: int, end: int) -> Ref | None:
        """The owner named after "таков ответ"/"эти слова" at text[start:end] (the clause after a quotation and its
        dash), else None."""
        dm = _DEMONSTRATIVE.match(self.text, start, end)
        if dm is None:
            return None
        toks = toks_in(self.an, dm.end(), end)
        if not toks or toks[0].pos != "NOUN" or toks[0].lemma not in rules.wordset("ru", "speech_nouns"):
            return None
        stop = re.compile(r"[.!?…;]|\s(?:на|о|об|в|по)\s").search(self.text, toks[0].end, end)
        named = self.an.mentions_in(toks[0].end, stop.start() if stop else end, _OWNERS)
        if not named:
            return None
        m, a = named[0]
        return self.an.ref(a, m.start, m.end)

    def text_named_before(self, start: int, end: int) -> bool:
        """A noun of a text nobody speaks in text[start:end], the clause after a quotation's dash before its verb
        ("«Руки прочь от парка» — этот лозунг жители написали на плакатах": words.tsv ``text_nouns``)."""
        texts = rules.wordset("ru", "text_nouns")
        return any(t.lemma in texts for t in toks_in(self.an, start, end))
