"""The forms of Russian surnames (split from coref/ru.py in r30, no change): the nominatives a surname in an oblique
case may stand for by the regular declension ("Сомовым" -> "Сомов", "Лыковой" -> "Лыкова", "Покровского" ->
"Покровский"), a surname in -а declined as a noun ("Кулебы" of "Кулеба"), and the mixin of ``RuCoref`` that names a
person by them: the nominative of a surname natasha left inflected, a surname the tagger missed standing alone, one
case form of a surname named before."""
from __future__ import annotations

import re

from ...record import Mention, Ref

_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын")  # Russian surnames that decline as possessive adjectives
_MASC_ENDS = ("ым", "а", "у", "е")  # Сомова, Сомову, Сомовым, Сомове -> Сомов
_FEM_ENDS = ("ой", "у")  # Сомовой, Сомову -> Сомова
_SKY_MASC = ("ого", "ому", "им", "ом")  # Покровского -> Покровский
_SKY_FEM = ("ой", "ую")  # Покровской -> Покровская


def surname_nominatives(word: str, gender: str | None = None) -> list[str]:
    """The nominative forms a Russian surname in -ов/-ев/-ин/-ын or -ский/-цкий may stand for in an oblique case
    ("Сомовым" -> "Сомов", "Лыковой" -> "Лыкова", "Покровского" -> "Покровский"), by the regular declension,
    which the morphology does not know for every surname; ``gender`` "masc" or "fem" keeps one reading. The
    word itself first when it may be a nominative."""
    out = [word]
    w = word.lower()
    for stem in _SURNAME_STEMS:
        if gender != "fem":
            out += [word[:-len(e)] for e in _MASC_ENDS if w.endswith(stem + e)]
        if gender != "masc":
            out += [word[:-len(e)] + "а" for e in _FEM_ENDS if w.endswith(stem + e)]
    for stem in ("ск", "цк"):
        if gender != "fem":
            out += [word[:-len(e)] + "ий" for e in _SKY_MASC if w.endswith(stem + e)]
        if gender != "masc":
            out += [word[:-len(e)] + "ая" for e in _SKY_FEM if w.endswith(stem + e)]
    return list(dict.fromkeys(out))


_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ]+)?(?![\w-])")  # (r21: and
# Ukrainian spellings, "Єрмак", "Ігор")


# case endings of a masculine surname declined like a consonant-final noun (instrumental, dative, genitive,
# prepositional), longest first
_CASE_ENDINGS = ("ом", "ем", "ём", "у", "ю", "а", "я", "е")


def declined_in_a(surname: str, word: str) -> bool:
    """ "Кулебы", "Кулебе", "Кулебу", "Кулебой" (Ukrainian "Кулеби", "Кулебою") of "Кулеба": a man's surname in -а
    after a consonant declines as a noun of the first declension, and the dictionary, not knowing it, takes the
    nominative for an oblique case of "Кулеб"."""
    if len(surname) < 4 or not re.search(r"[бвгджзклмнпрстфхцчшщ][ая]$", surname) or \
            re.search(r"(?:[оеё]в|[иы]н|ск|цк)а$", surname):  # not a Russian surname's feminine ("Петрова")
        return False
    stem = surname[:-1]
    return word.startswith(stem) and word[len(stem):] in ("ы", "и", "е", "у", "ой", "ою", "і", "ю", "ей", "ею")


