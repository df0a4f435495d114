"""English: a one-word name the tagger typed as a person that the document itself treats as an organisation (round
20): "Loomstack, the photo-sharing app with 90 million users, …", "Loomstack's co-founder and chief executive, …".

A new company's or an app's invented name ("Loomstack", "Picnix") has no given name in it, and the small model often
types it PERSON; the page tells what it is by the words it puts next to it: an apposition headed by an organisation
noun (``lang/en/org_anaphors.txt`` and ``org_evidence`` in ``words.tsv``: "the company", "the photo-sharing app") or a
possessive of something only an organisation has ("X's co-founder", "X's shares", "X's board": the same set). Then every
span of that word becomes an organisation. Never a known given name, nor the surname of a person the document
names in full ("Trump's spokesman" beside "Donald Trump"), nor a name the document ever writes after a title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules

_WS = re.compile(r"\s+")


@lru_cache(maxsize=2)
def _evidence(lang: str = "en") -> tuple[re.Pattern, re.Pattern]:
    nouns = set(rules.words(lang, "org_anaphors")) | set(rules.wordset(lang, "org_evidence"))
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    appos = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:" + alt + r")\b", re.I)
    owned = re.compile(r"[’']s\s+(?:(?:[\w-]+\s+)?and\s+)?(?:[\w-]+\s+){0,1}(?:" + alt + r")\b", re.I)
    return appos, owned


def organisations_typed_otherwise(spans, text: str) -> list:
    """``spans`` (start, end, label, extra) with the one-word PERSON names the text treats as organisations ORG."""
    people = [_WS.sub(" ", text[s:e]).split() for s, e, label, _ in spans if label == "PERSON"]
    surnames = {w[-1] for w in people if len(w) >= 2}
    single = {text[s:e] for s, e, label, _ in spans if label == "PERSON" and " " not in text[s:e].strip()}
    appos, owned = _evidence()
    orgs = set()
    for word in single:
        if not word[:1].isupper() or names.is_given_name(word) or word in surnames or \
                re.search(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+" + re.escape(word) + r"\b", text):
            continue
        for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
            if appos.match(text, m.end()) or owned.match(text, m.end()):
                orgs.add(word)
                break
    if not orgs:
        return spans
    return [(s, e, "ORG" if label == "PERSON" and text[s:e] in orgs else label, extra)
            for s, e, label, extra in spans]
