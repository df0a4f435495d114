"""Persons the tagger missed in apposition to a description of a person (English entities): "Her mother, Ana Ruiz,
said", "His attorney, Janet Whitcomb, said". A description headed by a relation, a title or a role noun (the nouns
``quotes.en_roles`` reads a person by: kinship_words, titles, role_heads, role_nouns) set off by a comma, then two or
three capitalised words that open with a known given name and end at a comma or a verb's edge, are a person's name:
news introduces a source so ("the girl's father, Tom Hale,"). Only where the tagger gave no span."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .. import rules
from ..names import is_given_name

_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sgt|Lt|Capt|Col|Gen|Sen|Rep|Gov)\.?\s+)?"  # the title is no part of the name
_NAME = r"([A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*){1,2})"


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """The nouns a description of a person is headed by (relations, titles, roles, trades; lower case)."""
    nouns = set(rules.words("en", "kinship_words")) | set(rules.words("en", "titles")) | \
        set(rules.words("en", "role_heads")) | {r[0].lower() for r in rules.table("en", "role_nouns")}
    for name in ("described_persons", "case_roles"):  # trades and parts in a case: "the retired banker", "suspect"
        try:
            nouns |= set(rules.wordset("en", name))
        except rules.RuleFileError:
            pass
    return frozenset(n for n in nouns if n.isalpha() or "-" in n)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    nouns = sorted(person_nouns(), key=len, reverse=True)
    return re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][\w.’'-]*[’']s)\s+(?:[a-z][\w-]*\s+){0,2}"
                      r"(?:co-)?(?:" + "|".join(map(re.escape, nouns)) + r"),\s+" + _TITLE + _NAME
                      + r"(?=,|\s+(?:said|says|told|added)\b)")


def appositive_persons(spans: list, text: str) -> list:
    """``spans`` with a PERSON span added for each such name no span covers."""
    taken = sorted((s, e) for s, e, _, _ in spans)
    starts = [s for s, _ in taken]
    added = False
    for m in _pattern().finditer(text):
        s, e = m.span(1)
        if not is_given_name(m.group(1).split()[0]):
            continue
        k = bisect.bisect_right(starts, e) - 1
        if k >= 0 and taken[k][1] > s:
            continue  # the tagger has a span there (its type is the retyping's)
        spans.append([s, e, "PERSON", None])
        added = True
    if added:
        spans.sort(key=lambda sp: (sp[0], -sp[1]))
    return spans


# round 26 (enspk26): a name the tagger missed where news introduces a person: after a capitalised title ("Sheriff Bo
# Creel of Levy County estimated"), or opening a sentence before an apposition or a speech verb ("Ana Ruiz, a Keane
# spokeswoman, called"; "Ana Ruiz said"). Without it the person is no actor: the quotation's "she said" goes to
# another woman named earlier. The opening name needs a known given name and a surname that is no English word.
_NAME2 = r"([A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?\s+[A-Z][a-z][\w’'-]*)"
_OPENING = re.compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))" + _NAME2 +
                      r"(?=,\s+(?:an?|the|who|\d)\b|\s+(?:said|says|told)\b)", re.M)


@lru_cache(maxsize=1)
def _titled() -> re.Pattern:
    titles = sorted((t for t in rules.words("en", "titles") if t.isalpha() and len(t) > 3), key=len, reverse=True)
    caps = "|".join(re.escape(t[:1].upper() + t[1:]) for t in titles)
    return re.compile(r"\b(?:" + caps + r")\s+" + _NAME2 + r"(?=[\s,.])")


_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")


def _office(words: list[str], text: str, end: int) -> bool:
    """The words after a title are an office, not a name ("Deputy Prime Minister Chrystia Freeland", "Deputy Chief
    Medical Officer Jonathan Van-Tam"; review r26 #4): a title themselves, or followed by another capitalised word."""
    titles = _title_words()
    return " ".join(words).lower() in titles or any(w.lower() in titles for w in words) or \
        bool(_CAP_AFTER.match(text, end))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(t.lower() for t in rules.words("en", "titles"))


def introduced_persons(spans: list, text: str) -> list:
    """``spans`` with a PERSON span added for each such name no span covers or touches."""
    from ..names import is_word
    from .en_spans import _title_case_headline  # (capitals in a Title Case headline tell no name: "Senator Aims Jab")
    taken = sorted((s, e) for s, e, _, _ in spans)
    starts = [s for s, _ in taken]
    added = False
    for m in [*_OPENING.finditer(text), *_titled().finditer(text)]:
        s, e = m.span(1)
        words = m.group(1).split()
        if m.re is _OPENING and (not is_given_name(words[0]) or is_word(words[-1], nouns=True)) or \
                _title_case_headline(text, s) or m.re is not _OPENING and _office(words, text, e):
            continue
        k = bisect.bisect_right(starts, e) - 1
        if k >= 0 and taken[k][1] > s - 1:
            continue  # the tagger has a span there (its type is the retyping's), or one runs up to the name
        spans.append([s, e, "PERSON", None])
        taken.append((s, e))
        taken.sort()
        starts = [a for a, _ in taken]
        added = True
    if added:
        spans.sort(key=lambda sp: (sp[0], -sp[1]))
    return spans
