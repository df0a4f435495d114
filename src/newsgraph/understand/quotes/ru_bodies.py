"""Bodies named again by a noun (a mixin of ``ru.RussianQuotes`` through ``ru_speakers.SpeakerLinks``, split from
ru_speakers.py in r23): "В ведомстве уточнили", "Компания сообщила", "в авиакомпании" stand for the body just named
or introduced with that noun, of that kind ("Компания" is no "Московский университет")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Ref
from .. import rules
from .ru_described_alike import alike

# body anaphors that stand only for a state body ("в ведомстве уточнили" after a ministry, not after "Газпром"), and
# how a state body's name begins (ministries, federal services and agencies, the Ros- bodies, prosecutors, mayors)
GOVERNMENT_ANAPHORS = frozenset({"ведомство", "министерство", "департамент", "управление", "администрация", "мэрия",
                                 "учреждение"})
# (r16) bodies a bare noun stands for only when their name holds it ("в решении суда" -> "Арбитражный суд …")
_OWN_NAME_ANAPHORS = frozenset({"суд", "прокуратура"})
_ANY_BODY = frozenset({"учреждение", "центр", "служба", "агентство", "фонд"})  # (generic nouns of any body)
_STATE_BODY = re.compile(r"(Мин|Рос|Федеральн|Государствен|Правительств|Администраци|Мэри|Департамент|Управлени|"
                         r"Служб|Комитет|Агентств|Ведомств|Генпрокуратур|Прокуратур|Следственн|МВД|МЧС|ФСБ|ФНС|"
                         r"ФАС|СК\b|ЦБ\b|Центробанк|Банк России|Кремл|Госдум|Совет Федерации|Минобороны)", re.I)

_STATE_WORD = re.compile(r"(?:^|\s)" + _STATE_BODY.pattern, re.I)  # (its head word after a place: "Западно-Сибирская
# транспортная прокуратура", r18)
_LEGAL_FORM_BEFORE = re.compile(r"(?:ПАО|ОАО|АО|ЗАО|ООО|НАО)\s+[«\"„“]?$")  # a company's legal form


class BodyAnaphors:
    """Over ``self.text``, ``self.an``, ``self.found`` and ``self.rr`` of ``RussianQuotes``."""

    def _name_in_marks(self, x) -> bool:
        """A mention that fills a pair of quote marks: a company's name in marks ("«Северсталь»"), not words."""
        return x.start > 0 and self.text[x.start - 1] in "«\"„“" and self.text[x.end:x.end + 1] in ("»", "\"", "“", "”")

    def _body_just_named(self, speaker: Ref, toks) -> Ref | None:
        """A generic noun of a public body, bare or with adjectives only (words.tsv ``body_anaphors``: "В ведомстве
        подчеркнули", "по данным регионального министерства", "в банке"): a definite description of the body just
        spoken of, the organisation named last in this sentence or the three before, outside quotations (one whose
        name holds that noun first: "министерство" for "Министерство обороны")."""
        m = speaker.mention
        heads = [t for t in toks if t.pos == "NOUN" and t.lemma in rules.wordset("ru", "body_anaphors")]
        if len(heads) != 1 or any(t.pos not in ("ADJ", "DET", "ADP", "PUNCT") or t.lemma.endswith("ский")
                                  for t in toks if t is not heads[0]):
            return None  # ("европейское антимонопольное ведомство": a place's body described, not one just named)
        k = next((i for i, (ss, se) in enumerate(self.an.sents) if ss <= m.start < se), 0)
        lo = self.an.sents[max(k - 3, 0)][0]
        title_end = self.text.find("\n") if "." not in self.text.split("\n", 1)[0] else -1  # (a title line)
        before = sorted(((x, a) for x, a in self.an.mentions_in(lo, m.start, ("ORG",))
                         if (not self._in_words(x.start) or self._name_in_marks(x)) and x.start > title_end and
                         not other_kind(a.name, heads[0].lemma)), key=lambda xa: xa[0].start)
        before = alike(toks, before)  # ("в оборонном ведомстве": the one whose name says so, r30)
        named = _names_for().get(heads[0].lemma)
        if named is not None:  # "В полиции уточнили": a body whose name says so ("ГУ МВД по …", r30), near, else the
            same = [(x, a) for x, a in before if named.search(a.name)]  # one such body the text named before
            far = {a.id: (x, a) for x, a in self.an.mentions_in(0, m.start, ("ORG",)) if named.search(a.name)}
            same = same or (list(far.values()) if len(far) == 1 else [])
            if not same:
                return None
            self.an.add_mention(same[-1][1], m.start, m.end)
            return self.an.ref(same[-1][1], m.start, m.end)
        places = {a.id for a in self.an.actors if a.type == "GPE"}  # ("В министерстве здравоохранения Московской
        # области пояснили": the ministry phrase, however the place inside it was linked, r23)
        phrases = [q.speaker for _, q in self.found if q.speaker is not None and q.speaker.mention is not None and
                   lo <= q.speaker.mention.start < m.start and (q.speaker.entity is None or q.speaker.entity in
                                                                places and self._institution_phrase(q.speaker.mention))
                   and (q.speaker.name[:1].isupper() or self._institution_phrase(q.speaker.mention)) and
                   not self.rr.anonymous.search(q.speaker.name) and
                   not self.an.mentions_in(q.speaker.mention.start, q.speaker.mention.end, ("PERSON",))]
        last = max(phrases, key=lambda r: r.mention.start) if phrases else None  # a body the tagger left unnamed
        if last is not None and (not before or before[-1][0].start < last.mention.start):
            name = (self.nominative_phrase(Ref(None, last.mention.text, last.mention)) or last).name
            return Ref(None, name, m)  # ("Рослесхоз сообщил …. В ведомстве уточнили …")
        if not before:
            return self._introduced_as(heads[0], m)  # ("авиакомпании «СибЛайн»" far before "В авиакомпании", r22)
        same = [(x, a) for x, a in before if _name_head(a.name).startswith(heads[0].lemma[:5])]
        if heads[0].lemma in _OWN_NAME_ANAPHORS and not same:
            return None  # ("в решении суда": a court, only one whose name says so)
        if heads[0].lemma in GOVERNMENT_ANAPHORS:  # "в ведомстве": a state body, never the company named last
            same = same or [(x, a) for x, a in before if _STATE_WORD.search(a.name) or self._govt_noun_before(x)]
            if not same:
                return None
        companies = []
        if heads[0].lemma in rules.words("ru", "org_nouns"):  # "в сообщении компании": a body named as a company
            # ("ПАО «Северсталь»", "«Северсталь»"), before one named bare ("по МСФО": a standard the tagger took)
            companies = [(x, a) for x, a in before if any(self._name_in_marks(y) or _LEGAL_FORM_BEFORE.search(
                self.text, max(0, y.start - 6), y.start) for y in a.mentions)]
        if not (same or companies or before):
            return None
        a = (same or companies or before)[-1][1]
        self.an.add_mention(a, m.start, m.end)
        return self.an.ref(a, m.start, m.end)

    def _institution_phrase(self, m) -> bool:
        """A body named by a phrase headed by an institution noun with its place ("министерстве здравоохранения
        Московской области"), which "Ведомство" after it stands for though it is no name (r23)."""
        head = next((t for t in self.an.toks if m.start <= t.start < m.end and t.pos in ("NOUN", "PROPN")), None)
        return head is not None and head.lemma.lower() in rules.wordset("ru", "institutions") and \
            bool(self.an.mentions_in(m.start, m.end, ("GPE",)))  # (of a place named: "администрации города" is
        # the text's own city's, ru_local.py)

    def _introduced_as(self, head, m) -> Ref | None:
        """The one organisation the text introduced with the noun ``head`` right before its name, however far before
        ("самолет авиакомпании «СибЛайн»" … "В авиакомпании подтвердили"): a definite description of it (r22)."""
        found = {}
        for x, a in self.an.mentions_in(0, m.start, ("ORG",)):
            t = self.an.tok_at_start.get(x.start)
            k = t.i - 1 if t is not None else -1
            while k >= 0 and self.an.toks[k].text in "«\"„“":
                k -= 1
            if k >= 0 and self.an.toks[k].lemma == head.lemma and (not self._in_words(x.start) or
                                                                    self._name_in_marks(x)):
                found[a.id] = a
        if len(found) != 1:
            return None
        a = next(iter(found.values()))
        self.an.add_mention(a, m.start, m.end)
        return self.an.ref(a, m.start, m.end)

    def _govt_noun_before(self, x) -> bool:
        """A body's mention right after a noun of a state body ("в региональном управлении ГИБДД", "департамент
        ФСИН"): a state body, whatever its name (r22)."""
        t = self.an.tok_at_start.get(x.start)
        prev = self.an.toks[t.i - 1] if t is not None and t.i > 0 else None
        return prev is not None and prev.lemma in GOVERNMENT_ANAPHORS