class RuSurnameForms:
    """Surname look-ups over ``RuActors``' state (a mixin of ``RuCoref``)."""

    def _nominative_surname(self, inside, normal: str) -> str:
        """A name in an oblique case whose surname the normaliser left inflected ("Иван Сомовым"): the surname's
        regular nominative, in the gender of the given name (coref/ru.py ``surname_nominatives``)."""
        words = normal.split()
        first, last = inside[0].feats or {}, inside[-1]
        if first.get("Case") in (None, "Nom") or words[-1].lower() != last.text.lower():
            return normal
        gender = {"Masc": "masc", "Fem": "fem"}.get(first.get("Gender"))
        noms = surname_nominatives(words[-1], gender)
        if gender == "masc" and len(noms) == 1 and (last.feats or {}).get("Case") == first.get("Case"):
            from ..entities.ru_forms import case_nominative  # "Йенса Лемана": "Йенс Леман"; "Юрию Долгорукому" (r29)
            noms.append(case_nominative(words[-1], first.get("Case"), self.lang) or words[-1])
        return " ".join(words[:-1] + [noms[1]]) if gender and len(noms) > 1 else normal

    def _as_written(self, inside, normal: str) -> str:
        """A surname the normaliser put in a nominative the text never writes ("Шольцем" -> "Шолец", read like
        "отцом" -> "отец") while the text writes the name without the case ending elsewhere ("Олаф Шольц"): that
        form, the document's own evidence (a foreign surname keeps its stem in every case)."""
        words = normal.split()
        if not inside or not words or re.search(r"(?<![\w-])" + re.escape(words[-1]) + r"(?![\w-])", self.text):
            return normal
        tok = inside[-1].text
        for end in _CASE_ENDINGS:
            stem = tok[:-len(end)]
            if tok.endswith(end) and len(stem) >= 3 and stem != words[-1] and \
                    re.search(r"(?<![\w-])" + re.escape(stem) + r"(?![\w-])", self.text):
                return " ".join(words[:-1] + [stem])
        return normal

    def _surname_mentions(self) -> None:
        """A person's surname standing alone where the tagger missed it ("— написал Кожемяко в Telegram." after
        "Олег Кожемяко", "По словам Сазанова" after "Алексей Сазанов"): a capitalised word outside every mention,
        after the person's first mention, whose normal form is the last word of exactly one person's name (of two
        words or more). At a sentence start only a word the morphology knows as a surname, or a regular form of that
        surname ("Сомов сказал" after "Иван Сомов", ``surname_nominatives``)."""
        from ..names import _morph
        last: dict[str, list] = {}
        for a in self.actors:
            if a.type == "PERSON" and len(a.key) >= 2 and len(a.key[-1]) > 2:
                last.setdefault(a.key[-1], []).append(a)
        if not last:
            return
        for m in _CAPITALISED.finditer(self.text):
            s, e = m.span()
            if self.by_span_overlap(s, e):
                continue
            word = m.group().lower().replace("ё", "е")
            parses = _morph().parse(word)
            regular = {f.lower().replace("ё", "е") for f in surname_nominatives(word)}
            forms = {word} | {p.normal_form.replace("ё", "е") for p in parses} | regular
            cands = {id(a): a for f in forms for a in last.get(f, ())}
            if len(cands) != 1:
                continue
            a = next(iter(cands.values()))
            pre = self.text[max(0, s - 12):s].rstrip(" \t«„“\"—–")
            # (at a sentence start, a regular form of the surname named before)
            if s < a.first or (not pre or pre[-1] in ".!?…\n") and \
                    not any("Surn" in p.tag.grammemes for p in parses) and a.key[-1] not in regular:
                continue
            a.mentions.append(Mention(s, e, m.group()))
            self.by_span[(s, e)] = a

    def surname_form(self, s: int, e: int) -> Ref | None:
        """One capitalised word at [s, e) that is a case form of the surname of one person named in the text ("По
        словам Кулебы" after "Дмитрий Кулеба", a form the tagger did not take for a name): that person."""
        word = self.text[s:e].strip()
        if not re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]{2,}", word):
            return None
        low = word.lower()
        hits = {id(x): x for _, x in self.persons if len(x.name.split()) >= 2 and declined_in_a(
            x.name.lower().split()[-1], low)}
        if len(hits) != 1:
            return None
        a = next(iter(hits.values()))
        e = s + len(self.text[s:e].rstrip())
        self.add_mention(a, s, e)
        return self.ref(a, s, e)
