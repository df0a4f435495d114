"""The English document gazetteer: names the model found somewhere in a document found again everywhere in it (the
model often misses a name in one sentence that it tagged in another), with the countries and capitals of the data
file (en.extract's step after the retyping)."""
from __future__ import annotations

import bisect
import re

from .. import rules
from ..names import common_word, is_given_name, person_shaped
from .en_spans import _title_case_headline, after_prefix


_GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'’-]+)[ \t]+$")


def add_gazetteer(spans, text, lex):
    """Find again, anywhere in the text, the names the model found somewhere (it often misses a name in one
    sentence that it tagged in another): a substring search per name (case-insensitive for names of several
    words, so that «coalition of the willing» joins «Coalition of the Willing»), and the countries and capitals of
    the data file by one precompiled regex."""
    names: dict[str, tuple[str, str | None]] = {}
    for s, e, label, extra in spans:
        if label in ("NORP",):
            continue
        t = text[s:e]
        if len(t) < 2 or not t[0].isupper() and label != "MEDIA":
            continue
        names.setdefault(t, (label, extra))
        if label == "PERSON":
            toks = t.split()
            if len(toks) >= 2 and len(toks[-1]) > 2:
                names.setdefault(toks[-1], ("PERSON", None))
            if len(toks) == 2 and len(toks[0]) > 2 and is_given_name(toks[0]):
                # "Ivanka" alone, after "Ivanka Trump"; "Piers" after a lead in capitals, "PIERS Corbyn"
                names.setdefault(toks[0].capitalize() if toks[0].isupper() else toks[0], ("PERSON", None))
        elif label in ("ORG", "GPE", "LOC", "FAC") and extra is None and person_shaped(t):
            # "Sean Hannity" typed ORG (a person by its shape, retyped when clustered): "Hannity said" is he too
            names.setdefault(t.split()[-1], ("PERSON", None))
    taken = sorted((sp[0], sp[1]) for sp in spans)
    found = []
    # the document's own names: plain substring search (C speed, no regex to compile per document)
    lowered = None
    n = len(text)
    for name in names:
        if " " in name:
            if lowered is None:
                lowered = text.lower()
                if len(lowered) != n:  # a letter whose lower case is longer ("İ"): stay case-sensitive
                    lowered = text
            hay, needle = lowered, (name.lower() if lowered is not text else name)
        else:
            hay, needle = text, name
        i = hay.find(needle)
        while i >= 0:
            j = i + len(needle)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_")) and (
                    j >= n or not (text[j].isalnum() or text[j] in "-_")):
                found.append((i, j, name))
            i = hay.find(needle, j)
    # countries and capitals from the data file: one regex compiled once per language
    for m in lex.place_re.finditer(text):
        if m.group() not in names:
            found.append((m.start(), m.end(), m.group()))
            names[m.group()] = ("GPE", None)
    found.sort(key=lambda x: (x[0], x[0] - x[1]))
    if not found:
        return spans
    starts = [a for a, _ in taken]
    given_found: set[str] = set()
    for s, e, key in found:
        given = None
        if " " not in key and names[key][0] == "PERSON":
            # a surname found again right after a given name is someone else of that family, whom the model
            # missed: "Ivanka Trump" in an article about Donald Trump is not one more "Trump"
            m = _GIVEN_BEFORE.search(text, max(0, s - 40), s)
            if m and _given(m.group(1)) and m.group(1) != key and not (
                    common_word(m.group(1)) and m.group(1) not in lex.first_names and _title_case_headline(text, s)):
                # (a Title Case headline's word that is also a given name is the word: "May Have Won Cruz The
                # Caucus")
                # (a prefix glued by a hyphen is no part of it: "Anti-Donald Trump" is Donald Trump)
                s = after_prefix(text, m.start(1), m.end(1))
                given = text[s:m.end(1)]
        if given and given not in names and len(given) > 2 and (not common_word(given) or given in lex.first_names):
            # its given name alone is searched too ("Ivanka" after "Ivanka Trump"); a word that is also a given name
            # somewhere only from our own list ("General" of "Secretary General Jens Stoltenberg" is no name)
            given_found.add(given)
        k = bisect.bisect_right(starts, e)
        if any(a < e and s < b for a, b in taken[max(0, k - 3):k]):
            continue
        label, extra = names[key]
        spans.append([s, e, label, extra])
        k = bisect.bisect_left(taken, (s, e))
        taken.insert(k, (s, e))
        starts.insert(k, s)
    if given_found:
        _given_alone(spans, text, given_found, taken)
    _kin_given(spans, text, taken)
    return spans


_KIN_GIVEN = None


def _kin_given(spans, text: str, taken: list) -> None:
    """A given name right after a kinship word, which the model rarely tags ("his daughter Ivanka", "Trump's son
    Barron", "his wife, Lara"): a person's name (lang/en/kinship_words.txt; a known given name that is no English
    word, not followed by a capitalised word: "his wife Hillary Clinton" is the model's full name)."""
    global _KIN_GIVEN
    if _KIN_GIVEN is None:
        words = sorted(rules.words("en", "kinship_words"), key=len, reverse=True)
        _KIN_GIVEN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) +
                                r"),?[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z]|[-’'\w])")
    for m in _KIN_GIVEN.finditer(text):
        g = m.group(1)
        if not is_given_name(g) or common_word(g):
            continue
        s, e = m.span(1)
        k = bisect.bisect_right([a for a, _ in taken], e)
        if any(a < e and s < b for a, b in taken[max(0, k - 3):k]):
            continue
        spans.append([s, e, "PERSON", None])
        taken.insert(bisect.bisect_left(taken, (s, e)), (s, e))


def _given(word: str) -> bool:
    """A known given name, or a double one of two known given names ("Eva-Marie", "Jean-Claude")."""
    parts = [p for p in word.split("-") if p]
    return is_given_name(word) or (len(parts) >= 2 and all(is_given_name(p) for p in parts))


def _given_alone(spans, text: str, given: set[str], taken: list) -> None:
    """The given name alone of a full name this gazetteer found ("Ivanka Trump" after "Trump", which the model
    tagged alone): "what Ivanka sees" is she as much as after a full name the model tagged (the clustering joins a
    bare first name to the only full name that starts with it, or leaves it apart)."""
    for g in sorted(given):
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(g) + r"(?![\w-])", text):
            s, e = m.span()
            k = bisect.bisect_right([a for a, _ in taken], e)
            if any(a < e and s < b for a, b in taken[max(0, k - 3):k]):
                continue
            spans.append([s, e, "PERSON", None])
            taken.insert(bisect.bisect_left(taken, (s, e)), (s, e))
