"""Printed layouts of Russian direct speech that no verb of saying introduces (a part of ``RussianQuotes``, round
32, ru32b, issue 16), from the checklist of layouts in ru-attr written w533-w562:

  «…» — Антон Силуанов, министр финансов.             a credit line after the quotation (quote collections,
  «…»\\n\\n— Антон Силуанов, министр финансов           "Цитата дня", Telegram reposts): ``_credit_lines``
  «…» (пресс-служба «Россети Урал»).                 the source in brackets after it: ``_bracket_sources``
  X подвел итоги года. Главное:\\n\\n• «…»\\n\\n— «…»;   quotations listed under a lead naming one speaker:
                                                      ``_listed_quotes``
  Цитата: «…», — глава района Иван Петров.           a rubric's label before a credited quotation
  «…».\\n\\nЭти слова принадлежат X.                 the owner named after the words: ``_words_owned``

and two layouts of words without marks: "Мэр X сказал: — Мы готовы …" (a colon and a dialogue dash on one line:
``_colon_dash``) and the dash lines going on after the first one a colon introduced (``_colon_runs``).

Each reads a quotation that is a sentence (three words or more, a finite verb or a sentence's end mark inside it:
not a name, title or slogan: «Мне двадцать лет» (реж. Марлен Хуциев), «Урал – это мы»), standing alone in its
paragraph or sentence; the credit or bracket holds a name (a person or an organisation the tagger found) and no
verb; a label ("фото", "реж.", "16+") is no source; beside a noun of works ("песня", "хит-парад", "книга": words.tsv
``listed_works``) the name is an author's or a performer's.

Narrowed after review32a (ru32bfix): a credited, bracketed or labelled name is the nominative head, never a
relative's genitive or an addressee's dative (ru_layout_names.py); a lead gives its words only to its nominative
subject; an interviewer's turn (an imperative, a question to "вы") is no answer; a third-person caption or a quiz
answer is no credit; a noun of works in the heading blocks only a bare name, one in the credit always.
"""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import person_nouns
from .ru_layout_names import credited_name, denied, name_case, subject_case, third_person_caption
from .ru_medium import toks_in

_DASH = r"(?:[—–―]|--?)"
# after the closing mark: a dash and the credit, to the paragraph's end ("» — Антон Силуанов, министр финансов.")
# (a body's name in marks inside it: "— главный тренер «Локомотива» Михаил Галактионов")
_CREDIT = re.compile(rf"[,.!?…]?[ \t]*{_DASH}[ \t]*(?P<who>(?:[^\n«»„“”\"()—–―]|«[^«»\n]{{1,40}}»){{2,120}}?)"
                     rf"[ \t]*\.?[ \t]*$")
_CREDIT_LINE = re.compile(rf"[ \t]*{_DASH}[ \t]*(?P<who>(?:[^\n«»„“”\"()—–―:]|«[^«»\n]{{1,40}}»){{2,120}}?)"
                          rf"[ \t]*\.?[ \t]*$")
# after the closing mark: the source in brackets, then the sentence's end ("» (Павел Орлов, директор филиала).")
_BRACKET = re.compile(r"[ \t]*\((?P<who>[^()\n]{2,100})\)[ \t]*[.!?…]?(?=[ \t]*$|[ \t]+[А-ЯЁA-Z«])")
_LABEL = re.compile(r"(?i)^\s*(?:фото|видео|иллюстрац|источник фото|реж\.|режисс|автор фото|\d|[а-яё]{1,4}\.)")
_BULLET = re.compile(rf"[ \t]*(?:[•·▪●*]|{_DASH}|\d{{1,2}}[.)])[ \t]*(?=[«„“\"])")
_LIST_END = re.compile(r"[ \t]*[;.,]?[ \t]*$")
# a colon, then a dialogue dash opening the words on the same line ("Носков сказал: — Мы готовы …"; not a list
# "рассказала о программе: — увертюра, ария")
_COLON_DASH = re.compile(rf":[ \t]*{_DASH}[ \t]*(?=[А-ЯЁA-Z0-9])")  # (direct speech opens with a capital)
# a rubric's label before a quotation ("Цитата:", "Цитата дня:", "Слова недели:")
_RUBRIC = re.compile(r"(?:^|[.!?…]\s+)[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,2}:$")
# a sentence giving the words before it their owner: "Эти слова принадлежат X", "Это были слова X" (r32)
_OWNED = re.compile(r"(?P<dem>Эти|Эта|Это|Такие|Такая|Такое|Те|Та)\s+(?:были\s+|был[аои]?\s+)?(?P<noun>[а-яё]+)\s")
_NEW_TURN = re.compile(rf"\?[ \t]+{_DASH}[ \t]+(?=[А-ЯЁ])")  # a question, then another's turn on the same line
_DASH_LED = re.compile(rf"[ \t]*{_DASH}[ \t]*(?=[А-ЯЁA-Z0-9«])")  # a dialogue line
_SURNAME_LABEL = re.compile(rf"(?m)^[ \t]*[^\w\s«»„“\"]{{0,3}}[ \t]*(?:{_DASH}[ \t]*)?"
                            rf"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \t]*:[ \t]+\S")


