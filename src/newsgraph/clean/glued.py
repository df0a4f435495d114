"""Glued sentences: "reported by RBC.At the same time" -> "reported by RBC. At the same time".

A sentence end (. ! ? possibly followed by a closing quote or bracket) glued to a capitalised word is split with
one space, when the word before has at least two letters (so initials "J.R.R.", "U.S." stay) and the next word
is capitalised then lower-case (so "3.5", "Node.js", "a.m.", "ASP.NET" stay). URLs, e-mail addresses and domain
names ("Lenta.Ru", "Booking.Com": TLD list in clean/rules/common/tlds.txt) are protected.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .data import tlds

_UP = "A-ZА-ЯЁІЇЄҐÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zа-яёіїєґß-öø-ÿā-ž"
GLUED = re.compile(
    rf"(?<=[^\W\d_][^\W\d_])([.!?]+[\"”»’)\]]?|[\"”»’)\]][.!?]+)(?=[{_UP}][{_LOW}])"
    rf"|(?<=\d)([.!?]+[\"”»’)\]]?)(?=[{_UP}][{_LOW}]{{2}})"
    # a one-letter word after the glued end ("заявил.В Москве", "said.A source"): only after a lower-case word
    rf"|(?<=[{_LOW}][{_LOW}])([.!?]+[\"”»’)\]]?)(?=[{_UP}] [{_UP}{_LOW}])"
)
PROTECTED = re.compile(
    r"(?i)\b(?:https?://|ftp://|www\.)\S+"            # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"                  # e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,24})/\S*"    # domain with a path
)
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
CONTEXT = 24
# The word before a glued end is only looked at for its last few letters (abbreviations of up to 3 capitals):
# searching a bounded window keeps ``mend`` linear in the paragraph's length (a search from 0 for every match
# made it quadratic: 0.8 MB took 46 s).
_BEFORE_WINDOW = 8
_PROTECT_HINT = re.compile(r"(?i)@|://|www\.|/")
_TOKEN = re.compile(r"\S+")


def protected_spans(paragraph: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the URLs, e-mail addresses and domain paths of a paragraph (sorted, disjoint).

    None of them spans whitespace, so only the whitespace-separated tokens that may hold one are searched: the
    same spans as ``PROTECTED.finditer(paragraph)``, in time linear in the paragraph."""
    starts: list[int] = []
    ends: list[int] = []
    for t in _TOKEN.finditer(paragraph):
        tok = t.group()
        if _PROTECT_HINT.search(tok) is None:
            continue
        base = t.start()
        for p in PROTECTED.finditer(tok):
            starts.append(base + p.start())
            ends.append(base + p.end())
    return starts, ends


def _inside(spans: tuple[list[int], list[int]], pos: int) -> bool:
    i = bisect_right(spans[0], pos) - 1
    return i >= 0 and pos < spans[1][i]


def mend(paragraph: str) -> tuple[str, list[str]]:
    """The paragraph with glued sentences split, and the glued places (with some context) that were mended."""
    if "." not in paragraph and "!" not in paragraph and "?" not in paragraph:
        return paragraph, []
    spans = None
    out = []
    places = []
    last = 0
    for m in GLUED.finditer(paragraph):
        end = m.end()
        if spans is None:
            spans = protected_spans(paragraph)
        if _inside(spans, m.start()):
            continue
        nxt = _WORD_AFTER.match(paragraph, end)
        if nxt and nxt.group().lower() in tlds() and m.group().startswith(".") and len(m.group()) == 1:
            after = paragraph[nxt.end():nxt.end() + 1]
            if not after or not after.isalpha():
                continue  # Lenta.Ru, Booking.Com: a domain name
        before = _WORD_BEFORE.search(paragraph, max(0, m.start() - _BEFORE_WINDOW), m.start())
        if before and before.group().isupper() and len(before.group()) <= 3 and \
                paragraph[before.start() - 1:before.start()] == ".":
            continue  # "U.S.Army"-like abbreviations with inner dots
        out.append(paragraph[last:end])
        out.append(" ")
        last = end
        places.append(paragraph[max(0, m.start() - CONTEXT):end + CONTEXT])
    if not places:
        return paragraph, []
    out.append(paragraph[last:])
    return "".join(out), places
