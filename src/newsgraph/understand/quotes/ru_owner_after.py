"""A quotation followed by a dash and a demonstrative naming it as someone's words, with no verb of saying (a part of
``RussianQuotes`` through ``QuotationReaders._quotation``, round 31):

  «Мы не будем повышать налоги», — таков ответ министра финансов Антона Силуанова на вопрос журналистов.
  «Мы не будем повышать налоги» — эти слова Антона Силуанова облетели все СМИ.
  «Решение окончательное», — такова позиция компании «Северный продукт».

Russian papers close a quotation with a demonstrative ("таков", "такова", "эти", "такие") and a noun of what is
said (words.tsv ``speech_nouns``) whose owner follows in the genitive: the owner is the speaker (a person or an
organisation named in the genitive right after the noun, after a title in the genitive at most: not "эти слова
вызвали возмущение депутата X", "эти слова X услышал от матери", review31 #9). Not: a noun of a text nobody speaks
("«Руки прочь от парка» — этот лозунг висел …": not
a speech noun), a quotation that is a name or a title (the reader of marks takes words of someone
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
# the texts a dash clause may name instead of a speaker: signs, slogans, banners (words.tsv text_nouns minus the
# articles, laws and notices a writer writes in: "— в своей статье пишет X")


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
        marked = False
        for t in toks[1:]:  # the owner in the genitive right after the noun, after a title in the genitive at most
            if t.text in "«„“\"":
                marked = True  # (a name in marks keeps its nominative: "позиция компании «Северный продукт»")
                continue
            if t.pos not in ("NOUN", "ADJ", "PROPN") or not marked and (t.feats or {}).get("Case") not in (
                    "Gen", "Acc", None):  # (an animate genitive is often tagged accusative: "Антона Силуанова")
                return None  # (review31 #9: "эти слова вызвали возмущение депутата X", "эти слова X услышал")
            named = [(m, a) for m, a in self.an.mentions_in(t.start - 1, end, _OWNERS)
                     if t.start - 1 <= m.start <= t.start]
            if named:
                m, a = named[0]
                return self.an.ref(a, m.start, m.end)
        return None

    def text_named_before(self, start: int, end: int) -> bool:
        """A sign nobody speaks named with a demonstrative in text[start:end], the clause after a quotation's dash
        before its verb ("«Руки прочь от парка» — этот лозунг жители написали на плакатах")."""
        toks = toks_in(self.an, start, end)
        return any(t.lemma in rules.wordset("ru", "sign_nouns") and i and toks[i - 1].lemma in ("этот", "такой", "тот")
                   for i, t in enumerate(toks))  # (review31 #10: not "в своей статье пишет", "в объявлении сообщила")
