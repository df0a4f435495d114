"""Interviews and transcripts in Russian news (a mixin of ``ru.RussianQuotes``, moved out of ru_forms.py in round 24):

  - Интервью с Анной Серовой.\n\n— Вопрос?\n\n— Ответ. (dash-led answer lines of an interview: the interviewee, named
    before the exchange or in an attributed answer; ``_interview``)
  - А. Серова: Ответ на вопрос.                       (a transcript line, a person's name and a colon: ``_transcript``)
"""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_forms import _DASH_LINE, _QUESTION_END
from .ru_inline_turns import inline_turns
from .ru_layout_names import nominative_before
from .ru_medium import toks_in
from .ru_prompts import NAMED_ADDRESS, PromptLines

# a dash line opening with a name and patronymic addressed ("— Ирина Сергеевна, …"): the interviewer speaks (r21)
_ADDRESSED = re.compile(r"\s*[—–-]\s*" + NAMED_ADDRESS.pattern)
_ANSWER = re.compile(r"Ответ|О", re.IGNORECASE)  # the answer label of a Q/A transcript
_INTERVIEW = re.compile(r"(?i)\bинтерв[ьъ]ю|\bбесед\w*|\bпоговорил\w*\s+с\b|\bна\s+вопрос\w*")
_QUESTION = re.compile(r"(?:^|\n)\s*(?:Вопрос|В)\s*:")
# what may stand before a transcript line's name: a dialogue dash, initials ("— А. Серова:", r32)
_LABEL_LEAD = re.compile(r"[^\w\s«»„“\"]*\s*(?:[—–―]|--?)?\s*(?:[А-ЯЁA-Z]\.?\s*){0,2}")  # (or a channel's emoji)


