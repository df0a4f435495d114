"""Name keys, the base layer of ``names``: case, accents and transliteration endings folded, tokens, the nominative
of a Russian or Ukrainian name (pymorphy2), and the titles, honorifics and qualifiers written before a name stripped
("Secretary of State Hillary Clinton" -> "Hillary Clinton"). ``names`` re-exports every function here."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_POSSESSIVE = re.compile(r"['’`]s?$")
_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
# transliteration endings folded to one: Zelensky / Zelenskyy / Zelenskiy / Zelenskii / Zelenskij -> zelenski
_ENDINGS = (("iyy", "i"), ("iy", "i"), ("yy", "i"), ("ii", "i"), ("ij", "i"), ("yi", "i"), ("y", "i"))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GLUED_INITIALS = re.compile(r"(?<=\w)\s+([A-Z])([A-Z])\.?\s+(?=\w)")  # "George HW Bush" = "George H. W. Bush"

PARTICLES = frozenset("de da di del della der den van von ter ten zu y do bin bint ibn ul ur ould al el la le du dos "
                      "das st saint mac".split())
# a particle that opens a name in capitals is a given name: the Arabic article is written "al-Assad", "al Qaeda";
# "Al Gore", "Al Sharpton", "Al Franken" are Albert, Alfred and Alan
GIVEN_PARTICLES = frozenset({"al"})
SUFFIXES = frozenset("jr sr ii iii iv".split())
HONORIFICS = frozenset("mr mrs ms miss mx dr sir lord lady dame prof rev fr sen rep gov gen col lt sgt capt adm "
                       "pres amb hon".split())
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame", "madam", "madame"})
_MALE_TITLES = frozenset({"mr", "sir", "lord"})


# -- keys ----------------------------------------------------------------------------------------------------------
def fold(s: str) -> str:
    """Case-folded, accents removed (Zelenskyy -> zelenskyy, Macrón -> macron)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


@lru_cache(maxsize=1)
def _morph():
    """pymorphy2's Russian analyser (natasha's dependency; natasha makes it importable on Python 3.11)."""
    import natasha  # noqa: F401  (patches inspect.getargspec for pymorphy2)
    import pymorphy2
    return pymorphy2.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def _cyrillic_name(tok: str) -> tuple[str, str]:
    """(nominative, 'Name'|'Surn'|'Patr'|'') of a Cyrillic token pymorphy2 knows as a personal name."""
    morph = _morph()  # outside the catch: a missing dictionary is an error, not a name without a kind
    try:
        for p in morph.parse(tok):
            g = p.tag.grammemes
            for kind in ("Name", "Surn", "Patr"):
                if kind in g:
                    return p.normal_form, kind
    except Exception:  # noqa: BLE001 - an odd token: the surface form is the best we have
        pass
    return tok, ""


# Ukrainian spellings read as the Russian ones in a name's key ("Зеленський" / "Зеленский", "Кличко"): the letters
# Russian lacks and the soft sign of the adjectival ending "-ський"; given names by lang/uk/given_names_ru.tsv
_UK_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})


def cyrillic_common(t: str) -> str:
    """A (folded) Cyrillic token with Ukrainian letters read as Russian ones and "-ськ-"/"-цьк-" as "-ск-"/"-цк-"."""
    return t.replace("ськ", "ск").replace("цьк", "цк").translate(_UK_LETTERS)


@lru_cache(maxsize=1)
def _given_pairs() -> dict[str, str]:
    from . import rules
    out = {}
    for row in rules.table("uk", "given_names_ru"):
        if len(row) >= 2 and row[0] and row[1]:
            out[norm_token(fold(row[0]))] = norm_token(fold(row[1]))
    return out


def slavic_given_pair(a: str, b: str) -> bool:
    """Two normalised given names that are one name in Ukrainian and in Russian ("Володимир" / "Владимир")."""
    pairs = _given_pairs()
    return pairs.get(a) == b or pairs.get(b) == a


def norm_token(tok: str) -> str:
    t = _POSSESSIVE.sub("", tok)
    if _CYRILLIC.search(t):
        return _cyrillic_name(cyrillic_common(t))[0]
    if len(t) > 4:
        for end, rep in _ENDINGS:
            if t.endswith(end):
                t = t[: -len(end)] + rep
                break
    return t


def tokens(name: str) -> list[str]:
    """Normalised tokens of a name ("Volodymyr Zelenskyy's" -> ["volodymyr", "zelenski"])."""
    return list(_tokens(name))


