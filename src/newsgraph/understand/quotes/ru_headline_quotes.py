"""Headlines that quote without a verb (a part of ``RussianQuotes`` through ``FormReaders``, round 26):

  «Мы не отступим»: Лавров о переговорах с Западом        (the quotation, then the speaker)
  «Мы не отступим», — Лавров о переговорах с Западом
  Лавров — о переговорах: «Мы не отступим ни на шаг»      (the speaker, "— о" the topic, a colon, the quotation)
  «Мы не отступим», — глава МИД Сергей Лавров о …          (a title before the name, r31)
  «Европа должна быть едина»: Макрон призвал союзников …  (a verb of saying after the name, r31)

Russian news headlines print a quotation and its speaker with a colon or a dash and no cue verb; the speaker is the
person or the body named right after the quotation's mark, or the one the line opens with before "— о …:". A
headline is a line of its own without a final full stop (a body sentence has its verb: ru_quotation.py). Priority 3,
as any quotation. Not when the line names a titled work ("«Я люблю тебя, жизнь»: Кобзон о самой известной песне",
words.tsv titled_works, review2 #16): the quotation is then its title.
"""
from __future__ import annotations

import re

from .. import rules
from .ru_headline_teasers import HeadlineTeasers
from .ru_marks import words_of_someone
from .ru_medium import toks_in

_WHO = ("PERSON", "ORG")
_AFTER_QUOTE = re.compile(r"[ \t]*(?:[:,][ \t]*)?(?:[—–-][ \t]*)?")
_TOPIC_AFTER = re.compile(r"[ \t]*(?:$|,|[ \t](?:о|об|про|на|в)\b)")  # ("… Лавров о переговорах", "Лавров, глава МИД")
_SPEAKER_TOPIC = re.compile(r"[ \t]+[—–][ \t]+(?:о|об|про)\b[^:«»\n]{1,80}:[ \t]*$")
_HEADLINE_LEN = 160
_SPACES = re.compile(r"[ \t]+")


class HeadlineQuotes(HeadlineTeasers):
    """Readers over ``self.text``, ``self.an``, ``self.pairs``, ``self.found`` and ``add``."""

    def _headline_quotes(self, paras) -> None:
        for o, c in self.pairs:
            ps, pe = next(((a, b) for a, b in paras if a <= o < b), (None, None))
            if ps is None or pe - ps > _HEADLINE_LEN or self.text[ps:pe].rstrip().endswith(".") or \
                    self._found_in(o, c + 1) or len(self.text[o + 1:c].split()) < 3 or \
                    not words_of_someone(self.text[o + 1:c]) or not self._clause(o, c):
                continue  # (a title in marks, "«Лебединое озеро»: Большой театр о …", says nothing)
            works = rules.wordset("ru", "titled_works")
            if any(t.lemma in works for t in toks_in(self.an, ps, o) + toks_in(self.an, c + 1, pe)):
                continue  # (the topic names a work: the quotation is its title)
            ref = None
            if o == ps:  # «…»: Лавров о …
                a = _AFTER_QUOTE.match(self.text, c + 1, pe).end()
                named = [(m, x) for m, x in self.an.mentions_in(a, pe, _WHO) if m.start == a or
                         self._title_before(a, m.start)]  # ("«…», — глава Роскосмоса Юрий Борисов о …", r31)
                fit = [(m, x) for m, x in named if _TOPIC_AFTER.match(self.text, m.end, pe) or
                       self._cue_after(m.end)]  # ("«…»: Макрон призвал …", r31)
                if a > c + 1 and fit:
                    m, x = fit[0]
                    ref = self.an.ref(x, m.start, m.end)
                elif a > c + 1 and not named:
                    ref = self._unnamed_at(a, pe)
            elif not self.text[c + 1:pe].strip(" !?…"):  # Лавров — о переговорах: «…»
                tm = _SPEAKER_TOPIC.search(self.text, ps, o)
                named = [(m, x) for m, x in self.an.mentions_in(ps, tm.start(), _WHO)
                         if m.start == ps and m.end == tm.start()] if tm else []
                if named:
                    m, x = named[0]
                    ref = self.an.ref(x, m.start, m.end)
                elif tm and not self.an.mentions_in(ps, tm.start(), _WHO):
                    ref = self._unnamed_at(ps, tm.start())
            if ref is not None:
                self.add(3, "direct", o + 1, c, ref, None, [], (ps, pe))
        self._headline_teasers(paras)  # (ru_headline_teasers.py: "«…». Интервью с X", a role, r36)

    def _title_before(self, start: int, name_start: int) -> bool:
        """text[start:name_start] is a title before a name, up to four words with no verb ("глава Роскосмоса")."""
        toks = toks_in(self.an, start, name_start)
        return 0 < len(toks) <= 4 and all(t.pos in ("NOUN", "ADJ", "PROPN") for t in toks)

    def _cue_after(self, end: int) -> bool:
        """A verb of saying right after the name ending at ``end`` ("«…»: Макрон призвал союзников …") whose rest of
        the line names no one else and no words ("Захарова процитировала Черчилля", "Путин напомнил слова
        Молотова", "объяснил смысл фразы Хрущева": someone else's words cited, review31 #0; "свою фразу" is his)."""
        m = _SPACES.match(self.text, end)
        cm = self.rr.cue.match(self.text, m.end()) if m is not None else None
        lemma = getattr(self.an.tok_at_start.get(cm.start()), "lemma", "") if cm is not None else ""
        if cm is None or lemma in rules.wordset("ru", "citing_verbs"):
            return False  # (review31: "«…»: Песков процитировал советского лидера", "Собянин вспомнил поговорку")
        line_end = self.text.find("\n", cm.end())
        line_end = len(self.text) if line_end < 0 else line_end
        if self.an.mentions_in(cm.end(), line_end, ("PERSON",)):
            return False
        words = rules.wordset("ru", "speech_nouns") | rules.wordset("ru", "text_nouns") | \
            rules.wordset("ru", "cited_words")
        toks = toks_in(self.an, cm.end(), line_end)
        return not any(t.lemma in words and not any(x.lemma == "свой" for x in toks[max(i - 2, 0):i])
                       for i, t in enumerate(toks))

    def _unnamed_at(self, start: int, end: int):
        """A surname the NER model missed at ``start`` (a headline names "Лавров" bare), up to ``end`` or a topic
        after it ("Лавров о переговорах"), else None."""
        t = self.an.tok_at_start.get(start)
        ref = self.an.unnamed_person(t.i) if t is not None else None
        if ref is None or ref.mention is None or not _TOPIC_AFTER.match(self.text, ref.mention.end, end) and \
                ref.mention.end != end:
            return None
        return ref

    def _clause(self, o: int, c: int) -> bool:
        """The quotation holds a clause: a verb, a pronoun or a negation ("Нам это не страшно"), not a name alone."""
        return any(o < t.start and (t.pos in ("VERB", "AUX", "PRON") or t.low == "не") for t in toks_in(self.an, o, c))
