"""An organisation anaphor ("The company claimed …", "the carmaker said") with no organisation named within the
window coref.en looks back over (ORG_WINDOW): a long story names its company once, in its lead, and calls it "the
company" paragraphs later. Then the one organisation of the whole text before it that fits the noun is the one meant;
with two or more (a company and its rival, a buyer and a seller) the anaphor stays unresolved, as before (round 30)."""
from __future__ import annotations

from ..actors import Actors


def only_organisation(actors: Actors, pos: int, fits) -> int | None:
    """The one entity named before ``pos`` that ``fits(entity)``, or None (none, or more than one)."""
    found = {i for _, _, i in actors.before(pos, limit=400) if fits(actors.entities[i])}
    return found.pop() if len(found) == 1 else None
