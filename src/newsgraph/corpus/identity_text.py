"""Where a document names people (a part of corpus/identity.py, split off for size): the sentence each full name
stands in, and the full names introduced as someone's relative ("his wife Hillary Clinton"); plain functions over
the text, used as evidence for which namesake a surname means."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..understand import names as N


# -- where the document names people: sentences and relatives ----------------------------------------------------
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMrs?|\bMs|\bDr|\bSt|\bSen|\bRep|\bGov|\bGen|\bJr|\bSr|\bU\.S)$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n")


def sentence_starts(text: str, positions: list[int]) -> dict[int, int]:
    """{position: where the sentence holding it starts} (a full stop, ?, ! or … before a capital, or a new line; not
    the full stop of "Mr." or an initial)."""
    if not positions:
        return {}
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(positions))
            if m.group().startswith("\n") or not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start())]
    return {p: ends[bisect.bisect_right(ends, p) - 1] if bisect.bisect_right(ends, p) else 0 for p in positions}


def _titles_only(between: str) -> bool:
    """Whether the words between two positions are titles only ("President ", "Former Sen. "): one name phrase."""
    return bool(between.strip()) and N.strip_titles(between.strip() + " X") == "X"


KIN_WORDS_BEFORE = 6  # how far before a full name a kinship word introduces the person as a relative


@lru_cache(maxsize=8)
def kinship_words(lang: str) -> frozenset[str]:
    from ..understand import rules
    try:
        return rules.words(lang or "en", "kinship_words")
    except LookupError:
        return frozenset()


def introduced_as_relative(text: str, positions, words: frozenset[str]) -> bool:
    """Whether a kinship word stands just before the name at one of ``positions`` ("his daughter Tiffany", "Trump's
    wife, Melania"; not "his wife watched Chelsea")."""
    return any(w[-1].casefold() in words for p in positions if (w := re.findall(r"[\w’'-]+", text[max(0, p - 40):p])))


def kin_positions(text: str, sentence: dict[int, int], words: frozenset[str]) -> set[int]:
    """The positions of full names introduced as someone's relative: a kinship word among the KIN_WORDS_BEFORE
    words before the name in its sentence, after any other name there ("his wife Hillary Clinton", "brother of John
    Podesta")."""
    out = set()
    for p, start in sentence.items():
        # from the sentence's start or the name before it in the sentence ("his wife, Senator Ana Vidal, former
        # governor Tom Vidal": the word is Ana's, not Tom's); a position joined to this one by titles only is the
        # same name phrase ("President Bill Clinton" / "Bill Clinton"), not a name before it
        start = max([start] + [q for q in sentence if start <= q < p and not _titles_only(text[q:p])])
        before = re.findall(r"[\w’'-]+", text[start:p])[-KIN_WORDS_BEFORE:]
        if any(w.casefold() in words for w in before):
            out.add(p)
    return out


def passing_namesakes(live: list, ev) -> list:
    """The namesakes the document names in full once, only after the surname is already in use, while another is
    named in full before it ("Bobby Scott ... Scott said ... two black senators, Cory Booker and Tim Scott"): a
    writer does not use a bare surname for someone not yet introduced, and a namesake named once in passing later
    is not its antecedent. Not for a surname in the headline (a title may name anyone the article then
    introduces), nor for a given name alone (``ev.family`` set: "her husband, Bill" before "Bill Clinton" is named,
    beside Bill Cosby named in full from the start: a relative called by given name is often named in full later)."""
    if ev.at < 0 or ev.in_headline or ev.family:
        return []
    before = [c for c in live if any(p < ev.at and p not in ev.kin for p in ev.named.get(c.id, []))]
    if not before:
        return []
    return [c for c in live if len(ev.named.get(c.id, [])) == 1 and ev.named[c.id][0] > ev.at]



_AND = re.compile(r"(?:\s+[A-Z]\.)*\s+(?:and|&)\s+[A-Z][\w’'-]+(?:\s+[A-Z]\.)*\s+([\w-]+)")


def coordinated_given(text: str, start: int, mention: str, person) -> bool:
    """Whether ``mention`` at ``start`` is ``person``'s given name alone, followed by "and" another given name and
    the person's surname: a couple or siblings named with one surname ("Khizr and Ghazala Khan", "Charles G. and
    David H. Koch"), which names the first of them in full."""
    if not person.first_raw or not person.surname or N.fold(mention.strip()) != N.fold(person.first_raw) or \
            not N.is_given_name(mention.strip()):  # "Obama and Hillary Clinton": no couple
        return False
    m = _AND.match(text, start + len(mention))
    return m is not None and N.fold(m.group(1)) == person.surname[0]


# -- a noun typed PERSON: the text's own hint that it is a word, not a surname ------------------------------------
_QUOTED = re.compile(r"(?<![^\W\d_])[\"'‘“]([^\"'’”‘“\n]{1,60})[\"'’”](?![^\W\d_])")
_SLOGAN_LINKS = frozenset({"or", "and", "the", "of", "a", "an", "in", "on", "for", "to", "&"})


def used_as_word(word: str, text: str) -> bool:
    """Whether the text itself treats ``word`` (a noun typed PERSON: "Bust") as a word of the language rather than a
    surname: it uses it inside a short quoted phrase of capitalised words, a slogan or a title ("'Bernie or Bust'",
    "“Fire and Fury”"). Without such a hint a noun is a surname like any other ("Rice said", "Bird scored", and
    “Fox was right”: a quoted sentence, no slogan)."""
    w = word.strip()
    for m in _QUOTED.finditer(text):
        words = [x.strip(",.!?;:") for x in m.group(1).split()]
        if w in words and len(words) <= 5 and all(x[:1].isupper() or x.lower() in _SLOGAN_LINKS for x in words):
            return True
    return False


def speaks(word: str, text: str, verbs: frozenset[str]) -> bool:
    """Whether the text has ``word`` (a noun typed PERSON) speak, a speech verb right after it ("Rice said", "Bird
    told reporters"): what a person does, not a word of the language ("Order was restored", "Cheers erupted")."""
    w = word.strip()
    return bool(w) and any(m.group(1).lower() in verbs
                           for m in re.finditer(r"\b" + re.escape(w) + r"\b\s+(\w+)", text))

