"""A new, recent act after an old narrative (round 34, issue 18). A month or a day without a year takes the year a past
narrative wrote sentences before it (other_dates._narrative_year, narrative.py), but not when its own sentence tells
a new act that reaches up to now:

- **its clause is in the present perfect** ("A lawsuit was filed in 2012. In October, the court has ruled ...": a
  present perfect ties the act to now, not to a story's old year);
- **its sentence has a word of a recent act** ("In October, the court most recently reversed ...":
  ``recent_act_cues``);
- **it opens its sentence, the written year is older than last year, and the very next sentence says the story is
  still going on** ("A federal lawsuit was filed in 2012 ... In October, the 3rd Circuit reversed a previous
  decision ... The case is ongoing.", written in November 2015: ``ongoing_words`` in a present sentence): a story
  told up to now has its last dated step recent, and a reporter does not leave a step years back without its year.

Near misses keep the narrative's year: a story that ends in the past ("In 2008, the banks were failing. In September,
Lehman collapsed. It was the largest bankruptcy in history."), a present sentence of another state ("... In November,
he was elected. He is now a professor", "Its founder still lives in New York": a state, not the story unfinished),
a month inside its sentence. English parse only."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import settings

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_QUOTES = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")


@lru_cache(maxsize=None)
def _words(lang: str, key: str):
    words = settings(lang).get(key, "")
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I) if words else None


def _sentence(doc, start: int, end: int):
    s = doc.char_span(start, end, alignment_mode="expand")
    return s.sent if s is not None and len(s) else None


def _present(sent) -> bool:
    root = sent.root
    return root.tag_ in _PRESENT_TAGS or any(
        ch.dep_ in ("aux", "auxpass") and ch.tag_ in _PRESENT_TAGS and ch.lemma_ != "have" for ch in root.children)


def recent_step(view, text: str, lang: str, c, o, perfect: bool, pub_year: int) -> bool:
    """Does the month or day ``c`` tell a new, recent act that does not take the year of the narrative anchor ``o``
    (see the module docstring)? ``perfect``: its clause is in the present perfect."""
    if perfect:
        return True
    doc = getattr(view, "spacy", None) if view is not None else None
    if doc is None:
        return False
    sent = _sentence(doc, c.start, c.end)
    if sent is None:
        return False
    cues = _words(lang, "recent_act_cues")
    if cues is not None and cues.search(sent.text):
        return True
    opens = re.fullmatch(r"\W*(?:\w+\s+){0,2}", text[sent.start_char:c.start]) is not None  # ("In October, ...")
    if not opens or not o.year or o.year >= pub_year - 1 or sent.end >= len(doc):
        return False
    after = doc[sent.end].sent
    if "\n" in text[sent.end_char:after.start_char] or _QUOTES.search(after.text):
        return False  # (the next paragraph, or a quotation, tells of its own time)
    ongoing = _words(lang, "ongoing_words")
    return ongoing is not None and _present(after) and bool(ongoing.search(after.text))
