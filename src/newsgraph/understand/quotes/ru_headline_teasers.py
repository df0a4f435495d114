"""Headline and teaser quotations the verbless headline reader (ru_headline_quotes.py) leaves (round 36, ruweb36a,
from the web sets: news pages, portal lists and aggregators print them in every section):

  «Только вперёд». Интервью с Петром Ивановым                 (a full stop, an interview teaser: who is "с" whom)
  3. «Снега будет много». Поговорили с директором парка о зиме  (a numbered list of teasers)
  «Совсем не страшно»: Сидорова про новые правила             (a short verbless quotation and a person)
  «Всё решит финал». Капитан «Торпедо» о сезоне                (a role: the one the story names with it)
  «Новая эра»: аналитик оценил перспективы рынка               (a role, then a verb)

The line is a headline (at most 160 characters, no final full stop) that opens with the quotation (or a list number
and the quotation); a full stop, a colon or a dash follows it, then the speaker: a person the tagger named, a bare
surname, or a role noun in the singular (lang/ru/titles.txt, person_nouns.txt), up to a topic ("о", "об", "про"), a
verb or the line's end; or a teaser word (words.tsv ``interview_teasers``) and "с" before the speaker. A role is the
person holding it in the text (coref ``described_person``, role only), else the role as written. Not: an
organisation after the quotation ("«Лебединое озеро». Большой театр о премьере": a title and its theatre), a plural
("Интервью с организаторами"), a short quotation without a verb that holds a name the tagger found (a title), a
bare noun phrase, coordinated ones too, with no teaser word and no verb of saying ("«Мастер и Маргарита». Режиссер о
съемках": a film's title; diff36ru). Priority 3, as any quotation."""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import person_nouns
from .ru_marks import words_of_someone
from .ru_medium import toks_in

_LIST_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*$")
_SEP = re.compile(r"[ \t]*(?:[.:]|,?[ \t]*[—–-])[ \t]+")
_WITH = re.compile(r"[ \t]+(?:с|со)[ \t]+", re.IGNORECASE)
_TOPIC = re.compile(r"[ \t]+(?:о|об|обо|про)\b")
_HEADLINE_LEN = 160


