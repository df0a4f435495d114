"""One person's name in Cyrillic and in Latin letters: "Володимир Зеленський", "Владимир Зеленский" and "Volodymyr
Zelensky"; "Дмитрий Песков" and "Dmitry Peskov". A key both spellings share (``latin_key``) and the test that two
full names so written are one person (``same_across_scripts``), never joining two different given names ("Дмитрий
Песков" / "Vasily Peskov" are two people).

How: a Cyrillic word is put in its nominative and read with Russian letters (name_keys.norm_token), then written in
Latin letters by lang/ru/latin_letters.tsv; both sides are then folded to a skeleton that the romanisations of one
name share: y/j read as i ("Zelenskyy", "Zelenskiy", "Зеленский" -> zelenski; "Volodymyr" / "Володимир" -> volodimir),
kh and h as g ("Sybiha" / "Сибіга"), x as ks ("Alexei" / "Алексей"), a doubled i at the end as one. A Ukrainian given
name also matches its Russian form ("Володимир" / "Vladimir") through lang/uk/given_names_ru.tsv.

Pure functions over strings; the linker (corpus/identity) decides when to use them."""
from __future__ import annotations

import re
from functools import lru_cache

from .name_keys import _CYRILLIC, _cyrillic_name, _given_pairs, cyrillic_common, fold, norm_token
from .names import parse


@lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    from . import rules
    return {row[0]: (row[1] if len(row) > 1 else "") for row in rules.table("ru", "latin_letters") if row and row[0]}


@lru_cache(maxsize=1)
def _spellings() -> tuple[tuple[tuple[re.Pattern, str], ...], tuple[tuple[re.Pattern, str], ...]]:
    """lang/ru/latin_spellings.tsv: (the rules read before accents are folded, the rules read after)."""
    from . import rules
    rows = [(re.compile(r[0]), r[1] if len(r) > 1 else "") for r in rules.table("ru", "latin_spellings") if r and r[0]]
    return (tuple((p, t) for p, t in rows if not p.pattern.isascii()),
            tuple((p, t) for p, t in rows if p.pattern.isascii()))


def _skeleton(word: str) -> str:
    """A word in Latin letters folded to the skeleton its romanisations share (lang/ru/latin_spellings.tsv: "Klitschko"
    / "Кличко", "Pyotr" / "Пётр", "Roscosmos" / "Роскосмос", "Zelenska" / "Зеленская")."""
    for pat, rep in _spellings()[1]:
        word = pat.sub(rep, word)
    return word


def _accents(word: str) -> str:
    """Letters with diacritics read as the press spells them ("Lukašenko" -> "lukashenko"), before accents are
    folded."""
    word = word.lower()
    for pat, rep in _spellings()[0]:
        word = pat.sub(rep, word)
    return word


@lru_cache(maxsize=50_000)
def latin_token(tok: str) -> str:
    """A name's word as the cross-script key reads it: a Cyrillic word in its nominative in Latin letters, any word
    folded to the skeleton above ("Зеленського" -> "zelenski", "Zelenskyy" -> "zelenski")."""
    if _CYRILLIC.search(tok):
        # (in lower case, not folded: folding takes the breve off "й" and the dictionary then misreads the word)
        return _skeleton(_romanised(_cyrillic_name(cyrillic_common(tok.lower().replace("’", "").replace("'", "")))[0]))
    return _skeleton(norm_token(fold(_accents(tok))))


