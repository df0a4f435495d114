"""Boilerplate paragraphs: comment counters, share/subscribe/read-more/cookie lines, bylines with datelines.

Rules are data (clean/rules/<lang>/boilerplate.txt); a paragraph is boilerplate only when a rule matches it
whole, so a sentence that merely contains "comments" or "subscribe" stays. A boilerplate line that the scraper
glued to the end of a paragraph ("...end the conflict.Комментарии (0)") is cut off the same way: the tail after a
sentence end must match a rule whole.
"""
from __future__ import annotations

import re

from ..langid import CYRILLIC, LATIN
from .data import boilerplate_rules

MAX_LEN = 400   # longer paragraphs are never boilerplate as a whole (cookie banners are the longest rules)
MAX_TAIL = 120  # a glued boilerplate tail is at most this long
# a sentence end (with its closing quote or bracket), optional spaces, then a capital letter or a digit
_TAIL_START = re.compile(r"[.!?…][\"”»’)\]]*\s*(?=[^\W_a-zа-яёіїєґ])")
_LETTERS = re.compile(r"[^\W\d_]")
_LIST_MARK = re.compile(r"[-–—•*·]\s+")
# the script a language's rules need in the line (a speed-up only; languages not listed are always tried)
LANGUAGE_SCRIPT = {"en": "latin", "ru": "cyrillic", "uk": "cyrillic"}
_SCRIPTS = {"latin": LATIN, "cyrillic": CYRILLIC}


def is_boilerplate(paragraph: str) -> str | None:
    """The language of the rule that matches the whole paragraph, or None."""
    s = paragraph.strip()
    if not s or len(s) > MAX_LEN:
        return None
    m = _LIST_MARK.match(s)  # "- Order Reprints": a list item of widget links
    scripts = {name for name, rx in _SCRIPTS.items() if rx.search(s)}
    for lang, rx in boilerplate_rules():
        need = LANGUAGE_SCRIPT.get(lang)
        if need is not None and need not in scripts:
            continue  # a Russian rule cannot match a line without Cyrillic letters
        if rx.fullmatch(s) or (m and rx.fullmatch(s, m.end())):
            return lang
    return None


def split_tail(paragraph: str) -> tuple[str, str | None]:
    """(paragraph without its glued boilerplate tail, the tail) or (paragraph, None)."""
    start = max(0, len(paragraph) - MAX_TAIL - 3)
    for m in _TAIL_START.finditer(paragraph, start):
        tail = paragraph[m.end():]
        if len(_LETTERS.findall(tail)) >= 3 and is_boilerplate(tail):
            head = paragraph[:m.end()].rstrip()
            if len(_LETTERS.findall(head)) >= 3:
                return head, tail.strip()
    return paragraph, None
