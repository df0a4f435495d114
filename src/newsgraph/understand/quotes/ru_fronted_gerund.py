"""The speaker of a gerund's object reading that opens its sentence (a part of ru_more.py ``_object_reading``, round
31):

  Называя произошедшее «откровенной провокацией», глава МИД Сергей Лавров потребовал расследования.

A gerund has its main verb's subject; put first, that subject stands after it, so the speaker is looked for in the
whole sentence (ru.py ``speaker_in`` takes a gerund's verb's subject), not only before the cue. Not: a gerund after
its main clause ("Лавров потребовал …, назвав …": the reading before gives the speaker), a gerund inside the
sentence after other words (read as before).
"""
from __future__ import annotations

import re

from .ru_more import _subtree_range

# a gerund's ending (the cue lists hold gerunds beside finite forms: "называя", "назвав", "назвавши"; not the past
# "назвала"): the tagger often takes a capitalised gerund opening a sentence for another part of speech
_GERUND = re.compile(r"(?:(?<!л)[яа]|в|вши)$")


class FrontedGerunds:
    """A mixin of ``RussianQuotes`` over ``self.text`` and ``_is_gerund``."""

    def _main_subject(self, cm, ss: int):
        """(the main verb, its subject token) of a gerund cue ``cm`` opening the sentence at ``ss``, else None."""
        if self.text[ss:cm.start()].strip() or not (self._is_gerund(cm.start()) or _GERUND.search(cm.group().lower())):
            return None
        t = self.an.tok_at_start.get(cm.start())
        head = self.an.toks[t.head] if t is not None and t.head is not None and t.head != t.i else None
        subj = next((self.an.toks[k] for k in head.children if self.an.toks[k].dep.startswith("nsubj")), None) \
            if head is not None and head.start > cm.start() else None
        return (head, subj) if subj is not None else None

    def gerund_phrase_end(self, cm, ss: int, ce: int) -> int:
        """The end of a fronted gerund's content: the comma that closes its phrase before the main clause ("Называя
        реформу «грабежом», депутат Петров назвал …": review31 #11, not the main verb's own quotation), else ``ce``."""
        main = self._main_subject(cm, ss)
        if main is None:
            return ce
        head, subj = main
        start = min(self.an.toks[_subtree_range(self.an.toks, subj.i)[0]].start, head.start)
        k = self.text.rfind(",", cm.end(), start)
        return min(ce, k) if k > cm.end() else ce

    def speaker_region_end(self, cm, ss: int, se: int) -> int:
        """Where the speaker of the cue ``cm`` may be named, from the sentence start ``ss``: for a gerund opening it,
        the end of its main verb's subject (the verb the parse hangs it on; review31 #2: not a person named later in
        the sentence, "…, депутаты выступили против закона, который внес Силуанов"), else the cue's start."""
        main = self._main_subject(cm, ss)
        if main is None:
            return cm.start()
        return self.an.toks[_subtree_range(self.an.toks, main[1].i)[1]].end