def latin_key(name: str) -> str:
    """The key one name shares in Cyrillic and in Latin letters: ``latin_key("Дмитрий Песков") ==
    latin_key("Dmitry Peskov")``."""
    return " ".join(latin_token(t) for t in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", name))


def latin_surname(name: str) -> str:
    """The cross-script key of a full person name's surname, the same in both scripts ("Дмитрий Песков", "Dmitry
    Peskov" -> "peskov"): what the store indexes a full name by, to find the person written in the other script;
    "" for a name of one word, or a Cyrillic name that is no nominative of one gender (``_cyrillic_full``)."""
    words = _words(name)
    if len(words) < 2:
        return ""
    if _CYRILLIC.search(name):
        full = _cyrillic_full(words)
        return full[1] if full else ""
    return latin_token(words[-1].rstrip("."))


_FEMININE_END = ("а", "я")


def _romanised(t: str) -> str:
    """A lower-case Cyrillic word in Latin letters (lang/ru/latin_letters.tsv)."""
    letters = _letters()
    return "".join(letters.get(c, c) for c in t)


def _written(tok: str) -> str:
    """A Cyrillic word in Latin letters as written (no case or gender changed), folded to the skeleton."""
    return _skeleton(_romanised(cyrillic_common(tok.lower().replace("’", "").replace("'", "").replace("ё", "е"))))


def _gender(p) -> str:
    g = p.tag.grammemes
    return "masc" if "masc" in g else "femn" if "femn" in g else "ms-f" if "ms-f" in g else ""


@lru_cache(maxsize=20_000)
def _cyrillic_full_cached(given: str, surname: str) -> tuple[str, str, str] | None:
    from .name_keys import _morph
    morph = _morph()
    g = cyrillic_common(given.lower())
    parses = [p for p in morph.parse(g) if "Name" in p.tag.grammemes]
    genders = {_gender(p) for p in parses if p.tag.case == "nomn"}
    genders.discard("")
    if len(genders) > 1 or (parses and not genders):
        return None  # (two genders, or a known given name in a case form only: "Тимура" is no woman's nominative)
    gender = genders.pop() if genders else ("femn" if g.endswith(_FEMININE_END) else "masc")
    sur = cyrillic_common(surname.lower())
    surn = [p for p in morph.parse(sur) if "Surn" in p.tag.grammemes]
    if surn and not any(p.tag.case == "nomn" and _gender(p) in (gender, "ms-f") for p in surn):
        return None  # ("Евгений Смирнова", "Дмитрия Пескова": no nominative of one person's gender)
    return _written(given), _written(surname), gender


def _cyrillic_full(words: list[str]) -> tuple[str, str, str] | None:
    """(given, surname, gender) keys of a Cyrillic full name written in the nominative, in Latin letters AS WRITTEN:
    the gender is the given name's as a nominative ("Евгения" a woman, "Дмитрий" a man; a name the dictionary does not
    know by its ending) and the surname must be a nominative of that gender. A Russian name's case forms are
    ambiguous between a man and a woman ("Евгения Смирнова" is Yevgenia Smirnova, or Yevgeny Smirnov's genitive), so
    an ambiguous or inflected form gives None, and no person is linked across scripts through it: "Smirnova" and
    "Smirnov" stay apart as written."""
    given, surname = words[0].rstrip("."), words[-1].rstrip(".")
    if len(given) < 2:
        return None
    return _cyrillic_full_cached(given, surname)


@lru_cache(maxsize=1)
def _latin_given() -> dict[str, frozenset[str]]:
    """lang/ru/given_names_latin.tsv: {Cyrillic given name (lower case, ё as е): the skeletons of its press forms}."""
    from . import rules
    return {r[0].lower().replace("ё", "е"): frozenset(latin_token(x) for x in r[1:] if x)
            for r in rules.table("ru", "given_names_latin") if r and r[0]}


def _given_forms(tok: str, written: str) -> set[str]:
    """A Cyrillic given name's skeletons: its own as ``written``, its Ukrainian/Russian counterpart's, and the Latin
    forms the press writes for either (lang/ru/given_names_latin.tsv: "Александр" / "Alexander")."""
    out = {written}
    pairs = _given_pairs()
    t = tok.lower().replace("ё", "е")  # (as written: "Ярослава" is no "Ярослав")
    other = pairs.get(t) or next((u for u, r in pairs.items() if r.replace("ё", "е") == t), None)
    if other:
        out.add(_written(other))
    for form in (t, (other or "").replace("ё", "е")):
        out |= _latin_given().get(form, frozenset())
    return out


@lru_cache(maxsize=1)
def _press_given() -> tuple[frozenset[str], ...]:
    """The Latin skeletons of each given name of lang/ru/given_names_latin.tsv: its letters' and its press forms."""
    return tuple(forms | {_written(cyr)} for cyr, forms in _latin_given().items())


def romanised_alike(a: str, b: str) -> bool:
    """Whether two FULL names in Latin letters, which names.compatible does not join, are two romanisations of one
    Russian name the press writes both ways (lang/ru/given_names_latin.tsv: "Alexander" / "Aleksandr Lukashenko"):
    the same surname in the cross-script key. Spellings one letter rule apart ("Alexei" / "Aleksei") are judged
    only through the Cyrillic name (corpus/identity.compatible_actor): "Terry" / "Terri" are two people."""
    if _CYRILLIC.search(a) or _CYRILLIC.search(b):
        return False
    wa, wb = _words(a), _words(b)
    # the surname written alike (accents read as the press spells them), the given names written differently: the
    # skeleton's folds are for the other script ("Peter Hill" / "Peter Gill", "Joseph Smith" / "Joseph Smyth" are
    # two people)
    if len(wa) < 2 or len(wb) < 2 or _accents(wa[-1].rstrip(".")) != _accents(wb[-1].rstrip(".")) or \
            _accents(wa[0]) == _accents(wb[0]):
        return False
    ga, gb = latin_token(wa[0]), latin_token(wb[0])
    return any(ga in forms and gb in forms for forms in _press_given())


def same_in_cyrillic(a: str, b: str) -> bool:
    """Whether two FULL names both written in Cyrillic, which names.compatible does not join, are one person's
    Russian and Ukrainian spellings: "Александр Сырский" / "Олександр Сирський" (the Ukrainian и is the Russian ы).
    Both must be nominatives of one gender (``_cyrillic_full``), with the same surname in the cross-script key and
    the same given name or its Ukrainian/Russian counterpart."""
    if not (_CYRILLIC.search(a) and _CYRILLIC.search(b)):
        return False
    wa, wb = _words(a), _words(b)
    if len(wa) < 2 or len(wb) < 2:
        return False
    fa, fb = _cyrillic_full(wa), _cyrillic_full(wb)
    if fa is None or fb is None or fa[1] != fb[1] or fa[2] != fb[2] or _uk_ru(wa[-1]) != _uk_ru(wb[-1]):
        return False
    return bool(_given_forms(wa[0], fa[0]) & _given_forms(wb[0], fb[0]))


def _uk_ru(surname: str) -> str:
    """A Cyrillic surname with the Ukrainian and Russian letters that spell one sound read alike ("Сирський" /
    "Сырский": і, ї, и, ы; є, э, е; the soft sign of "-ськ-"), nothing else folded ("Громов" / "Хромов" differ)."""
    w = surname.lower().replace("ё", "е").replace("ъ", "").replace("’", "").replace("'", "")
    w = re.sub(r"([сц])ьк", r"\1к", w)
    w = re.sub(r"ская$", "ска", re.sub(r"ська$", "ска", w))
    return w.translate(str.maketrans("іїыєэ", "иииее"))


def crosses_scripts(name: str) -> bool:
    """Whether a full name can be judged against the other script: any Latin one; a Cyrillic one only in the
    nominative of one gender (``_cyrillic_full``), never a case form ("Алексея Навального")."""
    if not _CYRILLIC.search(name):
        return True
    words = _words(name)
    return len(words) >= 2 and _cyrillic_full(words) is not None


def same_across_scripts(a: str, b: str) -> bool:
    """Whether two FULL names, one in Cyrillic and one in Latin letters, are one person: the same surname and the
    same given name (or its Ukrainian/Russian counterpart) in the cross-script key, the Cyrillic one read as written
    in the nominative of one gender (``_cyrillic_full``: "Анна Иванова" is "Anna Ivanova", never "Ivan Ivanov";
    "Евгения Смирнова" is nobody's across scripts, being also Yevgeny Smirnov's genitive). Two names in one script
    are not judged here (names.compatible does); a bare surname or an initial is never enough."""
    if bool(_CYRILLIC.search(a)) == bool(_CYRILLIC.search(b)):
        return False
    cyr, lat = (a, b) if _CYRILLIC.search(a) else (b, a)
    if not (parse(cyr).full and parse(lat).full):
        return False
    wc, wl = _words(cyr), _words(lat)
    if len(wc) < 2 or len(wl) < 2 or len(wl[0].strip(".")) < 2:
        return False
    full = _cyrillic_full(wc)
    if full is None or full[1] != latin_token(wl[-1].rstrip(".")):
        return False
    return latin_token(wl[0]) in _given_forms(wc[0], full[0])


def _words(name: str) -> list[str]:
    """A name's words, Russian order ("Песков Дмитрий Сергеевич") put first name first."""
    words = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*\.?", name)
    p = parse(name)
    if len(words) == 3 and _CYRILLIC.search(name) and p.surname and norm_token(fold(words[0])) == p.surname[0]:
        return [words[1], words[0]]
    return [words[0], words[-1]] if len(words) > 2 and _CYRILLIC.search(name) else words


# -- organisations ------------------------------------------------------------------------------------------------
ORG_KEY = "org:"  # (actor_aliases.latin holds persons' surname keys too: an organisation's key never equals one)


@lru_cache(maxsize=1)
def _org_equivalents() -> dict[str, str]:
    from . import rules
    return {_org_form(r[0]): r[1] for r in rules.table("ru", "org_equivalents") if len(r) > 1 and r[0] and r[1]}


def _org_form(name: str) -> str:
    return " ".join(fold(name.replace("ё", "е")).split())


def org_equivalent(name: str) -> bool:
    """Whether a Cyrillic organisation's name has a standard English equivalent (lang/ru/org_equivalents.tsv)."""
    return _org_form(name) in _org_equivalents()


@lru_cache(maxsize=20_000)
def org_latin_key(name: str) -> str:
    """The key an organisation's name shares in Cyrillic and in Latin letters, "" for none: a Russian name with a
    standard English equivalent (lang/ru/org_equivalents.tsv: "ООН" / "United Nations", "Майкрософт" / "Microsoft")
    takes the English name's key; a one-word name or acronym of three letters or more is read in Latin letters
    ("Газпром" / "Gazprom", "Роскосмос" / "Roscosmos", "НАТО" / "NATO", "ФСБ" / "FSB"); another Cyrillic name of
    several words has none. A Latin name's key is its words' skeletons (``_skeleton``)."""
    name = " ".join(name.split())
    acronym = re.fullmatch(r"[^\W\d_a-zа-яё]{2,6}", name)  # ("CIA" / "ЦРУ", "NATO" / "НАТО": letters as written, not
    # the skeleton's folds: "CIA" is no "Kia")
    if acronym and not _CYRILLIC.search(name):
        return ORG_KEY + name.lower() if len(name) >= 3 else ""
    if acronym and _org_equivalents().get(_org_form(name)) is None:
        return ORG_KEY + _romanised(name.lower()) if len(name) >= 3 else ""
    if _CYRILLIC.search(name):
        eq = _org_equivalents().get(_org_form(name))
        if eq:
            return org_latin_key(eq)
        words = re.findall(r"[^\W\d_]+", name)
        if len(words) != 1 or len(words[0]) < 3:
            return ""
        return ORG_KEY + _written(words[0])
    words = re.findall(r"[^\W\d_]+", name)
    if not words or (len(words) == 1 and len(words[0]) < 3):
        return ""
    return ORG_KEY + " ".join(_skeleton(fold(_accents(w))) for w in words)
