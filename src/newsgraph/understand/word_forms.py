"""Every inflected form of a Russian or Ukrainian word, for full-text search. A Russian analyst types the form in
their head ("Путина", "Песковым", "переговоров"), and a text holds others ("Путин", "Пескову", "переговоры"): the
search index keeps the words as written, so a query word is widened to all the forms of every dictionary reading
pymorphy2 gives it (its lexemes), joined by OR. A word is read by the Russian dictionary, the Ukrainian one
(pymorphy2-dicts-uk: "Києва" -> "Київ", "Києві", …), or both when its letters are common to the two languages
("Зеленського"); letters only one alphabet has (і, ї, є, ґ; ы, э, ъ, ё) choose one. Words no dictionary knows (names
it would only guess, other languages) and words written as prefixes (``Путин*``) are searched as written.
"""
from __future__ import annotations

import collections
import copy
import re
from functools import lru_cache

MAX_FORMS = 120  # a verb has some 60 forms, a word with several readings more; a query stays small
_CYRILLIC = re.compile(r"[а-яёіїєґ]+")  # (a word with an apostrophe, "м'ясо", as written: a query's syntax)
_ONLY_UK = re.compile(r"[іїєґ]")
_ONLY_RU = re.compile(r"[ыэъё]")


@lru_cache(maxsize=1)
def _morph_uk():
    """pymorphy2's Ukrainian analyser, or None where its dictionary is not installed.

    pymorphy2 keeps the grammemes a dictionary knows on its tag CLASS, shared by every analyser of a process (its own
    "FIXME: clone the class" in ``opencorpora_dict.storage._load_tag_class``): loading the Ukrainian dictionary
    after the Russian one made ``"Surn" in tag`` (also Geox, Orgn, INFN, ADJS, PRTS) raise "Grammeme is unknown" on
    Russian parses, so a server that widened one Ukrainian query word could no longer read Russian names. The
    Ukrainian dictionary is loaded with a tag class of its own."""
    import natasha  # noqa: F401  (patches inspect.getargspec for pymorphy2)
    import pymorphy2
    from pymorphy2 import tagset
    base = tagset.OpencorporaTag
    own = type("UkrainianTag", (base,), {
        "__slots__": (), "KNOWN_GRAMMEMES": set(), "_LAT2CYR": None, "_CYR2LAT": None,
        "_GRAMMEME_INDICES": collections.defaultdict(int), "_GRAMMEME_INCOMPATIBLE": collections.defaultdict(set),
        "_EXTRA_INCOMPATIBLE": copy.deepcopy(base._EXTRA_INCOMPATIBLE)})
    tagset.registry[base.FORMAT] = own
    try:
        return pymorphy2.MorphAnalyzer(lang="uk")
    except (ValueError, OSError, LookupError):  # (no pymorphy2-dicts-uk)
        return None
    finally:
        tagset.registry[base.FORMAT] = base


def _analysers(w: str) -> list:
    from .name_keys import _morph
    if _ONLY_UK.search(w):
        return [_morph_uk()]
    if _ONLY_RU.search(w):
        return [_morph()]
    return [_morph(), _morph_uk()]


@lru_cache(maxsize=4096)
def forms(word: str) -> tuple[str, ...]:
    """The lower-case forms a query word stands for (itself first)."""
    w = word.lower()
    if not _CYRILLIC.fullmatch(w):
        return (w,)
    out = [w]  # the forms of the likeliest reading first, then of the others (a cut keeps the likeliest)
    for morph in _analysers(w):
        for p in morph.parse(w) if morph is not None else ():
            if p.is_known:
                out += [x.word for x in p.lexeme]
    out += [f.replace("ё", "е") for f in out]
    return tuple(dict.fromkeys(out))[:MAX_FORMS]
