"""A quotation sentence with no attribution after a sentence whose subject is a named person and which holds no
verb of saying (a part of ``RussianQuotes`` through ``FormReaders._paragraph_quotes``, round 31):

  Глава Сбербанка Герман Греф выступил на форуме в Сочи. «Искусственный интеллект изменит отрасль».
  Главный тренер «Урала» Мирослав Ромащенко вышел к журналистам через полчаса. «Мы сами отдали два очка».

News sites set the speaker on the scene (he spoke, came out, took the floor) and print the words as a sentence of
their own; the sentence before names the speaker as its subject. The reading where that sentence holds a cue verb
and names one person is ru_forms.py ``_speaking_sentence_before``; here the subject of its main verb is a person
named (or a pronoun coreference linked to one), the verb is one of taking the floor (words.tsv ``floor_verbs``:
"выступил", "обратился"; or ``floor_motion`` to an audience or a speaking event: "вышел к журналистам", "пришел на
брифинг") and takes no object and no source ("от X"): not "подошел к двери. «Открывайте, полиция»", "проснулась
ночью. «Пожар!»", "вышел на сцену в роли Гамлета" (someone else speaks, or a role), nor receiving, reading, finding
or performing words ("получила письмо от президента. «…»", "зачитал
письмо жителей", "исполнила песню", review31 #1). Not: a quotation that is a name or a title, or
holds no clause ("«Спартак» победил." is no quotation sentence; «Записки следователя». names a work), a sentence
before whose subject is no person ("Жители вышли с плакатами. «Руки прочь от парка»."), a sentence before that
shows a text nobody speaks ("Иванов повесил на дверь табличку. «Посторонним вход воспрещен»": words.tsv
``text_nouns``), a sentence before that quotes someone itself.
"""
from __future__ import annotations

from .. import rules
from ...record import Ref
from .ru_marks import words_of_someone
from .ru_medium import toks_in
from .ru_more import _subtree_range


class VerblessQuotes:
    """Readers over ``self.text``, ``self.an`` and ``self.pairs``."""

    def subject_person_before(self, ps: int, end: int, o: int, c: int) -> Ref | None:
        """The person named as the subject of the sentence ending at ``end`` (in the paragraph opening at ``ps``)
        when the quotation text[o + 1:c] holds a clause (a Ref), else None."""
        inner = toks_in(self.an, o + 1, c)
        if not any(t.pos in ("VERB", "AUX", "PRON") or t.low == "не" for t in inner):
            return None
        s0, e0 = self.an.sentence(end - 1)
        s0 = max(s0, ps)
        toks = toks_in(self.an, s0, e0)
        texts = rules.wordset("ru", "text_nouns")
        if any(s0 <= x < e0 and words_of_someone(self.text[x + 1:y]) for x, y in self.pairs) or \
                any(t.lemma in texts for t in toks):
            return None
        root = next((t for t in toks if t.dep == "root" and t.pos == "VERB"), None)
        subj = next((self.an.toks[k] for k in root.children if self.an.toks[k].dep == "nsubj"), None) \
            if root is not None else None
        if subj is None or any(self.an.toks[k].dep in ("obj", "iobj") or self._from_source(k) for k in root.children):
            return None  # (review31 #1: "получила письмо от президента", "зачитал письмо", "исполнила песню": the
            # words are the object, someone else's or a text; the scene verbs take none: выступил, вышел к …)
        if not self._takes_the_floor(root):
            return None  # (review31: "подошел к двери. «Открывайте, полиция»", "проснулась ночью. «Пожар!»")
        a0, b0 = _subtree_range(self.an.toks, subj.i)
        lo, hi = self.an.toks[a0].start, self.an.toks[b0].end
        people = [(m, a) for m, a in self.an.mentions_in(lo, hi, ("PERSON",)) if s0 <= m.start]
        if len({a.id for _, a in people}) != 1:
            return None
        m, a = people[-1]
        return self.an.ref(a, m.start, m.end)

    def _takes_the_floor(self, root) -> bool:
        """A verb of speaking in public ("выступил", words.tsv ``floor_verbs``), or of coming to an audience or a
        speaking event ("вышел к журналистам", "пришел на брифинг": ``floor_motion``, "к"/"на" + ``floor_events``)."""
        if root.lemma in rules.wordset("ru", "floor_verbs"):
            return True
        if root.lemma not in rules.wordset("ru", "floor_motion"):
            return False
        events = rules.wordset("ru", "floor_events")
        toks = self.an.toks
        return any(toks[k].dep == "obl" and toks[k].lemma in events and any(
            toks[g].dep == "case" and toks[g].low in ("к", "на") for g in toks[k].children) for k in root.children)

    def _from_source(self, k: int) -> bool:
        """An oblique "от X" (a source: "получил от жителя")."""
        return self.an.toks[k].dep == "obl" and any(self.an.toks[g].dep == "case" and self.an.toks[g].low == "от"
                                                    for g in self.an.toks[k].children)
