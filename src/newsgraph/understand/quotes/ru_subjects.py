"""Speaker phrases of Russian cue verbs (a mixin of ``ru.RussianQuotes``, split from ru_more.py): the person named
in a clause's subject, the reporter of an outlet's report, a participle's noun, the body named after "в" ("В Кремле
заявили"), the unnamed nominal subject ("Эксперты считают")."""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules
from ..doc import subtree
from .ru_more import _subtree_range
from .ru_lead_clause import COMMA_THAT, main_clause_comma
from .ru_stance import _Cue, _nominative_noun
from .ru_comitative import comitative
from .ru_there import there_body
from .ru_indefinite_told import told_unnamed

_NOT_IN_NAME = ("ADV", "PART", "VERB", "AUX", "SCONJ")  # words that end a body's name after "в"
_NEXT_CLAUSE = re.compile(r",\s*(?:а|но|однако|после\s+чего|и|что|чтобы)\s")  # a clause after a main verb


def _aside_before(text: str, start: int, end: int) -> int | None:
    """Where a parenthetical set off by commas right before ``end`` starts (words.tsv ``parentheticals``: "…, в свою
    очередь, заверили"), or None."""
    asides = "|".join(sorted((re.escape(w) for w in rules.wordset("ru", "parentheticals")), key=len, reverse=True))
    m = re.search(rf",\s*(?:{asides})\s*,\s*$", text[start:end], re.IGNORECASE) if asides else None
    return start + m.start() if m else None


def _gerund(t) -> bool:
    """Is ``t`` a gerund: so tagged, or an adverbial clause's head pymorphy2 reads as one (a sentence's first word,
    capitalised, the tagger may take for a name: "Заявив, что …")."""
    if (t.feats or {}).get("VerbForm") == "Conv":
        return True
    from ..names import _morph
    return t.dep == "advcl" and any(p.tag.POS == "GRND" for p in _morph().parse(t.text.lower()))


def is_subject(ct, t) -> bool:
    """Is token ``ct`` the subject of verb token ``t``: its nsubj, or a nominative "object" after a gerund. A gerund
    takes no nominative object: the Russian tagger reads a Ukrainian past form ("сказав", "заявив", "додав": the
    shape of a Russian gerund) as a gerund and its subject as an object ("— сказав Зеленський журналістам", tryout
    r19)."""
    if ct.dep.startswith("nsubj"):
        return not told(ct, t)
    return ct.dep == "obj" and ct.i > t.i and (t.feats or {}).get("VerbForm") == "Conv" and \
        (ct.feats or {}).get("Case") == "Nom" and ct.pos in ("PROPN", "NOUN", "PRON")


def _indefinite(t) -> bool:
    """Is verb token ``t`` a past plural with no gender ("сообщили", "пообещали"): the indefinite-personal form,
    whose doers go unnamed (r24)."""
    f = t.feats or {} if t is not None else {}
    return f.get("Number") == "Plur" and f.get("Tense") == "Past" and f.get("VerbForm") == "Fin"


def told(ct, t) -> bool:
    """A singular name in an oblique case parsed as the subject of a plural verb ("Ренару в прокуратуре сообщили,
    что …": the tagger's genitive of a dative): one told, whom a plural verb does not agree with (r24)."""
    f = ct.feats or {}
    return ct.pos == "PROPN" and f.get("Number") == "Sing" and f.get("Case") in ("Dat", "Gen") and _indefinite(t) \
        and t.lemma not in rules.wordset("ru", "asking_verbs")  # (the one asked: ru_resolve.py ``_asked_of``)


