"""The words and parse readings understand.dates checks around a candidate: the words a past act aims at ("postponed
to", ``_TARGET``), a street after a house number, the joiners of a range, the nouns of counting, a number that counts a
noun ("2000 troops"), and spaCy's DATE and EVENT entities that no pattern covered."""
from __future__ import annotations

import re
from functools import lru_cache

from .cand import Cand
from .patterns import YEAR, number_pattern, settings


# the words before a date that a past act aims at (a deadline, a postponement, a goal)
_TARGET = re.compile(r"(?:^|\W)(?:to|until|till|by|through|before|for)\s+(?:(?:at\s+least|as\s+(?:late|early|soon)\s+"
                     r"as|no\s+later\s+than|early|late|mid-?|the\s+(?:end|start|beginning|middle)\s+of)\s*)*$",
                     re.I)


@lru_cache(maxsize=None)
def _street(lang: str) -> re.Pattern | None:
    """What follows a house number: one to three capitalised words and a street word (``street_words``)."""
    words = settings(lang).get("street_words", "")
    return re.compile(rf"\s+(?:[A-Z0-9][\w'.-]*\s+){{1,3}}(?:{words})(?![\w])") if words else None


@lru_cache(maxsize=None)
def _joiner(lang: str) -> re.Pattern:
    """The words between the two ends of a range ("to", "through", a dash; ``range_joiners``)."""
    words = settings(lang).get("range_joiners", "")
    return re.compile(r"\s*[-–—]\s*" + (rf"|\s+(?:{words})\s+" if words else ""), re.I)


@lru_cache(maxsize=None)
def rough_patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """(before, after): the words that make a count of time rough ("six to eight weeks ago", "two or three years",
    "a few or several" before it; "or two", "or so" after it), from the language's number words
    (patterns.number_pattern) and its ``approx_joiners``, ``approx_counts`` and ``approx_after`` settings; None
    when the language gives no joiners."""
    conf = settings(lang)
    joiners = conf.get("approx_joiners", "")
    if not joiners:
        return None
    num = number_pattern(lang)
    counts = conf.get("approx_counts", "")
    count = f"{num}|{counts}" if counts else num
    after = conf.get("approx_after", "")
    # (not the article: "handed over $25 million last month to an outside group" is no rough count)
    before = re.compile(rf"(?<![\w])(?!an?\s)(?:{count})\s*(?:{joiners}|[-–])\s*$", re.I)
    after_rx = re.compile(rf"\s+(?:{joiners})\s+(?!an?(?![\w]))(?:{num}{'|' + after if after else ''})(?![\w])",
                          re.I)
    return before, after_rx


@lru_cache(maxsize=None)
def edition_after(lang: str) -> re.Pattern | None:
    """A year's own name words then a noun of a happening held each year (``edition_nouns``): "Climate Action 2016
    summit", "the 2018 Welcome Festival" (matched right after the year)."""
    nouns = settings(lang).get("edition_nouns", "")
    return re.compile(rf"(?:\s+[A-Z][\w-]*)*\s+(?i:{nouns})(?![\w])") if nouns else None


def _count_nouns(lang: str) -> re.Pattern | None:
    """The nouns of counting before "of" (``count_nouns``): "a score of 2072"."""
    words = settings(lang).get("count_nouns", "")
    return re.compile(rf"(?<![\w])(?:{words})\s+of\s+$", re.I) if words else None


