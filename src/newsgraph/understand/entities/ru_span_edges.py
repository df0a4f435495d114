"""The edges of natasha's spans in a Russian or Ukrainian text (entities/ru.py's ``_spans``): quote marks and
punctuation trimmed, a Latin original in brackets after a person's name (a gloss, another mention of the same person),
an abbreviation in brackets after an organisation's name (another name of the same actor), initials alone, makes'
and teams' names taken for persons, foreign surnames declined as masculine nouns."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}


def declined_foreign(surname: str, word: str) -> bool:
    """ "Ферстаппена", "Ферстаппену", "Ферстаппеном" of "Ферстаппен": a foreign surname ending in a consonant declines
    as a masculine noun, and the dictionary does not know it to give its nominative. Not a Russian surname's
    feminine ("Петров", "Петрова": two people)."""
    if not re.search(r"[бвгджзклмнпрстфхцчшщ]$", surname) or re.search(r"(?:[оеё]в|[иы]н|ск|цк)$", surname):
        return False
    return word[len(surname):] in ("а", "у", "ом", "е") and word.startswith(surname)


def declined_name(name: list[str], words: list[str]) -> bool:
    """A foreign name of two words or more in an oblique case ("Чо Тхэ Юля", "Ким Чен Ына" of "Чо Тхэ Юль", "Ким Чен
    Ын", r31): word by word the same or declined as a masculine noun (``declined_foreign``; a soft sign or "й" at the
    end: "Юль" -> "Юля", "Юлю", "Юлем"), the last word declined."""
    if len(name) < 2 or len(name) != len(words):
        return False
    def form(a: str, b: str) -> bool:  # noqa: E306
        return a == b or declined_foreign(a, b) or len(a) > 2 and a[-1] in "ьй" and b[:-1] == a[:-1] and \
            b[-1:] in ("я", "ю") or a[-1:] in "ьй" and b == a[:-1] + "ем"
    return name[-1] != words[-1] and all(form(a, b) for a, b in zip(name, words))


# an abbreviation in brackets inside a name's span ("… в Европе (ОБСЕ") or right after it (" (ОБСЕ)")
_ABBR_IN = re.compile(r"\s*\(\s*([A-ZА-ЯЁ][\wА-ЯЁа-яё-]{1,11})\s*\)?\s*$")
# (after the parent organisation's abbreviation too: "Всемирная продовольственная … организация ООН (ФАО)")
_ABBR_AFTER = re.compile(r"(?:\s+[A-ZА-ЯЁ]{2,6})?\s*\(\s*([A-ZА-ЯЁ][\wА-ЯЁа-яё-]{1,11})\s*\)")


# a person's name in Latin letters in brackets after the Cyrillic one: inside the model's span (" (Erik Holm") or
# right after it (" (Erik Holm)")
_GLOSS_OPEN = re.compile(r"\s*\((?=\s*[A-Z][a-z])")
_GLOSS = re.compile(r"\s*\(\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\)")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яёІіЇїЄєҐґЎў]")
_INITIALS_ONLY = re.compile(r"(?:[А-ЯЁA-Z]\.\s?){1,3}")
_INITIALS_GLUED = re.compile(r"^((?:[А-ЯЁA-Z]\.\s?){1,3})(?=[А-ЯЁA-Z][а-яёa-z])")


@lru_cache(maxsize=None)
def brand_words(lang: str) -> frozenset[str]:
    try:
        return frozenset(rules.lines(lang, "brand_names"))
    except rules.RuleFileError:
        return frozenset()


def brand_name(surface: str, lang: str) -> bool:
    """A make's or a team's name (``brand_names.txt``): every word of it a brand's ("МакЛарен-Мерседес": "мерседес"
    within a hyphenated name whose other part is a brand's)."""
    parts = [w.lower() for w in re.split(r"[\s-]+", surface) if w]
    brands = brand_words(lang)
    return bool(parts) and parts[0] in brands and all(p in brands or "-" in surface for p in parts)


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """A span without the quote marks, spaces and punctuation a model may have swallowed at its edges."""
    while s < e and (text[s].isspace() or text[s] in "«»“”„\"'()"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "«»“”„\"'(),.:;"):
        if closes_inside(text[s:e - 1], text[e - 1]):
            break  # "ООО «Алтек»": the mark closes one the name opened, and stays
        e -= 1
    return s, e


_CLOSED_BY = {"»": "«", "”": "“„", "“": "„", ")": "(", '"': '"'}


def closes_inside(span: str, mark: str) -> bool:
    """Whether ``mark`` closes a quotation or bracket that ``span`` (the text before it) opened."""
    opener = _CLOSED_BY.get(mark)
    if not opener:
        return False
    if mark == '"':
        return span.count('"') % 2 == 1
    return sum(span.count(o) for o in opener) > span.count(mark)


def glossed(an, s: int, e: int, normal: str) -> tuple[int, int, str]:
    """A name followed by its Latin original in brackets ("Эрик Хольм (Erik Holm)", the bracket inside the
    model's span or just after it): the span is the name as the text writes it, and the original is another
    mention of the same person (its cross-script alias), never a part of the name."""
    text = an.text
    m = _GLOSS_OPEN.search(text, s, e)
    if m is not None:
        e = trim(text, s, m.start())[1]
        normal = " ".join(normal.split()[:len(text[s:e].split())])
    g = _GLOSS.match(text, e)
    if g is not None and e > s and _CYRILLIC_WORD.search(text, s, e):
        an.glosses[e] = g.span(1)
    return s, e, normal

def abbreviated(an, s: int, e: int, typ: str, normal: str) -> tuple[int, int, str]:
    """A name followed by its abbreviation in brackets ("Организация по безопасности и сотрудничеству в Европе
    (ОБСЕ)", the bracket inside the model's span or just after it): the span is the name, and the abbreviation
    names the same actor wherever it stands alone (``an.abbr``)."""
    text = an.text
    m = _ABBR_IN.search(text, s, e)
    if m is not None and m.start() > s:
        abbr, e = m.group(1), trim(text, s, m.start())[1]
        normal = re.sub(r"\s*\(.*$", "", normal).strip() or text[s:e]
    else:
        m = _ABBR_AFTER.match(text, e)
        abbr = m.group(1) if m is not None else None
    words = text[s:e].split()
    if abbr and sum(ch.isupper() for ch in abbr) >= 2 and len(words) >= 2 and not text[s:e].isupper() and \
            abbr.lower() != text[s:e].lower():  # ("ООН (ФАО)": an abbreviation is not what the next abbreviates)
        an.abbr.setdefault(abbr.lower(), (TYPES.get(typ, typ), normal.lower(), normal))
    return s, e, normal
