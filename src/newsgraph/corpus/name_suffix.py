"""A generational suffix between two names of one office-holder ("Joseph R. Biden Jr." / "Joe Biden").

"Jr." tells a son from the father who bears his name, so a name with it and one without are two people by their
names alone (names.compatible: "Donald Trump Jr." is not "Donald Trump"); a son often holds his father's office too
("Rep. Donald Payne Jr." beside "Rep. Donald Payne"), so a shared office alone joins nothing. Papers of record write
some office-holders' formal names with the suffix ("Vice President Joseph R. Biden Jr.") where other papers write the
name the person goes by, a short form of the given name and no suffix ("Joe Biden"): the father bears the very given
name the son was named with, so a name written with another form of it and the office the document gives (the
actor's own) is the office-holder.
"""
from __future__ import annotations

from dataclasses import replace

from ..understand import names as N
from .identity_choose import role_match

SAME_OFFICE = 0.5  # role words shared (Jaccard) with the candidate's voted role: "Vice President" / "Vice President"


def apart_by_suffix(person: N.PersonName, full_names: list[str], name: str = "") -> bool:
    """Whether ``person`` differs from each of an actor's full names only by a generational suffix (without the
    suffixes the names are compatible, with them they are not), and from the name the actor goes by (``name``, the
    full name most of its documents use; else its first full name) by the form of the given name too ("Joe" /
    "Joseph R. ... Jr.")."""
    fulls = [N.parse(f) for f in full_names]
    fulls = [f for f in fulls if f.full]
    if not fulls or not person.full:
        return False
    own = N.parse(name) if name and N.parse(name).full else fulls[0]
    bare = replace(person, suffix="")
    # (the same given name as written is the father's or the son's: "Walter Brandt" / "Walter Brandt Jr.")
    return own.first != person.first and all(f.suffix != person.suffix and N.compatible(bare, replace(f, suffix=""))
                                             for f in fulls)


def same_office(doc_role: str | None, actor_role: str | None) -> bool:
    """Whether the document gives the name the office the actor's documents give it (its voted role)."""
    return bool(doc_role and actor_role) and role_match(doc_role, {actor_role: 1}) >= SAME_OFFICE
