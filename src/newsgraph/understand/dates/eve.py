"""Russian "накануне" (round 31): before a noun in the genitive or a date it is "on the eve of" that thing ("накануне
визита", "накануне 9 мая": a cue for what follows, ``cue_future``); standing alone ("Накануне парламент проголосовал
за резолюцию") it is "the day before": the day before the story's day the text last named, else before publication
(dates_terms.tsv ``накануне``). ``settings`` ``eve_words`` name the word; natasha's morphology tells the case."""
from __future__ import annotations

from .patterns import settings


def governs_a_thing(view, text: str, start: int, end: int, lang: str) -> bool:
    """Is the eve word at [start, end) followed by what it is the eve of (a genitive noun, adjective or name, or a
    number: "накануне визита", "накануне Нового года", "накануне 9 мая")?"""
    words = settings(lang).get("eve_words", "")
    if not words or text[start:end].lower() not in words.split("|"):
        return False
    toks = getattr(view, "tokens", None) if getattr(view, "natasha", None) is not None else None
    nxt = next((t for t in toks or [] if t.start >= end), None)
    if nxt is None:
        return text[end:end + 3].strip()[:1].isdigit()
    if nxt.pos == "NUM" or nxt.text[:1].isdigit():
        return True
    return nxt.pos in ("NOUN", "PROPN", "ADJ", "DET") and (nxt.feats or {}).get("Case") == "Gen"
