"""What the tagger typed wrong is set right before coref.en resolves pronouns (round 30): a hyphenated match-up is no
person (en_pairs.matchups: "a Clinton-Trump race"), and a name after a person's role is a person
(en_role_names.person_after_role: "The engineer Summer Hale")."""
from __future__ import annotations

from ..actors import Actors
from .en_pairs import matchups
from .en_role_names import person_after_role


def retype(actors: Actors, doc, text: str, lang: str) -> None:
    matchups(actors, doc)
    person_after_role(actors, doc, text, lang)
