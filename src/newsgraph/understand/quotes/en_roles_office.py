"""The office a lead's description names in capitals (English, issue 16; newuser33): "In May, a U.S. District Court
judge sided with the Democrats, saying …" is no "Circuit Court Judge David McKeague" named in the next paragraph.
``en_roles.role_actor`` lets a lead's indefinite description ("a …") go to the person named right after it with its
role noun, dropping the description's capitalised words, as news drops the place or the nationality when it names the
person ("A California transit chief says … . Interim BART Police Chief Ed Alvarez told …"). The capitalised words that
are no place or nationality name the office itself (a court, an agency, a board: "District Court", "Federal Reserve"),
and the person named after it holds that office only if the naming keeps those words among the person's roles."""
from __future__ import annotations

from typing import Callable

_PLACES = frozenset({"GPE", "NORP", "LOC"})


def office_words(ctx, lo: int, hi: int, norm: Callable[[list[str]], list[str]]) -> set[str]:
    """The capitalised words of the description ``text[lo:hi]`` before its last word that are no place, nationality
    or sentence opening, normalised as role words are ("U.S. District Court judge": district, court)."""
    toks = [t for t in ctx.tokens(lo, hi) if not t.is_punct]
    out = []
    for t in toks[1:-1]:  # (not the determiner, not the head noun)
        if t.text[:1].isupper() and t.text[1:].islower() and t.ent_type_ not in _PLACES and t.pos_ != "ADJ":
            out.append(t.text)
    return set(norm(out))


def holds_office(office: set[str], roles: set[str]) -> bool:
    """The person's role words keep every word of the office (none named: any person fits)."""
    return office <= roles
