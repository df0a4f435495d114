"""Who can make a statement (a mixin of ``ru.RussianQuotes``): the subject of a cue verb. A river, a building or
inflation "грозит" only as a risk (r22, ``_animate_subject``); "Ситуация требует вмешательства", "Рост цен говорит о
перегреве экономики", "Лето обещает быть жарким" are signs and needs, no one's demand, report or promise (r23, the
inventory of reported speech, eval/data/ru-attr/inventory.tsv: ``_lifeless_subject``). People, named actors,
organisations and their members, documents, studies and polls speak ("Закон требует …", "Опрос показал …")."""
from __future__ import annotations

from .. import rules
from .ru_more import _subtree_range
from .ru_relative import _document_nouns


class AgentChecks:
    """Checks over ``self.an`` of ``RussianQuotes``."""

    def _subject_of(self, at: int):  # (the first)
        verb = self.an.tok_at_start.get(at)
        if verb is None:
            return None
        toks = self.an.toks
        return next((toks[c] for c in verb.children if toks[c].dep == "nsubj"), None)

    def _can_speak(self, subj, kinds=("PERSON", "ORG", "GPE")) -> bool:
        if self.an.mentions_in(subj.start, subj.end, kinds):
            return True
        return (subj.feats or {}).get("Animacy") == "Anim" or subj.pos == "PRON" or \
            subj.lemma in rules.words("ru", "events_agent_nouns") or subj.lemma in rules.words("ru", "org_nouns")

    def _animate_subject(self, at: int) -> bool:
        """The cue verb at ``at`` has a subject that can threaten or pledge: a named actor or an animate noun
        ("Профсоюз угрожает начать забастовку")."""
        subj = self._subject_of(at)
        return subj is not None and self._can_speak(subj)

    def _lifeless_subject(self, at: int) -> bool:
        """The cue verb at ``at`` has subjects that are all things, states or processes (words.tsv sign_nouns: an
        inanimate noun alone may be a body, "мэрия", "защита"), whose phrases name no actor and hold no name or
        capitalised word (not "Клуб «Бавария»"): it states nothing."""
        verb = self.an.tok_at_start.get(at)
        toks = self.an.toks
        subjects = [toks[c] for c in verb.children if toks[c].dep == "nsubj"] if verb is not None else []
        return bool(subjects) and all(self._lifeless(x) for x in subjects)

    def _lifeless(self, subj) -> bool:
        if subj.pos != "NOUN" or subj.lemma not in rules.wordset("ru", "sign_nouns") or \
                self._can_speak(subj, ("PERSON", "ORG", "GPE", "MEDIA")) or \
                subj.lemma in _document_nouns() or subj.lemma in rules.wordset("ru", "findings"):
            return False
        a, b = _subtree_range(self.an.toks, subj.i)
        phrase = self.an.toks[a:b + 1]
        return not any(t.pos in ("PROPN", "X") or t.i > a and t.text[:1].isupper() or t.i != subj.i and
                       self._can_speak(t) for t in phrase) and \
            not self.an.mentions_in(phrase[0].start, phrase[-1].end, ("PERSON", "ORG", "GPE", "MEDIA"))

    def subject_of_another_verb(self, speaker, cue_at: int) -> bool:
        """The speaker's mention is the subject of a verb other than the cue at ``cue_at`` ("…, когда Маленченко
        выбрался из корабля и позвонил …, было подтверждено, что …", r34): an impersonal cue's passive names no
        such source; he is the subject of a clause of his own, not who confirmed it."""
        t = self.an.tok_at_start.get(speaker.mention.start) if speaker is not None and speaker.mention else None
        while t is not None and t.dep in ("flat", "flat:name", "appos"):
            t = self.an.toks[t.head]
        cue = self.an.tok_at_start.get(cue_at)
        return t is not None and cue is not None and t.dep.startswith("nsubj") and t.head != cue.i and \
            self.an.toks[t.head].pos in ("VERB", "AUX")
