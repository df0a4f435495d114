"""Boilerplate paragraphs: comment counters, share/subscribe/read-more/cookie lines, bylines with datelines.

Rules are data (clean/rules/<lang>/boilerplate.txt); a paragraph is boilerplate only when a rule matches it
whole, so a sentence that merely contains "comments" or "subscribe" stays.
"""
from __future__ import annotations

from .data import boilerplate_rules

MAX_LEN = 400  # longer paragraphs are never boilerplate (cookie banners are the longest rules)


def is_boilerplate(paragraph: str) -> str | None:
    """The language of the rule that matches the whole paragraph, or None."""
    s = paragraph.strip()
    if not s or len(s) > MAX_LEN:
        return None
    for lang, rx in boilerplate_rules():
        if rx.fullmatch(s):
            return lang
    return None
