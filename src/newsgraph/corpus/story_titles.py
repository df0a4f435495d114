"""A story's title (corpus/stories.py, store/story_rows.py): a headline without the page's furniture
(``story_title``: the site's name, a section or column label, a kicker, a deck), and the first line of a text that
has no title (``untitled``)."""
from __future__ import annotations

import re
from functools import lru_cache


def untitled(text: str | None, n: int = 120) -> str | None:
    """The title of a story whose central article has none (a plain-text file): its first line, cut at a word
    within ``n`` characters ("The Latest: Kasich scores all 66 delegates after Ohio win."), never a run into the
    next paragraph); a dateline line above it ("Київ, 12 березня 2025 року.") is no title."""
    from ..ingest.pubdate import is_dateline
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip() and not is_dateline(ln)), "")
    if len(line) <= n:
        return line or None
    cut = line.rfind(" ", 0, n)
    return line[:cut if cut > n // 2 else n].rstrip(" ,;:") + "…"


# a headline's parts: a column or site name, a section, then the headline itself ("Opinion | ...", "... - Auto News")
_TITLE_PARTS = re.compile(r"\s+[|–—·]\s+|\s+-\s+|\s*::\s*|\s*//\s*")
# a newspaper's headline and its deck (the line under it) or its column's name, joined by a semicolon ("Lynch closes
# the door on Clinton probe; Congress gets its turn next", "A carbon tax that really works; Economic Scene")
_DECK = re.compile(r"\s*;\s+(?=[\"“'‘]?[A-Z])")  # (a deck is a sentence of its own: "...; time to be careful?" is not)
_END_STOP = re.compile(r"(?<=[a-z0-9]{2})\.$|(?<=[’'\"”)])\.$")  # a headline's full stop (not "U.S.")
_LABEL_PREFIX = re.compile(r"^\s*([^:|\n]{2,30}?)\s*:\s+")
_SECTION = re.compile(r"^(?:[A-Z][\w&.-]*\s+){0,2}News$")  # "Auto News", "Latest News"


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    from ..understand import rules
    return rules.words("en", "title_labels")


def _furniture(part: str, names: set[str], whole: str = "") -> bool:
    """A part of a headline that names no happening: the site's name, a label, a section, a kicker in capitals
    ("NEW HAMPSHIRE PRIMARY // GAME ON; What each candidate needs ...")."""
    p = part.strip().casefold()
    return p in names or p in _labels() or bool(_SECTION.match(part.strip())) or \
        (part.isupper() and len(part.split()) >= 2 and not whole.isupper())


def story_title(title: str | None, names=()) -> str | None:
    """A headline as a story's title: without the page's furniture at either end (the site's or outlet's name,
    ``names``; a column or section label, lang/en/title_labels.txt: "Opinion | ...", "... | Editorial",
    "BREAKING: ...", "... - Auto News"; a kicker in capitals), without a newspaper's deck or column name after a
    semicolon, and without a trailing separator or full stop. The headline itself is kept as the page wrote it."""
    if not title:
        return title
    t = " ".join(title.split())
    decks = [d for d in _DECK.split(t) if d.strip(" ;")]
    if len(decks) > 1:
        heads = [d for d in decks if not _furniture(d, set()) and len(d.split()) >= 2]
        t = heads[0] if heads else decks[0]
    folded = {n.casefold().strip() for n in names if n and n.strip()}
    for n in sorted(folded, key=len, reverse=True):  # "LinkNaija | Nigeria's popular news platform: ..."
        if len(t) > len(n) + 10 and t.casefold().startswith(n) and re.match(r"\s*[:|–—-]\s", t[len(n):]):
            t = t[len(n):].lstrip(" :|–—-")
        if len(t) > len(n) + 10 and t.casefold().endswith(n) and re.search(r"\s[:|–—-]\s*$", t[:-len(n)]):
            t = t[:-len(n)].rstrip(" :|–—-")
    while True:
        parts = _TITLE_PARTS.split(t)
        if len(parts) > 1 and _furniture(parts[0], folded, t) and len(" ".join(parts[1:])) >= 10:
            t = t[_TITLE_PARTS.search(t).end():]
        elif len(parts) > 1 and _furniture(parts[-1], folded, t) and len(" ".join(parts[:-1])) >= 10:
            t = t[:list(_TITLE_PARTS.finditer(t))[-1].start()]
        else:
            m = _LABEL_PREFIX.match(t)
            if m and _furniture(m.group(1), folded) and len(t) - m.end() >= 10:
                t = t[m.end():]
                continue
            break
    return _END_STOP.sub("", t.strip().rstrip(" ;:,|–—-").strip()) or title
