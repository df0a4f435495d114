"""HTML reader: main content, title, publication date, author and site name through trafilatura.

trafilatura scored best of the open extractors on the article-extraction benchmark (F1 0.958); see
``newsgraph eval extraction``. ``from_html`` is also what the JSONL, feed and WARC readers call for HTML bodies.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from .base import RawDocument
from .pubdate import publication_day, url_date  # noqa: F401 - the publication-date functions, re-exported

# Options passed to trafilatura, kept in one place; `newsgraph eval extraction` measures them on the 181 pages of
# the article-extraction benchmark (F1 of the reader alone / reader + our cleaning):
#   trafilatura defaults                      0.960 / 0.964
#   favor_precision=True                      0.964 / 0.967   <- chosen: less boilerplate, recall 0.971
#   favor_recall=True                         0.959 / 0.963
#   include_tables=False                      0.957 / 0.961
# deduplicate stays off: trafilatura's own deduplication drops legitimately repeated lines (F1 0.943); repeated
# text is removed by the clean.repeats step instead, which decides on runs of paragraphs.
TRAFILATURA_OPTIONS = dict(include_comments=False, include_tables=True, with_metadata=True, deduplicate=False,
                           favor_precision=True)


# When the precise pass keeps less than FALLBACK_MIN_CHARS characters, the page is extracted again with
# trafilatura's balanced defaults, which win when they find at least FALLBACK_RATIO times more text: precision-first
# extraction sometimes keeps only a banner of a page (on the benchmark, one page of 181 kept 260 characters of a
# reprints notice instead of its 3,200-character body), while a short page that is really short stays precise.
# Measured with this fallback: reader 0.969, reader + cleaning 0.974 (thresholds set on these same pages).
FALLBACK_MIN_CHARS = 500
FALLBACK_RATIO = 3
FALLBACK_OPTIONS = {k: v for k, v in TRAFILATURA_OPTIONS.items() if k not in ("favor_precision", "favor_recall")}


def extract(html: str | bytes, url: str | None = None):
    """trafilatura's Document for a page (None when it finds no main text)."""
    import trafilatura
    doc = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
    if doc is None or len((doc.text or "").strip()) < FALLBACK_MIN_CHARS:
        alt = trafilatura.bare_extraction(html, url=url, **FALLBACK_OPTIONS)
        main_len = len(((doc and doc.text) or "").strip())
        if alt is not None and len((alt.text or "").strip()) >= FALLBACK_RATIO * main_len:
            return alt
    return doc


MIN_WORDS = 4  # fewer words found on a page: a menu item or a button ("Home", "Sign in"), no article
# Letters of scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Myanmar, Khmer): a run
# of them is a sentence, not a word, so two such letters count as one word (a Chinese word is 1-2 characters).
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       "\uf900-\ufaff\U00020000-\U0002fa1f]")
_WORD = re.compile(r"\w+")
MAX_PARSER_DEPTH = 255  # libxml2's HTML parser drops what is nested deeper


def nesting_depth(html: str) -> int:
    """How deep the elements of a page nest as libxml2 parses it (at most MAX_PARSER_DEPTH)."""
    import lxml.html
    try:
        el = lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 - an unparsable page: not a depth problem
        return 0
    depth = 0
    while len(el):
        el = max(el, key=len) if len(el) < 64 else el[0]
        depth += 1
        if depth >= MAX_PARSER_DEPTH:
            break
    return depth


def from_html(html: str | bytes, source: str, published: str | None = None, url: str | None = None,
              title: str | None = None) -> RawDocument:
    """A raw document from an HTML page; raises InputError when the page has no main text."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html.strip():
        raise InputError(source, "empty HTML")
    from ..pipeline import budget
    cap = 4 * budget()[0]
    if len(html) > cap:
        raise InputError(source, f"HTML page too large ({len(html):,} characters; the limit is {cap:,}, four times "
                                 f"NEWSGRAPH_MAX_CHARS)")
    try:
        doc = extract(html, url=url)
    except Exception as exc:  # trafilatura/lxml raise on a few malformed trees
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    if doc is None or not (doc.text or "").strip():
        if nesting_depth(html) >= MAX_PARSER_DEPTH:
            raise InputError(source, f"HTML nested too deeply (elements {MAX_PARSER_DEPTH} levels deep or more: "
                                     f"the HTML parser stops there, so no main text was found)")
        raise InputError(source, "HTML without a main text (no body or nothing that reads as an article)")
    if word_count(doc.text) < MIN_WORDS:  # a menu's "Home" is no article (tryout r24: it was stored)
        raise InputError(source, f"HTML without a main text (only {' '.join(doc.text.split())[:60]!r}: nothing that "
                                 f"reads as an article)")
    return RawDocument(source=source, text=doc.text, title=title or doc.title, url=url or doc.url,
                       published=published or publication_day(doc.date, url or doc.url, html), author=doc.author,
                       site_name=doc.sitename,
                       language=doc.language, format="html")


def word_count(text: str) -> int:
    """The words of a text: runs of letters or digits, and one word per two letters of a script written without
    spaces ("习近平会见马克龙" is some four words, not one; review2 r24: a short Chinese page was no article)."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text) if unspaced else text)) + (unspaced + 1) // 2


def read_html(path: Path, data: bytes) -> Iterator[RawDocument]:
    yield from_html(data, source=str(path))
