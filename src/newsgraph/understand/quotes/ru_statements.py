"""A statement named by a noun that its speaker makes, gives or adopts (a mixin of ``ru.RussianQuotes``, round 17):
"Депутаты приняли обращение к премьеру о переходе в другой часовой пояс", "Представитель ведомства дал объяснение
журналистам, что сбой вызван перегрузкой", "Мэр сделал заявление о закрытии рынка". The noun (words.tsv
speech_nouns, statement_nouns) is the verb's object (statement_makers); what follows "о"/"об" or ", что" a few words
after it, to the end of its clause, is the content; the verb's subject is the speaker. Not "принял решение о …" (a
decision states nothing said: no such noun)."""
from __future__ import annotations

import re

from .. import rules
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_more import _CLAUSE_CUT, _subtree_range
from .ru_stance import _Cue, outside_marks

# what stands between the noun and its content: an addressee or an adjective ("к премьеру РФ", "журналистам")
_TO_CONTENT = re.compile(r"(?:\s+[^\s,.;:!?«»]+){0,4}?(?:\s+(?:о|об|обо)\s+(?!том\b|тем\b|чем\b|этом\b)|"
                         r"\s*,\s*(?:что|будто)\s+|\s+о\s+том\s*,\s*что\s+)", re.IGNORECASE)


class StatementReaders:
    def _made_statement(self, ss: int, se: int) -> None:
        """Priority 4.7: any other reading of the passage first."""
        text, toks = self.text, self.an.toks
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        nouns = rules.wordset("ru", "speech_nouns") | rules.wordset("ru", "statement_nouns")
        makers = rules.wordset("ru", "statement_makers")
        for t in self.tokens_from(ss):  # (the sentence's tokens: review r17)
            if t.start >= end:
                break
            if t.start < ss or t.lemma not in nouns or t.pos != "NOUN" or t.dep != "obj" or \
                    any(o <= t.start < c for o, c in self.pairs):
                continue
            verb = toks[t.head]
            if verb.lemma not in makers or not any(toks[c].dep == "nsubj" for c in verb.children):
                continue
            tail = _TO_CONTENT.match(text, t.end, end)
            if tail is None or self.rr.cue.search(text, t.end, tail.start() + len(tail.group())):
                continue
            cs = tail.end()
            cut = outside_marks(_CLAUSE_CUT, text, cs, end, self.pairs)
            ce = self._coordinated_cut(cs, cut.start() if cut else end)
            if len(text[cs:ce].split()) < 2:
                continue
            speaker = self.verb_subject_speaker(verb, ss)
            if speaker is None:
                continue
            kind = "mixed" if any(ch in text[cs:ce] for ch in OPEN_CLOSE) else "indirect"
            self.add(4.7, kind, cs, ce, speaker, text[verb.start:t.end], self.outlets_in(ss, se, speaker), (ss, se))
            return

    def verb_subject_speaker(self, verb, ss: int):
        """The speaker named by ``verb``'s nominal subject, looked for in the subject's own words only ("Следуя
        предложению Медведева, депутаты … приняли": the deputies, not Medvedev), else the subject as written."""
        toks = self.an.toks
        subj = next((c for c in verb.children if toks[c].dep == "nsubj"), None)
        if subj is None:
            return None
        a, b = _subtree_range(toks, subj)
        cue = _Cue(self.text, verb.start, verb.end)
        return self.speaker_in(toks[a].start, toks[b].end, cue, self.quoted, verb.start) or \
            self.subject_phrase(cue, max(ss, toks[a].start)) or self.nominative_opening(cue, max(ss, toks[a].start))
