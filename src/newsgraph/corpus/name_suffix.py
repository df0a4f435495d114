"""A generational suffix between two names of one office-holder ("Joseph R. Biden Jr." / "Joe Biden").

"Jr." tells a son from the father who bears his name, so a name with it and one without are two people by their
names alone (names.compatible: "Donald Trump Jr." is not "Donald Trump"). Papers of record write some office-holders'
formal names with the suffix ("Vice President Joseph R. Biden Jr.", "Rev. Martin Luther King Jr.") where other
papers drop it: the document's role, an office one person holds at a time, then says which of the two it is.
"""
from __future__ import annotations

from dataclasses import replace

from ..understand import names as N
from .identity_choose import role_match

SAME_OFFICE = 0.5  # role words shared (Jaccard) with the candidate's voted role: "Vice President" / "Vice President"


def apart_by_suffix(person: N.PersonName, full_names: list[str]) -> bool:
    """Whether ``person`` differs from each of an actor's full names only by a generational suffix: without the
    suffixes the names are compatible, with them they are not."""
    fulls = [N.parse(f) for f in full_names]
    fulls = [f for f in fulls if f.full]
    if not fulls or not person.full:
        return False
    bare = replace(person, suffix="")
    return all(f.suffix != person.suffix and N.compatible(bare, replace(f, suffix="")) for f in fulls)


def same_office(doc_role: str | None, actor_role: str | None) -> bool:
    """Whether the document gives the name the office the actor's documents give it (its voted role)."""
    return bool(doc_role and actor_role) and role_match(doc_role, {actor_role: 1}) >= SAME_OFFICE
