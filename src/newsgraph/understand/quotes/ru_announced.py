"""Remarks a lead announces (a mixin of ``ru.RussianQuotes``, round 36, ruweb36b):

  Главный тренер «Волги» провел пресс-конференцию после матча.\\n– Мы проиграли заслуженно.\\n– Почему …?\\n– …
  Наставник «Волги» Иван Орлов прокомментировал поражение.\\n- Это был тяжелый матч.

Sport and briefing reports open with a line that announces a speaker's remarks -- a press conference, a briefing, a
comment (words.tsv ``remarks_words``) -- and print the remarks as dash-led lines right below, with no question
before the first one. The interview reader (ru_interviews.py) waits for a question; the first answer, and every one
of a speaker the text only describes ("Главный тренер «Шахтера»": no name to carry), went unread. The speaker is the
one person the lead names, else the nominative subject of its announcing verb (a described speaker); the dash lines
below, up to the next plain paragraph, are that speaker's, a line ending with "?" the interviewer's. Not: dash lines
that open lowercase ("Мэр провел брифинг, на котором рассказал о планах:\\n— ремонт дорог;\\n— строительство
школ": a list of what was announced, not the words said, which open a sentence; diff36ru), a lead without such a
word ("Тренер поблагодарил болельщиков.\\n— …" may go on with anyone's words), a lead that is itself a question,
dash lines that already carry an attribution. Priority 4.2, as interview answers.
"""
from __future__ import annotations

from ...record import Mention, Ref
from .. import rules
from ..doc import subtree
from .ru_forms import _DASH_LINE, _QUESTION_END, opens_lowercase
from .ru_medium import toks_in


class AnnouncedRemarks:
    """Readers over ``self.text``, ``self.an``, ``self.found`` and ``add`` of ``RussianQuotes``."""

    def _announced_remarks(self) -> None:
        """The dash-led lines right after a lead that announces someone's remarks (see the module)."""
        paras = self._paragraphs()
        for k in range(len(paras) - 1):
            ps, pe = paras[k]
            if _DASH_LINE.match(self.text, ps) or _QUESTION_END.search(self.text[ps:pe]):
                continue
            nxt = paras[k + 1]
            if not _DASH_LINE.match(self.text, nxt[0]) or _QUESTION_END.search(self.text[nxt[0]:nxt[1]]) or \
                    opens_lowercase(self.text, nxt[0], nxt[1]):
                continue  # (a question first; "— ремонт дорог;": a list the lead announces, not remarks)
            speaker = self._announcer(ps, pe)
            if speaker is None:
                continue
            for qs, qe in paras[k + 1:]:
                dm = _DASH_LINE.match(self.text, qs)
                if dm is None:
                    break
                if _QUESTION_END.search(self.text[qs:qe]) or self._found_in(qs, qe) or \
                        opens_lowercase(self.text, qs, qe):
                    continue
                self.add(4.2, "direct", dm.end(), qe, speaker, None, [], (qs, qe))

    def _announcer(self, ps: int, pe: int) -> Ref | None:
        """Who the lead [ps, pe) announces remarks of: the one person it names, else the nominative subject of its
        announcing verb; None without an announcing word."""
        words = rules.wordset("ru", "remarks_words")
        cue = next((t for t in toks_in(self.an, ps, pe) if self.an._lemma(t) in words), None)
        if cue is None:
            return None
        one = self._one_person(ps, pe)
        if one is not None:
            return one
        if self.an.mentions_in(ps, pe):
            return None  # (two people named: whose remarks is not told)
        verb = cue if cue.pos == "VERB" else self.an.toks[cue.head] if cue.head is not None and 0 <= cue.head else None
        if verb is not None and verb.pos == "VERB":  # ("провел пресс-конференцию": its verb's subject)
            who = self._animate(verb, "nsubj")
        else:  # ("Пресс-конференция главного тренера «Волги» после матча": the noun's genitive holder, as written)
            verb, who = cue, self._animate(cue, "nmod")
        if who is None:
            return None
        sub = subtree(self.an.toks, who.i)
        s, e = self.an.toks[sub[0]].start, self.an.toks[sub[-1]].end
        if not ps <= s < e <= pe or verb.i < who.i and who.dep == "nsubj":
            return None
        e = min(e, next((t.start for t in toks_in(self.an, s, e) if t.dep == "nmod" and t.head == who.i and
                         any(self.an.toks[c].dep == "case" for c in t.children)), e))  # (not "после матча")
        phrase = self.text[s:e]
        return Ref(None, phrase, Mention(s, e, phrase))

    def _animate(self, head, dep: str):
        """The animate noun hanging on ``head`` as ``dep`` (a subject, a genitive holder), else None."""
        return next((self.an.toks[c] for c in head.children if self.an.toks[c].dep == dep and
                     self.an.toks[c].pos == "NOUN" and (self.an.toks[c].feats or {}).get("Animacy") == "Anim"), None)
