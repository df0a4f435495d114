"""Coreference in Russian and Ukrainian documents (the "ru" coref reader of the language table), resolved when an
attribution needs it, not ahead: a pronoun speaker ("он", "по её словам") is the last person named before it
outside quotes, agreeing in gender where the morphology or the cue verb tells; a title standing for a person ("—
сказала глава ЦБ") is the one with that role, else the last one named; a capitalised animate proper noun that is
the subject of a speech verb is a person the NER model missed. Each resolution becomes a mention of its actor.
(Resolving every pronoun ahead, as English does, would add mentions the record never had: a later change.)
Names of one actor, joined when the actors are read: an organisation's short form ("ОБСЕ", "Нацфронт",
``abbreviates``) and a name's original in Latin script in brackets ("«Ла стампа» (La Stampa)"). Nouns that stand
for a person named before ("протоиерей", "супруга") are data (``lang/ru/person_nouns.txt``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ...record import Mention, Ref
from .. import rules
from .ru_addressee import addressed
from .ru_owned import not_the_owner
from .ru_number import plural_calling
from .ru_name_parts import name_parts
from .ru_tenure import by_tenure
from .ru_levels import level_conflict
from .ru_surname_forms import RuSurnameForms, declined_in_a, surname_nominatives  # noqa: F401 (re-exported)
from .ru_family import relative_named, surname_seen, surname_variant  # noqa: F401 (surname_variant: re-exported)
from .ru_complements import complement_fits, heads_level, other_complement
from .ru_offices import (chunk_initials, heads_body, holder_named_after, holds_title, introduced_as,
                         office_conflicts, of_another_state, office_fits, other_title, the_other)


def _cue_gender(cue: str) -> str | None:
    c = cue.lower()
    if c.endswith(("ла", "лась")):
        return "fem"
    if c.endswith(("ли", "лись")):
        return "plur"
    if c.endswith(("л", "в", "лся")):
        return "masc"
    return None


def abbreviates(short: str, full: str) -> bool:
    """``short`` is a short form of the name ``full``: its initials (words of three letters or more: "ОБСЕ" of
    "Организация по безопасности и сотрудничеству в Европе") or, of a two-word name, a compound of the first
    word's first three to five letters and the last word ("Нацфронт", "Еврокомиссия")."""
    words = re.findall(r"[\w-]+", full.lower().replace("ё", "е"))
    s = short.lower().replace("ё", "е")
    if len(words) < 2 or len(s) < 2:
        return False
    if short.isupper():
        return s == "".join(w[0] for w in words if len(w) > 2)
    if chunk_initials(short, words):
        return True  # ("УрФУ" of "Уральский федеральный университет", r20)
    return len(words) == 2 and any(s == words[0][:k] + words[1] for k in range(3, 6))


@lru_cache(maxsize=20_000)
def initial_of(a: str, b: str) -> bool:
    """One given name is the other's initial ("а." and "алексей"), not two initials or two names."""
    short, full = sorted((a, b), key=len)
    return len(short.rstrip(".")) == 1 and len(full.rstrip(".")) > 1 and full[0] == short[0]


def not_a_name(word: str) -> bool:
    """A capitalised word that is no name: its likeliest reading is not a noun or a plural noun, and none of its
    readings is a first name, a surname or a patronymic ("Ранее", "Последняя", "Жители")."""
    from ..names import _morph
    parses = _morph().parse(word.lower())  # (or a plural common noun: "Жители")
    return (parses[0].tag.POS != "NOUN" or "plur" in parses[0].tag) and \
        not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses)


@lru_cache(maxsize=20_000)
def function_word(word: str) -> bool:
    """A word whose likeliest reading is an adverb, a pronoun, a particle, a conjunction or a preposition."""
    from ..names import _morph
    return _morph().parse(word.lower())[0].tag.POS in ("ADVB", "NPRO", "PRCL", "CONJ", "PREP", "PRED", "INTJ")