@lru_cache(maxsize=100_000)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(norm_token(t) for t in _TOKEN.findall(fold(re.sub(r"‘s\b", "'s", name.replace("’", "'")))))


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The key two spellings of one name share: ``name_key("Zelenskiy") == name_key("Zelensky")``."""
    return " ".join(_tokens(name))


# -- titles --------------------------------------------------------------------------------------------------------
# words written before a name that are no part of it ("Former", "Republican", "Sen."), beside the titles of every
# language's titles.txt ("Secretary of State", "President", "премьер-министр")
LEADING_WORDS = frozenset("former late then ex acting incoming outgoing republican democratic democrat gop "
                          "presidential presumptive nominee candidate hopeful frontrunner candidates u.s. us "
                          "american british russian ukrainian".split())


@lru_cache(maxsize=1)
def _titles() -> tuple[frozenset[str], int]:
    """Titles of every language."""
    from . import rules
    out: set[str] = set()
    for lang in rules.languages():
        try:
            out |= {fold(t).strip(".") for t in rules.words(lang, "titles")}
        except LookupError:
            pass
    return frozenset(out), max((len(t.split()) for t in out), default=1)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Country names and demonyms of every language (a place before a name is no part of it: "Ukraine Kurt
    Volker"), unless they are given names too ("Jordan Peterson", "Georgia Brown")."""
    from . import rules
    from .names import is_given_name  # the given-name data sits on top of this layer
    out: set[str] = set()
    for lang in rules.languages():
        try:
            for row in rules.table(lang, "countries"):
                for cell in row[:3]:
                    out |= {fold(x.lstrip("~")) for x in cell.split("|") if len(x.strip()) > 3}
        except LookupError:
            pass
    return frozenset(x for x in out if " " not in x and not is_given_name(x))


@lru_cache(maxsize=100_000)
def strip_titles(name: str) -> str:
    """A person's name without the titles and qualifiers written before it ("Secretary of State Hillary Clinton"
    -> "Hillary Clinton", "President Obama" -> "Obama", "Former Sen. Rick Santorum" -> "Rick Santorum"); one word
    always stays."""
    toks = name.split()
    titles, longest = _titles()
    i = 0
    while i < len(toks) - 1:
        for k in range(min(longest, len(toks) - 1 - i), 0, -1):
            phrase = fold(" ".join(toks[i:i + k])).strip(".,")
            if phrase in titles or (phrase.endswith("s") and phrase[:-1] in titles):  # "Presidents Obama"
                i += k
                break
        else:
            w = fold(toks[i]).strip(".,")
            if w in LEADING_WORDS or w in HONORIFICS or w in _places():
                i += 1
                continue
            break
    return " ".join(toks[i:])


def query_keys(name: str) -> tuple[str, ...]:
    """The keys a user's one-word name may stand for: its own and, for a Cyrillic word the dictionary reads as a
    name in another case (of one person: singular), the key of its nominative ("Зеленского" -> the key of
    "Зеленский"; a key is read from folded letters, where "й" loses its breve, so a case form and the nominative
    may key apart)."""
    key = name_key(name)
    if " " in key or not _CYRILLIC.search(name):
        return (key,) if key else ()
    out = [key]
    morph = _morph()  # outside the catch (above)
    try:
        for p in morph.parse(name.strip().lower()):
            if {"Name", "Surn"} & set(p.tag.grammemes) and p.tag.number == "sing" and p.tag.case != "nomn":
                out.append(name_key(p.normal_form))
    except Exception:  # noqa: BLE001 - an odd word: its own key
        pass
    return tuple(dict.fromkeys(k for k in out if k))


_GIVEN_VOWELS = ({"е", "э"}, {"е", "и"})  # "Сейдзи" / "Сэйдзи", "Беньямин" / "Биньямин"


def given_variant(a: str, b: str) -> bool:
    """Two spellings of one foreign given name (lower case): a transliteration writes "е" or "э" for the same sound
    ("Сейдзи" / "Сэйдзи") and "е" or "и" for an unstressed one ("Беньямин" / "Биньямин"); one such letter apart,
    with the same surname, they name one person (in a text and across texts: names.py ``given_compatible``)."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [{x, y} for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0] in _GIVEN_VOWELS and not (_dictionary_name(a) and _dictionary_name(b))


@lru_cache(maxsize=20_000)
def _dictionary_name(w: str) -> bool:
    """A given name of pymorphy2's Russian dictionary: two of them one letter apart are two names ("Алина" and
    "Алена", "Ирина" and "Ирена": review r16), not two spellings of one foreign name."""
    m = _morph()
    return bool(re.search("[а-яё]", w)) and m.word_is_known(w) and any("Name" in p.tag.grammemes for p in m.parse(w))
