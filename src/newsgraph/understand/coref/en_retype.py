"""What the tagger typed wrong is set right before coref.en resolves pronouns (round 30): a hyphenated match-up is no
person (en_pairs.matchups: "a Clinton-Trump race"), and a name after a person's role is a person
(en_role_names.person_after_role: "The engineer Summer Hale"), and so is a name a person's trade describes by
apposition (person_by_apposition: "Nefzi, a chemistry professor, said")."""
from __future__ import annotations

from ..actors import Actors
from .en_pairs import matchups
from .en_role_names import person_after_role, person_by_apposition


def retype(actors: Actors, doc, text: str, lang: str) -> None:
    matchups(actors, doc)
    person_after_role(actors, doc, text, lang)
    person_by_apposition(actors, doc, lang)
