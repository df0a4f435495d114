"""A name right after a person's role or trade ("The engineer Summer Hale", "the nurse Ivy Long", "Mayor Rose
Castle") is a person's, whatever the tagger typed it: a given name it may read as a season, a flower or a word
("Summer", "Ivy", "Rose") makes an ORG of it, and the person then has no pronoun, no quote of an unlabelled interview
and no "she said". Retyped PERSON here, before the pronouns are resolved, when the name is a known given name and a
surname (two or three capitalised words, no organisation's word: names.not_person_head) and "the/a" + a role noun
(lang/en titles, role_heads, role_nouns) or a trade (words.tsv described_persons) stands right before one
of its mentions. "The company Summer Hill" (no person's noun) and "the engineer Summer Hill Partners" (an
organisation's word) stay as typed (round 30)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules
from ..actors import Actors

_BEFORE = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?([a-z-]+)\s+$")


@lru_cache(maxsize=4)
def _person_nouns(lang: str) -> frozenset[str]:
    return frozenset(set(rules.words(lang, "titles")) | set(rules.words(lang, "role_heads")) |
                     {r[0].lower() for r in rules.table(lang, "role_nouns")} |
                     set(rules.wordset(lang, "described_persons")))


def person_after_role(actors: Actors, text: str, lang: str = "en") -> None:
    role_nouns = _person_nouns(lang)
    for ent in actors.entities:
        words = ent.name.split()
        if ent.type not in ("ORG", "GPE", "LOC", "FAC", "PRODUCT") or not 2 <= len(words) <= 3 or \
                not all(w[:1].isupper() for w in words) or not names.given_in_english(words[0]) or \
                names.not_person_head(ent.name) is not None:
            continue
        for m in ent.mentions:
            b = _BEFORE.search(text, max(0, m.start - 40), m.start)
            if b is not None and b.group(1) in role_nouns and m.text == ent.name:
                ent.type = "PERSON"
                ent.gender = ent.gender or names.gender_of(words[0]) or None
                break