class LayoutReaders:
    """Readers over ``self.text``, ``self.an``, ``self.pairs`` and ``self.found`` (``FormReaders`` helpers)."""

    def _layouts(self) -> None:
        paras = self._paragraphs()
        self._listed_quotes(paras)
        self._colon_dash(paras)
        self._words_owned(paras)
        self._words_relayed(paras)  # (ru_relayed_words.py: «…». Ее слова приводит X, r33)
        self._colon_runs(paras)
        for o, c in self.pairs:
            if self._found_in(o, c + 1) or not self._said_sentence(o, c):
                continue
            k = next((i for i, (ps, pe) in enumerate(paras) if ps <= o < pe), None)
            if k is None:
                continue
            ps, pe = paras[k]
            lead = self.text[ps:o].rstrip()
            if lead and lead[-1] not in ".!?…" and not (_RUBRIC.search(lead) and not self.an.mentions_in(ps, o) and
                                                        not any(t.pos in ("VERB", "AUX") or (t.feats or {}).get(
                                                            "Variant") == "Short" for t in toks_in(self.an, ps, o))):
                continue  # (the quotation opens its paragraph or a sentence, or follows a rubric: "Цитата дня:")
            j = k - 1  # (the paragraph before, or the lead-in before a run of such lines: a chart's)
            while j > 0 and self.text[paras[j][0]] in "«„“\"":
                j -= 1
            if self._among_works(ps, pe, o, c) or k and self._among_works(paras[j][0], ps, o, c) and \
                    not self._calling_after(c, paras[k + 1][1] if k + 1 < len(paras) else pe):
                continue  # (a noun of works in the credit: a title and its author; in the heading before it, unless
                # the credit gives a calling: "Неделя детской книги" / "— Анна Смирнова, директор библиотеки")
            if not self._credit_lines(paras, k, o, c) and not lead:
                self._bracket_sources(paras[k], o, c)

    def _among_works(self, s: int, e: int, o: int, c: int) -> bool:
        """A noun of works or their lists (words.tsv ``listed_works``: "песня", "хит-парад", "книга") in text[s:e]
        outside the quotation [o, c]: «Я люблю тебя, жизнь» — Марк Бернес is a song and its singer."""
        works = rules.wordset("ru", "listed_works")
        return any(t.lemma in works for t in toks_in(self.an, s, e) if not o <= t.start <= c)

    def _words_of(self, s: int, e: int) -> bool:
        """text[s:e] opens with a noun of words said or cited ("фраза", "слова", "цитата": words.tsv
        ``speech_nouns``, ``cited_words``): a genitive name after it is their author."""
        head = next((t for t in toks_in(self.an, s, e) if t.pos != "PUNCT"), None)
        return head is not None and head.lemma in rules.wordset("ru", "speech_nouns") | rules.wordset(
            "ru", "cited_words")

    def _calling_after(self, s: int, e: int) -> bool:
        """A calling or title word outside any person's name in text[s:e] ("директор городской библиотеки",
        "губернатор Тверской области"): the credit names a person speaking, not a bare author's name."""
        names = [m for m, _ in self.an.mentions_in(s, e)]
        return any(t.pos == "NOUN" and (t.lemma in person_nouns() or self.an._is_title_word(t.nat)) and
                   not any(m.start <= t.start < m.end for m in names) for t in toks_in(self.an, s + 1, e))

    def _said_sentence(self, o: int, c: int) -> bool:
        """text[o + 1:c] reads as a sentence someone said: three words or more, a finite verb or an end mark."""
        inner = self.text[o + 1:c].strip()
        if len(inner.split()) < 3 or all(w[:1].isupper() for w in inner.split()):
            return False
        return inner[-1:] in ".!?…" or any((t.feats or {}).get("VerbForm") == "Fin" or (t.feats or {}).get(
            "Variant") == "Short" for t in toks_in(self.an, o + 1, c))

    def _named(self, ws: int, we: int, cases=("Nom",)) -> Ref | None:
        """The one person (else the one organisation) named in text[ws:we], a credit with no verb and at most five
        words before the name ("министр финансов Антон Силуанов"), the person in one of ``cases`` (the nominative:
        not "адвокат Ивана Петрова", "к главе района Ивану Петрову": ru_layout_names.py); else None."""
        if _LABEL.match(self.text[ws:we]) or any(t.pos in ("VERB", "AUX") and (t.feats or {}).get("VerbForm") in (
                "Fin", None) for t in toks_in(self.an, ws, we)):
            return None
        for types in (("PERSON",), ("ORG",)):
            named = self.an.mentions_in(ws, we, types)
            if len({a.id for _, a in named}) == 1:
                m, a = named[0]
                if types == ("PERSON",) and not credited_name(self.an, ws, m, cases + (("Gen",) if self._words_of(
                        ws, m.start) else ())):  # ("фраза Дмитрия Медведева": the phrase's author)
                    return None
                if len(self.text[ws:m.start].split()) <= 5:
                    return self.an.ref(a, m.start, m.end)
                return None
        return None

    def _colon_runs(self, paras) -> None:
        """ "Глава поселка Сергей Рыбин ответил на вопросы жителей:\n\n— Дорогу заасфальтируем в июне.\n\n— Освещение
        поставим к осени." -- the dash-led lines after the first one a colon introduced (ru_voice.py
        ``_after_colon_line``) go on in the same voice while none asks ("?": an interviewer's turn), names another
        person or holds an attribution of its own; each line a quote. Priority 4.25."""
        for k in range(1, len(paras) - 1):
            qs, qe = paras[k - 1]
            first = self._found_in(*paras[k])
            if not self.text[qs:qe].endswith(":") or not _DASH_LED.match(self.text, paras[k][0]) or \
                    len(first) != 1 or first[0].speaker is None or first[0].start < qs:
                continue
            for ps, pe in paras[k + 1:]:
                dm = _DASH_LED.match(self.text, ps)
                line = self.text[ps:pe]
                if dm is None or line.rstrip().endswith("?") or self._asks(ps, pe) or self._found_in(ps, pe) or \
                        self.an.mentions_in(ps, pe) or len(line.split()) < 4:
                    break
                self.add(4.25, "direct", dm.end(), pe, first[0].speaker, first[0].cue, [], (ps, pe))

    def _asks(self, s: int, e: int) -> bool:
        """text[s:e] addresses the one who answers: its first verb an imperative ("Расскажите о планах") or a word
        of the second person in it ("Вы пойдете на выборы?"): an interviewer's turn."""
        toks = toks_in(self.an, s, e)
        verb = next((t for t in toks if t.pos in ("VERB", "AUX")), None)
        return verb is not None and (verb.feats or {}).get("Mood") == "Imp" or \
            any((t.feats or {}).get("Person") == "2" for t in toks)

    def _quotations_then_sentence(self, paras, read: bool = False):
        """(open, close, paragraph start, next sentence's start, its end) of each quotation not yet read that fills
        its sentence (a said sentence, nothing but a finished sentence before it in its paragraph), followed by a
        sentence at most one blank line away: where a sentence after the words may name their owner. ``read``: also
        a quotation already read (whose relaying outlet the next sentence may credit, ru_relayed_words.py)."""
        for o, c in self.pairs:
            k = next((i for i, (ps, pe) in enumerate(paras) if ps <= o < pe), None)
            if k is None or not read and self._found_in(o, c + 1) or not self._said_sentence(o, c):
                continue
            ps = paras[k][0]
            if self.text[ps:o].strip() and self.text[ps:o].rstrip()[-1:] not in ".!?…":
                continue
            after = re.compile(r"[.!?…]*\s+").match(self.text, c + 1)
            if after is None or self.text.count("\n", c, after.end()) > 2:
                continue
            yield o, c, ps, after.end(), self.an.sentence(after.end())[1]

    def _words_owned(self, paras) -> None:
        """ "«Мост отремонтируем к зиме».\n\nЭти слова принадлежат главе района Ивану Петрову." -- a quotation filling
        its sentence, then a sentence opening with a demonstrative and a noun of what is said (words.tsv
        ``speech_nouns``) that gives the words an owner: a verb of owning (``owning_verbs``: "принадлежат X") or
        none at all ("Это были слова X"); the one person (else organisation) named there. Not "Эти слова вызвали
        возмущение X" (another verb: X reacts). Priority 4.4."""
        nouns, owning = rules.wordset("ru", "speech_nouns"), rules.wordset("ru", "owning_verbs")
        for o, c, ps, start, se in self._quotations_then_sentence(paras):
            m = _OWNED.match(self.text, start, se)
            noun = self.an.tok_at_start.get(m.start("noun")) if m is not None else None
            if noun is None or noun.lemma not in nouns:
                continue
            verbs = [t for t in toks_in(self.an, m.end(), se) if t.pos in ("VERB", "AUX")]
            if not (verbs and all(t.lemma in owning for t in verbs) or not verbs and m.group("dem") == "Это") or \
                    verbs and denied(self.an, m.end(), verbs[0].start):
                continue  # (not "Эти слова не принадлежат X": a denial)
            who = self._named(verbs[-1].end if verbs else m.end(), se, ("Dat",) if verbs else ("Gen",))
            if who is not None:
                self.add(4.4, "direct", o + 1, c, who, None, [], (ps, se))

    def _colon_dash(self, paras) -> None:
        """ "Мэр Самары Иван Носков сказал: — Мы готовы начать строительство." -- a verb of saying, a colon and a
        dialogue dash opening the words on the same line, no quote marks: the words to the paragraph's end (or to
        an author's "— и улыбнулся"), said by the cue's subject, else the one person named before the colon.
        Priority 4.25 (as the same with the words in the next paragraph, ru_voice.py ``_after_colon_line``)."""
        for ps, pe in paras:
            m = _COLON_DASH.search(self.text, ps, pe)
            if m is None or any(o <= m.start() < c for o, c in self.pairs) or self._found_in(m.end(), pe):
                continue
            ss = max(ps, self.an.sentence(m.start())[0])
            cms = [x for x in self.rr.cue.finditer(self.text, ss, m.start())
                   if not any(o <= x.start() < c for o, c in self.pairs)]
            cs, ce = m.end(), pe
            back = re.search(rf",?[ \t]+{_DASH}[ \t]+(?=[а-яё])", self.text[cs:pe])  # (", — и улыбнулся.")
            if back is not None:
                ce = cs + back.start()
            turn = _NEW_TURN.search(self.text, cs, ce)  # ("ответил на вопрос: — Вы пойдете? — Пока не решил.")
            if turn is not None and self._asks(cs, turn.start()):
                cs = turn.end()
            words = self.text[cs:ce].split()
            if not cms or len(words) < 2 or not any((t.feats or {}).get("VerbForm") == "Fin" or t.pos in (
                    "NOUN", "ADJ") and len(words) >= 3 for t in toks_in(self.an, cs, ce)):
                continue
            speaker = self.speaker_in(ss, m.start(), cms[-1], self.quoted, m.start(), prefer_last=True) or \
                self._one_person(ss, m.start())
            if not subject_case(self.an, speaker):  # (the cue's subject, not its object: "Журналисты спросили
                continue  # главу района Ивана Петрова: — …")
            if speaker is not None:
                self.add(4.25, "direct", cs, ce, speaker, cms[-1].group(), self.outlets_in(ss, m.start(), speaker),
                         (ss, pe))

    def _credit_lines(self, paras, k: int, o: int, c: int) -> bool:
        """ "«…» — Антон Силуанов, министр финансов." on one line, or the credit as the next paragraph after a
        paragraph that is the quotation alone: the named one's words. Priority 4.4."""
        ps, pe = paras[k]
        m = _CREDIT.match(self.text[c + 1:pe])
        region = (ps, pe)
        if m is None and not self.text[c + 1:pe].strip(" .!?…") and self.text[ps:o].strip() == "" and \
                k + 1 < len(paras):
            ns, ne = paras[k + 1]
            m = _CREDIT_LINE.match(self.text[ns:ne])
            base, region = ns, (ps, ne)
        else:
            base = c + 1
        if m is None or third_person_caption(self.an, o, c) or base != c + 1 and \
                self.text[o + 1:c].rstrip().endswith("?"):  # (a caption of him, "«Он вынес из огня троих детей» —
            return False  # X, пожарный"; a question, then its answer: "«Кто первым полетел в космос?»\n\n— Гагарин")
        who = self._named(base + m.start("who"), base + m.end("who"))
        if who is None:
            return False
        self.add(4.4, "direct", o + 1, c, who, None, [], region)
        return True

    def _bracket_sources(self, para, o: int, c: int) -> None:
        """ "«…» (пресс-служба «Россети Урал»)." -- a quotation opening its paragraph, the source in brackets after
        it: the person or organisation named there, else the noun phrase as written ("пресс-служба мэрии").
        Priority 4.4."""
        ps, pe = para
        m = _BRACKET.match(self.text, c + 1, pe)
        if m is None:
            return
        ws, we = m.start("who"), m.end("who")
        if _LABEL.match(self.text[ws:we]):
            return
        who = self._named(ws, we)
        if who is None:
            toks = [t for t in toks_in(self.an, ws, we) if t.pos != "PUNCT"]
            kinds = person_nouns() | rules.wordset("ru", "institutions") | set(rules.words("ru", "org_nouns"))
            if not toks or toks[0].pos != "NOUN" or (toks[0].feats or {}).get("Case") != "Nom" or \
                    toks[0].lemma in rules.wordset("ru", "sign_nouns") or \
                    any(t.pos in ("VERB", "AUX") for t in toks) or len(toks) > 6 or \
                    not any(t.lemma.endswith(tuple(kinds)) for t in toks):  # (a body or a calling: "пресс-служба
                return  # мэрии", "директор филиала"; not "(перевод с английского)", "(архив)", "(надпись на …)")
            who = Ref(None, self.text[ws:we], Mention(ws, we, self.text[ws:we]))
        self.add(4.4, "direct", o + 1, c, who, None, [], (ps, m.end()))

    def _listed_quotes(self, paras) -> None:
        """ "Руководитель Росавиации Дмитрий Ядров подвел итоги года. Главное из его выступления:" then paragraphs that
        are each a bullet (•, a dash, "1.") and a quotation alone: each the words of the one person the lead paragraph
        names (a reading of the bullet line as a whole, marks and all, gives way). Priority 4.4."""
        k = 0
        while k < len(paras) - 1:
            ls, le = paras[k]
            if not self.text[ls:le].endswith(":"):
                k += 1
                continue
            items, j = [], k + 1
            while j < len(paras):
                qs, qe = paras[j]
                bm = _BULLET.match(self.text, qs, qe)
                pair = next(((o, c) for o, c in self.pairs if bm is not None and o == bm.end()), None)
                if pair is None or not _LIST_END.fullmatch(self.text[pair[1] + 1:qe]) or \
                        not self._said_sentence(*pair):
                    break
                items.append((pair, (qs, qe)))
                j += 1
            who = self._one_person(ls, le) if len(items) >= 2 and not self._among_works(ls, le, le, le) else None
            if not subject_case(self.an, who):
                who = None  # (the lead's subject; not "о реформе мэра X", "в обращении к губернатору X", "задали
                # мэру X вопросы": his reform, the residents' or journalists' words)
            if who is not None:
                lines = [p for _, p in items]
                self.found = [(p, q) for p, q in self.found if not any(a <= q.start < b for a, b in lines)]
                for (o, c), region in items:
                    self.add(4.4, "direct", o + 1, c, who, None, [], region)
            k = j if items else k + 1

    def transcript_label(self, ps: int, colon: int) -> list:
        """ "— Ветрова: Расходы на транспорт есть." -- a transcript line whose one-word label the tagger did not take
        for a name: the person of the text with that surname, else the surname as written when pymorphy2 reads it
        as a surname and the text has two transcript lines or more (a stenogram, not "Итог: …"); as
        [(mention, actor or Ref)], else []."""
        m = _SURNAME_LABEL.match(self.text, ps)
        if m is None or m.end(1) != len(self.text[:colon].rstrip()):
            return []
        known = self._headline_name(m.start(1), colon)
        if known:
            return known
        from ..name_keys import _morph
        labels = [x.group(1) for x in _SURNAME_LABEL.finditer(self.text)]
        if len(labels) < 2 or not any("Surn" in p.tag.grammemes for p in _morph().parse(m.group(1))):
            return []
        mention = Mention(m.start(1), m.end(1), m.group(1))
        return [(mention, Ref(None, m.group(1), mention))]

    def title_lead(self, ps: int, name_start: int) -> bool:
        """ "Тренер «Локомотива» Михаил Галактионов: — Мы проиграли заслуженно." -- the words before a transcript
        line's name are its title (a calling or title word first, at most six words, no verb), maybe after a dash."""
        toks = [t for t in toks_in(self.an, ps, name_start) if t.pos != "PUNCT"]
        if name_case(self.an, name_start, name_start + 1) not in ("Nom", None):
            return False  # (the name in apposition to its title; not "Адвокат Ивана Петрова:", another person)
        if not toks or len(toks) > 6 or any(t.pos in ("VERB", "AUX") for t in toks):
            return False
        head = toks[0]
        return head.pos == "NOUN" and (head.lemma in person_nouns() or self.an._is_title_word(head.nat))
