"""An organisation anaphor ("The company claimed …", "the carmaker said") with no organisation named within the
window coref.en looks back over (ORG_WINDOW): a long story names its company once, in its lead, and calls it "the
company" paragraphs later. Then the one organisation of the whole text before it that fits the noun is the one meant;
with two or more (a company and its rival, a buyer and a seller) the anaphor stays unresolved, as before. Not an
organisation whose name says it is of another kind ("Lakeview Hospital" is no "company": its last word a kind of
institution, words.tsv named_anaphors), nor one before an indefinite of the noun ("A company hired to clear the site
said … . The company said …": that company, unnamed) (round 30; review r30 finding 6)."""
from __future__ import annotations

import re

from .. import rules
from ..actors import Actors


def _other_kind(name: str, noun: str) -> bool:
    last = name.split()[-1].lower() if name.split() else ""
    return last != noun and last in rules.wordset("en", "named_anaphors")


def only_organisation(actors: Actors, pos: int, fits, noun: str = "") -> int | None:
    """The one entity named before ``pos`` that ``fits(entity)`` (and whose name is of no other kind than ``noun``),
    or None (none, or more than one, or an indefinite "a/an … NOUN" after it)."""
    found = {i for _, _, i in actors.before(pos, limit=400) if fits(actors.entities[i])
             and not (noun and _other_kind(actors.entities[i].name, noun))}
    if len(found) != 1:
        return None
    k = found.pop()
    last = max((m.end for m in actors.entities[k].mentions if m.end <= pos), default=pos)
    if noun and re.search(rf"\b[Aa]n?\s+(?:[\w-]+\s+)?{re.escape(noun)}\b", actors.text[last:pos]):
        return None
    return k