class SubjectReaders:
    """Readers over ``self.text``, ``self.an``, ``self.rr`` of ``RussianQuotes``."""

    def _person_subject(self, start: int, end: int) -> Ref | None:
        """A person named in the subject of a clause of text[start:end] ("Мария Захарова назвала …"): the first;
        the subject is the name or a title of the person ("Министр Вера Лукина"), not a thing of theirs ("Фильм
        режиссера Петра Громова получил название: «…»")."""
        for t in self.an.toks:
            if start <= t.start < end and t.dep.startswith("nsubj"):
                a, b = _subtree_range(self.an.toks, t.i)
                for m, actor in self.an.mentions_in(self.an.toks[a].start, self.an.toks[b].end):
                    if m.start <= t.start < m.end or t.pos in ("PROPN", "PRON") or \
                            t.start < m.start and self.an._is_title_word(t):
                        return self.an.ref(actor, m.start, m.end)
                    break
        return None

    def addressee(self, m, cue=None) -> bool:
        """Is the person mention ``m`` named in the dative, whom words were told ("рассказала обозревателю «Северного
        края» Павлу Ларину о …", "сообщил Анне Петровой"), never who spoke them (r23)? Not after "согласно", which
        takes its source in the dative ("Согласно Ивану Петрову, …"). Before an indefinite-personal cue, a singular
        name in the genitive too, the tagger's reading of a dative ("Ренару в прокуратуре сообщили", r24)."""
        toks = [t for t in self.an.toks if m.start <= t.start < m.end and t.pos == "PROPN"]
        verb = self.an.tok_at_start.get(cue.start()) if cue is not None else None
        first = self.an.tok_at_start.get(m.start)
        if verb is not None and first is not None and comitative(self.an.toks, first) and \
                _has_own_subject(self.an.toks, m, self.subject_verb(verb)):
            return True  # ("Несколько жителей в беседе с корреспондентом РИА Новости отметили": whom they spoke with)
        prev = self.an.toks[toks[0].i - 1] if toks and toks[0].i > 0 else None
        if toks and m.end <= getattr(verb, "start", -1) and all(told(t, verb) for t in toks) and \
                getattr(prev, "pos", None) not in ("NOUN", "PROPN", "ADJ", "ADP"):
            return True  # (not a body's owner: "В аппарате Григоренко подтвердили")
        if not toks or any((t.feats or {}).get("Case") != "Dat" for t in toks):
            return False
        prev = self.an.toks[toks[0].i - 1] if toks[0].i > 0 else None
        return prev is None or prev.lemma != "согласно"

    def told_before(self, cue, start: int) -> bool:
        """Does text[start:cue] name only whom an indefinite-personal cue told ("Министру Петрову сообщили, что …",
        "Сергея Собянина спросили о …": ``addressee``)? The report is kept with no speaker, as "Сообщается, что …"
        is (r24)."""
        named = self.an.mentions_in(start, cue.start())
        if not named:
            return told_unnamed(self.an.toks, start, self.an.tok_at_start.get(cue.start()))
        return all(self.addressee(m, cue) for m, _ in named)

    def place_of_speaking(self, m, cue) -> bool:
        """Is the organisation mention ``m`` where the cue verb's own subject spoke ("Министр выступил в Думе и
        подчеркнул, что …", "заявил на заседании комитета Думы"): after "в"/"на" in the locative, or inside such a
        phrase, with the verb (or the one it shares its subject with) having a subject of its own (r23)?"""
        t = self.subject_verb(self.an.tok_at_start.get(cue.start())) if cue is not None else None
        if t is None or not any(is_subject(self.an.toks[c], t) for c in t.children):
            return False
        first = self.an.tok_at_start.get(m.start)
        k = first.i - 1 if first is not None else -1
        while k >= 0 and first.i - k <= 4 and self.an.toks[k].pos in ("NOUN", "ADJ") and \
                (self.an.toks[k].feats or {}).get("Case") in ("Gen", "Loc"):
            k -= 1  # ("на заседании комитета Думы": the phrase after the preposition)
        return k >= 0 and self.an.toks[k].lemma in ("в", "на") and \
            (self.an.toks[k + 1].feats or {}).get("Case") == "Loc"

    def oblique(self, m) -> bool:
        """Is the name ``m`` in a case no subject takes (genitive, dative, instrumental, locative: "обозревателю
        «Северного края»", "Павлу Ларину")? An inverted cue between commas ("…, считает Иван Петров, …") has its
        speaker in the nominative (r23)."""
        toks = [t for t in self.an.toks if m.start <= t.start < m.end and t.pos in ("PROPN", "NOUN", "ADJ")]
        return bool(toks) and all((t.feats or {}).get("Case") in ("Gen", "Dat", "Ins", "Loc") for t in toks)

    def _reporter(self, start: int, end: int) -> Ref | None:
        """Who reports in text[start:end]: an outlet, else an organisation or person, else a short name the
        entity model missed ("NEWSru.com", "«Лента.ру»": one to four words, the first capitalised)."""
        for types in (("MEDIA",), ("ORG", "PERSON")):
            found = self.an.mentions_in(start, end, types=types)
            if found:
                m, a = found[0]
                return self.an.ref(a, m.start, m.end)
        name = self.text[start:end].strip(" «»\"„“”")
        if 1 <= len(name.split()) <= 4 and name[:1].isupper():
            s = self.text.index(name, start)
            return Ref(None, name, Mention(s, s + len(name), name))
        return None

    def participle(self, cue: re.Match):
        """The cue's token when it is a participle describing a noun before it ("депутаты, заявившие, что …")."""
        t = self.an.tok_at_start.get(cue.start())
        ok = t is not None and t.i > 0 and (t.feats or {}).get("VerbForm") == "Part" and \
            (t.feats or {}).get("Voice") == "Act" and self.an.toks[t.i - 1].text == ","
        return t if ok else None

    def participle_end(self, cue: re.Match, cs: int, ce: int) -> int:
        """The end of a participle's content: before the main clause's verb resuming after a comma ("депутаты,
        заявившие, что закон нарушает конституцию, покинули зал")."""
        t = self.an.tok_at_start.get(cue.start())
        lead = self.lead_gerund_end(t)
        if lead is not None:  # (r27: "Заявив, что …, директор покинул зал": the gerund's clause, not the main one)
            return min(ce, lead)
        if self.participle(cue) is None and (t is None or t.dep != "acl:relcl" and not any(
                self.an.toks[c].lemma == "который" and self.an.toks[c].dep.startswith("nsubj") for c in t.children)):
            return ce  # (r16: also a relative clause's cue, "Губернатор, который обещал, что …, приехал …")
        for m in re.finditer(r",\s*(?:не\s+)?", self.text[cs:ce]):  # (r16: "…, не стал комментировать")
            if self._verb_form_at(cs + m.end()) == "Fin":
                return cs + m.start()
        return ce

    def subject_verb(self, t):
        """The verb whose subject speaks for cue token ``t``: the verb a gerund hangs on ("…, требуя отставки …"), the
        first of two verbs sharing a subject ("Экологи всполошились и потребовали …"), else ``t``."""
        if t is None or t.head == t.i or any(is_subject(self.an.toks[c], t) for c in t.children):
            return t
        v = self.shared_subject_verb(t)  # (ru_stance.py)
        return t if v is None else v

    def place_speaker(self, cue: re.Match, start: int) -> Ref | None:
        """ "В Кремле заявили, что …", "В министерстве финансов утверждают, что …": a plural cue with no subject of
        its own after "в" and a body (an organisation or a state named there, or an institution noun of
        ``words.tsv`` set ``institutions``): the body speaks. "В понедельник заявили, что …" names none."""
        t = self.an.tok_at_start.get(cue.start())
        if t is not None and t.text.lower() == "не" and t.i + 1 < len(self.an.toks):
            t = self.an.toks[t.i + 1]  # "В ведомстве не исключили, что …": the verb after the negation
        lead = self.lead_gerund_end(t)
        if lead is not None:  # (r27: "Заявив, что …, директор Олег Маслов покинул зал": named after the clause)
            se, head = self.an.sentence(lead)[1], self.an.toks[t.head]
            main = next((x for x in self.tokens_from(lead) if x.start < se and (x.feats or {}).get("VerbForm") ==
                         "Fin"), None)  # (r28: the parse hung the gerund on its own clause)
            nxt = _NEXT_CLAUSE.search(self.text, main.end, se) if main is not None else None
            se = nxt.start() if nxt else se  # (the main clause only: "…, судья огласила приговор, а адвокат Олег
            main = head if lead <= head.start < se else main  # Зайцев заявил, что …" names another, r28)
            if main is None:
                return self.speaker_in(lead, se, cue, self.quoted, cue.start())
            main = _Cue(self.text, main.start, main.end)  # (r28: the main verb's subject, named or as written:
            return self.speaker_in(lead, se, cue if lead <= head.start < se else main, self.quoted, cue.start()) or \
                self.subject_phrase(main, lead + 1)  # "…, адвокат просила …")
        if t is not None and (t.feats or {}).get("VerbForm") == "Conv":
            return self._gerund_place(t, start)
        if t is None or (t.feats or {}).get("Number") != "Plur":
            return None
        told = self._addressed_outlet(start, cue.start())
        if any(is_subject(self.an.toks[c], t) and not (told and told[0] <= self.an.toks[c].start < told[1])
               for c in t.children):  # ("Ренару в прокуратуре сообщили": one told, no subject, r24)
            return None
        upto = told[0] if told else cue.start()
        aside = _aside_before(self.text, start, upto)  # ("В мэрии, в свою очередь, заверили": r18)
        upto = aside if aside is not None else upto
        there = there_body(self, start, upto)  # ("Там уточнили, что …": the body named before, ru_there.py)
        if there is not None:
            return there
        m = re.match(r"\s*(?:[\w-]+\s+){0,2}?[Вв]о?\s+([^,.;:]{2,60}?)\s*$", self.text[start:upto])
        if m is None or re.search(r"[«»]", m.group(1)) and not told:
            return None
        ps, pe = self.without_adverbs(start + m.start(1), start + m.end(1))  # ("В банке тогда подчеркивали")
        return self.body_at(ps, pe)

    def lead_gerund_end(self, t) -> int | None:
        """The end of the clause of cue gerund ``t`` that opens its sentence and hangs on a finite verb after it,
        with the "что" clause it governs ("Заявив, что компания не будет платить штраф, | директор покинул зал",
        r27); None for any other token."""
        toks = self.an.toks
        if t is None or t.head is None or not _gerund(t) or \
                self.text[self.an.sentence(t.start)[0]:t.start].strip(" \n\t—–-"):
            return None
        if t.i < t.head < len(toks) and (toks[t.head].feats or {}).get("VerbForm") == "Fin":
            end = toks[_subtree_range(toks, t.i)[1]].end
            if COMMA_THAT.match(self.text, t.end, end) and end < toks[t.head].start:
                return end
        that = COMMA_THAT.match(self.text, t.end)  # (r28: the parse hung the gerund on a verb
        se = self.an.sentence(t.start)[1]  # of its own clause: the main clause is found in the text, ru_lead_clause.py)
        return main_clause_comma(self, that.end(), se) if that else None

    def _gerund_place(self, g, start: int) -> Ref | None:
        """ "В министерстве от комментариев отказались, сославшись на то, что …" (r26): a cue gerund's speaker is its
        verb's subject; a plural verb with none, whose "в" and a body open the clause, has that body for it."""
        toks = self.an.toks
        v = toks[g.head] if g.head is not None and 0 <= g.head < g.i else None
        if v is None or (v.feats or {}).get("VerbForm") != "Fin" or (v.feats or {}).get("Number") != "Plur" or \
                any(is_subject(toks[c], v) for c in v.children):
            return None
        for c in v.children:
            a, b = _subtree_range(toks, c)
            if toks[c].dep == "obl" and toks[a].low in ("в", "во") and not self.text[start:toks[a].start].strip():
                return self.body_at(toks[a].end, toks[b].end)
        return None

    def body_at(self, ps: int, pe: int) -> Ref | None:
        """The body named by text[ps:pe], the words after "в" ("Кремле", "министерстве финансов", "авиакомпании"):
        an organisation, state or outlet named there, else an institution noun (the body just named, when one is);
        None when neither."""
        # the body, not what it answers ("В мэрии на эту критику ответили", "В компании от комментариев отказались")
        pp = re.search(r"\s(?:на|по|о|об|за|с|со|в|во|от|из|к|ко|у|для|при|до|без|про)\s", self.text[ps:pe])
        cut = ps + pp.start() if pp else pe
        cut = next((x.start for x in self.an.toks if ps < x.start < cut and x.pos in _NOT_IN_NAME), cut)
        cut = len(self.text[:cut].rstrip())  # (nor an adverb after it: "в правительстве еще в 2019 году", review29b)
        pe = next((mm.end for mm, _ in self.an.mentions_in(ps, pe, ("ORG", "GPE", "MEDIA")) if mm.start < cut < mm.end),
                  cut)  # (not inside a body's name: "пресс-службе ГСУ СК по Москве")
        inst = rules.wordset("ru", "institutions")
        for mm, a in self.an.mentions_in(ps, pe, ("ORG", "GPE", "MEDIA")):
            lead = next((x for x in self.an.toks if ps <= x.start < mm.start), None)
            if a.type == "GPE" and lead is not None and lead.lemma in inst:  # ("В министерстве здравоохранения
                return Ref(None, self.text[ps:pe], Mention(ps, pe, self.text[ps:pe]))  # Московской области": the
            return self.an.ref(a, mm.start, mm.end)  # ministry, a body of the place, not the place, r23)
        short = rules.mapping("ru", "org_short_forms")  # ("в областном минздраве": a ministry's short form written
        head = next((x for x in self.an.toks if ps <= x.start < pe and x.pos in ("NOUN", "PROPN")), None)
        if any(x.lemma.endswith(tuple(inst)) or x is head and x.lemma.lower() in short  # in lower case, no entity;
               for x in self.an.toks if ps <= x.start < pe):  # r29; the phrase's head, not another noun's genitive:
            # "в странах евросоюза", review29b) ("в авиакомпании")
            ref = Ref(None, self.text[ps:pe], Mention(ps, pe, self.text[ps:pe]))  # the body just named, when one
            return self._body_just_named(ref, [x for x in self.an.toks if ps <= x.start < pe]) or ref  # is (r18)
        return None

    def _addressed_outlet(self, start: int, end: int) -> tuple[int, int] | None:
        """ "В авиакомпании «Интерфаксу» подтвердили, что …", "В пресс-службе завода ТАСС сообщили": an outlet named
        right before a plural cue verb, after a body named with "в", is whom the body told (the parse often takes
        the indeclinable name for the subject); its span (with its quote marks), or None. An outlet right after
        "в" is the body itself ("В «Коммерсанте» заявили")."""
        outlets = [mm for mm, _ in self.an.mentions_in(start, end, ("MEDIA",))]
        if not outlets:
            return None
        mm = outlets[-1]
        s = len(self.text[:mm.start].rstrip(" «\"“„")) if self.text[mm.start - 1:mm.start] in "«\"“„" else mm.start
        e = mm.end + len(self.text[mm.end:end]) - len(self.text[mm.end:end].lstrip("»\"”“"))
        before = self.text[start:s]
        if self.text[e:end].strip() or not re.search(r"(?:^|\s)[Вв]о?\s+\S", before) or \
                re.search(r"(?:^|\s)[Вв]о?\s*$", before):
            return None
        return s, e

    def _before_participle_clause(self, ct, a: int, b: int) -> int:
        """The last word of a subject before a comma that opens a participle's clause describing it ("Заведующая
        отделением, попросившая не называть ее имени, рассказала": who she is, not her name; r16)."""
        toks = self.an.toks
        for c in range(max(a, ct.i) + 1, b + 1):  # (on the subject or a word of its complement)
            x = toks[c]
            if x.dep == "acl" and (x.feats or {}).get("VerbForm") == "Part" and toks[c - 1].text == "," and \
                    c - 2 >= a:
                return c - 2
            if x.dep == "acl:relcl" and x.start > ct.start:  # ("Жители, с которыми поговорили журналисты, …")
                k = max((j for j in range(a, c) if toks[j].text == ","), default=None)
                if k is not None and k - 1 >= a:
                    return k - 1
        return b

    def subject_phrase(self, cue: re.Match, start: int) -> Ref | None:
        """The cue verb's nominal subject before it, as written (up to six words), when it names no actor: the
        speaker of "Эксперты считают, что …", "Некоторые аналитики полагают, что …"."""
        t = self.an.tok_at_start.get(cue.start())
        if self.participle(cue) is not None and t.dep == "acl" and t.head < t.i:
            h = self.an.toks[t.head]  # "переселенцы из СССР, считающие, что …": the noun the participle describes
            left = [self.an.toks[c] for c in h.children if c < h.i and self.an.toks[c].dep in ("amod", "det")]
            s, e = min([h.start] + [x.start for x in left]), self.an.toks[t.i - 1].start
            e = len(self.text[:e].rstrip(" ,"))
            if start <= s < e and len(self.text[s:e].split()) <= 6 and h.pos == "NOUN":
                return Ref(None, self.text[s:e], Mention(s, e, self.text[s:e]))
        t = self.subject_verb(t)
        # (of two subjects the parse gave, one the morphology says is not nominative is none: a headline glued to the
        # lead, "Трудности перевода Депутаты Приморья попросили …", r17)
        for c in sorted(t.children, key=lambda c: self.an.toks[c].feats.get("Case") not in ("Nom", None)) \
                if t is not None else ():
            ct = self.an.toks[c]
            if ct.dep.startswith("nsubj") and start <= ct.start < cue.start() and (
                    ct.pos in ("NOUN", "PRON", "ADJ") or ct.lemma in rules.wordset("ru", "some") or
                    _nominative_noun(ct) or _nominal_participle(ct) or self._share_of(ct)):
                a, b = _subtree_range(self.an.toks, c)  # (words the parse hangs on it after the cue left out)
                sub = set(subtree(self.an.toks, c))  # (and the words between: its own words stand together, r19)
                b = next((k - 1 for k in range(a, b + 1) if k not in sub), b)
                b = max((k for k in range(a, b + 1) if self.an.toks[k].end <= cue.start()), default=a)
                if len(self.text[self.an.toks[a].start:self.an.toks[b].end].split()) > 6:  # (a short clause
                    b = self._before_participle_clause(ct, a, b)  # restricts: "Депутаты, выступившие против, …")
                if len(self.text[self.an.toks[a].start:self.an.toks[b].end].split()) > 6:  # (r29: nor a long
                    b = _before_prepositional(self.an.toks, ct, b)  # prepositional phrase hung on it: "Несколько
                    # избирателей | в беседе с корреспондентом «Голоса Америки» отметили …")
                s, e = self.an.toks[a].start, self.an.toks[b].end
                e = s + len(self.text[s:e].rstrip(" ,;—–-"))  # ("Депутаты, выступившие против, заявили")
                if s >= start and e <= cue.start() and len(self.text[s:e].split()) <= 6 and \
                        ct.text.lower() not in self.rr.pronouns:
                    return Ref(None, self.text[s:e], Mention(s, e, self.text[s:e]))
        return self.nominative_opening(cue, start)  # (the parse gave the cue no subject)

    def _share_of(self, t) -> bool:
        """A number of a group standing as the subject: "Трое из 22 опрошенных экономистов считают, что …",
        "Шестеро из семи кандидатов поддержали …" (r26: polls and panels in news; the group after "из")."""
        toks = self.an.toks
        if t.text == "%":  # ("4% опрошенных ответили, что …", "Около 30% жителей считают …": a share of people, r29)
            return any(toks[c].pos == "NUM" for c in t.children) and any(
                (toks[c].feats or {}).get("Case") == "Gen" and ((toks[c].feats or {}).get("Animacy") == "Anim" or
                                                               (toks[c].feats or {}).get("VerbForm") == "Part")
                for c in t.children)
        return t.pos == "NUM" and (t.feats or {}).get("Case") in ("Nom", None) and any(
            toks[c].pos == "NOUN" and any(toks[g].low == "из" for g in toks[c].children) for c in t.children)


def _nominal_participle(t) -> bool:
    """A participle in the nominative standing as a noun, the subject itself ("Опрошенные признались, что …",
    "Собравшиеся потребовали …", "Пострадавшие утверждают …": those polled, gathered, hurt; r25)."""
    feats = t.feats or {}
    return t.pos == "VERB" and feats.get("VerbForm") == "Part" and feats.get("Case") == "Nom"


def _before_prepositional(toks, head, b: int) -> int:
    """The last word of ``head``'s phrase before its first modifier after it that opens with a preposition, else
    ``b``."""
    for c in sorted(head.children):
        if head.i < c <= b and any(toks[g].dep == "case" and toks[g].pos == "ADP" for g in toks[c].children):
            first = min([c] + [g for g in toks[c].children if toks[g].dep == "case"])
            return max(head.i, first - 1)
    return b


def _has_own_subject(toks, m, verb) -> bool:
    """``verb`` has a subject of its own outside the mention ``m`` (r29: that subject speaks, never the one named in
    a phrase of "с" and the instrumental it spoke with, ru_comitative.py)."""
    return verb is not None and any(is_subject(toks[c], verb) and not m.start <= toks[c].start < m.end
                                    for c in verb.children)
