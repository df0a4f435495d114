"""Reported questions and explanations without "что" (a mixin of ``ru.RussianQuotes``, round 23): "Депутат
поинтересовался, когда откроется поликлиника", "Журналисты спросили у министра, почему ремонт затянулся",
"Спасатель рассказал, как группе удалось вывести туристов". A verb of asking (words.tsv asking_verbs) governs a
clause opened by any question word; a verb of explaining (explaining_verbs) one of how, why, which, how many or who
("рассказал, как …", "объяснил, почему …", "рассказал, каким будет …", "Опрос показал, сколько …", r24), not of when
or where ("рассказал, когда вернулся", "показали, где нашли туристов": when he spoke, a deed shown); after "заявил,
когда …" the clause says when he spoke, not what. The clause is the
content (with its question word, as "спросил, будет ли …"), read by ``_indirect`` as a "что" clause is. Found by the
inventory of reported speech (eval/data/ru-attr/inventory.tsv, class f)."""
from __future__ import annotations

import re

from .. import rules
from .ru_governing import exclusions, negated_knowing

_ASKED = ("когда", "почему", "зачем", "где", "куда", "откуда", "кто", "что", "чем", "кого", "кому", "как", "какой",
          "какая", "какое", "какие", "каким", "какую", "каких", "сколько", "чей", "чья", "чьи", "насколько")
_EXPLAINED = ("как", "почему", "зачем", "каким образом", "для чего", "откуда",  # r24: which, how many, who
              "какой", "какая", "какое", "какие", "каким", "какую", "каких", "сколько", "насколько", "кто")


def _tail(words: tuple[str, ...], more: str = "") -> re.Pattern:
    """Up to 60 characters (whom he asked: "у министра") and a comma before a question word of ``words`` (or what
    ``more`` matches)."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + more
    return re.compile(r"(?P<mid>[^.!?«»:,\n]{0,60}?),\s+(?=(?:" + alts + r")\s)", re.IGNORECASE)


# a yes-no question is asked too: "спросила министра, не проще ли построить мост" (r24)
_ASK_TAIL, _EXPLAIN_TAIL = _tail(_ASKED, r"|(?:не\s+)?[а-яё]+\s+ли"), _tail(_EXPLAINED)
_LI_AFTER = re.compile(r",?\s*(?:не\s+)?[а-яё-]+\s+ли\b", re.IGNORECASE)  # a yes-no question's opening
# a cue inside the question put to someone: "<вопрос|спросили>, как/что <up to two words> <cue>" (r32, ru32c)
_ASKED_CUE = re.compile(r"(?P<asked>[а-яё]+)\s*,\s*(?:как|что)\s+(?:[а-яё]+\s+){0,2}$", re.IGNORECASE)


class QuestionReaders:
    """Readers over ``self.text`` and ``self.an`` of ``RussianQuotes``."""

    def _question_tail(self, cm, se: int):
        """The tail of cue ``cm`` up to its question word's clause, as ``indirect_tail`` gives that of a "что" clause
        (a match with the group "mid"), or None."""
        t = self.an.tok_at_start.get(cm.start())
        if t is None:
            return None
        rest = self.text[cm.end():se]
        if t.lemma in rules.wordset("ru", "asking_verbs"):
            m = _ASK_TAIL.match(rest)
            if m and not re.match(r"\s*что\s+(?:бы|ж)\b", rest[m.end():]):
                return m
        if t.lemma in rules.wordset("ru", "explaining_verbs"):
            return _EXPLAIN_TAIL.match(rest)
        if self.rr.lang == "ru" and negated_knowing(self.an, t, exclusions("ru")):  # ("не знают, почему …", r30)
            m = _ASK_TAIL.match(rest)
            return m if m and not m.group("mid").strip() else None
        return None

    def cue_in_question(self, cm, ss: int) -> bool:
        """Is cue ``cm`` a word of the question put to the speaker, not his answer (r32, ru32c)? "На вопрос, как он
        считает, должно ли признание Косово быть условием, Гордон сказал, что …": "считает" is what he was asked
        about (after "как" or "что" that a noun or verb of asking governs, words.tsv asked_nouns and asking_verbs),
        and his answer's cue, "сказал", governs the content; read from the asked cue, the content swallowed the
        answer's cue and speaker. "Как он считает, реформа провалилась" (no question before "как") is his view."""
        m = _ASKED_CUE.search(self.text, ss, cm.start())
        t = self.an.tok_at_start.get(m.start("asked")) if m else None
        return t is not None and (t.lemma in rules.wordset("ru", "asked_nouns") or
                                  t.lemma in rules.wordset("ru", "asking_verbs"))

    def question_put(self, cm, tail) -> bool:
        """Is the "ли" clause after cue ``cm`` the question put to the speaker, not his words (ruweb36b)? "Лаптев,
        отвечая на вопрос журналистов, могут ли пошлины повлиять на цены, подчеркнул, что …": a noun of asking
        (words.tsv asked_nouns) between the cue and a yes-no clause holds what was asked; the answer has a cue of its
        own. A "что" clause there is the answer ("ответил на вопрос журналиста, что проект завершат")."""
        mid_end = cm.end() + tail.end("mid")
        if not _LI_AFTER.match(self.text, mid_end):
            return False
        return any(t.lemma in rules.wordset("ru", "asked_nouns") for t in self.an.toks
                   if cm.end() <= t.start < mid_end)
