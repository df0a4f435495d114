"""What a name's shape and the project's data say of its type: a person's shape whatever the tagger typed it
(person_shaped), the type lang/en/not_actors.tsv gives a name (data_type), a last word that makes a name no person's
(not_person_head: "Dick Clark Productions"), a plural after "the" (a team or a family). Split from names.py (r29);
names re-exports them and is where readers import them from (this module uses its folds and parse)."""
from __future__ import annotations

import re
from functools import lru_cache

from .names import _english_words, fold, is_given_name, parse

_PERSON_SHAPE_WORD = re.compile(r"[A-Z][a-zà-ÿ'’-]+|[A-Z]\.")


@lru_cache(maxsize=20_000)
def person_shaped(name: str) -> bool:
    """A name of a person's shape whatever the tagger typed it: two or three capitalised words, the first a known
    given name and no English word or place opener (lang/en/place_openers.txt), the last no English word or plural
    of one ("Carly Fiorina", "Lester Holt"; not "Morgan Stanley", "Georgia Power", "San Diego", "Houston Astros",
    "Clinton Foundation")."""
    from . import rules
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_PERSON_SHAPE_WORD.fullmatch(w) for w in words):
        return False
    first = fold(words[0])
    if not is_given_name(words[0]) or common_word(first) or first in rules.words("en", "place_openers"):
        return False
    if fold(name) in _typed_names():
        return False  # names the data types otherwise ("Fannie Mae", "Mercedes Benz": not_actors.tsv)
    # a middle initial makes the shape a person's even when the surname is also a word ("Dwight D. Eisenhower",
    # "Harry S. Truman": WordNet lists famous surnames)
    initial = len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]) is not None
    return (initial or not common_word(words[-1])) and bool(parse(name).full)


@lru_cache(maxsize=1)
def _typed_names() -> dict[str, str]:
    """The names lang/en/not_actors.tsv gives another type ("ORG") or none ("-")."""
    from . import rules
    return {fold(row[0]): (row[1] if len(row) > 1 else "-") or "-" for row in rules.table("en", "not_actors")
            if row and row[0]}


def data_type(name: str) -> str | None:
    """The type lang/en/not_actors.tsv gives ``name`` ("Twitter": ORG, a platform; "-": no actor), or None."""
    return _typed_names().get(fold(name.strip()))


def common_word(tok: str) -> bool:
    """An English word of WordNet's (nouns too), or the plural of one, whatever else it is ("Exit", "Citizens";
    but also "Trump", "Bush", and the famous surnames WordNet lists: "Hitler", "Lincoln")."""
    t = fold(tok).strip(".")
    vocab = _english_words(True)
    return t in vocab or (t.endswith("s") and t[:-1] in vocab)


# -- names whose last word makes them no person ("Dick Clark Productions", "Northline Rail") -----------------------
@lru_cache(maxsize=8)
def _person_heads(lang: str) -> dict[str, tuple[str, bool]]:
    from . import rules
    try:
        rows = rules.table(lang or "en", "not_person_heads")
    except LookupError:
        return {}
    return {fold(r[0]): (r[1] if len(r) > 1 else "-", len(r) > 2 and r[2] == "always") for r in rows if r and r[0]}


def not_person_head(name: str, lang: str = "en") -> str | None:
    """The type a name typed PERSON really has by its last word (lang/<lang>/not_person_heads.tsv): an
    organisation ("Dick Clark Productions"), a place ("Trump Tower"), or "-" for none ("Davis Cup"); None: a
    person's name."""
    words = name.split()
    if len(words) < 2:
        return None
    hit = _person_heads(lang or "en").get(fold(words[-1]))
    if hit is None or (not hit[1] and is_given_name(words[0]) and not _named_after(words)):
        return None
    return hit[0]


def _named_after(words: list[str]) -> bool:
    """A head after a full name of two words or more, none an initial: a place or a thing named after a person
    ("Hermenegildo Galeana Street", "Martin Luther King Boulevard"); "John Tower", "John Q. Street" are persons."""
    return len(words) >= 3 and all(len(w.strip(".")) > 1 for w in words[:-1])


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def plural_after_the(text: str, s: int, name: str) -> bool:
    """A one-word plural the text writes after "the" ("the Steelers", "the Obamas"): a team, a band or a family,
    never one person."""
    return " " not in name and name[:1].isupper() and name[1:].islower() and name.endswith("s") and \
        not name.endswith(("ss", "us", "is")) and bool(_THE_BEFORE.search(text, max(0, s - 5), s))