class InterviewReaders(PromptLines):
    """Dash-led interview answers and "Name:" transcript lines (uses ``FormReaders``' paragraph helpers)."""

    def _interview(self) -> None:
        """Dash-led lines of an interview: a line ending with "?" asks, the line after it that carries no attribution
        answers, in the words of the interviewee: the speaker of an attributed answer before in the exchange, else
        the one person named in the paragraph before the exchange (a paragraph naming no one between, an answer
        going on without its dash, keeps the guest). Priority 4.2."""
        paras = inline_turns(self.text, self._paragraphs(), self.pairs)  # (turns run together: r36)
        guest, asked, answered, last = None, False, False, None  # (last: the turn of the dash line before)
        for k, (ps, pe) in enumerate(paras):
            dm = _DASH_LINE.match(self.text, ps)
            if dm is None:  # (a paragraph naming no one, as an answer going on, keeps the guest of the exchange;
                # once the guest has answered, one reporting someone else's words is an aside: "Директор театра
                # подтверждает, что …" between two questions to the director of the stage)
                if guest is not None and self._plain_prompt(paras, k, answered):
                    asked, last = True, "ask"  # (a plain question or heading prompt, the answer dash-led: r28)
                    continue
                named = [m for m, _ in self.an.mentions_in(ps, pe) if not any(o <= m.start < c for o, c in self.pairs)]
                if guest is not None and answered and self._asks_guest(ps, pe, guest):
                    asked, last = True, "ask"  # ("Ларин спросил Шевчук и о …": the next dash line answers, r23)
                    continue
                if named and not (answered and self._found_in(ps, pe)):
                    guest, answered = self._one_person(ps, pe) or self.teller_in(ps, pe), False  # (r20)
                asked, last = False, None
                continue
            line = self.text[ps:pe]
            if _QUESTION_END.search(line) or guest is not None and last != "ask" and \
                    self._remark_turn(paras, k, last == "answer" or last is None and answered):
                asked, last = True, "ask"
                continue
            last = None
            found = self._found_in(ps, pe)
            if found and asked and guest is not None and all(q.start > dm.end() + 1 for q in found):
                self.found = [(p, q) for p, q in self.found if q not in found]  # words the guest quotes: nested in
                found = []  # the answer ("Одна артистка сказала мне: «…»"), only the outermost is an attribution
            if found:
                if found[0].speaker is not None and asked:
                    guest = found[0].speaker
                asked = False
                continue
            if asked and guest is not None:
                self.add(4.2, "direct", dm.end(), pe, guest, None, [], (ps, pe))
                answered, last = True, "answer"
            asked = False

    def _asks_guest(self, ps: int, pe: int, guest) -> bool:
        """A paragraph that reports the interviewer asking the guest ("Ларин спросил Шевчук и о зрителях …"): a
        reading there with a cue of asking (words.tsv ``asking_verbs``) by another than the guest, the paragraph
        naming no third person (r23)."""
        asking = {w[:5] for w in rules.wordset("ru", "asking_verbs")}
        for q in self._found_in(ps, pe):
            if q.cue and q.cue.split()[0][:5] in asking and q.speaker is not None and q.speaker.entity is not None \
                    and q.speaker.entity != guest.entity:
                people = self.an.mentions_in(ps, pe, ("PERSON",))
                return all(a.id in (guest.entity, q.speaker.entity) for _, a in people)
        return False

    def _remark_turn(self, paras, k: int, after_answer: bool) -> bool:
        """A dash line of an interview that asks without "?" (r21): one that addresses the guest by name and
        patronymic ("— Ирина Сергеевна, начнем с … ."), or a remark after the guest's answer that the next dash line
        answers ("— Но бригада приезжает раз в неделю." / "— Два раза …"): the turns alternate. Readings inside it
        are dropped, as inside a question ("Люди говорят, что …" is the interviewer's aside)."""
        ps, pe = paras[k]
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if nxt is None or not _DASH_LINE.match(self.text, nxt[0]) or not self._unattributed(*nxt) or \
                len(self.text[ps:pe].split()) > 45:
            return False
        if not (_ADDRESSED.match(self.text, ps) or after_answer and self._unattributed(ps, pe)):
            return False
        self.found = [(p, q) for p, q in self.found if not ps <= q.start < pe]
        return True

    def _unattributed(self, ps: int, pe: int) -> bool:
        """No reading in [ps, pe) credits a named actor (a turn's own words may hold "фельдшеру, который согласится
        …" or "В соцсетях пишут": no one's attribution)."""
        return all(q.speaker is None or q.speaker.entity is None for q in self._found_in(ps, pe))

    def _transcript(self) -> None:
        """ "А. Серова: Ответ на вопрос." -- a paragraph opening with a person's name (nothing else) and a colon, the
        rest of the paragraph not in quote marks: a transcript line, that person's words. Priority 4.3."""
        self._drop_asked()
        for k, (ps, pe) in enumerate(self._paragraphs()):
            colon = self.text.find(":", ps, min(pe, ps + 60))
            head = k == 0 and "\n" in self.text[pe:pe + 2]  # a headline "Кличко: Киев готов к зиме" (its own line)
            if colon < 0 or self._found_in(ps, pe) and not (head and all(q.start > colon for q in
                                                                         self._found_in(ps, pe))):
                continue
            rest = self.text[colon + 1:pe].strip()
            if len(rest.split()) < 3 or rest[:1] in OPEN_CLOSE:
                continue
            named = self.an.mentions_in(ps, colon) or (self._headline_name(ps, colon) if head else [])
            if _ANSWER.fullmatch(self.text[ps:colon].strip()):
                self._answer_line(ps, pe, colon, rest)  # ("Вопрос: … / Ответ: …")
                continue
            if not named:  # ("— Ветрова: …" in a transcript of several such lines, the tagger missing the surname)
                named = self.transcript_label(ps, colon)
            if len(named) != 1:
                continue
            m, a = named[0]
            lead = self.text[ps:m.start].strip()
            if self.text[m.end:colon].strip() or lead and not (_LABEL_LEAD.fullmatch(lead) or
                                                               self.title_lead(ps, m.start)):
                continue
            cs = colon + 1 + len(self.text[colon + 1:pe]) - len(self.text[colon + 1:pe].lstrip())
            cs += len(re.match(r"(?:[—–]|--?(?=\s))?\s*", self.text[cs:pe]).group())  # ("Петров: — Мост …", r26)
            if not any((t.feats or {}).get("VerbForm") == "Fin" or (t.feats or {}).get("Variant") == "Short" and
                       (head or nominative_before(self.an, cs, t)) for t in toks_in(self.an, cs, pe)):
                # (a short predicate after its subject, "Россия готова …", r32; not a profile's "женат, 45 лет" or
                # "52 года, женат": a number phrase is no subject, ru32bfix)
                continue  # a line of a profile or a list ("А. Кокорин: нападающий, 32 года"): no clause said
            if head:  # the headline's words are the person's, a quoted word in them no quote of its own
                self.found = [(p, q) for p, q in self.found if not cs <= q.start < pe]
            self.add(4.3, "direct", cs, pe, a if isinstance(a, Ref) else self.an.ref(a, m.start, m.end), None, [],
                     (ps, pe))

    def _drop_asked(self) -> None:
        """An interviewer's question line ("– Валентин Петрович, но ведь компании обещают …?", "– Что бы вы
        посоветовали …?": a dash-led paragraph ending with a question mark) asserts nothing: no reading of a verb
        inside it is an attribution."""
        asked = [(a, b) for a, b in inline_turns(self.text, self._paragraphs(), self.pairs)
                 if re.match(r"\s*[—–-]", self.text[a:b]) and
                 self.text[a:b].rstrip().endswith("?")]
        if asked:
            self.found = [(p, q) for p, q in self.found if not any(a <= q.start < b for a, b in asked)]
        for _, q in self.found:  # an answer with the next question glued on ("… до конца.- Что скажете?"): the
            a = next((a for a, _ in asked if q.start < a < q.end), None)  # answer ends before it (r36)
            if a is not None and not q.parts:
                q.end = len(self.text[:a].rstrip())
                q.text = self.text[q.start:q.end].strip()

    def _answer_line(self, ps: int, pe: int, colon: int, rest: str) -> None:
        """ "Ответ: Такие контакты есть …" after a "Вопрос: …" paragraph: a question-and-answer transcript, the answer
        the words of the one the article quotes last before it (the interviewee). Priority 4.3."""
        before = self.text[max(0, ps - 600):ps]
        if not _QUESTION.search(before) or len(rest.split()) < 3:
            return
        asked = [(a, b) for a, b in self._paragraphs() if b <= ps and _QUESTION.match("\n" + self.text[a:b])]
        # a question is the interviewer's: no reading inside it, and its words name no interviewee
        self.found = [(p, q) for p, q in self.found if not any(a <= q.start < b for a, b in asked)]
        first_q = min((a for a, _ in asked), default=ps)
        sp = self._interviewee(first_q)
        if sp is None:  # no sentence names the one interviewed: the one the article quotes last before it
            prior = [q for _, q in self.found if q.end <= ps and q.speaker is not None and q.speaker.entity]
            if not prior:
                return
            sp = max(prior, key=lambda q: q.end).speaker
        cs = colon + 1 + len(self.text[colon + 1:pe]) - len(self.text[colon + 1:pe].lstrip())
        self.add(4.3, "direct", cs, pe, sp, None, [], (ps, pe))

    def _interviewee(self, before: int):
        """The one person named in the sentence that announces the interview ("В интервью «Ведомостям» министр Олег
        Сидоров рассказал …", "Мы поговорили с экономистом Иваном Орловым", "ответы дипломата на вопросы"), the last
        such sentence before the first question; None when none does or it names no single person (review r14: an
        answer given to the one quoted last, who was not the one interviewed)."""
        m = None
        for m in _INTERVIEW.finditer(self.text, 0, before):
            pass
        if m is None:
            return None
        ss, se = self.an.sentence(m.start())
        people = {id(a): (mm, a) for mm, a in self.an.mentions_in(ss, se)}
        if len(people) != 1:
            return None
        mm, a = next(iter(people.values()))
        return self.an.ref(a, mm.start, mm.end)

    def _headline_name(self, ps: int, colon: int) -> list:
        """The surname a headline opens with ("Кличко: …"), the tagger missing it there: the one person of the text
        with that surname, as [(mention, actor)], else []."""
        word = self.text[ps:colon].strip()
        if not re.fullmatch(r"[А-ЯЁA-Z][\w'’-]+", word):
            return []
        cands = {id(a): a for _, a in self.an.persons if a.name.split()[-1].lower() == word.lower()}
        if len(cands) != 1:
            return []
        a = next(iter(cands.values()))
        s = ps + self.text[ps:colon].index(word)
        self.an.add_mention(a, s, s + len(word))
        return [(Mention(s, s + len(word), word), a)]
