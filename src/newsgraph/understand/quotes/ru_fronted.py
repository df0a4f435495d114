"""Content put before its cue (a mixin of ``ru.RussianQuotes``): "О том, что телеканал должен ему 8 млн рублей,
заявил Перепёлкин." and, round 22, an indirect question so fronted ("О том, выдержит ли лес такой поток, корреспонденту
«Северной правды» рассказал директор заповедника")."""
from __future__ import annotations

import re

# an indirect question after "О том," ("О том, выдержит ли лес такой поток, рассказал директор", "О том, почему …",
# r22): the question word stays in the content
_ASKED_WORD = r"(?:почему|зачем|где|когда|куда|откуда|сколько|кто|чем|каки\w+|како\w+|чего|\w+\s+ли)\s"


class FrontedReaders:
    """Readers over ``self.text``, ``self.rr``, ``self.speaker_in`` and ``add`` of ``RussianQuotes``."""

    def _about_that(self, ss, se) -> None:
        """ "О том, что телеканал должен ему 8 млн рублей, заявил Перепёлкин.": the content put first after "О том,
        что", then the cue verb and the speaker."""
        text = self.text
        lm = re.match(r"\s*О\s+том\s*,\s*(?:(?:что|как)\s+|(?=" + _ASKED_WORD + r"))", text[ss:se])
        if not lm or any(o < ss < c for o, c in self.pairs):
            return  # (r31: a sentence inside a quotation is the speaker's words, "«…. О том, что …, он узнал на
            # допросе», — говорит адвокат": the quotation is read, not an attribution nested in it)
        end = ss + len(text[ss:se].rstrip().rstrip(".!?…"))
        for m in re.finditer(r",\s*", text[ss + lm.end():end]):
            pos = ss + lm.end() + m.end()
            cm = self.rr.cue.match(text, pos)
            if cm is None:  # "…, корреспонденту «НГС» рассказал главврач …": to whom, or who, before the cue verb
                cm = self.rr.cue.search(text, pos, min(end, pos + 60))
                cm = cm if cm is not None and not re.search(r"[,.;:!?]", text[pos:cm.start()]) and \
                    self._verb_form_at(cm.start()) == "Fin" else None
            if cm:
                who = self.speaker_in(cm.end(), end, cm, self.quoted, cm.start()) or \
                    self.speaker_in(pos, cm.start(), cm, self.quoted, cm.start())  # ("…, глава МЧС рассказал.")
                if who is not None:
                    cs, ce = ss + lm.end(), ss + lm.end() + m.start()
                    self.add(2, "indirect", cs, ce, who, cm.group(), self.outlets_in(ss, se, who), (ss, se))
                return
