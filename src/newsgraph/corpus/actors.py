"""Actors across documents: name keys (transliteration variants folded) and the rules that decide whether a name in
a new document is an actor already in the registry.

The rules (applied by :class:`newsgraph.corpus.link.Linker` against the store):

1. A user alias (aliases.tsv / ``newsgraph alias``) wins: the name goes to the actor of its canonical name.
2. Same type and same name key (case, accents, possessive and the transliteration endings -y/-iy/-yy/-ii folded:
   "Zelensky", "Zelenskyy", "Zelenskiy" all have the key "zelenski") -> the same actor.
3. People: same surname key and compatible first names (equal keys, or one is the other's initial) -> the same
   actor. A bare surname ("Zelensky") joins the one person with that surname, or, when several people share it, the
   one whose role matches; otherwise it stays apart. Two different first names ("Donald Trump", "Melania Trump")
   are never merged.
"""
from __future__ import annotations

import re
import unicodedata

PERSON_TYPES = {"PERSON", "PER"}

_POSSESSIVE = re.compile(r"['’`]s?$")
_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
# transliteration endings folded to one: Zelensky / Zelenskyy / Zelenskiy / Zelenskii / Zelenskij -> zelenski
_ENDINGS = (("iyy", "i"), ("iy", "i"), ("yy", "i"), ("ii", "i"), ("ij", "i"), ("yi", "i"), ("y", "i"))


def fold(s: str) -> str:
    """Case-folded, accents removed (Zelenskyy -> zelenskyy, Macrón -> macron)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def norm_token(tok: str) -> str:
    t = _POSSESSIVE.sub("", tok)
    if len(t) > 4:
        for end, rep in _ENDINGS:
            if t.endswith(end):
                t = t[: -len(end)] + rep
                break
    return t


def tokens(name: str) -> list[str]:
    """Normalised tokens of a name ("Volodymyr Zelenskyy's" -> ["volodymyr", "zelenski"])."""
    return [norm_token(t) for t in _TOKEN.findall(fold(name.replace("’", "'")))]


def name_key(name: str) -> str:
    """The key two spellings of one name share: ``name_key("Zelenskiy") == name_key("Zelensky")``."""
    return " ".join(tokens(name))


def split_person(name: str) -> tuple[list[str], str]:
    """(given-name tokens, surname token) of a person's name, normalised."""
    t = tokens(name)
    if not t:
        return [], ""
    return t[:-1], t[-1]


def first_names_compatible(a: list[str], b: list[str]) -> bool:
    """Given names agree: equal, or one is missing, or one is the other's initial ("V." and "Volodymyr")."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return False


def role_key(role: str | None) -> str:
    return " ".join(tokens(role)) if role else ""


def good_alias(name: str, alias: str, typ: str) -> bool:
    """Whether ``alias`` (from a document's entity) may name the actor ``name`` across the whole corpus: the same
    key; for people, the same surname without a leading title or article ("Zelensky", "V. Zelensky"); for others,
    an acronym ("AFU", "US") or a name made of the same words. "Moscow" for Russia, "the group" or "Donald" are
    true in one article but would merge wrong actors across a corpus, so they are not registered."""
    a = alias.strip()
    if not a or not (a[0].isupper() or a[0].isdigit()):
        return False
    ak, nk = name_key(a), name_key(name)
    if not ak:
        return False
    if ak == nk:
        return True
    at, nt = ak.split(), nk.split()
    if typ in PERSON_TYPES:
        return len(at) <= 3 and at[-1] == nt[-1] and first_names_compatible(at[:-1], nt[:-1]) \
            and a.split()[0].lower() not in ("the", "a", "an")
    if a.isupper() and 2 <= len(a) <= 8 and " " not in a:
        return True
    return set(at) <= set(nt) and len(at) >= 2 or set(nt) <= set(at) and len(at) <= len(nt) + 1
