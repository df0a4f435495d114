"""Gender agreement in English coreference when a name's gender is only a likelihood: a given name the name
dictionary gives as "mostly" one gender ("Marty", mostly male, is the name of women too: ``names.mostly_gendered``)
does not rule out a pronoun of the other gender. Its bearer takes such a pronoun when no other person fits
(``likely_other``), and keeps it once the text has called them so (``agrees``). Read by ``coref.en._pronouns``."""
from __future__ import annotations

from .. import names
from ..name_cues import PRONOUN_GENDER
from ..actors import Actors
from .en_lookup import salient_person

_TITLES = ("mr", "mrs", "ms", "miss", "sir", "lady", "lord")


def soft(actors: Actors, i: int) -> bool:
    """Entity ``i``'s gender comes from a "mostly" given name only (no "Mr."/"Mrs." before any of its mentions)."""
    ent = actors.entities[i]
    words = ent.name.split()
    if len(words) < 2 or not ent.gender or not names.mostly_gendered(words[0]) or \
            names.gender_of(words[0]) != ent.gender:
        return False
    return not any(m.text.split()[0].lower().strip(".") in _TITLES for m in ent.mentions if m.text.split())


def agrees(actors: Actors, i: int, gender: str, votes: dict[str, int] | None) -> bool:
    """Pronoun ``gender`` may stand for entity ``i``: no gender, the same, or a soft one the text has already
    overruled by calling the person by this pronoun ("Marty Walz … She said …")."""
    ent = actors.entities[i]
    if not ent.gender or gender not in ("m", "f") or ent.gender == gender:
        return True
    return bool(votes and votes.get(gender)) and soft(actors, i)


def likely_other(actors: Actors, pos: int, in_window, usable) -> int | None:
    """No person agrees with a "he"/"she" at ``pos``: the nearest person within the window (``in_window(start)``)
    whose gender is soft ("Marty Walz, the group's president, spoke. '…,' she said"), a subject before any other;
    ``usable(start)`` says whether a mention may be an antecedent at all (not inside someone else's quotation)."""
    return salient_person(actors, pos, in_window, lambda s, e, i: usable(s) and soft(actors, i))


def called(ent) -> str | None:
    """The gender the text's third-person pronouns give a person whose gender is unknown, when they clearly agree
    (at least twice as many of one as of the other: "Keyworth … he was", whatever a stray "she" says): such a person is
    not the "she" of a later attribution."""
    n = {"m": 0, "f": 0}
    for m in ent.mentions:
        g = PRONOUN_GENDER.get(m.text.lower()) if m.kind == "pronoun" else None
        if g:
            n[g] += 1
    if n["m"] > 2 * n["f"]:
        return "m"
    if n["f"] > 2 * n["m"]:
        return "f"
    return None


def text_gender(actors, i: int) -> str | None:
    """A person's gender for an attribution pronoun: a title's or a given name's, unless the name is only "mostly"
    of one gender (``soft``) and the text's own pronouns clearly say the other ("Taylor Swift … she said"); else
    the text's pronouns (None: unknown)."""
    ent = actors.entities[i]
    said = called(ent)
    if ent.gender and said and said != ent.gender and soft(actors, i):
        return said
    return ent.gender or said