@lru_cache(maxsize=None)
def _ru_words(name: str) -> frozenset[str]:
    """A Russian word list of lang/ru (empty when the file is missing)."""
    try:
        return rules.words("ru", name)
    except rules.RuleFileError:
        return frozenset()


@lru_cache(maxsize=2_000)
def _normal_forms(phrase: str) -> frozenset[str]:
    """The likeliest dictionary form of each word of a phrase ("министерства" -> "министерство")."""
    from ..names import _morph
    return frozenset(_morph().parse(w)[0].normal_form for w in phrase.lower().split())


def name_and_patronymic(people, words: list[str]):
    """The one person whose name opens with ``words``, a first name and a patronymic ("Нина Степановна" beside "Нина
    Степановна Горелова": the surname left out, as reportage names the people it meets), else None."""
    from ..names import _morph
    if len(words) != 2 or not any("Patr" in p.tag.grammemes for p in _morph().parse(words[1])):
        return None
    fits = {id(p): p for p in people if p.name.lower().split()[:2] == words}
    return next(iter(fits.values())) if len(fits) == 1 else None


def person_nouns() -> frozenset[str]:
    return _ru_words("person_nouns")


def _kinship() -> frozenset[str]:
    return _ru_words("kinship_words")


@lru_cache(maxsize=None)
def _nationality_stems(adj_lemma: str) -> tuple[str, ...]:
    """The stems of a country's name in a role ("франц" for "французский", lang/ru/events_demonyms.tsv)."""
    try:
        rows = rules.table("ru", "events_demonyms")
    except rules.RuleFileError:
        return ()
    return next((tuple(x for x in r[2].split(",") if x) for r in rows if r[0] == adj_lemma and len(r) >= 3), ())


@lru_cache(maxsize=None)
def org_short_forms(lang: str) -> dict[str, str]:
    """Fixed compound short forms of organisations and their full names ("Еврокомиссия": "Европейская комиссия",
    ``lang/<lang>/org_short_forms.tsv``)."""
    try:
        return rules.mapping(lang, "org_short_forms")
    except rules.RuleFileError:
        return {}


# a bracketed original in Latin script right after a name ('«Ла стампа» (La Stampa)')
_ORIGINAL = re.compile(r"[»\"”]?\s*\(\s*([A-Z][A-Za-z.'’&-]*(?:\s+[A-Za-z.'’&-]+){0,4})\s*\)")


# an abbreviation in brackets after a bare one: "организации ООН (ФАО)": the bracket abbreviates the name, the bare
# one is the parent body the name is of (the United Nations, not the FAO)
_BRACKET_NEXT = re.compile(r"\s*\(\s*[A-ZА-ЯЁ]{2,}")


