"""Words of the day set against each other as ages, not days: "Yesterday, America was a land of slavery ... And
tomorrow, it will be a land of religious discrimination" (a preacher's antithesis) tells what a country was and will be
in the past and the future at large; neither is the day before nor the day after the sermon. The mark is the pair: a
word of the day that is the adverb of a clause saying what something IS (a copula with an indefinite noun and its
"of": "was a land of", "will be a nation of"), answered in its own or a neighbouring sentence by another word of the
day of a different day told the same way. One such clause alone keeps its day ("Yesterday, it was a quiet town; the
police came at noon"), and a clause of place or of a deed keeps it too ("Yesterday, the senator was in Iowa. Tomorrow,
he will be in New Hampshire"), as does a predicate without "of" (review32b: "Yesterday, it was a scorcher … Tomorrow,
it will be a washout"; "Yesterday, he was a substitute. Today, he is a starter"). English parse only (spaCy:
``npadvmod``/``advmod`` day word, ``attr`` predicate, the article's ``Definite=Ind``); r32.

A slogan's series names no day either (``in_series``, round 34): "oppose legal status “today, tomorrow, forever.”",
"segregation now, segregation tomorrow, segregation forever", signs saying "Merger today, Chapter 11 tomorrow." Each
item of the series ends in a word of time (``series_time_words``: today, tomorrow, now, forever ...), the items are
set off by commas or "and"/"or", and neither the word's own item nor its neighbour has a verb: together they say
"always", or set two ages against each other. A word whose own item tells a deed keeps its day ("Trump campaigned
yesterday, Clinton today": "yesterday" in a clause with a verb; "Clinton today" has no neighbour ending in a word of
time without a verb), and so does one that does not end its item ("She said today, tomorrow's vote will be close").
But a series names no day only as a slogan (datefix34): a two-item one of different words is a forecast or a schedule
("The forecast: rain today, snow tomorrow", "Senate vote today, House vote tomorrow") and names its days. A slogan
repeats its words ("no war today, no war tomorrow"), holds forever (``series_always_words``: forever, always, never),
runs to three items or more, or is carried on a placard, a banner, in a chant (``slogan_bearers``: "placards reading
'Mergers today, bankruptcy tomorrow'").
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import relative
from .patterns import settings

DAY_WORDS = ("day:-1", "day:0", "day:1")


def _day(t, lang: str) -> str | None:
    ms = relative.meanings(t.text, lang)
    return ms[0] if ms and len(ms) == 1 and ms[0] in DAY_WORDS else None


def _tells_what_it_is(t) -> bool:
    """Is the word of the day the adverb of a clause whose predicate is an indefinite noun ("was a land of")?"""
    if t.dep_ not in ("npadvmod", "advmod"):
        return False
    v = t.head
    return any(a.dep_ == "attr" and a.pos_ == "NOUN" and a.ent_type_ not in ("DATE", "TIME") and
               any(d.dep_ == "det" and "Ind" in d.morph.get("Definite") for d in a.children) and
               any(p.dep_ == "prep" and p.lower_ == "of" for p in a.children)
               for a in v.children)


def in_antithesis(doc, start: int, end: int, lang: str) -> bool:
    """Is the word of the day at [start, end) one half of a pair of ages (see the module's text)?"""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    t = span[0]
    mine = _day(t, lang)
    if mine is None or not _tells_what_it_is(t):
        return False
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= t.i < s.end), None)
    if k is None:
        return False
    near = [w for s in sents[max(0, k - 1):k + 2] for w in s if w.i != t.i]
    return any((d := _day(w, lang)) is not None and d != mine and _tells_what_it_is(w) for w in near)


_EDGE = ",;:.!?“”\"‘’—–()\n"


@lru_cache(maxsize=None)
def _table(lang: str, key: str) -> frozenset:
    return frozenset(w.strip().lower() for w in settings(lang).get(key, "").split("|") if w.strip())


def _series_words(lang: str) -> frozenset:
    return _table(lang, "series_time_words")


