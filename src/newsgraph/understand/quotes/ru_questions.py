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