@lru_cache(maxsize=1)
def _names_for() -> dict:
    """noun -> the compiled pattern of the names it stands for (``lang/ru/body_anaphor_names.tsv``)."""
    return {r[0]: re.compile(r"(?<![А-Яа-яЁё])(?:" + "|".join(map(re.escape, r[1:])) + ")", re.I)
            for r in rules.table("ru", "body_anaphor_names") if len(r) >= 2}


def _name_head(name: str) -> str:
    """The first word of an organisation's name that is no adjective, lower case: what kind of body it is
    ("Министерство обороны" -> "министерство", "Ассоциация компаний …" -> "ассоциация", "Федеральная
    антимонопольная служба" -> "служба"; r23)."""
    from ..names import _morph
    for w in re.findall(r"[А-Яа-яЁё-]+", name):
        if "ADJF" not in _morph().parse(w.lower())[0].tag:
            return w.lower()
    return name.lower()


def other_kind(name: str, noun: str) -> bool:
    """Is the organisation ``name`` a body of another kind than the one the bare noun ``noun`` stands for: its head
    word an institution noun that is no head ``noun`` may stand for -- "Верховный суд" for "Независимый профсоюз
    считает" (words.tsv ``body_anaphors``: another noun), "Московский университет" or "Министерство …" for "Компания
    сообщила" (``company_anaphors``: any institution noun, ``institutions`` too, that is no company's,
    ``company_nouns``); a generic noun of a state body (``GOVERNMENT_ANAPHORS``, "центр", "служба" …) fits any (r23;
    one test for the two it was, r24)."""
    from ..names import _morph
    companies = rules.wordset("ru", "company_anaphors")
    if noun in GOVERNMENT_ANAPHORS or noun in _ANY_BODY and noun not in companies:
        return False
    kinds = rules.wordset("ru", "body_anaphors")
    fits = {noun}
    if noun in companies:
        kinds, fits = kinds | rules.wordset("ru", "institutions"), companies | rules.wordset("ru", "company_nouns")
    lemma = _morph().parse(_name_head(name))[0].normal_form
    return lemma in kinds and lemma not in fits