class HeadlineTeasers:
    """Readers over ``self.text``, ``self.an``, ``self.pairs``, ``self.found`` and ``add`` (a base of
    ``HeadlineQuotes``, whose ``_clause``, ``_unnamed_at`` and ``_cue_after`` it calls)."""

    def _headline_teasers(self, paras) -> None:
        text = self.text
        for o, c in self.pairs:
            ps, pe = next(((a, b) for a, b in paras if a <= o < b), (None, None))
            if ps is None or pe - ps > _HEADLINE_LEN or text[ps:pe].rstrip().endswith(".") or \
                    o != ps and not _LIST_NUMBER.fullmatch(text, ps, o) or self._found_in(o, c + 1):
                continue
            inner = text[o + 1:c]
            if len(inner.split()) < 2 or not words_of_someone(inner) or self._names_work(ps, o, c, pe):
                continue
            verbless = not self._clause(o, c)
            if verbless and self.an.mentions_in(o + 1, c):
                continue  # (a name the tagger found in marks, no words said)
            sm = _SEP.match(text, c + 1, pe)
            if sm is None:
                continue
            a = sm.end()
            teaser = self._teaser_at(a, pe)
            if verbless and teaser is None and self._noun_phrase(o, c) and not self._said_after(a, pe):
                continue  # («Северный поток»: Миллер о сроках: a name in marks; «Новая эра»: аналитик оценил …)
            ref = self._teaser_speaker(teaser if teaser is not None else a, pe, bare=teaser is None)
            if ref is not None:
                self.add(3, "direct", o + 1, c, ref, None, [], (ps, pe))

    def _names_work(self, ps: int, o: int, c: int, pe: int) -> bool:
        """The line names a work ("«…»: Кобзон о самой известной песне"): the quotation is its title."""
        works = rules.wordset("ru", "titled_works")
        return any(t.lemma in works for t in toks_in(self.an, ps, o) + toks_in(self.an, c + 1, pe))

    def _teaser_at(self, start: int, end: int) -> int | None:
        """Where the speaker opens after a teaser word and "с" ("Интервью с …", "Поговорили с …"), else None."""
        toks = toks_in(self.an, start, end)
        if not toks or toks[0].start != start or toks[0].lemma not in rules.wordset("ru", "interview_teasers") and \
                toks[0].low not in rules.wordset("ru", "interview_teasers"):
            return None
        wm = _WITH.match(self.text, toks[0].end, end)
        return wm.end() if wm else None

    def _teaser_speaker(self, start: int, pe: int, bare: bool) -> Ref | None:
        """The speaker phrase at ``start``: up to a topic, a verb or the line's end; a person named there, a bare
        surname (``bare``: right after the quotation), or a singular role; else None."""
        tm = _TOPIC.search(self.text, start, pe)
        stop = tm.start() if tm else pe
        toks = toks_in(self.an, start, stop)
        verb = next((t for t in toks[1:] if t.pos in ("VERB", "AUX")), None)
        stop = verb.start if verb is not None else stop
        toks = [t for t in toks if t.start < stop]
        if not toks or toks[0].start != start or len([t for t in toks if t.pos != "PUNCT"]) > 5:
            return None
        stop = toks[-1].end
        if verb is not None and not self._cue_after(stop):
            return None  # ("«…»: Песков процитировал советского лидера": someone else's words cited, r31)
        names = self.an.mentions_in(start, stop, ("PERSON", "ORG"))
        if names and names[0][0].start == start:
            m, x = names[0]
            if x.type != "PERSON":
                return None  # (a theatre, a club: "«Лебединое озеро». Большой театр о премьере")
            return self.an.ref(x, m.start, m.end)
        person = next(((m, x) for m, x in names if x.type == "PERSON"), None)
        if person is not None:  # ("Капитан «Торпедо» Иван Кузьмин о …": the name after the role)
            return self.an.ref(person[1], person[0].start, person[0].end)
        if bare and (ref := self._unnamed_at(start, pe)) is not None:
            return ref
        head = toks[0]
        if head.pos != "NOUN" or (head.feats or {}).get("Number") == "Plur" or not (
                head.lemma in rules.words(self.rr.lang, "titles") or head.lemma in person_nouns()):
            return None
        held = self.an.described_person(start, stop, None, self.quoted, len(self.text), role_only=True)
        if held is not None:
            return held
        held = self._holder_after(head, pe)
        if held is not None:
            return held
        phrase = self.text[start:stop]
        return Ref(None, phrase, Mention(start, stop, phrase))

    def _noun_phrase(self, o: int, c: int) -> bool:
        """The quotation is a bare noun phrase, as a name is ("Северный поток", "Новая эра"): adjectives and nouns,
        coordinated ones too ("Мастер и Маргарита", "Война и мир": a title of two nouns; diff36ru)."""
        toks = [t for t in toks_in(self.an, o + 1, c) if t.pos != "PUNCT"]
        return bool(toks) and toks[-1].pos in ("NOUN", "PROPN") and toks[0].pos != "CCONJ" and \
            all(t.pos in ("ADJ", "NOUN", "PROPN", "CCONJ") for t in toks)

    def _said_after(self, start: int, pe: int) -> bool:
        """A verb of saying follows the speaker phrase at ``start`` on the line ("аналитик оценил …")."""
        verb = next((t for t in toks_in(self.an, start, pe) if t.pos in ("VERB", "AUX")), None)
        return verb is not None and self.rr.cue.match(self.text, verb.start) is not None

    def _holder_after(self, head, pe: int) -> Ref | None:
        """The first person the story names after the headline with the role's noun among the words right before the
        name ("Тренер «Торпедо» о …" / "Главный тренер «Торпедо» Игорь Ларионов выступил …"), else None."""
        for m, x in self.an.mentions_in(pe, len(self.text), ("PERSON",)):
            before = [t for t in toks_in(self.an, max(pe, m.start - 60), m.start)][-5:]
            if any(t.lemma == head.lemma for t in before) and "\n" not in self.text[before[0].start:m.start]:
                return self.an.ref(x, m.start, m.end)
        return None