class RuCoref(RuSurnameForms):
    """The resolutions of the Russian actor set (entities/ru.py ``RuActors`` mixes this in)."""

    def _short_forms(self) -> None:
        """An organisation named by its short form elsewhere is one actor with its full name: the initials
        ("ОБСЕ"), a compound of the first word's start and the last word ("Нацфронт"), or an abbreviation right
        after the full name ("Международная федерация футбола ФИФА")."""
        orgs = [a for a in self.actors if a.type == "ORG"]
        for a in orgs + [a for a in self.actors if a.type == "PERSON"]:  # (a short form taken for a surname)
            if len(a.name.split()) != 1 or a.type == "PERSON" and not any(
                    abbreviates(a.name, b.name) for b in orgs):
                continue
            fulls = [b for b in orgs if b is not a and len(b.name.split()) >= 2 and abbreviates(a.name, b.name)]
            if not fulls and a.name.isupper():
                starts = {m.start for m in a.mentions}
                fulls = [b for b in orgs if b is not a and len(b.name.split()) >= 2 and
                         any(self.text[m.end:m.end + 1] == " " and m.end + 1 in starts and
                             not _BRACKET_NEXT.match(self.text, m.end + 1 + len(a.name)) for m in b.mentions)]
            if len(fulls) != 1:
                continue
            b = fulls[0]
            b.mentions.extend(a.mentions)
            for m in a.mentions:
                self.by_span[(m.start, m.end)] = b
            self.actors.remove(a)
        self._original_names()

    def _original_names(self) -> None:
        """A name followed by its original in Latin script in brackets ('газета "Ла стампа" (La Stampa)', "Билл
        Герстенмайер (Bill Gerstenmaier)"): the bracketed name is a mention of the same actor."""
        for a in list(self.actors):
            for m in list(a.mentions):
                b = _ORIGINAL.match(self.text, m.end)
                if b is None:
                    continue
                s, e = b.span(1)
                other = self.by_span.get((s, e))
                if other is not None and other is not a and other in self.actors and other.type != "PERSON":
                    a.mentions.extend(x for x in other.mentions if x.start != m.start)
                    for x in other.mentions:
                        self.by_span[(x.start, x.end)] = a
                    self.actors.remove(other)
                elif other is None and not self.by_span_overlap(s, e):
                    a.mentions.append(Mention(s, e, self.text[s:e]))
                    self.by_span[(s, e)] = a

    def resolve_pronoun(self, pos: int, gender: str | None, blocked):
        """The last named person before ``pos`` outside quoted text, agreeing in gender when known."""
        cands = [(m, a) for m, a in self.persons if m.end <= pos and not any(s <= m.start < e for s, e in blocked)]
        subject = self._previous_subject(pos, gender, cands)
        if subject is not None:
            return subject
        for m, a in reversed(cands):
            if gender in (None, "plur") or a.gender in (None, gender):
                return a
        return None  # a "она" with no woman named before: better no speaker than a wrong one

    def _previous_subject(self, pos: int, gender: str | None, cands):
        """A pronoun opening a sentence after one whose subject is a person and whose last person named is its
        object ("Директор Павел Пивоваров поблагодарил Калинина за работу. Он подчеркнул …"): the subject goes on
        (the subject of one sentence is the likeliest antecedent of the next one's subject pronoun). Only when no
        person is named earlier in the pronoun's own sentence and the subject agrees in gender; else None."""
        ss, _ = self.sentence(pos)
        k = next((i for i, (a, _) in enumerate(self.sents) if a == ss), 0)
        if k == 0 or self.text[ss:pos].strip() or "\n" in self.text[self.sents[k - 1][1]:ss] or \
                any(ss <= m.start for m, _ in cands):
            return None  # (the pronoun opens its sentence, right after the one before in the same paragraph)
        ps, pe = self.sents[k - 1]
        inside = [(m, a) for m, a in cands if ps <= m.start < pe]
        if len({id(a) for _, a in inside}) < 2:
            return None
        for m, a in inside:
            t = self.tok_at_start.get(m.start)
            if t is None:
                continue
            head = self.toks[t.head] if t.rel in ("appos", "flat:name", "flat") and t.head is not None and \
                t.head >= 0 else None
            if (t.rel.startswith("nsubj") or head is not None and head.rel.startswith("nsubj")) and \
                    (gender in (None, "plur") or a.gender in (None, gender)):
                return a if a is not inside[-1][1] else None
        return None

    def described_person(self, start, end, cue, blocked, before_pos, role_only: bool = False) -> Ref | None:
        """"— сказала глава ЦБ": a title standing for a person named before (the one with that role first, else
        the last one named, agreeing with the cue verb's gender; ``role_only``: only the one with that role)."""
        k = bisect_left(self.nat_starts, start)
        for t in self.toks[k:]:
            if t.start >= end:
                break
            j = self._title_at(t.i)
            lem = self._lemma(self.toks[t.i])
            base = lem[4:] if lem.startswith("экс-") else lem  # ("экс-чиновник": a former one is one, r16)
            if j is None and t.pos in ("NOUN", "PROPN") and (lem in person_nouns() or t.text.lower() in person_nouns()
                                                             or base != lem and base in person_nouns() or
                                                             self._calling_of_someone(t, lem, before_pos)):
                # ("Сам обвиняемый заявил": a participle used as a noun, lemmatised to its verb, "обвинять")
                if any(self.toks[c].dep in ("acl", "acl:relcl") or self.toks[c].dep == "nmod" and any(
                        self.toks[g].dep == "case" for g in self.toks[c].children) for c in t.children):
                    continue  # "Мужчина, видевший нападение", "Женщина из соседнего дома": someone described anew,
                    # not the one named before (review r16: the witness had become the man arrested); a genitive
                    # complement is the calling's own ("ветеран футбола", "главный тренер сборной")
                j = t.i  # "— сказал протоиерей", "супруга убеждена" ("Серб заявил": the tagger's PROPN at a start)
            if j is None or j != t.i and self.toks[j].start < start or t.dep.startswith("nsubj") and \
                    self.toks[t.head].dep.startswith("acl") or addressed(self.toks, j):  # (ru_addressee.py:
                # "Министру Петрову сообщили, что …", "в беседе с корреспондентом": not who told them, r24, r29)
                continue  # (the subject of a relative clause: "жители, с которыми поговорил корреспондент, говорят")
            if (t.text.lower() in _kinship() or lem in ("супруг", "супруга")) and \
                    (t.feats or {}).get("Number") != "Plur" and (rel := relative_named(self, t, blocked)) is not False:
                return rel  # ("Ее муж признался": her husband, named with her family name; ru_family.py, r21)
            first = self.toks[j]  # (a two-word title whose last word is no title: "Исполняющий обязанности", its
            role_only = role_only or j != t.i and lem not in self.rr.titles  # object plural; only its holder, never
            # the last one named, as "Главный редактор" may be; rufix35)
            if (first.feats or {}).get("Number") == "Plur" or plural_calling(t.text, cue.group() if cue else None):
                return None  # ("Эксперты считают", "Синоптики предупредили": many, not one named before)
            gender = _cue_gender(cue.group()) if cue is not None else None
            if gender in (None, "plur") and (t.feats or {}).get("Number") == "Sing":
                g = (t.feats or {}).get("Gender")  # "супруга"; a masculine title names a woman too ("по словам
                if g == "Fem" or g == "Masc" and t.text.lower() in _kinship():  # дипломата" of Захарова)
                    gender = "fem" if g == "Fem" else "masc"
            cands = [(m, a) for m, a in self.persons if m.end <= before_pos and not other_title(lem, a.role) and
                     not level_conflict(lem, a.role) and  # (r30: "Мэр Тотьмы" no "глава региона", ru_levels.py)
                     not any(s <= m.start < e for s, e in blocked)]  # (r23: not one of another office)
            kept, kept_from = not_the_owner(self, t, lem, cands), cands  # ("Заместитель мэра": not the mayor,
            # ru_owned.py, r33)
            for_head = len(kept) < len(cands) and t.i + 1 < len(self.toks) and self.toks[t.i + 1].text[:1].isupper()
            cands = kept  # (for_head: "Представитель Кремля" without the president, one named before speaks, r35)
            if for_head:
                cands = self._of_the_body(t, lem, cands, [x for x in kept_from if x not in cands])
                if not cands:
                    return None
            with_role = [x for x in cands if holds_title(lem, x[1].role)]
            nxt = self.toks[t.i + 1] if t.i + 1 < len(self.toks) and self.toks[t.i + 1].start < end else None
            if nxt is not None and nxt.pos == "NOUN" and (nxt.feats or {}).get("Case") == "Gen":
                # "глава региона": the one whose role heads a region, not "глава министерства" (its complement too)
                c = self._lemma(nxt)
                with_role = [x for x in with_role if c in _normal_forms(x[1].role) or complement_fits(c, x[1].role)]
                if nxt.text.islower():  # ("Директор школы" is not the director of a works named before, r31)
                    cands = [x for x in cands if not other_complement(lem, c, nxt.text, x[1].role)]
                    with_role = with_role or [x for x in cands if heads_level(lem, c, x[1].role)]  # ("глава региона":
                    # the governor, ru_complements.py)
            stems = _nationality_stems(self._lemma(self.toks[t.i - 1])) if t.i > 0 else ()
            of_country = [x for x in cands if x[1].role and any(st in x[1].role.lower() for st in stems)]
            if of_country:  # "французский лидер": the one whose role names France (with a name there, only
                # one with that title: "японский эксперт … Акихиро Ивасита" is no one named before)
                with_role = [x for x in of_country if holds_title(lem, x[1].role)] or ([] if role_only else of_country)
            elif stems:  # "Китайский министр добавил": not Lavrov, whose role names Russia (r22)
                cands = [x for x in cands if not of_another_state(x[1].role, stems)]
                with_role = [x for x in with_role if x in cands]
            e_title = self._title_phrase_end(t.i, end)
            comp = [x.text for x in self.toks[t.i + 1:t.i + 5] if x.start < e_title]
            named = any(w[:1].isupper() for w in comp) and not any(t.end <= m.start < e_title for m, _ in self.persons)
            # (a body named, not a person: "Помощник Анны Климовой" is hers, read by the role_only path)
            if named and (holder := holder_named_after(self, e_title, end)) is not None:
                return holder  # ("Глава МИД Республики Корея Чо Тхэ Ёль": a name the tagger missed, r20)
            if named and with_role:  # "губернатор Краснодарского края": not the governor of another region
                with_role = [x for x in with_role if office_fits(comp, x[1].role) or
                             not any(w[:1].isupper() for w in x[1].role.split()[1:])]
            if named and not with_role:  # "пресс-службы губернатора Свердловской области", "глава ЦБ" (a body by
                # its name; "глава ведомства", "глава региона" are the body just discussed): the holder of that
                # office, not the last one named whose role names another body
                with_role = [x for x in cands if office_fits(comp, x[1].role)]
                cands = with_role or [x for x in cands if not office_conflicts(comp, x[1].role)]
                if not with_role and t.dep == "nmod" and t.head is not None and 0 <= t.head and self._lemma(
                        self.toks[t.head]) in rules.wordset("ru", "institutions"):
                    return None  # (a press service speaking for an office no one named holds)
            elif comp and not with_role:  # "глава региона" after "губернатор региона X": the same words
                with_role = [x for x in cands if office_fits(comp, x[1].role, exact=True) and
                             _normal_forms(x[1].role.split()[0]) != _normal_forms(comp[0])]  # (r20: "Заместитель
                # директора" is not the director)
            if not with_role and j == t.i:  # a calling, no title: the one introduced with it ("адвокат X", r22)
                with_role = introduced_as(self, lem, cands)
            if not with_role and t.dep == "nmod" and 0 <= t.head and \
                    self._lemma(self.toks[t.head]) in rules.wordset("ru", "institutions"):
                return None  # ("пресс-служба губернатора сообщила": the service's gender, no holder named, r24)
            with_role = the_other(self, self.toks[j], with_role)  # ("Другой замминистра сообщил", r22)
            with_role = by_tenure(self, t.i, with_role)  # ("Бывший губернатор" and "Губернатор", ru_tenure.py, r30)
            if role_only and not with_role or not with_role and not for_head and \
                    lem in rules.wordset("ru", "members") and (any(
                    self._kind_before_name(self.text[t.end:x.start]) for x, _ in self.mentions_in(t.end, t.end + 60,
                                                                                                  ("ORG",)))
                    or comp and (not _normal_forms(" ".join(comp)) & rules.wordset("ru", "body_anaphors") or any(
                        (x.feats or {}).get("Number") == "Plur" for x in self.toks[t.i + 1:t.i + 1 + len(comp)]))):
                return None  # ("Представитель ОАО «РЖД» сообщил", "Представитель нефтяных компаний", r20: one of
                # many of a body named there, not one named before; "глава Минсвязи" is one, the head named before)
            subj = None if with_role else self._previous_subject(self.toks[j].start, gender, cands)  # (r20: "Си …
            # провел переговоры с Путиным. Председатель КНР заявил": the subject goes on, as for a pronoun)
            pick = (with_role or [])[-1:] or [x for x in cands if x[1] is subj][-1:] or [
                x for x in cands if gender in (None, "plur") or x[1].gender in (None, gender)][-1:]
            if pick:
                a = pick[0][1]
                s0 = self.toks[j].start
                e0 = self._title_phrase_end(t.i, end)
                self.add_mention(a, s0, e0)
                return self.ref(a, s0, e0)
            return None
        return None

    @staticmethod
    def _kind_before_name(between: str) -> bool:
        """Only quote marks, or a body's kind and quote marks, between a member noun and an organisation's name
        ("Представитель «Холидея»", "Представитель компании «Холидей»": one of that body, r31)."""
        words = between.replace("«", " ").replace("„", " ").replace('"', " ").split()
        return not words or len(words) == 1 and bool(_normal_forms(words[0]) & (
            rules.wordset("ru", "institutions") | rules.wordset("ru", "body_anaphors")))

    def _calling_of_someone(self, t, lem: str, before_pos: int) -> bool:
        """A singular animate noun the text introduced a person with, right before their name ("российскому летчику
        Константину Ярошенко" … "Сам летчик признал"): a calling of that person, as a listed one is (r30)."""
        feats = t.feats or {}
        if feats.get("Animacy") != "Anim" or feats.get("Number") != "Sing" or t.text[:1].isupper() and t.i > 0 and \
                self.text[self.toks[t.i - 1].end:t.start].strip() == "" or \
                any(self.toks[c].dep.startswith(("nummod", "amod", "det")) and self._lemma(self.toks[c]) != "сам" or
                    self.toks[c].pos == "NUM" for c in t.children):
            return False  # (a capitalised noun inside a sentence is a name's part; "Оба кандидата" are two; "Другой
            # турист", "Ещё один турист" someone else: bare or "Сам X" only, review r30 6)
        return bool(introduced_as(self, lem, [(m, a) for m, a in self.persons if m.end <= before_pos]))

    def _of_the_body(self, t, lem: str, cands: list, heads: list) -> list:
        """ "Представитель Кремля" once its head (``heads``, the president) left the candidates (r35): one introduced
        with a role of that body ("пресс-секретарь президента", "представитель Кремля Иван Петров"), else one named
        with no role -- though when the representative denies (words.tsv ``denial_words``: "назвал это выдумкой"), not
        one who spoke of the head in his own sentence ("Андрей Бурцев написал, что президент уйдет в отставку": the
        claim the body answers, not its representative; review35a) -- else no one: the role as written."""
        body = self._lemma(self.toks[t.i + 1])
        with_role = [x for x in cands if holds_title(lem, x[1].role) or any(
            heads_body(body, " ".join(ws[k:])) for ws in [(x[1].role or "").split()] for k in range(1, len(ws)))]
        if with_role:
            return with_role
        owners = {id(a) for _, a in heads}
        s, e = self.sentence(t.start)
        denies = any(self._lemma(u) in rules.wordset("ru", "denial_words") for u in self.toks if s <= u.start < e)
        return [(m, a) for m, a in cands if not a.role and not (denies and any(
            id(b) in owners and m.end <= y.start < self.sentence(m.start)[1] for y, b in self.persons))]

    def _title_phrase_end(self, i: int, limit: int) -> int:
        """The end of a title with its genitive complements ("глава ЦБ", "генсек ООН")."""
        e = self.toks[i].end
        for t in self.toks[i + 1:i + 5]:
            if t.start >= limit or t.pos not in ("NOUN", "PROPN", "ADJ"):
                break
            nat = self.nat_at.get((t.start, t.end))
            if nat is None or (nat.feats or {}).get("Case") != "Gen":
                break
            e = t.end
        cut = [m.end for m, _ in self.mentions_in(max(0, e - 80), limit, ("ORG", "GPE")) if m.start < e < m.end]
        return max(cut, default=e)  # (a body's name the parse cut: "глава МИД Республики Корея", r20)

    def unnamed_person(self, i: int) -> Ref | None:
        """A person the NER model missed: a capitalised, animate proper noun (with the proper nouns of its name)
        that is the subject of a speech verb or stands before "Name: «...»"."""
        t = self.toks[i]
        nat = self.nat_at.get((t.start, t.end))
        if nat is None or t.pos != "PROPN" or not t.text[:1].isupper() or \
                (nat.feats or {}).get("Animacy") != "Anim" or self.by_span_overlap(t.start, t.end) or \
                self._is_title_word(nat) or self.lang == "ru" and not_a_name(t.text) and not surname_seen(self, t) or \
                self._lemma(t) in person_nouns() or self._lemma(t).removeprefix("экс-") in person_nouns():
            return None  # (a title opening a sentence, "Премьер-министр заявил", an adjective, "Последняя
            # обвиняет", or a calling or a people, "Серб заявил", is no name)
        name_toks = name_parts(self.toks, self.text, i)  # (with an apposed surname: ru_name_parts.py, r29)
        s, e = min(self.toks[k].start for k in name_toks), max(self.toks[k].end for k in name_toks)
        if self.by_span_overlap(s, e) or e - s > 60 or "\n" in self.text[s:e]:
            return None
        words = [self._lemma(self.toks[k]) for k in sorted(name_toks)]
        normal = " ".join(w[:1].upper() + w[1:] for w in words)
        orgs = [a for a in self.actors if a.type == "ORG" and abbreviates(normal, a.name)]
        if len(orgs) == 1:  # "Нацфронт" for "Национальный фронт": an organisation's short form, not a person
            self.add_mention(orgs[0], s, e)
            return self.ref(orgs[0], s, e)
        surname, seen = words[-1], self.text[s:e].lower().split()[-1]
        a = next((x for m, x in self.persons if x.name.lower().split()[-1] == surname), None) or next(
            (x for m, x in self.persons if x.name.lower().split()[-1] == seen
             or declined_in_a(x.name.lower().split()[-1], seen)), None)  # "Кулеба": not "Кулеб"
        firsts = {id(x): x for m, x in self.persons if len(words) == 1 and x.name.lower().split()[0] == surname
                  and len(x.name.split()) >= 2}  # "архиепископ Лонгин" after "Лонгин Клинский": the one so named
        a = a or (next(iter(firsts.values())) if len(firsts) == 1 else None)
        if a is None:
            a = self.new_actor(normal, "PERSON", (None, surname), f"tmp-new{len(self.actors)}")
        self.add_mention(a, s, e)
        self.persons.append((Mention(s, e, self.text[s:e]), a))
        self.persons.sort(key=lambda x: x[0].start)
        self.by_span[(s, e)] = a
        return self.ref(a, s, e)


def full_name(lang: str, name: str) -> str | None:
    """The full name of an organisation named by a fixed compound short form (one word, any case), else None."""
    table = org_short_forms(lang)
    if not table or len(name.split()) != 1:
        return None
    from ..names import _morph
    w = name.lower().replace("ё", "е")
    if w in table:
        return table[w]
    return next((table[n] for p in _morph().parse(w) if (n := p.normal_form.replace("ё", "е")) in table), None)
