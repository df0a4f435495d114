"""Actors of Russian and Ukrainian documents over natasha's analysis (the "ru" entities reader of the language
table).

natasha's PER / ORG / LOC spans become PERSON / ORG / GPE actors; outlets of the curated list
(``lang/<code>/outlets.tsv``, inflected forms listed) become MEDIA. Person mentions are clustered by surname (and
first name when both are given): "Путина", "Путин", "Владимир Путин" are one actor named by the longest normalised
form, "Владимир Путин". A title before a name ("Президент России Владимир Путин") or in apposition after it
("Дмитрий Песков, пресс-секретарь президента,") gives the role, its title word in dictionary form ("президент
России"); titles are data (``titles.txt``). Pronouns and role descriptions are resolved when a quote's attribution
needs them (coref/ru.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ...record import Entity, Mention, Ref
from .. import outlets as outlet_list
from .. import rules
from ..coref.ru_family import shared_surname, ukrainian_case_form
from ..coref.ru import (RuCoref, declined_in_a, function_word, initial_of, name_and_patronymic, not_a_name,
                        person_nouns, surname_variant)
from ..doc import Tok
from .ru_forms import feminine_case_form, masculine_case_form, oblique_surname, same_given
from .ru_gender import feminine_by_adjective, feminine_given, person_gender
from .ru_names import (_OPENERS, _SECTION, _joined_in_marks, _regional_branches, inanimate_word, is_vehicle,
                       marked_companies, place_nominative, plural_place, syllabic_names, vehicle_names,
                       without_legal_form)
from .ru_org_states import with_states
from .ru_outlets import unlisted_outlets
from .ru_phrase import org_nominative
from .ru_roles import RuRoles
from .ru_span_edges import (_INITIALS_GLUED, _INITIALS_ONLY, TYPES, abbreviated, brand_name, brand_words,
                            declined_foreign, declined_name, glossed, trim)
from .ru_rules import RuRules, _belief_forms, _verb_forms, _words_rx, ru_rules  # noqa: F401 (re-exported)
from .uk_names import with_given_names



@dataclass
class _Actor:
    name: str
    type: str
    mentions: list = field(default_factory=list)  # Mention
    role: str | None = None
    gender: str | None = None
    key: tuple = ()
    id: str = ""

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)



class RuActors(RuRoles, RuCoref):
    """The actors of one Russian or Ukrainian document (the working set ``scratch.actors``): natasha's spans,
    outlets, clusters, roles; the mention look-ups the quotes use."""

    def __init__(self, view):
        text, doc = view.text, view.natasha
        self.text, self.doc, self.lang = text, doc, view.lang
        self.lemmas = view.row.lemmas  # natasha's (Russian) lemmatiser applies
        self.rr = ru_rules(self.lang)
        self.toks: list[Tok] = view.tokens
        self.nat = [t.nat for t in self.toks]
        self.tok_at_start = {t.start: t for t in self.toks}
        self.nat_at = {(t.start, t.stop): t for t in self.nat}
        self.nat_starts = [t.start for t in self.nat]
        # natasha's sentences, cut at line breaks (a title line has no full stop), joined again where the cut falls
        # inside a short name in quote marks ("Как сообщает «Украинская правда. Спорт», …": _joined_in_marks)
        self.sents = _joined_in_marks(text, view.sentences)
        self.actors: list[_Actor] = []
        self.persons: list[tuple[Mention, _Actor]] = []  # named person mentions, text order
        self.by_span: dict[tuple[int, int], _Actor] = {}
        self.named_outlet_spans: frozenset[tuple[int, int]] = frozenset()  # outlets named in marks (_named_outlets)
        self.abbr: dict[str, tuple[str, str, str]] = {}  # abbreviation -> (type, key name, name) of what it abbreviates
        self.glosses: dict[int, tuple[int, int]] = {}  # a person span's end -> its Latin original in brackets

    def nat_between(self, start: int, end: int) -> list:
        """natasha's tokens lying inside [start, end)."""
        out = []
        for k in range(bisect_left(self.nat_starts, start), len(self.nat)):
            t = self.nat[k]
            if t.start >= end:
                break
            if t.stop <= end:
                out.append(t)
        return out

    def read(self) -> None:
        """natasha's spans and the curated outlets as actors: persons clustered, genders and roles."""
        taken = self._outlets()
        spans = self._spans(taken)
        spans = sorted(spans + marked_companies(self, spans + [(s, e) for s, e in taken]))  # (r22)
        spans = syllabic_names(self, spans)  # ("Ван И", "Линь Цзяня": r22)
        self._persons(spans)
        self._others(spans)
        self._surname_mentions()
        with_states(self)  # ("Центральный банк России": the state in the body's name, ru_org_states.py, r30)
        self._finish()

    def _outlets(self) -> list[tuple[int, int]]:
        text = self.text
        outs = outlet_list.find(text, self.lang)
        media: dict[str, _Actor] = {}
        taken: list[tuple[int, int]] = []
        for o in outs:
            sm = _SECTION.match(text, o.end) if o.start and text[o.start - 1] in _OPENERS else None
            if sm:  # "«Украинская правда. Жизнь»", "«Новой газеты. Европа»": a section or an edition of the outlet
                o = type(o)(o.start, sm.end(1), text[o.start:sm.end(1)], f"{o.name}. {sm.group(1)}", o.country,
                            o.kind)
            a = media.get(o.name)
            if a is None:
                a = media[o.name] = _Actor(o.name, "MEDIA")
                self.actors.append(a)
            m = Mention(o.start, o.end, o.text)
            a.mentions.append(m)
            self.by_span[(o.start, o.end)] = a
            taken.append((o.start, o.end))
        return taken + unlisted_outlets(self, media, taken, _Actor)

    def _spans(self, taken):
        """natasha's NER spans, trimmed and repaired: (start, end, type, normal form)."""
        text = self.text
        try:
            places = rules.mapping(self.lang, "places")
        except rules.RuleFileError:
            places = {}
        spans = []
        vehicles = vehicle_names(self)
        full_names = {w.lower()[:4] for sp in self.doc.spans if sp.type == "PER" for w in sp.text.split()[1:]}
        for sp in self.doc.spans:
            s, e = trim(text, sp.start, sp.stop)
            if e <= s or any(s < te and ts < e for ts, te in taken):
                continue
            if vehicles and is_vehicle(text[s:e], vehicles):
                continue  # "шаттл «Дискавери»", "экипаж «Индевора»": a vehicle, no actor
            typ, normal = sp.type, (sp.normal or text[s:e]).strip()
            cut = re.search(r"\n|\s{2,}|[»\"”]\s*\((?=[A-Z])", text[s:e])  # (or a bracketed original after it)
            if cut:  # a name never runs over a line break ("Андрей Рудьков\nАккаунт")
                s, e = trim(text, s, s + cut.start())
                normal = " ".join(normal.split()[:len(text[s:e].split())])
                if e <= s or not normal:
                    continue
            if any(gs <= s and e <= ge for gs, ge in self.glosses.values()):
                continue  # the Latin original of the name before it: a mention of that person (``glossed``)
            if typ == "PER":
                s, e, normal = glossed(self, s, e, normal)
                if e <= s or not normal:
                    continue
            inside = self.nat_between(s, e)
            if any(t.pos in ("VERB", "AUX") or self.rr.cue.fullmatch(t.text) for t in inside):
                continue  # a headline taken for a name: "Зеленський відповів Путіну"
            if typ == "PER" and any(t.text[:1].islower() and len(t.text) > 3 for t in inside):
                continue  # names are capitalised ("де", "фон" aside)
            if len(inside) == 1 and self.lang == "ru" and function_word(inside[0].text):
                continue  # a capitalised adverb or pronoun opening a sentence ("Ранее", "Тогда")
            if typ == "PER" and inside and all(self._is_title_word(t) or t.pos == "ADJ" or
                                               self.lang == "ru" and not_a_name(t.text) for t in inside):
                continue  # a title or a description opening a sentence ("Министр выразил …", "Последняя обвиняет")
            if typ == "PER" and len(inside) == 1 and inside[0].start in self.tok_at_start and \
                    self._lemma(self.tok_at_start[inside[0].start]).removeprefix("экс-") in person_nouns():
                continue  # a calling or a people opening a sentence ("Серб заявил", "Форвард признался")
            if typ == "PER" and _INITIALS_ONLY.fullmatch(text[s:e]):
                continue  # "В.Л.": initials alone name no one the text can tell
            if typ == "PER":  # "В.Л.Семенов" is "В.Л. Семенов" (one person, whichever way the initials are spaced)
                normal = _INITIALS_GLUED.sub(lambda m: m.group(1).replace(" ", "") + " ", normal)
            if typ == "PER" and brand_name(text[s:e], self.lang) and \
                    (len(inside) > 1 or text[s:e].lower()[:4] not in full_names):
                typ, normal = "ORG", text[s:e]  # "МакЛарен-Мерседес": a team, no person; but "Уильямс" after
                # "Серена Уильямс" is her (a surname the text gives a person in full: review r15)
            if typ == "PER" and len(inside) == 1 and inanimate_word(text[s:e]) and \
                    text[s:e].lower()[:4] not in full_names:  # "Царицыно", "Рыбнадзора": a place or a body of the
                typ = inanimate_word(text[s:e])  # dictionary names no person (unless a full name holds the word)
                normal = self._lemma(self.tok_at_start[s]).capitalize() if s in self.tok_at_start else normal
            if typ == "PER":
                s, normal = self._person_span(inside, s, e, normal, places, spans)
            if typ == "PER" and len(inside) >= 2 and len(normal.split()) == len(inside):
                normal = self._nominative_surname(inside, normal)  # "Иваном Сомовым": "Иван Сомов"
            if typ == "PER":
                normal = self._as_written(inside, normal)  # "Шольцем" is the text's "Шольц", not "Шолец"
                normal = self._nominative_feminine(inside, normal)  # "выступили Петров и Э. Чернова"
                normal = feminine_given(inside[0].text if inside else "", normal)  # ("Ярослава Морозова", r31)
            if typ == "PER" and len(inside) == 1 and normal == text[s:e] and self.lemmas and \
                    (inside[0].feats or {}).get("Case") not in (None, "Nom"):
                lem = self._lemma(self.toks[self.tok_at_start[inside[0].start].i]) \
                    if inside[0].start in self.tok_at_start else normal.lower()  # natasha left it inflected: its
                normal = oblique_surname(text[s:e], lem, inside[0]) or lem[:1].upper() + lem[1:]  # lemma; Лапина: Лапин
            if typ == "LOC":
                normal = place_nominative(plural_place(text[s:e], normal))  # "Южных Курилах", "Элисте"
            place = places.get(text[s:e].lower())
            if place:
                typ, normal = "LOC", place
            if typ == "ORG" and self.lemmas:  # the name inflected as a phrase (ru_phrase.py)
                s, normal = org_nominative(self.nat_between(s, e), text, s, normal)
            if typ != "PER":
                s, e, normal = abbreviated(self, s, e, typ, normal)
            spans.append((s, e, typ, normal))
        spans.sort()
        return _regional_branches(text, with_given_names(text, self.lang, spans))  # ("Сергій Марченко")

    def _persons(self, spans) -> None:
        """Person mentions clustered: full names first so that single surnames join them."""
        text = self.text
        people: dict[tuple, _Actor] = {}
        pers = shared_surname(text, [x for x in spans if x[2] == "PER"])  # ("Анна и Олег Ковальчук", r21)
        for s, e, _, normal in sorted(pers, key=lambda x: (-len(x[3].split()), x[0])):
            words = [w.lower() for w in normal.split()]
            a = None
            if len(words) >= 2:
                key = (words[0], words[-1])
                a = people.get(key)
                if a is None:  # (a surname with its particle, "бин Салман", is the full name's: r22)
                    same = [p for k, p in people.items() if k[1] == words[-1] and (k[0] is None or text[s].islower())]
                    a = same[0] if len({id(p) for p in same}) == 1 else None
                if a is None:  # "А. Кудрин" beside "Алексей Кудрин": an initial and the name it stands for
                    fits = {id(p): p for k, p in people.items()
                            if k[1] == words[-1] and k[0] and initial_of(k[0], words[0])}
                    a = next(iter(fits.values())) if len(fits) == 1 else None
                a = a or name_and_patronymic(people.values(), words)  # ("Нина Степановна": Горелова's)
                a = a or next((p for k, p in people.items() if k[1] == words[-1] and k[0] and
                               same_given(k[0], words[0])), None)  # "Сэйдзи Маэхара" after "Сейдзи Маэхара"
                a = a or next((p for k, p in people.items() if k[0] and k[1] and
                               ukrainian_case_form((k[0], k[1]), words)), None)  # "Андрія Єрмака" (r21)
                a = a or next((p for k, p in people.items() if k[0] and
                               declined_name(p.name.lower().split(), words)), None)  # ("Чо Тхэ Юля", r31)
            else:
                w, seen = words[0], text[s:e].lower()
                cands = [p for k, p in people.items() if k[1] == w] or \
                        [p for k, p in people.items() if k[1] == seen] or \
                        [p for k, p in people.items() if k[0] == w or k[1] and surname_variant(k[1], w)] or \
                        [p for k, p in people.items() if k[1] and (declined_foreign(k[1], w) or declined_in_a(
                            k[1], seen) or feminine_case_form(k[1], seen) or masculine_case_form(  # ("Крылову": Вера
                            k[1], seen, self.tok_at_start.get(s)))]  # Крылова's, r23; "Лапина": Лапин's, r27)
                if len({id(c) for c in cands}) == 1:
                    a = cands[0]
                key = (None, w)
            if a is None:
                a = _Actor(normal, "PERSON", key=key)
                self.actors.append(a)
            people.setdefault(key, a)
            if ukrainian_case_form(tuple(a.name.lower().split()), words):  # (r21) a Ukrainian name's case forms:
                a.name = min(a.name, normal, key=len)  # the nominative is the shorter ("Єрмак", not "Єрмака")
            elif len(normal.split()) > len(a.name.split()) or (
                    len(normal.split()) == len(a.name.split()) and len(normal) > len(a.name) and len(words) > 1):
                a.name = normal
            m = Mention(s, e, text[s:e])
            a.mentions.append(m)
            self.by_span[(s, e)] = a
            if e in self.glosses:  # "Эрик Хольм (Erik Holm)": the original names the same person
                gs, ge = self.glosses[e]
                a.mentions.append(Mention(gs, ge, text[gs:ge]))
                self.by_span[(gs, ge)] = a

    def _others(self, spans) -> None:
        text = self.text
        others: dict[tuple, _Actor] = {}
        for s, e, typ, normal in spans:
            if typ == "PER":
                continue
            typ = TYPES.get(typ, typ)
            normal = without_legal_form(normal) if typ == "ORG" else normal  # ("ПАО «Северсталь»": "Северсталь")
            key = (typ, normal.lower())
            full = self.abbr.get(normal.lower())
            if full is not None and full[:2] in others:  # "ОБСЕ" after "Организация … в Европе (ОБСЕ)"
                key = full[:2]
                typ = key[0]
            a = others.get(key)
            if a is None:
                a = others[key] = _Actor(normal, typ, key=key)
                self.actors.append(a)
            a.mentions.append(Mention(s, e, text[s:e]))
            self.by_span[(s, e)] = a
        self._short_forms()

    def _finish(self) -> None:
        """Genders (by the morphology of the mentions), the persons in text order, roles from titles."""
        for a in self.actors:
            a.mentions.sort(key=lambda m: m.start)
            if a.type == "PERSON":
                a.gender = person_gender(self, a)  # (ru_gender.py)
                self.persons.extend((m, a) for m in a.mentions)
        self.persons.sort(key=lambda x: x[0].start)
        for m, a in self.persons:
            if a.role is None:
                a.role = self._role_before(m) or self._role_after(m)

    def _nominative_feminine(self, inside, normal: str) -> str:
        """A surname in -ова/-ева/-ина/-ына is a woman's in the nominative and a man's in the genitive: where the
        name is a subject (or joined to one: "выступили Игорь Петров и Э. Чернова") it is the nominative, so the
        woman's, as written, whatever the tagger's case for the word (natasha reads "Чернова" there as "Чернов")."""
        words = normal.split()
        last = inside[-1].text if inside else ""
        if not words or not re.search(r"(?:[оеё]в|[иы]н)[ау]$", last) or words[-1] != last[:-1]:
            return normal
        t = self.tok_at_start.get(inside[0].start)
        if t is None or last.endswith("у"):
            return feminine_by_adjective(self.toks, t, last, normal)  # ("52-летнюю Иванову": hers, r23)
        head = self.toks[t.head] if t.dep == "conj" and t.head != t.i else None
        if t.dep.startswith("nsubj") or head is not None and head.dep.startswith("nsubj"):
            return " ".join(words[:-1] + [last])
        return normal

    def _person_span(self, inside, s, e, normal, places, spans):
        """A PER span that starts with a place or a word in another case: the place becomes a LOC span, the name
        starts after it. Returns (start, normal form); ``inside`` (natasha's tokens) loses the dropped words."""
        text = self.text
        brands = brand_words(self.lang)
        while len(inside) > 1 and inside[0].text.lower() in brands:  # "Феррари Шарль Леклер": the team before him
            dropped = inside.pop(0)
            spans.append((dropped.start, dropped.stop, "ORG", dropped.text))
            s = inside[0].start
            normal = " ".join(normal.split()[1:]) or normal
        while len(inside) > 1 and inside[0].text.lower() in places:  # "України Володимир Зеленський"
            dropped = inside.pop(0)
            spans.append((dropped.start, dropped.stop, "LOC", places[dropped.text.lower()]))
            s = inside[0].start
            normal = " ".join(normal.split()[1:]) or normal
        # a name's words share their case: "України Володимир Зеленський" starts with a stray genitive
        case = lambda t: (t.feats or {}).get("Case")  # noqa: E731
        while len(inside) > 1 and case(inside[0]) and case(inside[-1]) and case(inside[0]) != case(inside[-1]) and \
                not re.fullmatch(r"[А-ЯЁA-Z]", inside[0].text):  # (an initial has no case: "Э. Чернова")
            dropped = inside.pop(0)
            rest = text[dropped.stop:e].lstrip()
            s = e - len(rest)
            nw = normal.split()
            normal = " ".join(nw[1:]) if len(nw) > 1 else normal
            pl = places.get(dropped.text.lower())
            if pl:
                spans.append((dropped.start, dropped.stop, "LOC", pl))
        return s, normal

    def _lemma(self, tok) -> str:
        nat = self.nat_at.get((tok.start, tok.end))
        if nat is None or not self.lemmas:
            return tok.text.lower()
        from ..nlp import russian
        vocab = russian().morph_vocab  # outside the catch: a broken model fails the document, never all lemmas
        try:
            return vocab.lemmatize(nat.text, nat.pos, nat.feats or {}).lower()
        except Exception:  # pymorphy can fail on odd tokens; the surface form is then the best we have
            return tok.text.lower()

    def _person_at(self, pos: int) -> _Actor | None:
        for m, a in self.persons:
            if m.start <= pos < m.end:
                return a
        return None

    # ---- helpers for quotes ----

    def sentence(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return pos, pos

    def mentions_in(self, start: int, end: int, types=("PERSON",)) -> list[tuple[Mention, _Actor]]:
        out = []
        for a in self.actors:
            if a.type not in types:
                continue
            out.extend((m, a) for m in a.mentions if m.start >= start and m.end <= end)
        return sorted(out, key=lambda x: x[0].start)

    def ref(self, a: _Actor, s: int, e: int) -> Ref:
        return Ref(a.id, a.name, Mention(s, e, self.text[s:e]))

    def new_actor(self, name: str, typ: str, key: tuple, id: str) -> _Actor:
        a = _Actor(name, typ, key=key, id=id)
        self.actors.append(a)
        return a

    def publish(self, quotes=None) -> list[Entity]:
        """The entities in order of first mention (ids e1, e2, ...); ``quotes``' references are renumbered. Without
        quotes (None), the working ids stay: the quotes, made later, refer to them."""
        order = sorted(self.actors, key=lambda a: a.first)
        new_ids = {a.id: f"e{k}" for k, a in enumerate(order, 1)}
        if quotes is not None:
            self.actors = order
            for a in self.actors:
                a.id = new_ids[a.id]
            for q in quotes:
                for r in [q.speaker, *(q.speakers or []), *q.reported_by]:  # (every speaker: review r20)
                    if r is not None and r.entity in new_ids:
                        r.entity = new_ids[r.entity]
        return [Entity(new_ids.get(a.id, a.id), a.name, a.type, role=a.role, mentions=a.mentions,
                       aliases=sorted({m.text for m in a.mentions if m.text != a.name and
                                       m.text.lower() not in self.rr.pronouns}))
                for a in order]

    def by_span_overlap(self, s: int, e: int) -> bool:
        return any(s < be and bs < e for bs, be in self.by_span)

    def add_mention(self, a: _Actor, s: int, e: int) -> None:
        if not any(m.start == s for m in a.mentions):
            a.mentions.append(Mention(s, e, self.text[s:e]))
            a.mentions.sort(key=lambda m: m.start)


def read(view) -> RuActors:
    """The actors of a Russian or Ukrainian document view (working ids tmp1, tmp2, ... until published)."""
    an = RuActors(view)
    an.read()
    for k, a in enumerate(an.actors, 1):
        a.id = f"tmp{k}"  # final ids follow the order of first mention, once quotes have added actors
    return an
