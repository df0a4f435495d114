"""Person names of Ukrainian text the Russian NER model (natasha) reads short or misses: a Ukrainian given name before
a surname it did find ("Міністр фінансів Сергій Марченко": natasha's span is "Марченко", and the given name would
become part of the role), and a given name with a surname it did not find at all ("Андрій Сибіга": a surname in -а
it does not know). Given names are data: ``lang/uk/given_names.txt`` and the Ukrainian column of
``given_names_ru.tsv``."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

# a capitalised Ukrainian (or Russian) word, apostrophes and one hyphen allowed ("Вʼячеслав", "Іванов-Петренко")
_WORD = r"[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’]+)?"
_UK_LETTERS = re.compile(r"[іїєґ]")
# (a lookahead: "України Андрій Сибіга" holds two pairs that overlap)
_GIVEN_THEN_NAME = re.compile(rf"(?<![\w'’ʼ-])(?=({_WORD})[ \u00a0]({_WORD})(?![\w'’ʼ-]))")


@lru_cache(maxsize=2_000)
def _common_word(given: str) -> bool:
    """A given name that is also a common noun of Ukrainian ("Роман" a novel, "Надія" hope, "Віра" faith): alone
    before a capitalised word it names no one for sure."""
    from ..word_forms import _morph_uk
    m = _morph_uk()
    return m is not None and any(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in m.parse(given.lower()))


@lru_cache(maxsize=None)
def given_names(lang: str) -> frozenset[str]:
    """The lower-cased given names of ``lang`` (empty where the language has no list)."""
    out: set[str] = set()
    try:
        out |= rules.words(lang, "given_names")
    except rules.RuleFileError:
        pass
    try:
        out |= {r[0].lower() for r in rules.table(lang, "given_names_ru") if r and r[0]}
    except rules.RuleFileError:
        pass
    return frozenset(out)


def with_given_names(text: str, lang: str, spans: list) -> list:
    """``spans`` (start, end, type, normal; sorted) with Ukrainian given names joined to the person after them and
    persons named by a given name and a capitalised word no span covers. A Russian text (a Ukrainian one with a
    Russian paragraph may be read as Russian) joins only a given name spelled in Ukrainian letters ("Віталій");
    other languages: ``spans`` unchanged."""
    if lang not in ("uk", "ru"):
        return spans
    names = given_names("uk")
    if lang == "ru":
        names = frozenset(n for n in names if _UK_LETTERS.search(n))
    out = list(spans)
    starts = {s: k for k, (s, _, typ, _) in enumerate(out) if typ == "PER"}
    covered = lambda s, e: any(x is not None and s < x[1] and x[0] < e for x in out)  # noqa: E731
    for m in _GIVEN_THEN_NAME.finditer(text):
        given, surname = m.group(1), m.group(2)
        if given.lower() not in names or surname.lower() in names or _common_word(given):
            continue  # (two given names: "Олена Тетяна" is no one's full name; "Роман Франка": a novel of Franko's)
        k = starts.get(m.start(2))
        g = starts.get(m.start(1))
        # natasha's span of the given name alone ("Сергій")
        alone = g is not None and out[g] is not None and out[g][1] == m.end(1)
        if k is not None and (alone or not covered(m.start(1), m.end(1))):
            s, e, typ, normal = out[k]
            if len(normal.split()) == 1:  # natasha's "Марченко" after "Сергій": one person "Сергій Марченко"
                out[k] = (m.start(1), e, typ, f"{given} {normal}")
                if alone:  # (the Russian model split the Ukrainian full name into two persons)
                    out[g] = None
        elif k is None and lang == "uk" and not covered(m.start(1), m.end(2)):  # "Андрій Сибіга": natasha missed
            out.append((m.start(1), m.end(2), "PER", f"{given} {surname}"))
    out = [x for x in out if x is not None]
    out.sort()
    return out
