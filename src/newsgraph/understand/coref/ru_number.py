"""The number of a calling the tagger misreads (round 26): "Синоптики предупредили, что …" tagged a singular proper
noun in the locative, so "синоптик" (person_nouns.txt) stood for the one person named before. A plural cue ("-ли")
with a word whose every reading in the nominative is plural (pymorphy2) is many people, no one named before."""
from __future__ import annotations


def plural_calling(word: str, cue: str | None) -> bool:
    """Is ``word`` a plural subject of the plural ``cue`` ("Синоптики предупредили"), whatever the tagger read?"""
    from ..names import _morph
    if not cue or not cue.lower().endswith(("ли", "лись")):
        return False
    nominative = [p for p in _morph().parse(word.lower()) if "NOUN" in p.tag and "nomn" in p.tag]
    return bool(nominative) and all("plur" in p.tag for p in nominative)