def _item_before(text: str, end: int) -> tuple[int, str]:
    """(start, words) of the series item ending at ``end``: back to the previous edge mark (or "and"/"or")."""
    i = end
    while i > 0 and text[i - 1] not in _EDGE:
        i -= 1
    item = text[i:end]
    m = re.search(r"^.*\b(?:and|or)\s+", item)
    return (i + m.end(), item[m.end():]) if m else (i, item)


def _verbless(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return span is None or not any(t.pos_ in ("VERB", "AUX") for t in span)


def _ends_in_time(text: str, start: int, end: int, words: frozenset, mine: str) -> bool:
    last = re.findall(r"[^\W\d_]+", text[start:end])
    return bool(last) and last[-1].lower() in words and last[-1].lower() != mine


def _item_after(doc, end: int, words: frozenset, mine: str) -> tuple[int, int] | None:
    """The verbless item ending in another word of time after the item that ends at ``end``, or None."""
    text = doc.text
    m = re.match(r"\s*(?:([,;])|(?:,\s*)?(?:and|or)\b|[.!?”\"]|$)", text[end:end + 8])
    if m is None or not m.group(0).strip() or m.group(0).strip()[-1] in ".!?”\"":
        return None
    j = end + m.end()
    while j < len(text) and text[j] not in _EDGE:
        j += 1
    s2, _ = _item_before(text, j)
    return (s2, j) if s2 < j and _ends_in_time(text, s2, j, words, mine) and _verbless(doc, s2, j) else None


def _item_ahead_of(doc, own_start: int, words: frozenset, mine: str) -> tuple[int, int] | None:
    """The verbless item ending in another word of time before the item that starts at ``own_start``, or None."""
    text = doc.text
    k = own_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k > 0 and text[k - 1] in ",;":
        e = k - 1
    elif re.search(r"\b(?:and|or)\s*$", text[max(0, own_start - 6):own_start]):
        b = re.search(r",?\s*\b(?:and|or)\s*$", text[:own_start])
        e = b.start() if b else own_start
    else:
        return None
    s1, _ = _item_before(text, e)
    return (s1, e) if s1 < e and _ends_in_time(text, s1, e, words, mine) and _verbless(doc, s1, e) else None


def _last_word(text: str, start: int, end: int) -> str:
    return re.findall(r"[^\W\d_]+", text[start:end])[-1].lower()


def _series(doc, start: int, end: int, words: frozenset) -> list[tuple[int, int]]:
    """The items, in order, of the verbless series whose item ends with the word of time at [start, end)."""
    text = doc.text
    own_start, _ = _item_before(text, start)
    if not _verbless(doc, own_start, start):
        return []
    items = [(own_start, end)]
    while len(items) < 8 and (nxt := _item_after(doc, items[-1][1], words, _last_word(text, *items[-1]))):
        items.append(nxt)
    while len(items) < 8 and (prv := _item_ahead_of(doc, items[0][0], words, _last_word(text, *items[0]))):
        items.insert(0, prv)
    return items


def _chanted(doc, start: int, lang: str) -> bool:
    """Does a word of a slogan's bearer (``slogan_bearers``: placards, chanted, banners ...) stand before the series
    in its sentence?"""
    bearers = _table(lang, "slogan_bearers")
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span[0]
    return any(w.lower_ in bearers or w.lemma_.lower() in bearers for w in t.sent if w.i < t.i)


def in_series(doc, start: int, end: int, lang: str) -> bool:
    """Is the word of time at [start, end) an item's end in a slogan's verbless series (see the module's text)?"""
    words = _series_words(lang)
    if doc is None or not words:
        return False
    text = doc.text
    if text[start:end].lower() not in words:
        return False
    items = _series(doc, start, end, words)
    if len(items) < 2:
        return False
    if len(items) >= 3 or any(_last_word(text, *i) in _table(lang, "series_always_words") for i in items):
        return True
    heads = {" ".join(re.findall(r"[^\W_]+", text[s:e].lower())[:-1]) for s, e in items}
    return (len(heads) == 1 and "" not in heads) or _chanted(doc, items[0][0], lang)


def names_no_day(doc, start: int, end: int, lang: str) -> bool:
    """A word of the day that names no day: one half of a pair of ages, or an item of a slogan's series."""
    return in_antithesis(doc, start, end, lang) or in_series(doc, start, end, lang)
