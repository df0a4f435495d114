"""Speakers of Russian quotes (a mixin of ``ru.RussianQuotes``): a pronoun or a description that goes on with the
last speaker; a speaker phrase linked to the actor it stands for (an organisation's short form, a body named by its
place's adjective or a people by its name, an organisation described by a noun); a second verb of the same subject
governing its own "что" clause; reported content ending before a quotation that opens a new sentence."""
from __future__ import annotations

import re
from collections import Counter

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import abbreviates, full_name
from ..marks import OPEN_CLOSE_RU as OPEN_CLOSE
from .ru_local import _place_of, body_of_place
from .ru_refusals import disclosure_table
from .ru_more import _subtree_range, _words_of_someone
from .ru_stance import _Cue, stance_table
from .ru_voice import _outlet_nouns
from .ru_citing import CITING as _CITING
from .ru_described_alike import alike
from .ru_unnamed_antecedent import owns_a_title, past_description
from .ru_bodies import GOVERNMENT_ANAPHORS, BodyAnaphors, other_kind  # noqa: F401 (GOVERNMENT_ANAPHORS: as before)


class SpeakerLinks(BodyAnaphors):
    """Over ``self.text``, ``self.an``, ``self.rr``, ``self.pairs``, ``self.found`` and ``add`` of ``RussianQuotes``."""

    def conjoined(self, speaker: Ref | None) -> list[Ref]:
        """Every speaker named together with ``speaker`` ("Израиль и США заявляют …"): the actors named by its
        mention's conjuncts, the speaker first; [] when it stands alone."""
        if speaker is None or speaker.mention is None or speaker.entity is None:
            return []
        t = self.an.tok_at_start.get(speaker.mention.start)
        for _ in range(3):  # up from the name to the phrase it heads ("Министр финансов Иван Петров и …")
            if t is None or t.dep in ("nsubj", "nsubj:pass", "conj", "root") or t.head == t.i or self._whose_words(t):
                break
            t = self.an.toks[t.head]
        if t is not None and t.dep == "conj" and 0 <= t.head < len(self.an.toks) and \
                self._whose_words(self.an.toks[t.head]):
            t = self.an.toks[t.head]  # (the second owner named: "Представители DST и Facebook", r34)
        if t is None or t.dep not in ("nsubj", "nsubj:pass") and not self._whose_words(t):
            return []  # only a subject's conjuncts: "заявил, что Смирнова и Сидоров уйдут" names no speakers
        own = [(m, a) for m, a in self.an.mentions_in(t.start, t.end, ("PERSON", "ORG", "GPE"))
               if a.id != speaker.entity] if t.dep in ("nmod", "appos") else []  # (the first owner, the speaker
        # the second)
        out = [speaker] + [self.an.ref(a, m.start, m.end) for m, a in own[:1]]
        for c in t.children:
            if self.an.toks[c].dep != "conj":
                continue
            a_, b_ = _subtree_range(self.an.toks, c)
            named = self.an.mentions_in(self.an.toks[a_].start, self.an.toks[b_].end, ("PERSON", "ORG", "GPE"))
            people = [x for x in named if x[1].type == "PERSON"]
            if not people and self.an._is_title_word(self.an.toks[c].nat) and \
                    (self.an.toks[c].feats or {}).get("Number") != "Plur":
                continue  # (r20) a second title of the one person named: "Основатель и председатель совета
                # директоров CATL Цзэн Юйцюнь" -- the body in its complement speaks no words
            for m, a in (people or named)[:1]:  # a title's person, not the body it heads ("и президент НЛМК
                # Григорий Федоришин заявили")
                if a.id not in {r.entity for r in out}:
                    out.append(self.an.ref(a, m.start, m.end))
        if len(out) == 1:
            out += [r for r in self.named_with(speaker) if r.entity != speaker.entity]  # (ru_resolve.py, r20)
        return out if len(out) > 1 else []

    def _whose_words(self, t) -> bool:
        """``t`` is the genitive owner of a noun of what is said after "по" ("По словам Лаврова и Блинкена", "по
        мнению экспертов и аналитиков"; words.tsv ``speech_nouns``): its conjuncts are speakers too, as a subject's
        are (r33)."""
        case = (t.feats or {}).get("Case")
        if t.dep not in ("nmod", "appos") or not 0 <= t.head < len(self.an.toks) or case not in ("Gen", None):
            return False
        h = self.an.toks[t.head]
        if h.lemma in rules.wordset("ru", "spokesperson_nouns") and h.dep.startswith("nsubj") and \
                (h.feats or {}).get("Number") == "Plur":
            return True  # ("Представители DST и Facebook отказались": the spokespeople of both, an undeclined
            # Latin name with no case too, which the parser may hang on them as an apposition, r34)
        if case is None or t.dep != "nmod":
            return False
        return h.lemma in rules.wordset("ru", "speech_nouns") and \
            any(self.an.toks[c].lemma == "по" and self.an.toks[c].dep == "case" for c in h.children)

    def _short_form_speaker(self, speaker: Ref | None) -> Ref | None:
        """A speaker phrase that is one word naming an organisation of the text by its short form ("Нацфронт" for
        "Национальный фронт", entities/ru.py ``abbreviates``): that organisation."""
        if speaker is None or speaker.mention is None:
            return speaker
        named = self._outlet_named_after(speaker)
        if named is not None:
            return named
        if speaker.entity is not None:
            speaker = self._with_country(speaker)
            full = full_name(self.an.lang, speaker.name)  # "Еврокомиссия": "Европейская комиссия" (its mention
            return Ref(speaker.entity, full, speaker.mention) if full else speaker  # keeps the short text)
        fulls = [a for a in self.an.actors if a.type == "ORG" and abbreviates(speaker.name, a.name)] \
            if len(speaker.name.split()) == 1 and speaker.name[:1].isupper() else []
        if len(fulls) != 1:
            return self._place_body_speaker(speaker)
        m = speaker.mention
        self.an.add_mention(fulls[0], m.start, m.end)
        return self.an.ref(fulls[0], m.start, m.end)

    def _outlet_named_after(self, speaker: Ref) -> Ref | None:
        """A speaker phrase naming an outlet's kind with its name in quote marks right after it ("пишет
        Telegram-канал «Тульский вестник»"; entities/ru.py ``_named_outlets``): that outlet."""
        m = speaker.mention
        last = [t for t in self.an.toks if m.start <= t.start < m.end][-1:]
        if not last or self.an._lemma(last[0]).split("-")[-1] not in _outlet_nouns(self.an.lang):
            return None
        for x, a in self.an.mentions_in(m.end, m.end + 60, ("MEDIA",)):
            if x.start >= m.end and re.fullmatch(r"[ \t\u00a0]*,?[ \t\u00a0]*[«„“\"]?", self.text[m.end:x.start]):
                return self.an.ref(a, x.start, x.end)
        return None

    def _cited_source(self, speaker, reported: list, region, cs: int, ce: int):
        """ "…, сообщает ТАСС со ссылкой на источник в министерстве" / "со ссылкой на источники в компании
        заявляет The Wall Street Journal": the one cited is the speaker, the outlet citing it a credit. Returns
        (speaker, reported_by)."""
        outlet = speaker is not None and speaker.entity is not None and \
            next((a.type for a in self.an.actors if a.id == speaker.entity), None) == "MEDIA"
        if speaker is not None and not outlet:
            return speaker, reported
        for m in _CITING.finditer(self.text, region[0], region[1]):
            if cs <= m.start() < ce or speaker is not None and speaker.mention is not None and \
                    speaker.mention.end <= cs and m.start() >= ce and self.text[ce:m.start()].strip(" ,"):
                continue  # (inside the content; after it when its reporter stands before it: another clause's, not
                # the reporter's own gerund right after it: "«Ведомости» сообщают, что …, ссылаясь на письмо …", r28)
            limit = cs if m.end() <= cs else region[1]
            toks = []
            for t in self.an.toks:  # the cited phrase: up to a verb, a punctuation mark or the content
                if t.start < m.end():
                    continue
                if t.start >= limit or t.pos in ("VERB", "AUX", "PUNCT") and (t.text not in "«»„“\"" or len(toks) > 1
                                                                               and t.text in "«„“"):
                    break  # (a body's name in quote marks right after the one noun cited goes on: "на пресс-службу
                    # «Саратовводоканала»", r31; not a party's after a phrase: "на двух депутатов от фракции «…»")
                toks.append(t)
            if not toks or len(toks) > 6:
                continue
            pe = toks[-1].end
            named = self.an.mentions_in(m.end(), pe, ("PERSON", "ORG", "GPE", "MEDIA"))
            named = [x for x in named if x[1].type == "PERSON"][-1:] or named  # ("пресс-секретаря Кремля Дмитрия
            # Пескова": the person; "пресс-службу ГУ МВД по Свердловской области": the body, named to the end)
            cited = self.an.ref(named[0][1], named[0][0].start, pe if named[0][1].type != "PERSON" else
                                named[0][0].end) if named else \
                Ref(None, self.text[m.end():pe], Mention(m.end(), pe, self.text[m.end():pe]))
            if speaker is not None and all(r.entity != speaker.entity for r in reported):
                reported = reported + [speaker]
            return cited, reported
        cited = self.quoted_by_outlet(speaker, region, cs, ce)  # ("…, — цитирует Bloomberg Андрея Белова": ru_wire.py)
        if cited is not None:
            return cited, reported + [speaker]
        return speaker, reported

    def _with_country(self, speaker: Ref) -> Ref:
        """An organisation's mention with the state it belongs to in the genitive right after it ("Министерства
        сельского хозяйства Германии", "парламент Пакистана"): the mention spans both, the name of that body."""
        a = next((x for x in self.an.actors if x.id == speaker.entity), None)
        m = speaker.mention
        if a is None or a.type != "ORG":
            return speaker
        for gm, g in self.an.mentions_in(m.end, m.end + 60, ("GPE",)):
            t = self.an.tok_at_start.get(gm.start)
            if self.text[m.end:gm.start] == " " and t is not None and (t.feats or {}).get("Case") == "Gen":
                if not a.name.endswith(gm.text):
                    a.name = f"{a.name} {gm.text}"  # its full name ("Министерство сельского хозяйства Германии")
                return Ref(speaker.entity, a.name if " " in speaker.name else speaker.name,  # (a name written out
                           Mention(m.start, gm.end, self.text[m.start:gm.end]))  # whole, not "МИД России", r27)
            break
        return speaker

    def _place_body_speaker(self, speaker: Ref) -> Ref:
        """A speaker phrase with a place's adjective, found by the nationality table (``events_demonyms.tsv``) or the
        adjective's stem ("лондон-ская"): a group or a body of that place ("Лондонская полиция", "Московские власти",
        "российское министерство финансов", "бывший соратник северокорейского вождя") is that group, its own
        speaker with no actor link, never the place that modifies it (r23: the store listed the police's words
        under London); only the state as a party ("российская сторона", words.tsv ``state_parties``) or a people
        by its name ("американцы") is the place's actor."""
        m = speaker.mention
        if len(m.text.split()) > 4:
            return speaker
        places = [a for a in self.an.actors if a.type == "GPE"]
        toks = [t for t in self.an.toks if m.start <= t.start < m.end]
        for t in toks:
            if t.pos == "NOUN" and t.lemma.endswith("ец") and len(toks) == 1:
                adj = t.lemma[:-2] + "ский"  # a people's name for its state: "американцы" (американ-ец, -ский)
            elif t.pos == "ADJ" and t.lemma.endswith("ский"):
                adj = t.lemma
            else:
                continue
            hits = [a for a in places if _place_of(adj, a.name)]
            if len({a.id for a in hits}) == 1:
                party = len(toks) == 1 or any(x.pos == "NOUN" and x.lemma in rules.wordset("ru", "state_parties")
                                              for x in toks)
                if party:
                    return Ref(hits[0].id, speaker.name, m)
                nom = (self.nominative_phrase(speaker) or speaker).name  # ("В российском министерстве финансов")
                return Ref(None, body_of_place(nom, adj, hits[0].name) or speaker.name, m)
        return self._described_org(speaker)

    def _described_org(self, speaker: Ref) -> Ref:
        """A speaker phrase describing an organisation (a noun of ``org_nouns.txt``: "западный военный альянс",
        "Эксперты компании"): the organisation named most often before it outside quotations, the last of them."""
        m = speaker.mention
        toks = [t for t in self.an.toks if m.start <= t.start < m.end]
        if len(toks) == 1 and toks[0].lemma == "последний":  # "Последняя обвиняет …": the latter, the last named
            before = [(x, a) for x, a in self.an.mentions_in(0, m.start, ("ORG", "PERSON"))
                      if not self._in_words(x.start)]
            return Ref(before[-1][1].id, speaker.name, m) if before else speaker
        if len(toks) >= 2 and toks[0].lemma in rules.wordset("ru", "work_authors") and \
                toks[1].lemma in rules.wordset("ru", "works"):  # "Авторы исследования отмечают …": the body whose
            k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= m.start < se), 0)  # work was just told of
            works = rules.wordset("ru", "works")
            before = [(any(t.lemma in works for t in self.an.toks if t.end <= x.start <= t.end + 1), a) for x, a
                      in self.an.mentions_in(self.an.sents[max(k - 2, 0)][0], m.start, ("ORG",))
                      if not self._in_words(x.start)]  # (the one named by its work first: "опрос Gallup")
            if before:
                return Ref(max(reversed(before), key=lambda b: b[0])[1].id, speaker.name, m)
        named = [(x, a) for x, a in self.an.mentions_in(0, m.start, ("ORG",)) if not self._in_words(x.start)]
        fit = alike(toks, named)
        if fit is not named:  # ("антимонопольный регулятор": the one whose name says so, before any description
            return Ref(fit[-1][1].id, speaker.name, m)  # repeated, "Регулятор" of the central bank, r30)
        head = next((t.lemma for t in toks if t.pos == "NOUN"), None)
        for q in sorted((q for _, q in self.found if q.start < m.start), key=lambda q: -q.start):
            r = q.speaker
            if r is None or r.mention is None or r.mention.end > m.start or r.entity is None and (
                    len(toks) != 1 or not any(t.pos == "ADJ" and t.lemma.endswith("ский") for t in self.an.toks
                                              if r.mention.start <= t.start < r.mention.end)):
                continue  # (unlinked, a place's body: "Московские власти …", then "власти …", r23)
            if head is not None and head == next((t.lemma.lower() for t in self.an.toks if r.mention.start <=
                                                  t.start < r.mention.end and t.pos in ("NOUN", "PROPN")), None):
                return Ref(r.entity, speaker.name if r.entity else r.name, m)  # a description repeated ("Московские
                # власти …", "власти"; by its head: "Компания" repeats no "Ассоциация компаний …", r23)
        kinds = rules.wordset("ru", "body_anaphors") | set(rules.words("ru", "org_nouns"))
        if any(t.pos == "NOUN" and t.lemma in kinds and (t.feats or {}).get("Number") == "Plur" and
               not m.start <= self.an.toks[t.head].start < m.end for t in toks):
            return speaker  # bodies of a kind ("Правозащитные организации считают"), never one named before (r23)
        body = self._body_just_named(speaker, toks)
        if body is not None:
            return body
        if not any(t.pos == "NOUN" and t.lemma in rules.words("ru", "org_nouns") for t in toks):
            return self._member_speaker(speaker, toks)
        before = [(x, a) for x, a in self.an.mentions_in(0, m.start, ("ORG",))
                  if not self._in_words(x.start) or self._name_in_marks(x)]  # ("ПАО «Северсталь»": a name)
        noun = next((t.lemma for t in toks if t.lemma in rules.wordset("ru", "company_anaphors")), None)
        if noun is not None:  # (a company, never a body of another kind, r23)
            before = [(x, a) for x, a in before if not other_kind(a.name, noun)]
        if not before:
            return speaker
        counts = Counter(a.id for _, a in before)  # the organisation the text is about: named most, then last
        best = max(range(len(before)), key=lambda i: (counts[before[i][1].id], i))
        return Ref(before[best][1].id, speaker.name, m)

    def _work_owner(self, start: int, end: int) -> Ref | None:
        """The body whose work a bare document noun stands for ("…, говорится в докладе", "…, говорится в приговоре,
        …", "…, следует из опроса": words.tsv ``works``, no owner named): the organisation whose work was just told
        of, named in this sentence or the two before ("ВОЗ опубликовала доклад …", "Суд приговорил …"), the one
        named next to a work first, else the last named; None when none is."""
        works = rules.wordset("ru", "works")
        toks = [t for t in self.an.toks if start <= t.start < end and t.pos == "NOUN"]
        if not toks or toks[0].lemma not in works:
            return None
        k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= start < se), 0)
        before = [(any(t.lemma in works for t in self.an.toks if abs(t.start - x.end) <= 30 or
                       abs(x.start - t.end) <= 30), x, a)
                  for x, a in self.an.mentions_in(self.an.sents[max(k - 2, 0)][0], start, ("ORG", "MEDIA"))
                  if not self._in_words(x.start) or self._name_in_marks(x)]
        if not before:
            return None
        _, x, a = max(reversed(before), key=lambda b: b[0])
        return self.an.ref(a, x.start, x.end)

    def _member_speaker(self, speaker: Ref, toks) -> Ref:
        """A bare noun for one who speaks for a body (words.tsv ``members``: "Чиновник добавил, что …",
        "Представитель ведомства уточнил", "Депутаты заявили"), no name, no adjective but "официальный": a definite
        description of someone just spoken of. One: the speaker of the last attribution of this sentence or the two
        before, no other person named since (the body's spokesman goes on). Many: also the body named in this
        sentence or the one before ("Парламент принял бюджет. Депутаты потребовали …")."""
        m = speaker.mention
        heads = [t for t in toks if t.pos == "NOUN" and t.lemma in rules.wordset("ru", "members")]
        if not heads or any(t.pos not in ("NOUN", "PUNCT") and t.lemma != "официальный" for t in toks) or \
                any(t.pos == "NOUN" and t is not heads[0] and t.lemma not in rules.wordset("ru", "institutions")
                    for t in toks):
            return speaker
        k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= m.start < se), 0)
        lo = self.an.sents[max(k - 2, 0)][0]
        prev = [q for _, q in self.found if lo <= q.start and q.end <= m.start and q.speaker is not None and
                q.speaker.entity is not None and q.speaker.mention is not None]
        last = max(prev, key=lambda q: q.end) if prev else None
        kind = next((a.type for a in self.an.actors if last is not None and a.id == last.speaker.entity), None)
        if (heads[0].feats or {}).get("Number") != "Plur":
            between = [x for x, _ in self.an.mentions_in(last.end, m.start) if not self._in_words(x.start)] \
                if last is not None else [None]
            return Ref(last.speaker.entity, speaker.name, m) if not between else speaker
        lo = self.an.sents[max(k - 1, 0)][0]
        legislators = heads[0].lemma in rules.wordset("ru", "legislators")  # (who speak for a legislature only)
        houses = rules.wordset("ru", "legislatures")
        free = [t for t in self.an.toks if lo <= t.start < m.start and not self._in_words(t.start) and
                not any(q.start <= t.start < q.end for _, q in self.found)]
        bodies = [(x, a) for x, a in self.an.mentions_in(lo, m.start, ("ORG",)) if any(t.start == x.start for t in
                  free) and (not legislators or any(t.lemma in houses for t in free if x.start <= t.start < x.end))]
        if bodies:  # (its name with its state: "Сенат Чили")
            body = self._with_country(self.an.ref(bodies[-1][1], bodies[-1][0].start, bodies[-1][0].end))
            return Ref(body.entity, speaker.name, m)
        house = [t for t in free if t.pos in ("NOUN", "PROPN") and t.lemma in houses] if legislators else []
        if house:  # "парламент Пакистана проголосовал …": a house the tagger left unnamed, with its state after it
            t = house[-1]
            end = next((x.end for x, _ in self.an.mentions_in(t.end, t.end + 40, ("GPE",))
                        if not self.text[t.end:x.start].strip()), t.end)
            return Ref(None, self.text[t.start:end], m)
        return Ref(last.speaker.entity, speaker.name, m) if kind in ("ORG", "GPE") else speaker

    def _in_words(self, pos: int) -> bool:
        """Inside a quotation of someone's words (not a name in quote marks: «Алтек»)."""
        return any(o <= pos < c and _words_of_someone(self.text[o:c]) for o, c in self.quoted)

    def described_goes_on(self, pos: int, gender: str | None, ps: int, pe: int) -> Ref | None:
        """A pronoun no named person agrees with, right after an attribution whose speaker is described, not named
        ("Заведующая отделением … рассказала, что …. Иногда нет выбора, признала она."): that speaker goes on, when
        the attribution is in this sentence or the one before and no one is named since (r16)."""
        prev = [q for _, q in self.found if q.end <= pos]
        last = max(prev, key=lambda q: q.end) if prev else None
        sp = last.speaker if last is not None else None
        if sp is None or sp.entity is not None or sp.mention is None or self.an.mentions_in(last.end, pos):
            return None
        k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= pos < se), 0)
        j = k - 1  # (a quotation between, read later, names no one: "«…», — говорит женщина." r22)
        while j >= 1 and (self.text[self.an.sents[j][0]:self.an.sents[j][1]].lstrip()[:1] in "«„“\"" or
                          any(o < self.an.sents[j][0] < c for o, c in self.pairs)):
            j -= 1
        if last.end < self.an.sents[max(j, 0)][0]:
            return None
        head = next((t for t in self.an.toks if sp.mention.start <= t.start < sp.mention.end and t.pos in
                     ("NOUN", "PROPN", "ADJ")), None)
        number = (head.feats or {}).get("Number") if head is not None else None
        if re.match(r"(?i)одн?(?:ин|а)\s", sp.name):
            number = "Sing"  # ("Один из хирургов")
        if number == "Plur" and gender in ("masc", "fem") or number == "Sing" and gender == "plur":
            return None
        return Ref(None, sp.name, Mention(ps, pe, self.text[ps:pe]))

    def resolve_pronoun(self, pos: int, gender: str | None, blocked):
        """``named_antecedent``, unless an unnamed person is the subject since its last mention
        (ru_unnamed_antecedent.py ``past_description``: "Президент посетил завод. Он заявил", ru34f)."""
        return past_description(self.an, self.text, pos, gender, blocked,
                                self.named_antecedent(pos, gender, blocked))

    def named_antecedent(self, pos: int, gender: str | None, blocked):
        """A pronoun speaker before ``pos``: the speaker of the last attribution read before it when that is a person
        agreeing in gender and no other person agreeing is named after it outside what was reported (the one who
        spoke goes on speaking: "Лавров заявил, что высказывания Кана …. Он подчеркнул …" is Лавров); else the last
        person named outside quotations (coref/ru.py)."""
        prev = [q for _, q in self.found if q.end <= pos and q.start < pos]
        last = max(prev, key=lambda q: q.end) if prev else None
        ent = last.speaker.entity if last is not None and last.speaker is not None else None
        a = next((x for x in self.an.actors if x.id == ent), None) if ent else None
        if gender == "plur":  # "Представители Роскосмоса не подтвердили …. Они лишь сказали …": a body
            k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= pos < se), 0)
            lo = max(self.an.sents[max(k - 1, 0)][0], last.end if last is not None else 0)
            bodies = [x for m, x in self.an.mentions_in(lo, pos, ("ORG", "GPE"))
                      if not self._in_words(m.start) and not any(q.start <= m.start < q.end for _, q in self.found)
                      and not owns_a_title(self.an, m) and not (x.type == "GPE" and self._a_place(m))]
            # ("представитель МИД Мария Захарова …. Они": not МИД; "прибыла в Казань. Они": a place, no body)
            if bodies:
                return bodies[-1]  # named since the last attribution, in this sentence or the one before
            if a is not None and a.type in ("ORG", "GPE"):
                return a  # the body that spoke last goes on
        if a is not None and a.type == "ORG" and gender != "plur" and self._member_of(last.speaker.mention):
            return a  # "Представитель ОАО «РЖД» сообщил …. По его данным, …": the body's spokesman goes on
        if a is not None and a.type == "PERSON" and (gender in (None, "plur") or a.gender in (None, gender)):
            contents = list(blocked) + [(q.start, q.end) for _, q in self.found]
            if not any(last.end <= m.start and m.end <= pos and x is not a and not any(s <= m.start < e for s, e in
                       contents) and (gender in (None, "plur") or x.gender in (None, gender))
                       for m, x in self.an.persons):
                return a
        r = self.an.resolve_pronoun(pos, gender, blocked)
        if r is None and a is not None and a.type in ("ORG", "GPE") and gender in ("fem", "masc", None):
            return a  # "Еврокомиссия выступала против …. Она заявила …": no person agrees, the body goes on
        return r

    def _a_place(self, m) -> bool:
        """A place name after a preposition of place or motion ("в Казань", "из Москвы"): where, not who."""
        words = self.text[max(0, m.start - 12):m.start].split()
        return bool(words) and (words[-1].lower() in rules.wordset("ru", "loc_preps") or
                                words[-1].lower() in rules.wordset("ru", "motion_preps"))

    def _member_of(self, m) -> bool:
        """An organisation's mention right after a noun for one who speaks for it ("представитель ОАО «РЖД»")."""
        before = [t for t in self.an.toks if m is not None and t.end <= m.start and
                  not self.text[t.end:m.start].strip()]
        return bool(before) and before[-1].lemma in rules.wordset("ru", "members")

    def _gerund_speakers(self) -> None:
        """A gerund's speaker is its main verb's subject ("Гринспен выступал против того, чтобы …, полагая, что …"):
        the speaker of the reading before it in the same sentence, where the parse gave the gerund another."""
        for _, q in self.found:
            if not q.cue:
                continue
            p = self.text.lower().rfind(q.cue, max(0, q.start - len(q.cue) - 40), q.start)
            t = self.an.tok_at_start.get(p) if p >= 0 else None
            if t is None or (t.feats or {}).get("VerbForm") != "Conv":
                continue
            ss, se = self.an.sentence(p)
            before = [x for prio, x in self.found if prio < 5 and x is not q and ss <= x.start and x.end <= p and
                      x.speaker is not None and x.speaker.entity is not None]
            after = [x for prio, x in self.found if prio < 5 and x is not q and q.end < x.start < se and
                     x.speaker is not None and x.speaker.entity is not None]
            if before:
                main = max(before, key=lambda x: x.end)
                q.speaker, q.speakers = main.speaker, main.speakers
            elif after and not self.text[ss:p].strip(" \n\t—–-") and q.speaker is not None and \
                    q.speaker.entity is None:  # (r28: "Подчеркнув, что …, адвокат просила …": the gerund opening
                main = min(after, key=lambda x: x.start)  # the sentence has the main verb's resolved speaker)
                if _same_mention(main.speaker, q.speaker):  # (not another's: "…, судья огласила приговор, а адвокат
                    q.speaker, q.speakers = main.speaker, main.speakers  # Олег Зайцев заявил, что …")

    def _same_subject_attribution(self, cs, ce, se, speaker, cue, prio) -> int:
        """ "X заявил, что …, и верит, что …": a second finite cue verb joined by "и" with no subject of its own
        governs its own "что" clause; its speaker is the first's, and the first content ends before it. Returns the
        first content's end."""
        for m in re.finditer(r",?\s+(?:и|а\s+также)\s+|,\s+(?:но|однако)\s+", self.text[cs:ce]):  # (", но призвал
            # …": a contrast of his own words)
            a_s = cs + m.end()
            t = self.an.tok_at_start.get(a_s)
            cm = self.rr.cue.match(self.text, a_s) or (
                _Cue(self.text, t.start, t.end) if t is not None and stance_table(self.rr.lang).get(t.lemma) == "that"
                else None)  # (a verb of belief by lemma: "и верит, что …")
            if (cm is None or not self.rr.indirect_tail.match(self.text[cm.end():se])) and m.group().startswith(",") \
                    and t is not None and (self._utterance_in(t.start, t.end) or _refusal(t, self.rr.lang)) \
                    and _agrees(t, self.an.tok_at_start.get(cue.start())) and not self._in_words(a_s):
                return cs + m.start()  # "…, и потребовала провести проверку": her next act, read by the object reader
                # ("…, но отказался уточнять, о каких суммах идет речь": a refusal, read by ru_refusals.py, r28)
            tail = self.rr.indirect_tail.match(self.text[cm.end():se]) if cm else None
            if tail is None or t is None or (t.feats or {}).get("VerbForm") != "Fin" or tail.group("mid").strip() or \
                    any(o <= a_s < c for o, c in self.pairs) or self._has_subject(cm):
                continue
            cs2 = cm.end() + tail.end()
            ce2 = self._before_quotation(cs2, self.extend(cs2, se - len(self.text[:se]) + len(
                self.text[:se].rstrip().rstrip(".!?…"))))
            body = self.text[cs2:ce2]
            kind = "mixed" if any(ch in body for ch in OPEN_CLOSE) else "indirect"
            self.add(prio, kind, cs2, ce2, speaker, cm.group(), self.outlets_in(cs, se, speaker), (cue.start(), se))
            return cs + m.start()
        return ce

    def _before_quotation(self, cs: int, ce: int) -> int:
        """The end of reported content at a sentence end followed by a quotation that opens a new sentence ("…
        значение 8,2 G. «Для меня …»" where the splitter left one sentence): the quotation is read on its own."""
        for m in re.finditer(r"[.!?…]\s+(?=[«„“])", self.text[cs:ce]):
            o = cs + m.end()
            if any(po == o for po, _ in self.pairs) and self.text[o + 1:o + 2].isupper():
                return cs + m.start()
        return ce


def _refusal(t, lang: str) -> bool:
    """A verb of refusing (lang/<code>/disclosure_cues.txt "refuse": отказаться, воздержаться)."""
    return disclosure_table(lang).get(t.lemma) == "refuse"


def _agrees(t, cue) -> bool:
    """Two finite verbs of one subject: the same tense, number and gender or person ("заявила … и потребовала")."""
    f, g = t.feats or {}, (cue.feats or {}) if cue is not None else {}
    return cue is not None and f.get("VerbForm") == g.get("VerbForm") == "Fin" and \
        all(f.get(k) == g.get(k) for k in ("Tense", "Number", "Gender", "Person"))


def _same_mention(named, bare) -> bool:
    """Whether speaker ``named`` was read from the words of speaker ``bare`` (their mentions overlap)."""
    a, b = named.mention, bare.mention
    return a is not None and b is not None and a.start < b.end and b.start < a.end
