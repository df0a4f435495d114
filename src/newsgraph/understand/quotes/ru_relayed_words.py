"""Words whose outlet names their owner in the sentence after them (a mixin of ``ru.RussianQuotes``, r33, issue 16):

  «Ответ последует незамедлительно». Ее слова приводит РИА Новости.
  «…». Слова Марии Захаровой цитирует ТАСС.

A quotation filling its sentence, then a sentence opening with a noun of what is said (words.tsv ``speech_nouns``)
whose owner is a possessive pronoun before it (ее, его, их: the person the text named last of that gender) or a
name in the genitive after it, and a verb of relaying (words.tsv ``relaying_verbs``: приводить, цитировать) whose
subject is an outlet: the words are the owner's, the outlet credited as their reporter. Not "Эти слова вызвали
возмущение" (no relaying verb), nor "Ее слова приводит в пример X" (a named person, no outlet, relays nothing).
Words already credited to the same owner (a reader of the paragraph gave them to her) get the outlet as their
reporter (review r33)."""
from __future__ import annotations

from .. import rules
from .ru_medium import toks_in

_POSSESSIVE = {"ее": "fem", "её": "fem", "его": "masc", "их": "plur"}


class RelayedWords:
    """Over ``self.text``, ``self.an``, ``self.pairs`` and ``self.found`` (``LayoutReaders`` helpers)."""

    def _words_relayed(self, paras) -> None:
        nouns, relaying = rules.wordset("ru", "speech_nouns"), rules.wordset("ru", "relaying_verbs")
        for o, c, ps, start, se in self._quotations_then_sentence(paras, read=True):  # (ru_layouts.py)
            toks = toks_in(self.an, start, se)
            pron = toks[0] if toks and toks[0].text.lower() in _POSSESSIVE else None
            noun = toks[1 if pron is not None else 0] if len(toks) > 1 else None
            verb = next((t for t in toks if t.pos in ("VERB", "AUX")), None)
            if noun is None or noun.lemma not in nouns or verb is None or verb.lemma not in relaying:
                continue
            outlets = [r for r in self.outlets_in(verb.end, se, None)
                       if any(a.id == r.entity and a.type == "MEDIA" for a in self.an.actors)]
            if not outlets:
                continue  # (a relaying outlet names the owner; a person "приводит слова" as an example)
            if pron is not None:
                a = self.resolve_pronoun(pron.start, _POSSESSIVE[pron.text.lower()], self.quoted)
                who = self.an.ref(a, pron.start, pron.end) if a is not None else None
            else:
                who = self._named(noun.end, verb.start, ("Gen",))
            same = [q for _, q in self.found if q.start <= o + 1 and c <= q.end and q.speaker is not None and
                    who is not None and q.speaker.entity == who.entity]  # (read already: the relay credits the outlet)
            for q in same:
                q.reported_by.extend(r for r in outlets if r.entity not in {x.entity for x in q.reported_by})
            if who is not None and not same and not self._found_in(o, c + 1):
                self.add(4.4, "direct", o + 1, c, who, verb.text, outlets, (ps, se))
