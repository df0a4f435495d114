"""Embedded posts written as markup in a plain text: the post's words stay, its markup goes.

Archives and scrapers keep an embedded tweet as an element around its text (``<tweet id="…" author="@handle"
datetime="…">words — Name (@handle) June 29, 2016</tweet>``, ``<tweet tweet-author="@handle" …>words<tweet/>``,
``<tweet tweet-id="…"><tweet/>`` for a post whose words were not kept). A reader sees the words and the
signature, never the element: the words stay where they are (a paragraph of their own, as the page shows the post),
the tags go to ``document.removed``, and an element with no words goes whole (with the period the scraper put after
it). Who wrote the post is what its signature says (understand/quotes/en_posts.py reads it), as on the page.
"""
from __future__ import annotations

import re

from ..record import Removed

# an element on its own line: the opening tag (attributes never run over a line), the words, the closing tag
_ELEMENT = re.compile(r"<tweet\b[^<>\n]*?(?:/>|>(?P<body>.*?)(?:</tweet\s*>|<tweet\s*/>))(?P<dot>[ \t]*\.(?![\w.]))?",
                      re.S | re.I)
# a tag left without its partner, or an opening tag the scraper cut at the line's end (an attribute value left open:
# '<tweet tweet-author="…" tweet-date="' … 'opposes.">Here, …'), whose '">' on a later line goes too
_LONE = re.compile(r'</?tweet\b[^<>\n]*(?:>(?:[ \t]*\.(?![\w.]))?|(?P<open>$))', re.I | re.M)
_OPEN_TAIL = re.compile(r'"[ \t]*>')


def unwrap_posts(text: str, removed: list) -> str:
    """``text`` with every embedded-post element replaced by its words (see the module's note); what goes is
    recorded in ``removed``."""
    if "<tweet" not in text.lower() and "</tweet" not in text.lower():
        return text

    def words(m: re.Match) -> str:
        body = (m.group("body") or "").strip()
        removed.append(Removed("markup: embedded post", m.group(0)[:200] if not body else
                               m.group(0)[:m.start("body") - m.start()][:200], "clean.blocks"))
        return body

    out = _ELEMENT.sub(words, text)
    pieces, i = [], 0
    for m in _LONE.finditer(out):
        if m.start() < i:
            continue
        pieces.append(out[i:m.start()])
        removed.append(Removed("markup: embedded post", m.group(0), "clean.blocks"))
        i = m.end()
        if m.group("open") is not None and (t := _OPEN_TAIL.search(out, i)) is not None:
            pieces.append(out[i:t.start()] + "\n")  # the words the cut tag ran over stay; its '">' ends them
            removed.append(Removed("markup: embedded post", t.group(0), "clean.blocks"))
            i = t.end()
    return "".join(pieces) + out[i:]
