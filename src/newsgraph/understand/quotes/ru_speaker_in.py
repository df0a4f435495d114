"""The speaker named in a span of a Russian attribution (``speaker_in``, split out of ru.py in r33): the cue
verb's syntactic subject (a name in it, a role held for someone named, an organisation, a pronoun resolved, a name the
model missed), else a person named there, else a pronoun resolved, else a speaker described, an outlet's noun, an
organisation, the cue's null subject. A mixin of ``RussianQuotes`` (quotes/ru.py)."""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import _cue_gender
from .ru_datelines import dateline_end
from .ru_medium import spoken_in
from .ru_more import _subtree_range
from .ru_participles import comma_participles
from .ru_role_of import held_for_owner, possessing
from .ru_subjects import is_subject
from .ru_unnamed_antecedent import unnamed_subject_before


class NamedSpeakers:
    """``speaker_in`` and the plural pronoun's fallback ``_plural_goes_on`` over ``self.an``, ``self.rr``."""
    def speaker_in(self, start: int, end: int, cue: re.Match | None, blocked, before_pos: int,
                   prefer_last: bool = False) -> Ref | None:
        """The speaker named in text[start:end]: the cue's syntactic subject, else a person named there (first, or
        last when it stands before the cue), else a pronoun resolved (``resolve_pronoun``), else an organisation."""
        if cue is not None:
            t = self.subject_verb(self.an.tok_at_start.get(cue.start()))  # (a gerund: its verb's subject)
            if t is not None:  # (of two subjects the parse gave one verb, an animate one nearest before it first)
                for c in sorted(t.children, key=lambda c: (c > t.i, self.an.toks[c].feats.get("Animacy") != "Anim",
                                                           t.i - c)):
                    ct = self.an.toks[c]
                    if not is_subject(ct, t) or dateline_end(self.text, ct.start) is not None:
                        continue  # (a lead's dateline parsed as the subject: "Москва, 6 сентября (РИА Новости) —")
                    sub = _subtree_range(self.an.toks, c)
                    named = [(m, a) for m, a in self.an.mentions_in(self.an.toks[sub[0]].start,
                                                                    self.an.toks[sub[1]].end)
                             if start <= m.start and m.end <= end]  # (a parse may take a later clause's subject)
                    acl = [(_subtree_range(self.an.toks, x), self.an.toks[x].start) for x in ct.children
                           if self.an.toks[x].dep.startswith("acl")] + comma_participles(self.text, self.an.toks, ct)
                    toks = self.an.toks
                    if named and ct.pos == "NOUN" and all(any(toks[a].start <= m.start < toks[b].end and m.start > hs
                                                              for (a, b), hs in acl) for m, _ in named):
                        # "Министр, приглашенный Путиным, заявил", "Эксперты, опрошенные «Известиями», считают": the
                        # names describe the subject, who is someone else (as written, before the clause)
                        a0 = self.an.toks[sub[0]].start
                        e0 = a0 + len(self.text[a0:min(self.an.toks[a].start for (a, _), _ in acl)].rstrip(" ,"))
                        if start <= a0 < e0:
                            return Ref(None, self.text[a0:e0], Mention(a0, e0, self.text[a0:e0]))
                    heads = [ct.start] + [self.an.toks[x].start for x in ct.children if self.an.toks[x].dep == "appos"]
                    # the subject itself or a name in apposition to it ("Конкурент Марка Цукерберга, …, Аарон
                    # Гринспен"), before a name that only qualifies it
                    if named and not any(m.start <= h < m.end for m, _ in named for h in heads) and \
                            self.an._is_title_word(ct.nat) and not _placed_holder(self.an, ct, named):
                        # "Помощник Хиллари Клинтон … заявил": a title whose name only qualifies it describes
                        # someone else, named before with that role (only when one is)
                        r = self.an.described_person(self.an.toks[sub[0]].start, self.an.toks[sub[1]].end, cue,
                                                     blocked, ct.start, role_only=True)
                        if r is not None:
                            return r
                    for m, a in sorted(named, key=lambda x: not any(x[0].start <= h < x[0].end for h in heads)):
                        r = self.owned_role(m, a, end, cue, blocked, before_pos) if held_for_owner(self.an, ct, m) \
                            else self.owner_by_surname(ct, m, a, _cue_gender(cue.group()) if cue else None)
                        # ("Пресс-секретарь Путина уточнил": the role's
                        # holder; "Адвокат Кузнецова" of Олег Кузнецов: ru_role_of.py, r33)
                        if r is not None:
                            return r
                        return self.role_at_body(self.an.ref(a, m.start, m.end), cue, blocked)
                    for m, a in self.an.mentions_in(self.an.toks[sub[0]].start, self.an.toks[sub[1]].end,
                                                     types=("ORG", "GPE")):
                        if m.start <= ct.start < m.end:  # "Южная Корея заявила", "ФИФА объявила": the subject
                            return self.an.ref(a, m.start, m.end)  # itself names a state or an organisation
                    if ct.text.lower() in self.rr.pronouns and start <= ct.start < end:
                        g = self.rr.pronouns[ct.text.lower()] or _cue_gender(cue.group())
                        a = self.resolve_pronoun(ct.start, g, blocked)
                        r = self._plural_goes_on(a, g, ct.start, ct.start, ct.end)
                        if r is not None:
                            return r
                        if a is not None:
                            self.an.add_mention(a, ct.start, ct.end)
                            return self.an.ref(a, ct.start, ct.end)
                    if start <= ct.start < end:
                        r = self.outlet_noun_speaker(ct.start, ct.end, before_pos) or \
                            self.an.unnamed_person(c)  # the model missed a name that is the subject of a speech verb
                        if r is not None:
                            return r
        people = [(m, a) for m, a in self.an.mentions_in(start, end) if dateline_end(self.text, m.start) is None and
                  not self.addressee(m, cue)]
        if people and cue is not None and not any(m.end <= cue.start() for m, _ in people) and \
                self._noun_subject_before(cue):
            people = []  # "Прокуратура обвинила чиновника Ерохина в том, что …": a person after the cue is its object
        if people:
            m, a = people[-1] if prefer_last else people[0]  # (ru_role_of.py: "адвоката Морозова" of a party)
            return self.role_holder(m, a, end, cue, blocked, before_pos) or self.an.ref(a, m.start, m.end)
        for pm in self.rr.pronoun_rx.finditer(self.text, start, end):
            if possessing(self.an, pm):
                continue  # (r20) "Ее супруг рассказал": the pronoun is whose the speaker is, not the speaker
            form = pm.group().lower()
            g = self.rr.pronouns.get(form)
            if cue is not None and g in (None, "plur"):
                g = _cue_gender(cue.group()) or g
            a = self.resolve_pronoun(before_pos, g, blocked)
            r = self._plural_goes_on(a, g, before_pos, pm.start(), pm.end())
            if r is not None:
                return r
            if a is not None:
                self.an.add_mention(a, pm.start(), pm.end())
                return self.an.ref(a, pm.start(), pm.end())
            said = list(blocked) + [(q.start, q.end) for _, q in self.found]
            r = self.described_goes_on(before_pos, g, pm.start(), pm.end()) or \
                unnamed_subject_before(self.an, self.text, pm.start(), g, said, pm.end())  # (ru_speakers.py, r16;
            # "Президент посетил завод. Он заявил": the unnamed subject before, ru_unnamed_antecedent.py, r34)
            if r is not None:
                return r
        r = self.an.described_person(start, end, cue, blocked, before_pos)
        r = self.spokesman_goes_on(start, end, r, before_pos) if r is not None else \
            self._headline_holder(start, end, cue, blocked) or \
            self.outlet_noun_speaker(start, end, before_pos)  # ("— пишет издание")
        if r is not None:
            return r
        orgs = [(m, a) for m, a in self.an.mentions_in(start, end, types=("ORG",)) if getattr(
            self.an.tok_at_start.get(m.start), "dep", "") != "obl:agent" and not self.place_of_speaking(m, cue) and
                not spoken_in(self.an, self.text, m, a, cue)]  # (nor where it went out: ru_medium.py, r25)
        # ("Опрошенные «Ведомостями» банкиры": the agent of a participle in the subject polled them, r16)
        if orgs:
            m, a = orgs[-1] if prefer_last else orgs[0]
            return self.role_at_body(self.an.ref(a, m.start, m.end), cue, blocked)  # ("Глава ЦИК": ru_role_heads.py)
        return self.null_subject(cue, start, blocked)

    def _plural_goes_on(self, a, gender: str | None, pos: int, ps: int, pe: int) -> Ref | None:
        """A plural pronoun ("они") that coreference gave one person, right after an attribution to a plural speaker
        described, not named ("Врачи, лечащие Анну Петрову, говорят, что …. Вместе с тем, они предупреждают …"):
        those who spoke go on (``described_goes_on``), never the one person named inside their description."""
        if a is None or gender != "plur" or getattr(a, "type", None) != "PERSON":
            return None
        return self.described_goes_on(pos, gender, ps, pe)



def _placed_holder(an, title, named) -> bool:
    """Is a person named right after the title and the place it governs ("аким Тараза Батыр Молдахметов", "мэр
    Твери Иван Петров", "аким Алматинской области Канат Бозумбаев"): the holder, whatever the parse attached the name
    to (r35, real Kazakh pages)? Between the title and the name only capitalised words and territory nouns
    (words.tsv ``territory_nouns``); a role held for someone names a person or an office there ("Пресс-секретарь
    президента России Владимира Путина", "Адвокат бизнесмена Ивана Петрова"), or nothing ("Помощник Хиллари
    Клинтон")."""
    territory = rules.wordset("ru", "territory_nouns")
    for m, a in named:
        between = [t for t in an.toks if title.end <= t.start and t.end <= m.start]
        if a.type == "PERSON" and between and an.text[between[-1].end:m.start] == " " and all(
                t.text[:1].isupper() or t.lemma in territory for t in between):
            return True
    return False