def _counts_noun(doc, start: int, end: int, dated: frozenset = frozenset()) -> bool:
    """A year-like number that counts a plural noun ("to 2000 troops"); not when that noun is one a year dates
    (``dated``: "compared with 2014 numbers", "contradict 2013 comments": figures and sayings of that year)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return counts_noun(span[0], reach=3) and span[0].head.lower_ not in dated


def counts_noun(t, reach: int = 1) -> bool:
    """A spaCy number token that counts the plural noun right after it ("2000 troops"), so no year; with ``reach``
    the noun may follow within so many words, only its modifiers between ("a poll of 2047 registered voters")."""
    before = t.doc[t.i - 1].pos_ if t.i > 0 else ""
    h = t.head
    between = t.doc[t.i + 1:h.i] if t.i < h.i else ()
    if between and not (t.i > 0 and (t.doc[t.i - 1].lower_ == "of" or before == "VERB")):
        return False  # with words between, only a count after "of" or a verb ("surveyed 2047 likely voters"): "in
        #               2016 presidential primaries" is a year
    return t.dep_ == "nummod" and t.i < h.i <= t.i + reach and h.pos_ == "NOUN" and \
        "Plur" in h.morph.get("Number") and before not in ("DET", "PRON", "PROPN", "ADJ", "NOUN", "PART") and \
        all(b.head.i == h.i and b.dep_ in ("amod", "compound") and b.pos_ in ("ADJ", "VERB", "NOUN") for b in between)


_ENTITY_KEEP = re.compile(r"\b(?:1[89]|20)\d\ds?\b|\b(?:ago|last|next|this|past|coming|previous|earlier|later|"
                          r"weekend|spring|summer|autumn|fall|winter)\b", re.I)
_AGE = re.compile(r"\d+[- ](?:years?|days?|weeks?|months?)[- ](?:old|long)\b|-(?:year|day|week|month)-", re.I)
_DURATION = re.compile(r"^(?:about |some |nearly |almost |over |more than |at least |the )?[\w.,-]+ "
                       r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)(?: old| long)?$", re.I)


def _after_determiner(doc, i: int) -> bool:
    """Token ``i`` opens a noun phrase after its determiner, an adjective between at most ("the 2016 convention",
    "a crewed 2024 moon mission", "its planned 2021 launch")."""
    det = ("DT", "PRP$", "POS")
    if i > 0 and doc[i - 1].tag_ in det:
        return True
    return i > 1 and (doc[i - 1].pos_ == "ADJ" or doc[i - 1].tag_ == "VBN") and doc[i - 2].tag_ in det


def _entity_candidates(doc, happenings: frozenset = frozenset(), dated: frozenset = frozenset(),
                       edition: re.Pattern | None = None) -> list[Cand]:
    """spaCy DATE entities that look like dates (not durations such as "four years"), the year in the name of an
    EVENT, and a year before a noun of a happening that no entity holds ("the week before the 2016 convention": the
    convention's edition, as in an EVENT's name); resolved later."""
    out = []
    held = {t.i for ent in doc.ents if ent.label_ in ("DATE", "EVENT") for t in ent}
    for t in doc:
        if t.i not in held and re.fullmatch(YEAR, t.text) and t.dep_ in ("nummod", "compound", "amod") and \
                t.head.pos_ == "NOUN" and t.head.lower_ in happenings and not counts_noun(t, reach=3) and \
                _after_determiner(doc, t.i):
            out.append(Cand(t.idx, t.idx + len(t), "year", year=int(t.text), literal=True))
    for ent in doc.ents:
        if ent.label_ == "EVENT":  # a year in the name of a happening ("the 1967 war", "the 2016 Rio Olympics")
            out.extend(Cand(t.idx, t.idx + len(t), "year", year=int(t.text), literal=True) for t in ent
                       if re.fullmatch(YEAR, t.text) and t.dep_ in ("nummod", "compound", "amod", "npadvmod"))
        if ent.label_ != "DATE":
            continue
        t = ent.text
        if re.fullmatch(rf"{YEAR}\s+[A-Z][a-z]+", t) and ent[0].dep_ in ("nummod", "compound", "amod"):
            # a year before a capitalised word ("the 1963 March on Washington"): English writes a month before its year
            # ("March 1963"), so this is a year that modifies a name, not a month
            out.append(Cand(ent[0].idx, ent[0].idx + len(ent[0]), "year", year=int(ent[0].text), literal=True))
            continue
        if re.fullmatch(YEAR, t):  # "the 2025 elections"
            if not counts_noun(ent[0]) or ent[0].head.lower_ in dated:  # "2000 troops"; but "2014 numbers"
                out.append(Cand(ent.start_char, ent.end_char, "year", year=int(t), literal=True))
            continue
        if not _ENTITY_KEEP.search(t) or _DURATION.match(t) or _AGE.search(t) or re.fullmatch(r"\d+", t):
            continue
        if re.search(rf"{YEAR}[-–/](?:\d\d)?\d\d\b", t):
            continue  # a span of years ("the 2019-20 budget", "2019/2020"), no day (dateparser reads "2019-11-20")
        out.append(Cand(ent.start_char, ent.end_char, "entity"))
    return out + _coordinated_and_placed_years(doc, held, {c.start for c in out if c.kind == "year"}, edition)


_QUANTIFIED = re.compile(r"\b(?:more|fewer|less)\s+than\s+$|\b(?:over|about|nearly|almost|around|roughly|some|"
                         r"approximately|up\s+to|at\s+least)\s+$", re.I)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")  # "2000 conference delegates": the plural noun the number counts


def _coordinated_and_placed_years(doc, held: set, years: set, edition: re.Pattern | None = None) -> list[Cand]:
    """Years the parser leaves out of its DATE entities: (a) a number joined by "and"/"or" to a year shares its
    function ("the 2004 and 2008 conventions", "in 1988 and 1992": the parser dates the first conjunct only); (b) a
    year right after a place names what happened there that year ("Carter in Iowa 1976", "McCain in New Hampshire
    2000", "London 2012"), a time, not a title ("Windows 2000" is no place); (c) a year before a noun of a happening
    held each year is its edition's ("the Clean Energy 2015 forum": ``edition``)."""
    out = []
    for t in doc:
        if t.i in held or not re.fullmatch(YEAR, t.text) or counts_noun(t, reach=3):
            continue
        h = t.head
        m = edition.match(doc.text, t.idx + len(t)) if edition is not None else None
        if m is not None and not _QUANTIFIED.search(doc.text, max(0, t.idx - 24), t.idx) and \
                not _PLURAL_AFTER.match(doc.text, m.end()):
            # (not "More than 2000 conference delegates": a count of the plural noun after the edition noun)
            out.append(Cand(t.idx, t.idx + len(t), "year", year=int(t.text), literal=True))
            continue
        if t.dep_ == "conj" and h.i < t.i and re.fullmatch(YEAR, h.text) and \
                (h.ent_type_ == "DATE" or h.idx in years) and t.ent_type_ in ("", "CARDINAL", "QUANTITY"):
            out.append(Cand(t.idx, t.idx + len(t), "year", year=int(t.text), literal=True))
        elif t.i > 0 and t.dep_ in ("nummod", "npadvmod", "appos", "compound") and h.i == t.i - 1 and \
                doc[t.i - 1].ent_type_ == "GPE" and t.ent_type_ in ("GPE", "") and \
                (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I"):
            out.append(Cand(t.idx, t.idx + len(t), "year", year=int(t.text), literal=True))
    return out
