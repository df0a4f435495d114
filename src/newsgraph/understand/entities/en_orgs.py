"""English organisation names the page gives its own way: a bare acronym of a name spelled out elsewhere
(``bare_acronyms``: "the Democratic National Committee ... the DNC said"), and a one-word name the tagger typed as a
person that the document itself treats as an organisation (round 20: "Loomstack, the photo-sharing app with 90
million users, …", "Loomstack's co-founder and chief executive, …").

A new company's or an app's invented name ("Loomstack", "Picnix") has no given name in it, and the small model often
types it PERSON; the page tells what it is by the words it puts next to it: an apposition headed by an organisation
noun (``lang/en/org_anaphors.txt`` and ``org_evidence`` in ``words.tsv``: "the company", "the photo-sharing app") or a
possessive of something only an organisation has ("X's co-founder", "X's shares", "X's board": the same set). Then every
span of that word becomes an organisation. Never a known given name, nor the surname of a person the document
names in full ("Trump's spokesman" beside "Donald Trump"), nor a name the document ever writes after a title. A
saint's name in the possessive with nothing after it ("St. Luke's said") names an institution (``_saints_places``).
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
    orgs |= _saints_places(spans, text)
    if not orgs:
        return spans
    return [(s, e, "ORG" if label == "PERSON" and text[s:e] in orgs else label, extra)
            for s, e, label, extra in spans]


# "St. Luke's said", "taken to St. Luke's.": a saint's name in the possessive with nothing it owns after it
_SAINTS_ALONE = re.compile(r"[’']s(?=[,.;:)]|\s+(?:said|says|is|was|has|had|and|in|on|at|where|which|did|does)\b)")


def _saints_places(spans, text: str) -> set[str]:
    """A saint's name the tagger typed a person ("St. Luke") that the text writes in the possessive with no noun
    after it ("St. Luke's said in a statement", "was taken to St. Luke's."): news names hospitals, churches and
    schools by their patron saint that way (the building or body of St. Luke), so it is an organisation; the
    saint himself owns a noun ("St. Paul's letter") and stays as typed."""
    out = set()
    for s, e, label, _ in spans:
        name = text[s:e]
        if label == "PERSON" and re.match(r"(?:St\.|Saint)\s+[A-Z]", name) and _SAINTS_ALONE.match(text, e):
            out.add(name)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and (w[0].isupper()))


_BARE_ACRONYM = re.compile(r"[A-Z]{3,6}")


def bare_acronyms(actors) -> None:
    """An acronym the page uses without spelling it out in brackets ("the Democratic National Committee ... the
    DNC said"): it joins the one organisation of the page whose capitalised words' initials it is, all of them and
    in order (three letters at least: two-letter acronyms are too many things). None or several: left as it is."""
    for j, ent in enumerate(actors.entities):
        if ent.type != "ORG" or not _BARE_ACRONYM.fullmatch(ent.name) or not ent.mentions:
            continue
        fits = [i for i, o in enumerate(actors.entities) if i != j and o.type == "ORG" and o.mentions and
                len(o.name.split()) >= 3 and _initials(o.name) == ent.name]
        if not fits:  # "the Chinese Center for Disease Control and Prevention ... The CDC": the initials after a
            # country's word, before a trailing "and …" (the short form news uses), when only one name gives them
            fits = [i for i, o in enumerate(actors.entities) if i != j and o.type == "ORG" and o.mentions and
                    len(o.name.split()) >= 3 and ent.name in _short_initials(o.name)]
        if len(fits) == 1:
            actors.move_mentions(j, fits[0], "acronym")
            actors.entities[fits[0]].aliases.append(ent.name)


def _short_initials(name: str) -> set[str]:
    """The initials of ``name`` without its first word, without an "and …" tail, and without both."""
    words = re.split(r"[\s\-]+", name)
    cut = [i for i, w in enumerate(words) if w == "and"]
    tails = [words, words[:cut[-1]]] if cut else [words]
    return {_initials(" ".join(t[k:])) for t in tails for k in (0, 1) if len(t) - k >= 3} - {_initials(name)}
