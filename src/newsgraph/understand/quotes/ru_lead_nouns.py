"""A quotation after a colon whose lead-in is a noun of what is said and its owner, with no verb (a part of
``RussianQuotes`` through ``FormReaders.speech_noun_speaker``, round 31):

  Его слова после вопроса журналиста: «…»      (a possessive pronoun: the person it stands for)
  Цитата из его обращения к подрядчику: «…»
  Комментарий пресс-службы «Магнита»: «…»      (an actor in the genitive, its name in marks or not)
  Позиция компании такова: «…»                  (a body described in the genitive: the one named before it)

News sites print a quotation after a lead-in that names it instead of a verb of saying ("Его прогноз:", "Ответ
министерства:", "Реакция клуба:"); the noun is one of words.tsv ``speech_nouns``. A lead-in naming one person is read
before (ru_forms.py ``_one_person``); here its owner is a pronoun that qualifies a speech noun (not "Ответ на его
запрос: «…»", whose "его" is the asker's) or an organisation. Not: a noun of a text nobody
speaks ("Надпись на табличке: «…»", "Лозунг акции: «…»", "Название фильма: «…»": not speech nouns), a lead-in with
a verb (the colon reader's cue branch), a speech noun whose owner is not given ("Ответ прост: «…»" reads none here).
"""
from __future__ import annotations

from .. import rules
from ...record import Mention, Ref
from .ru_medium import toks_in

_OWNERS = ("PERSON", "ORG", "MEDIA")


class LeadNounOwners:
    """Readers over ``self.text``, ``self.an``, ``self.rr``, ``self.quoted`` and the speaker resolvers."""

    def speech_noun_owner(self, start: int, end: int) -> Ref | None:
        """The owner of the speech noun of the verbless lead-in text[start:end] (a Ref), else None."""
        toks = toks_in(self.an, start, end)
        nouns = rules.wordset("ru", "speech_nouns")
        k = next((i for i, t in enumerate(toks) if t.lemma in nouns and t.pos == "NOUN"), None)
        if k is None or any(t.pos == "VERB" for t in toks):
            return None
        for i, t in enumerate(toks[max(k - 1, 0):], max(k - 1, 0)):  # "Его слова", "Цитата из его обращения"
            gender = self.rr.pronouns.get(t.text.lower()) if t.text.lower() in ("его", "её", "ее", "их") else None
            said = (toks[i + 1] if i + 1 < len(toks) else None, self.an.toks[t.head] if t.head is not None else None)
            if gender is not None and any(x is not None and x.lemma in nouns and x.pos == "NOUN" for x in said):
                # (review31 #6: the possessive of the speech noun itself, not "Ответ на его запрос", "Обращение к
                # его родственникам")
                a = self.resolve_pronoun(t.start, gender, self.quoted)
                if a is None:
                    return None
                self.an.add_mention(a, t.start, t.end)
                return self.an.ref(a, t.start, t.end)
        named = self.an.mentions_in(toks[k].end, end, _OWNERS)  # ("Комментарий пресс-службы «Магнита»")
        if len({a.id for _, a in named}) == 1:
            m, a = named[0]
            return self.an.ref(a, m.start, m.end)
        if named:
            return None
        own = next((t for t in toks[k + 1:k + 3] if t.pos == "NOUN" and (t.feats or {}).get("Case") == "Gen"), None)
        bodies = rules.wordset("ru", "institutions") | rules.wordset("ru", "body_anaphors") | \
            set(rules.words("ru", "org_nouns"))
        if own is not None and own.lemma in bodies:  # ("Позиция компании": the company named before)
            ref = self._described_org(Ref(None, own.text, Mention(own.start, own.end, own.text)))
            return ref if ref.entity is not None else None
        return None
