"""The nominative of a foreign (or any consonant-final) man's surname the normaliser left in the case of the text:
"Йенса Лемана" is "Йенс Леман", "Юргену Клинсману" "Юрген Клинсман". The dictionary does not know most foreign
surnames, so natasha puts the given name in the nominative and leaves the surname as written; the given name's case
tells which ending the surname carries (a man's surname ending in a consonant declines as a masculine noun). And a
woman's surname in its oblique forms ("Крылову" of "Крылова", r23: ``feminine_case_form``)."""
from __future__ import annotations

import re

# the case endings of a masculine noun ending in a consonant, by the case natasha gives the given name (the
# accusative of a person is the genitive)
_ENDINGS = {"Gen": ("а", "я"), "Acc": ("а", "я"), "Dat": ("у", "ю"), "Ins": ("ом", "ем", "ём")}
# (not the prepositional "-е": "о Кулебе" is of "Кулеба", whose ending the text does not show)
_CONSONANT = "бвгджзклмнпрстфхцчшщ"
_HUSHING = "жцчшщ"  # (after these an unstressed "ем" is the hard ending: "Шольцем")


def foreign_nominative(surname: str, case: str | None, lang: str = "ru") -> str | None:
    """The nominative of a man's ``surname`` written in ``case`` (natasha's Case of his given name), or None when it
    does not end in that case's ending. "Лемана" (Gen) -> "Леман", "Карзая" (Gen) -> "Карзай", "Игоря" -> "Игорь".
    A Ukrainian surname in -ко declines in Ukrainian ("Марченка" -> "Марченко"); in Russian it does not."""
    if re.search(r"(?:ому|ему|ого|его|ым|им)$", surname):
        return None  # an adjectival surname's case ("Юрию Долгорукому"): not a noun's ending (``adjective_nominative``)
    for end in _ENDINGS.get(case or "", ()):
        stem = surname[:-len(end)]
        if not surname.endswith(end) or len(stem) < 3 or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", stem):
            continue
        last = stem[-1]
        if end in ("а", "у", "ом") and last in _CONSONANT:
            return stem + "о" if lang == "uk" and stem.endswith("к") else stem
        if end == "ем" and last in _HUSHING:
            return stem
        if end in ("я", "ю", "ем", "ём"):
            return stem + "й" if last in "аеиоуэюя" else stem + "ь" if last in _CONSONANT else None
    return None


_MORPH_CASE = {"Gen": "gent", "Acc": "accs", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}


def adjective_nominative(surname: str, case: str | None) -> str | None:
    """A man's surname declined as an adjective ("Долгорукому" -> "Долгорукий", "Толстым" -> "Толстой"): the
    morphology's masculine singular adjective in ``case`` (natasha's Case of his given name) put in the nominative
    (r29, newuser29); None when the word has no such reading."""
    from ..names import _morph
    want = _MORPH_CASE.get(case or "")
    for p in _morph().parse(surname.lower()) if want else ():
        if {"ADJF", "masc", "sing", want} <= p.tag.grammemes and (nom := p.inflect({"nomn"})) is not None:
            return nom.word[:1].upper() + nom.word[1:]
    return None


def case_nominative(surname: str, case: str | None, lang: str = "ru") -> str | None:
    """A man's surname in ``case``: its nominative as a noun's (``foreign_nominative``) or as an adjective's
    (``adjective_nominative``), else None."""
    return foreign_nominative(surname, case, lang) or adjective_nominative(surname, case)


def same_given(a: str, b: str) -> bool:
    """Two lower-case given names of one person beside one surname: a spelling variant (``given_variant``) or one
    name in Ukrainian and in Russian ("віталій" / "виталий": lang/uk/given_names_ru.tsv, a mixed text quotes both)."""
    from ..name_keys import fold, given_variant, norm_token, slavic_given_pair
    return given_variant(a, b) or slavic_given_pair(norm_token(fold(a)), norm_token(fold(b)))


def feminine_case_form(surname: str, word: str) -> bool:
    """Is ``word`` (lower case) an oblique form of the woman's surname ``surname`` ("крылова": "крылову", "крыловой";
    "волконская": "волконскую", "волконской")? The tagger reads "Крылову" as the dative of "Крылов"; with no man of
    that name in the text, the woman named is meant (r23)."""
    surname, word = surname.replace("ё", "е"), word.replace("ё", "е")
    if re.search(r"(?:[оеё]в|[иы]н)а$", surname):
        return word in (surname[:-1] + "у", surname[:-1] + "ой")
    if re.search(r"[сц]кая$", surname):
        return word in (surname[:-2] + "ую", surname[:-2] + "ой")
    return False


def masculine_case_form(surname: str, word: str, tok) -> bool:
    """Is ``word`` (lower case) an oblique form of the man's surname ``surname`` ("лапин": "лапина", "лапину",
    "лапиным", "лапине"), the tagger's token ``tok`` not in the nominative? The dictionary knows some such forms as
    common nouns ("лапина") and gives no surname's nominative; "По словам Лапина" after "Виктор Лапин" is his
    (issue 16, r27). A nominative "Лапина" is a woman's ("Адвокат Лапина заявила"): not his."""
    surname, word = surname.replace("ё", "е"), word.replace("ё", "е")
    if tok is None or (tok.feats or {}).get("Case") in (None, "Nom") or not re.search(r"(?:[ое]в|[иы]н)$", surname):
        return False
    return word in (surname + "а", surname + "у", surname + "ым", surname + "е")


_MASC_OBLIQUE = re.compile(r"(?:[ое]в|[иы]н)(?:а|ым|е)$")  # "Лапина", "Лапиным", "Лапине" (a woman's: "-ой", "-у")


def oblique_surname(word: str, lemma: str, tok) -> str | None:
    """The nominative of a lone man's surname in -ов/-ин in an oblique case where the dictionary's lemma is the word
    itself, read as a common noun ("По словам Лапина": "Лапин", not "Лапина"; issue 16, r27), else None. Only with
    the tagger's case oblique; a word the dictionary declines ("Полине": "Полина") keeps its lemma."""
    w = word.lower().replace("ё", "е")
    if (tok.feats or {}).get("Case") in (None, "Nom") or lemma.lower().replace("ё", "е") != w:
        return None
    m = _MASC_OBLIQUE.search(w)
    return word[:m.start() + 2] if m else None
