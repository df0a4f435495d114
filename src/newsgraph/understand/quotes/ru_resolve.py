"""Speakers refined once every quote of a Russian document is read (a mixin of ``ru.RussianQuotes``, round 20): what
a reader resolves with the whole text in view, where the reading of one attribution saw only its clause.

- A capital speaking for its state ("Минск обвинил Вильнюс …", ``events_metonyms.tsv``, the table the events read):
  the state, named as the text names it when it does ("Белоруссия"); the mention stays "Минск". Not the seats that
  are offices of their own ("Кремль", "Белый дом").
- A plural pronoun after an attribution to several ("X и Y заявили …. В их обращении говорится …"): all of them.
- "Собеседник «Коммерсанта» напомнил …" right after a named person's words: the one the outlet spoke with is the
  one just quoted, when no one else is named between (an unnamed source is introduced as one: "источник в …").
- A headline's speaker named by a title and a body ("Ректор УрФУ: «…»"): the one person the text gives that title.
- A conjunct the parse attached elsewhere ("X и представители ПАСЕ призывают"): a second speaker.
- "Оба претендента" / "Обе стороны": the two the text names most (persons for an animate noun).
- The guest of a dash interview announced by a paragraph naming two people: the one its attribution credits.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from ..coref.ru import _cue_gender
from ..coref.ru_family import by_patronymic, couple_named, family_member, family_pair, generation_member
from ..coref.ru_offices import office_fits
from .ru_citing import CITED as _CITED
from .ru_cited_subject import cited_subject
from .ru_plural_objects import asked_object, object_pair, pronoun_subject
from .ru_local import _nominative
from .ru_authors import document_authors
from .ru_owners import earlier_owner
from .ru_regions import branch_of, placed_anaphor
from .ru_described import headline_group, headline_person
from .ru_relative import _document_nouns
from .ru_state_bodies import state_body
from .ru_work_author import work_author
from .ru_work_subject import work_subject
from .ru_body_place import body_with_place

_BOTH = re.compile(r"(?:[Оо]ба|[Оо]бе)\s+")  # "Оба претендента", "обе стороны"
# "собеседник «Коммерсанта»", "собеседник издания": the person an outlet spoke with, nothing else said of them
_INTERLOCUTOR = re.compile(r"(?<![\w-])[Сс]обеседни(?:к|ка|ку|ком|це|цы)\s+(?:[«„“\"][^»“”\"\n]{1,40}[»“”\"]|"
                           r"(?:издания|агентства|газеты|журнала|телеканала|радиостанции|портала|сайта|редакции|"
                           r"[A-ZА-ЯЁ][\w.-]*))(?=\s*(?:[,.;:—–]|\s[а-яё]+(?:л|ла|ли|ет|ит|ют|ят|ает)\b))")


@lru_cache(maxsize=1)
def _body_members() -> dict[str, tuple[str, ...]]:
    """noun -> the names of the body those it names speak for (lang/ru/body_members.tsv)."""
    try:
        rows = rules.table("ru", "body_members")
        return {r[0]: tuple(x.strip() for x in r[1].split(",")) for r in rows if len(r) > 1}
    except rules.RuleFileError:
        return {}


@lru_cache(maxsize=None)
def seats(lang: str) -> dict[str, str]:
    """Seats of government and the states they stand for (``events_metonyms.tsv``, name lower case -> state)."""
    try:
        return {r[0].lower().replace("ё", "е"): r[1] for r in rules.table(lang, "events_metonyms") if len(r) >= 2}
    except rules.RuleFileError:
        return {}


_WITH = re.compile(r"\bвместе\s+со?\s+$", re.IGNORECASE)  # ("прилетел вместе с Захаровой": his companion)

class SpeakerRefinements:
    """Over ``self.text``, ``self.an``, ``self.found`` and ``self.rr`` of ``RussianQuotes``."""

    def _refine_speakers(self) -> None:
        self._headline_quotation()
        asked = []
        for _, q in sorted(self.found, key=lambda pq: pq[1].start):
            if self._asked_of(q):
                asked.append((q.end, q.speaker))
                q.speaker, q.speakers = None, []  # ("У представителя МИД спросили, …": he was asked, r22)
            elif asked and self._answer_of(q, *asked[-1]):
                q.speaker = Ref(asked[-1][1].entity, asked[-1][1].name, q.speaker.mention)  # ("Дипломат ответил")
        things = {id(q) for _, q in self.found if self._demonstrative(q.speaker)}
        self.found = [(p, q) for p, q in self.found if id(q) not in things]  # ("Это следует из того, что …", r22)
        quotes = sorted((q for _, q in self.found), key=lambda q: q.start)
        renamed: dict = {}
        for k, q in enumerate(quotes):
            q.speaker = cited_subject(self.an, self.text, q) or q.speaker  # ("Со ссылкой на данные Росстата министр
            # заявил": the minister, the source he cites no speaker, r34)
            if q.speaker is None:
                q.speaker = self._bare_work(q)  # ("В докладе отмечается, что …" after "доклад Счетной палаты", r22)
            if q.speaker is None:
                q.speaker = self._document_anaphor(q)  # ("В нем говорится", "В сообщении пресс-службы компании")
            if q.speaker is None:
                q.speaker = work_subject(self, q)  # ("… новый опрос. Опрос показал, что …": its owner, r30)
            q.speaker = earlier_owner(self.an, q, quotes[:k]) or document_authors(self.an, q) or q.speaker  # ("В
            # решении суда указано", r26; "Жители … обратились … . В обращении говорится", "Авторы письма", r27)
            if q.speaker is None or self.rr.anonymous.match(q.speaker.name) and \
                    (q.speaker.entity is None or self._outlet_interlocutor(q.speaker)):
                q.speaker = self._interlocutor(q, quotes[:k]) or q.speaker  # (an unnamed source as written, r21)
                q.speaker = state_body(self.an, q.speaker) or q.speaker  # ("источники в посольстве", r25)
                if q.speaker is not None and q.speaker.entity is not None:
                    q.speakers = []
                continue
            q.speaker = self._bare_work(q) or q.speaker  # ("Как отмечается в докладе": the report's authors, r22)
            q.speaker = self._body_members(q.speaker) or q.speaker  # ("По версии следствия": the СК named, r22)
            q.speaker = self.local_body(q.speaker) or q.speaker  # ("в администрации города", ru_local.py)
            q.speaker = self.anaphor_body(q.speaker) or q.speaker  # ("Представитель ведомства", ru_local.py)
            q.speaker = work_author(self.an, q.speaker) or q.speaker  # ("Автор картины" of "фильм X", r30)
            q.speaker = placed_anaphor(self.an, q.speaker, quotes[:k]) or q.speaker  # ("В ведомстве", r26)
            q.speaker = branch_of(self.an, q.speaker) or q.speaker  # ("Дальневосточном управлении Росгидромета")
            q.speaker = self.nominative_phrase(q.speaker) or q.speaker  # ("регионального минздрава", r22)
            q.speaker = body_with_place(self.an, q.speaker) or q.speaker  # ("министерство строительства" of
            # "министра строительства Свердловской области" before, r30)
            q.speaker = state_body(self.an, q.speaker) or q.speaker  # ("Правительство" of Botswana, r25)
            q.speaker = family_member(self.an, q.speaker, _cue_gender(q.cue or ""))  # ("Ковальчук уточнил", r21)
            if not q.speakers and (pair := family_pair(self.an, q.speaker, q.cue or "")):  # ("Кравцовы", r30)
                q.speakers, q.speaker = pair, pair[0]
            was = q.speaker.entity
            q.speaker = Ref(renamed[was].entity, renamed[was].name, q.speaker.mention) if was in renamed else \
                by_patronymic(self.an, generation_member(self.an, q.speaker))
            if was is not None and q.speaker.entity != was:  # ("Ершов-старший", "Николай Петрович" of "Николай
                renamed[was] = q.speaker  # Кравец": and "Бизнесмен добавил" after it goes with him, r24)
            if not q.speakers and q.speaker.entity is None:
                q.speakers = self._the_two(q.speaker) or couple_named(self.an, q.speaker)  # ("Супруги", r21)
                q.speaker = q.speakers[0] if q.speakers else q.speaker
            q.speaker = self._state_of_seat(q.speaker)
            q.speaker = self._headline_title(q) or headline_person(self.an, q, quotes) or q.speaker  # (r26)
            if not q.speakers and (group := headline_group(self.an, q, quotes)):  # ("Депутаты предложили …" over
                q.speakers, q.speaker = group, group[0]  # "Депутаты … Исаев и … Нилов заявили", r33)
            if not q.speakers:
                q.speakers = self._several_before(q, quotes[:k])
                q.speaker = q.speakers[0] if q.speakers else q.speaker
            if not q.speakers and q.speaker.mention is not None:  # ("Депутаты наградили Петрова и Сидорова. Они
                q.speaker = pronoun_subject(self.an, self.text, q.speaker,  # заявили": the deputies, r34)
                                            self.rr.pronouns.get(q.speaker.mention.text.lower())) or q.speaker

    def _asked_of(self, q) -> bool:
        """A question put to someone named after "у" ("У официального представителя МИД Китая спросили, …", "у
        министра поинтересовались, …"; words.tsv ``asking_verbs``): the one asked is no speaker of the question,
        which the unnamed askers put (an indefinite-personal plural)."""
        sp = q.speaker
        if sp is None or sp.mention is None or not q.cue or \
                not set(q.cue.split()) & rules.wordset("ru", "asking_verbs"):
            return False
        return bool(re.search(r"(?<![\w-])[Уу]\s+(?:[\w-]+\s+){0,6}$", self.text[max(0, sp.mention.start - 80):
                                                                            sp.mention.start])) or \
            asked_object(self.an, sp.mention.start, q.cue)  # ("Понтеса спросили о снах": him, r34)

    def _answer_of(self, q, asked_end: int, asked: Ref) -> bool:
        """An answer ("Дипломат ответил, что …", "он ответил") in the sentence after a question put to someone named
        ("У … Линь Цзяня спросили, …"), its speaker described or a pronoun, not a name: the one asked answers (r22)."""
        sp = q.speaker
        if sp is None or sp.mention is None or asked.entity is None or not (q.cue or "").startswith("ответ") or \
                q.start < asked_end:
            return False
        k = next((i for i, (a, b) in enumerate(self.an.sents) if a <= asked_end <= b), None)
        named = any(t.pos == "PROPN" for t in self.an.toks if sp.mention.start <= t.start < sp.mention.end)
        return k is not None and sp.mention.start < self.an.sents[min(k + 1, len(self.an.sents) - 1)][1] and not named

    def _bare_work(self, q) -> Ref | None:
        """A document named by its bare noun where a report is put ("В докладе отмечается, что …", "Как отмечается
        в докладе, …", "…, говорится в исследовании", words.tsv ``works``), no speaker or that phrase for one: its
        authors, named where the text gave that document ("доклад Счетной палаты", "доклад экспертов ВШЭ") in this
        sentence or the three before -- a document's own words are its authors', not the words of whoever the
        sentence before had criticise or receive it (r22); None when the text names no author so."""
        sp = q.speaker
        if sp is not None and (sp.entity is not None or sp.mention is None or
                               not re.fullmatch(r"(?i)(?:во?|из)\s+\w+", sp.mention.text.strip())):
            return None
        ss, se = self.an.sentence(q.start)
        works = rules.wordset("ru", "works")
        bare = [t for t in self.an.toks if ss <= t.start < se and not q.start <= t.start < q.end and
                t.pos == "NOUN" and t.lemma in works and t.i > 0 and self.an.toks[t.i - 1].lemma in ("в", "из")]
        if len(bare) != 1 or self._owner_after(bare[0]) is not None:
            return None
        k = next((i for i, (a, _) in enumerate(self.an.sents) if a == ss), 0)
        lo = self.an.sents[max(k - 3, 0)][0]
        named = [t for t in self.an.toks if lo <= t.start < bare[0].start and t.lemma == bare[0].lemma]
        for t in reversed(named):
            owner = self._owner_after(t)
            if owner is not None:
                p = self.an.toks[bare[0].i - 1]
                return Ref(owner[1].id, owner[1].name, sp.mention if sp is not None else
                           Mention(p.start, bare[0].end, self.text[p.start:bare[0].end]))
        return None

    def _headline_quotation(self) -> None:
        """A headline that is a quotation alone ("«Дефицита гречки в магазинах не будет»", three words or more), its
        speaker named only in the body: the words are those of the body's statement they repeat most (stems shared,
        half of the headline's at least), else of the first named speaker of the text (the lead's or the interview's
        guest), as a reader takes them (r23)."""
        end = self.text.find("\n")
        m = re.fullmatch(r"\s*[«„“\"]([^«»„“”\"\n]+)[»“”\"]\s*", self.text[:end]) if end > 0 else None
        if m is None or len(m.group(1).split()) < 3 or any(q.start < end for _, q in self.found):
            return
        body = sorted((q for _, q in self.found if q.speaker is not None and q.speaker.entity is not None),
                      key=lambda q: q.start)
        if not body:
            return
        stems = {w.lower()[:5] for w in re.findall(r"\w{3,}", m.group(1))}
        shared = [(len(stems & {w.lower()[:5] for w in re.findall(r"\w{3,}", q.text)}), -q.start, q) for q in body]
        best = max(shared, key=lambda x: x[:2])
        q = best[2] if best[0] * 2 >= len(stems) else body[0]
        self.add(4, "direct", m.start(1), m.end(1), q.speaker, None, [], (0, end))

    def _document_anaphor(self, q) -> Ref | None:
        """A document the attribution clause names with no one named for it (r23): "В нем говорится, что …" right
        after "ФАС и Минсельхоз выпустили совместное заявление" is the issuers' (ru_relative.py
        ``document_issuer``), the nearest document noun of the two sentences before that agrees with the pronoun;
        "В сообщении пресс-службы компании говорится" is the company just named (ru_local.py ``anaphor_body``)."""
        ss, se = self.an.sentence(q.start)
        toks = [t for t in self.an.toks if ss <= t.start < se and not q.start <= t.start < q.end]
        docs = _document_nouns()
        for t in toks:
            prev = self.an.toks[t.i - 1] if t.i > 0 else None
            if prev is None or prev.lemma not in ("в", "во"):
                continue
            if t.pos == "PRON" and t.lemma in ("он", "она") and (t.feats or {}).get("Case") == "Loc":
                k = next((i for i, (a, _) in enumerate(self.an.sents) if a == ss), 0)
                lo = self.an.sents[max(k - 2, 0)][0]
                fem = t.text.lower() == "ней"
                before = [d for d in self.an.toks if lo <= d.start < ss and d.pos == "NOUN" and d.lemma in docs and
                          ((d.feats or {}).get("Gender") == "Fem") == fem]
                return self.document_issuer(before[-1], self.an.sentence(before[-1].start)[0]) if before else None
            if t.pos == "NOUN" and t.lemma in docs:
                rest = [u for u in toks if u.i > t.i and u.i <= t.i + 3]
                if len(rest) >= 2 and all(u.pos == "NOUN" and (u.feats or {}).get("Case") == "Gen" for u in rest[:2]):
                    m = Mention(rest[0].start, rest[1].end, self.text[rest[0].start:rest[1].end])
                    return self.anaphor_body(Ref(None, m.text, m))
                return None
        return None

    def _owner_after(self, t):
        """The (mention, actor) of an organisation or person named in the genitive right after a document's noun
        ("доклад Счетной палаты", "доклад экспертов ВШЭ": up to two genitive words between), else None."""
        hit = next(iter(self.an.mentions_in(t.end, t.end + 60, ("ORG", "PERSON", "GPE"))), None)
        if hit is None:
            return None
        between = [u for u in self.an.toks if t.end <= u.start < hit[0].start and u.text not in "«\"„“"]
        if [u.lemma for u in between[:2]] == ["за", "подпись"]:  # ("Письмо за подписью губернатора …": who
            between = between[2:]  # signed it issued it, r23)
        if len(between) > 2 or any(u.pos not in ("NOUN", "ADJ") or (u.feats or {}).get("Case") != "Gen"
                                   for u in between):
            return None
        return hit

    def _body_members(self, speaker: Ref) -> Ref | None:
        """ "По версии следствия, …", "Следователи считают, что …", "Спасатели предупредили …" (a bare noun of
        ``lang/ru/body_members.tsv``): the body those people speak for, the one organisation the text names with
        one of that noun's names ("СК", "СК по Тверской области", "ГУ МЧС по …") before them or in their
        paragraph (r22; a body named only in a later paragraph is not theirs: review r22); None when it names none
        or several."""
        m = speaker.mention
        if speaker.entity is not None or m is None or len(m.text.split()) != 1:
            return None
        names = _body_members().get(_nominative(m.text.lower()))
        par_end = self.text.find("\n", m.end)
        par_end = len(self.text) if par_end < 0 else par_end  # (named before them or in their paragraph, review r22)
        before = {a.id for _, a in self.an.mentions_in(0, par_end, ("ORG",))}
        found = {a.id: a for a in self.an.actors if names and a.type == "ORG" and a.id in before and
                 any(a.name.lower() == b or a.name.lower().startswith(b + " ") for b in names)}
        if len(found) != 1:
            return None
        a = next(iter(found.values()))
        return Ref(a.id, a.name, m)

    def _demonstrative(self, speaker: Ref | None) -> bool:
        """A speaker that is a demonstrative pronoun, no one ("Это следует из того, что …", "Это означает, что …",
        words.tsv ``demonstratives``): what it points at is a fact or a finding, and the sentence the author's
        reasoning about it, no attribution (r22)."""
        return speaker is not None and speaker.entity is None and speaker.mention is not None and \
            speaker.mention.text.lower().replace("ё", "е") in rules.wordset("ru", "demonstratives")

    def anonymous_source(self, start: int, end: int) -> Ref | None:
        """An unnamed source as the text describes it, kept as written with its noun in the nominative (r21):
        "рассказал «Интерфаксу» источник в правительстве республики" -> "источник в правительстве республики",
        "По словам источника в полиции" -> "источник в полиции", "Источник, знакомый с …" -> "Источник" (who he
        is, set off by commas, is no name); None when [start, end) holds no such noun."""
        m = self.rr.anonymous.search(self.text, start, end)
        if m is None:
            return None
        s = m.start()
        e = min([i for i in (self.text.find(c, s, end) for c in ",.;:—–(\n") if i >= 0] + [end])
        e = next((t.start for t in self.an.toks if s < t.start < e and t.pos in ("VERB", "AUX")), e)  # (not the cue:
        # "источники в компании пишет")
        outlet = next((x for x, _ in self.an.mentions_in(s, e, ("MEDIA",)) if x.start > s), None)
        skip = None  # (the outlet is no part of the source's name, r22: "источники в силовых структурах «Интерфаксу»"
        if outlet is not None:  # ends before it; "источник «Фонтанки» в компании" goes on after it)
            os_ = outlet.start - (self.text[outlet.start - 1] in "«\"„“")
            oe = outlet.end + (self.text[outlet.end:outlet.end + 1] in ("»", "\"", "“", "”"))
            if len(self.text[s:os_].split()) == 1 and self.text[oe:e].strip():
                skip = (os_, oe)
            elif len(self.text[s:os_].split()) > 1 or not self.text[oe:e].strip() and e < end and \
                    _CITED.search(self.text, max(0, s - 80), s):
                e = os_  # ("источник «Ъ»" alone is the outlet's source as written, r21; after "со ссылкой на" the
                # outlet before the verb is its subject: "Со ссылкой на источники «Фонтанка» пишет", r34)
        e = len(self.text[:e].rstrip())
        words = (self.text[s:skip[0]] + self.text[skip[1]:e] if skip else self.text[s:e]).split()[:8]
        if not words:
            return None
        e = s + len(" ".join(words)) if self.text[s:e].startswith(" ".join(words)) else e
        before = [t for t in self.an.toks if t.end <= s][-2:]
        lead = [t for t in before if t.pos in ("NUM", "ADJ") and t.start >= (before[0].start if before else s)]
        if lead and not self.text[lead[-1].end:s].strip():  # "три источника", "высокопоставленный источник": as
            s = lead[0].start if len(lead) == 2 and not self.text[lead[0].end:lead[1].start].strip() else lead[-1].start
            return Ref(None, self.text[s:e], Mention(s, e, self.text[s:e]))  # written
        head = _nominative(words[0].lower())
        name = " ".join([words[0][:1] + head[1:] if words[0][:1].isupper() else head, *words[1:]])
        return Ref(None, name, Mention(s, e, self.text[s:e]))  # ("источник «Фонтанки» в компании": "источник в
        # компании", the mention as written)

    def _state_of_seat(self, speaker: Ref) -> Ref:
        """A speaker that is a seat of government (a capital, "Кремль") standing for its state: that state."""
        a = next((x for x in self.an.actors if x.id == speaker.entity), None)
        if a is None or a.type != "GPE" or speaker.mention is None or \
                not any((m.start, m.end) == (speaker.mention.start, speaker.mention.end) for m in a.mentions):
            return speaker  # (the seat itself, not a body linked to its city: "московские власти" are Moscow's)
        name = a.name.lower().replace("ё", "е")
        state = seats(self.an.lang).get(name)
        if not state or state == a.name or " " in name or name in rules.wordset("ru", "institutions"):
            return speaker  # (a city only: "Кремль", "Белый дом" are offices of their own, as they are named)
        named = next((x for x in self.an.actors if x.type == "GPE" and x.name == state), None)
        return Ref(named.id if named is not None else None, state, speaker.mention)

    def _several_before(self, q, before) -> list[Ref]:
        """A plural pronoun speaker ("их", "они") going on with an attribution to several: those several."""
        sp = q.speaker
        if sp.mention is None or self.rr.pronouns.get(sp.mention.text.lower()) != "plur":
            return []
        prev = [p for p in before if p.end <= sp.mention.start and p.speakers]
        last = prev[-1] if prev else None
        if last is None or sp.entity not in {r.entity for r in last.speakers}:
            return self._subjects_before(sp)
        return [Ref(r.entity, r.name, sp.mention) for r in last.speakers]

    def _subjects_before(self, sp: Ref) -> list[Ref]:
        """ "Министр обороны Андрей Белоусов и начальник Генштаба Валерий Герасимов провели совещание. Они заявили,
        что …": a plural pronoun opening the sentence after one whose subject is several persons joined by "и" goes
        on with them (r33), as "он" goes on with the last subject; [] when that sentence's subject is no such pair
        or the pronoun is not its sentence's first word. Only the subject of that sentence's main clause (its root's
        subject, review r33): a pair named inside what was said ("Депутаты заявили, что мэр Петров и его заместитель
        Сидоров нарушили закон. Они потребовали …") is not whom "они" goes on with. A subject with its companion
        ("Лавров прилетел в Анкару вместе с Захаровой. Они заявили …", review r33) is two as well."""
        k = next((i for i, (a, b) in enumerate(self.an.sents) if a <= sp.mention.start < b), None)
        if not k or self.text[self.an.sents[k][0]:sp.mention.start].strip():
            return []
        ps, ss = self.an.sents[k - 1][0], self.an.sents[k][0]
        for m, a in self.an.mentions_in(ps, ss, ("PERSON",)):
            if not self._root_subject(m):
                continue
            group = self.conjoined(self.an.ref(a, m.start, m.end))
            group = group if len(group) > 1 else [self.an.ref(a, m.start, m.end)] + self._companions(m, ps, ss)
            if len(group) > 1 and all(any(x.id == r.entity and x.type == "PERSON" for x in self.an.actors)
                                      for r in group):
                return [Ref(r.entity, r.name, sp.mention) for r in group]
        return [Ref(a.id, a.name, sp.mention) for _, a in object_pair(self.an, ps, ss)]  # ("Президент наградил
        # Петрова и Сидорова. Они заявили": the one plural the sentence names, r34)

    def _companions(self, m, ps: int, ss: int) -> list[Ref]:
        """The persons named after "вместе с" in the main clause whose subject is ``m`` (an oblique of its root)."""
        out = []
        for m2, a2 in self.an.mentions_in(m.end, ss, ("PERSON",)):
            t = self.an.tok_at_start.get(m2.start)
            while t is not None and t.dep in ("flat", "flat:name", "appos"):
                t = self.an.toks[t.head]
            h = self.an.toks[t.head] if t is not None else None  # (the root, or "вместе" hung on it)
            if h is not None and _WITH.search(self.text, ps, m2.start) and t.dep.startswith("obl") and \
                    (h.dep == "root" or h.dep == "advmod" and self.an.toks[h.head].dep == "root"):
                out.append(self.an.ref(a2, m2.start, m2.end))
        return out

    def _root_subject(self, m) -> bool:
        """The mention ``m`` is (in) the subject of its sentence's main verb: up through its name's parts, an
        apposition ("министр … Андрей Белоусов") and conjuncts to a subject whose head is the root."""
        t = self.an.tok_at_start.get(m.start)
        seen = 0
        while t is not None and seen < 8 and t.dep in ("flat", "flat:name", "appos", "conj"):
            t, seen = self.an.toks[t.head], seen + 1
        return t is not None and t.dep.startswith("nsubj") and self.an.toks[t.head].dep == "root"

    def _outlet_interlocutor(self, speaker: Ref) -> bool:
        """ "собеседника агентства" the readers gave a body for (the agency read as the body the text named last):
        the outlet's interlocutor is a person, never a body; read as unnamed, so ``_interlocutor`` may find him
        (r33)."""
        a = next((x for x in self.an.actors if x.id == speaker.entity), None)
        return a is not None and a.type != "PERSON" and speaker.mention is not None and \
            _INTERLOCUTOR.match(speaker.mention.text + ",") is not None

    def _interlocutor(self, q, before) -> Ref | None:
        """ "Собеседник «Коммерсанта» напомнил, что …" right after a named person's attribution (see the module)."""
        ss, se = self.an.sentence(max(q.start - 1, 0))
        m = next((m for m in _INTERLOCUTOR.finditer(self.text, ss, se) if not q.start <= m.start() < q.end), None)
        if m is None:
            return None
        k = next((i for i, (a, _) in enumerate(self.an.sents) if a == ss), 0)
        lo = self.an.sents[max(k - 1, 0)][0]
        prev = [p for p in before if lo < p.end <= m.start()]
        persons = {x.id for x in self.an.actors if x.type == "PERSON"}
        tail = [p for p in prev if p.end == prev[-1].end]  # (the outlet's report of the same words, ru_relays.py,
        last = next((p for p in reversed(tail) if p.speaker is not None and p.speaker.entity in persons),  # beside
                    prev[-1]) if prev else None  # the person's: "…, рассказал РИА Новости замглавы X", r33)
        sp = last.speaker if last is not None else None
        a = next((x for x in self.an.actors if sp is not None and x.id == sp.entity), None)
        if a is None or a.type != "PERSON":
            return None
        contents = [(p.start, p.end) for p in before]
        if any(x is not a and not any(s <= mm.start < e for s, e in contents)
               for mm, x in self.an.mentions_in(last.end, m.start())):
            return None  # (another person named between: the outlet spoke with someone else)
        s, e = m.start(), m.start() + len(m.group().split()[0])
        return Ref(a.id, a.name, Mention(s, e, self.text[s:e]))

    def _headline_title(self, q) -> Ref | None:
        """A headline's speaker that is the body a title heads ("Ректор УрФУ: «…»" read as УрФУ): the one person
        the text gives that title for that body (coref/ru_offices.py ``office_fits``), else None."""
        sp = q.speaker
        line_end = self.text.find("\n")
        if sp.mention is None or line_end < 0 or sp.mention.start >= line_end or "." in self.text[:line_end]:
            return None
        a = next((x for x in self.an.actors if x.id == sp.entity), None)
        if a is None or a.type not in ("ORG", "GPE"):
            return None
        t0 = self.an.tok_at_start.get(self.text.rfind(" ", 0, sp.mention.start - 1) + 1)
        if t0 is None or t0.end > sp.mention.start or self.text[t0.end:sp.mention.start].strip() or \
                not self.an._is_title_word(t0.nat):
            return None
        comp = [w for w in self.text[t0.end:sp.mention.end].split()]
        lem = self.an._lemma(t0)
        fits = {id(x): x for _, x in self.an.persons if x.role and x.role.split()[0].lower() == lem and
                office_fits(comp, x.role)}
        if len(fits) != 1:
            return None
        x = next(iter(fits.values()))
        self.an.add_mention(x, t0.start, sp.mention.end)
        return self.an.ref(x, t0.start, sp.mention.end)

    def _headline_holder(self, start: int, end: int, cue, blocked) -> Ref | None:
        """A headline's speaker named by a title and its body only ("Министр здравоохранения Новосибирской области:
        «…»", r21): the one person the text below gives that office (no one is named before a headline)."""
        line_end = self.text.find("\n")
        if line_end < 0 or start >= line_end or "." in self.text[:line_end]:
            return None
        return self.an.described_person(start, end, cue, blocked, len(self.text), role_only=True)

    def teller_in(self, ps: int, pe: int) -> Ref | None:
        """The one person an attribution of the paragraph [ps, pe) credits ("Ректор … Андрей Кожевников рассказал
        «Областной газете» о … . Беседу вела Ольга Смирнова."): the guest of the interview that paragraph announces,
        not the interviewer it also names (ru_interviews.py ``_interview``), else None."""
        people = {q.speaker.entity: q.speaker for _, q in self.found if ps <= q.start < pe and q.speaker is not None
                  and any(a.id == q.speaker.entity and a.type == "PERSON" for a in self.an.actors)}
        return next(iter(people.values())) if len(people) == 1 else None

    def named_with(self, speaker: Ref) -> list[Ref]:
        """ "Посол ЕС Питер Семнеби и представители ПАСЕ (…) призывают …": the actor named after "и" between the
        speaker and a plural verb, where the parse attached that conjunct elsewhere: a plural verb after "X и Y"
        is said by both. A person there first, else the body (r20); [] when none."""
        m = re.compile(r"\s+и\s+").match(self.text, speaker.mention.end)
        if m is None:
            return []
        toks = [t for t in self.an.toks if t.start >= m.end()][:10]
        verb = next((t for t in toks if t.pos in ("VERB", "AUX")), None)
        if verb is None or (verb.feats or {}).get("Number") != "Plur" or (verb.feats or {}).get("VerbForm") != "Fin" \
                or any(t.pos == "PUNCT" and t.text not in "()" for t in toks if t.start < verb.start):
            return []
        named = self.an.mentions_in(m.end(), verb.start, ("PERSON", "ORG", "GPE"))
        people = [x for x in named if x[1].type == "PERSON"]
        return [self.an.ref(a, x.start, x.end) for x, a in (people or named)[:1]]

    def _the_two(self, speaker: Ref) -> list[Ref]:
        """ "Оба претендента указывают на …", "Обе стороны заявили …": the pair the text is about -- the two
        persons (an animate noun) or the two bodies or states the text names most often, each at least twice,
        outside quotations; [] when no such pair stands out (a third as often named)."""
        m = speaker.mention
        hit = _BOTH.match(self.text, m.start, m.end) if m is not None else None
        t = self.an.tok_at_start.get(hit.end()) if hit else None
        if t is None:
            return []
        types = ("PERSON",) if (t.feats or {}).get("Animacy") == "Anim" else ("ORG", "GPE")
        counts: dict = {}
        for x, a in self.an.mentions_in(0, len(self.text), types):
            if not any(o <= x.start < c for o, c in self.quoted):
                counts[a.id] = counts.get(a.id, 0) + 1
        top = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(top) < 2 or top[1][1] < 2 or len(top) > 2 and top[2][1] == top[1][1]:
            return []
        actors = {a.id: a for a in self.an.actors}
        return [Ref(i, actors[i].name, m) for i, _ in top[:2]]
