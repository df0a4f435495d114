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


def _skeleton(word: str) -> str:
    # (Ukrainian "г" is written h, Russian g: "Сибіга" / "Sybiha", "Гуменюк" / "Humeniuk")
    s = word.replace("x", "ks").replace("kh", "h").replace("h", "g").replace("j", "y")
    s = re.sub(r"^ye", "e", s)  # "Yevgeny" / "Евгений"
    s = s.replace("y", "i")
    return re.sub(r"i+$", "i", s).replace("ii", "i")


@lru_cache(maxsize=50_000)
def latin_token(tok: str) -> str:
    """A name's word as the cross-script key reads it: a Cyrillic word in its nominative in Latin letters, any word
    folded to the skeleton above ("Зеленського" -> "zelenski", "Zelenskyy" -> "zelenski")."""
    if _CYRILLIC.search(tok):
        # (in lower case, not folded: folding takes the breve off "й" and the dictionary then misreads the word)
        t = _cyrillic_name(cyrillic_common(tok.lower().replace("’", "").replace("'", "")))[0]
        letters = _letters()
        t = "".join(letters.get(c, c) for c in t)
    else:
        t = norm_token(fold(tok))
    return _skeleton(t)


def latin_key(name: str) -> str:
    """The key one name shares in Cyrillic and in Latin letters: ``latin_key("Дмитрий Песков") ==
    latin_key("Dmitry Peskov")``."""
    return " ".join(latin_token(t) for t in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", name))


def latin_surname(name: str) -> str:
    """The cross-script key of a full person name's surname, the same in both scripts ("Дмитрия Пескова", "Dmitry
    Peskov" -> "peskov"): what the store indexes a full name by, to find the person written in the other script;
    "" for a name of one word."""
    words = _words(name)
    return latin_token(words[-1].rstrip(".")) if len(words) >= 2 else ""


def _given_forms(tok: str) -> set[str]:
    """A given name's skeletons: its own and, for a Ukrainian or Russian one, the other language's form's."""
    out = {latin_token(tok)}
    t = norm_token(fold(tok))
    if _CYRILLIC.search(t):
        pairs = _given_pairs()
        other = pairs.get(t) or next((u for u, r in pairs.items() if r == t), None)
        if other:
            out.add(latin_token(other))
    return out


def same_across_scripts(a: str, b: str) -> bool:
    """Whether two FULL names, one in Cyrillic and one in Latin letters, are one person: the same surname and the
    same given name (or an initial of it, or its Ukrainian/Russian counterpart) in the cross-script key. Two names in
    one script are not judged here (names.compatible does); a bare surname is a partial name and never enough."""
    if bool(_CYRILLIC.search(a)) == bool(_CYRILLIC.search(b)):
        return False
    pa, pb = parse(a), parse(b)
    if not (pa.full and pb.full):
        return False
    wa, wb = _words(a), _words(b)
    if len(wa) < 2 or len(wb) < 2 or latin_token(wa[-1]) != latin_token(wb[-1]):
        return False
    ga, gb = wa[0], wb[0]
    if len(ga.strip(".")) == 1 or len(gb.strip(".")) == 1:  # an initial: its letter
        return latin_token(ga)[:1] == latin_token(gb)[:1]
    return bool(_given_forms(ga) & _given_forms(gb))


def _words(name: str) -> list[str]:
    """A name's words, Russian order ("Песков Дмитрий Сергеевич") put first name first."""
    words = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*\.?", name)
    p = parse(name)
    if len(words) == 3 and _CYRILLIC.search(name) and p.surname and norm_token(fold(words[0])) == p.surname[0]:
        return [words[1], words[0]]
    return [words[0], words[-1]] if len(words) > 2 and _CYRILLIC.search(name) else words
