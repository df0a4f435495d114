"""RSS / Atom feed reader (.rss, .atom, and .xml files that are feeds), through feedparser: each entry is a
document.

An entry's body is its full content (``content:encoded`` / Atom ``content``), else its ``summary``. HTML bodies of
some length go through trafilatura (``html.from_html``); short ones, and those trafilatura finds nothing in, are
turned into plain text paragraph by paragraph. Title, link (-> ``url``), publication date (ISO, UTC), id and author
come from the entry; site name and language from the feed. The source is ``path#entry N``. A broken feed (not
well-formed and without a single entry) is one error; a bad entry is one error and the others go on.
"""
from __future__ import annotations

import html as htmllib
import re
from datetime import datetime, timezone
from typing import Iterator

from ..errors import InputError
from .base import RawDocument, id_problem
from .registry import reader
from .source import Input

# Bodies with at least this many characters of text go through trafilatura; shorter ones are taken as they are.
MIN_EXTRACT_CHARS = 500

_FEED_START = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*"""
    rb"""<(?:rss|feed|rdf:RDF|RDF)[\s>]""", re.S)
_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")
# elements whose content is no text of the article (feedparser's sanitizer, now off, removed them)
_NOT_TEXT = re.compile(r"<(script|style|noscript|template|head|svg)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
# (an element never closed, in a description cut short, runs to the end: review r16)
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
           "tr", "section", "article", "figure", "figcaption", "hr"}


_CHARREF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));")


def _valid_code_point(c: int) -> bool:
    return 0 < c <= 0x10FFFF and not 0xD800 <= c <= 0xDFFF


def replace_bad_charrefs(data: bytes) -> tuple[bytes, int]:
    """Character references to invalid code points (``&#xD800;``, ``&#0;``, past U+10FFFF) replaced by
    ``&#xFFFD;``, and their number: feedparser raises on them and would lose every entry of the feed."""
    n = 0

    def fix(m):
        nonlocal n
        c = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if _valid_code_point(c):
            return m.group()
        n += 1
        return b"&#xFFFD;"
    if b"&#" not in data:
        return data, 0
    return _CHARREF.sub(fix, data), n


def looks_like_feed(head: bytes) -> bool:
    """True when the content is XML whose root element is <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0)."""
    return bool(_FEED_START.match(head[:8192]))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    if not _TAG.search(fragment):
        return htmllib.unescape(fragment).strip()
    import lxml.html
    fragment = _NOT_TEXT.sub(" ", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml refuses a few fragments (e.g. only a comment): strip the tags instead
        return htmllib.unescape(_TAG.sub(" ", fragment)).strip()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n\n" + (el.text or "")
    text = root.text_content()
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def _local(value) -> str | None:
    """The entry's own date-time string (RFC 822 in RSS, ISO 8601 in Atom) as ISO 8601 with its offset kept: the
    day of "Mon, 18 Nov 2019 21:24:00 -0500" is the 18th where it was published (feedparser's parsed form is UTC,
    the 19th)."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    try:
        d = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime
        try:
            d = parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError):
            return None
    return d.isoformat() if d.tzinfo is not None else None


def _iso(t) -> str | None:
    if not t:
        return None
    try:
        return datetime(*t[:6], tzinfo=timezone.utc).isoformat()
    except (TypeError, ValueError):
        return None


def entry_body(entry) -> tuple[str | None, bool]:
    """The entry's body and whether it is HTML: full content first, then the summary."""
    for c in entry.get("content") or ():
        value = (c.get("value") or "").strip()
        if value:
            return value, "html" in (c.get("type") or "") or bool(_TAG.search(value))
    summary = (entry.get("summary") or "").strip()
    if summary:
        detail = entry.get("summary_detail") or {}
        return summary, "html" in (detail.get("type") or "") or bool(_TAG.search(summary))
    return None, False


def _registered(url: str | None) -> str | None:
    """The registered domain of a URL ("https://hosted.ap.org/x" -> "ap.org")."""
    from ..hosts import host_of, split_host
    host = host_of(url) if url and "://" in url else ""  # a URL, not a tag URI ("urn:x", "tag:…")
    return split_host(host)[1] if host else None


# redirectors and feed proxies: an entry linked through them says nothing of its site
_REDIRECTORS = {"feedburner.com", "feedproxy.google.com", "google.com", "t.co", "bit.ly", "ow.ly", "dlvr.it"}


def _feed_site(feed, entries) -> str | None:
    """The registered domain the feed publishes from: its own link's, else the one all its entries share; None when
    the feed says nothing of it (its title is then every entry's outlet, as before)."""
    own = _registered(feed.get("link"))
    if own:
        return own
    regs = {_registered(e.get("link")) for e in entries if e.get("link")}
    regs.discard(None)
    return regs.pop() if len(regs) == 1 else ("" if regs else None)


def entry_to_raw(entry, source: str, site_name: str | None, language: str | None) -> RawDocument:
    body, is_html = entry_body(entry)
    title = (entry.get("title") or "").strip() or None
    url = entry.get("link") or None
    published = (_local(entry.get("published")) or _iso(entry.get("published_parsed"))
                 or _local(entry.get("updated")) or _iso(entry.get("updated_parsed"))
                 or (entry.get("published") or entry.get("updated") or "").strip() or None)
    # a date feedparser cannot read goes on as written: the cleaner reads it or drops it with a note
    if body is None:
        raise InputError(source, "feed entry without content or summary")
    raw = None
    text = fragment_text(body) if is_html else htmllib.unescape(body).strip()
    if is_html and len(text) >= MIN_EXTRACT_CHARS:
        from .html import from_html
        try:
            raw = from_html(body, source=source, published=published, url=url, title=title)
        except InputError:
            raw = None  # trafilatura found no article in it: keep the plain text of the fragment
    if raw is None:
        if not text:
            raise InputError(source, "feed entry with an empty body")
        raw = RawDocument(source=source, text=text, title=title, url=url, published=published)
    raw.format = "feed"
    raw.id = raw.id or (entry.get("id") or None)
    if id_problem(raw.id):  # a guid that is a URL or too long: a stable id of its own instead
        import hashlib
        raw.id = "guid-" + hashlib.sha256(raw.id.encode("utf-8", "replace")).hexdigest()[:16]
    raw.author = raw.author or (entry.get("author") or None)
    raw.site_name = site_name or raw.site_name
    raw.language = raw.language or language
    return raw


def _bozo_reason(parsed) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "not well-formed"
    reason = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
    return " ".join(str(reason).split()) or type(exc).__name__


@reader("feed", extensions=(".rss", ".atom", ".xml", ".rdf"), sniff=looks_like_feed, priority=20,
        description="RSS or Atom feed (feedparser): each entry is an article")
def read_feed(inp: Input) -> Iterator[RawDocument | InputError]:
    """RSS or Atom feed: each entry is an article."""
    import io

    import feedparser
    data, bad_refs = replace_bad_charrefs(inp.read_all())
    # a stream: feedparser would take bytes for a file name or URL. Its HTML sanitizer is off: it cut an entry that
    # holds a whole page (<html><head>...) down to "&&&&&&&&" (tryout r16); nothing here renders the HTML, and
    # fragment_text drops scripts and styles itself
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise InputError(inp.name, f"broken feed ({_bozo_reason(parsed)})")
        if not parsed.get("version"):
            m = re.search(rb"<([A-Za-z_][\w:.-]*)", re.sub(rb"<[?!][^>]*>", b"", data[:4096]))
            root = f" (root element <{m.group(1).decode('ascii', 'replace')}>)" if m else ""
            raise InputError(inp.name, f"not an RSS or Atom feed{root}")
        raise InputError(inp.name, "feed without entries")
    feed = parsed.get("feed") or {}
    site_name = (feed.get("title") or "").strip() or None
    language = (feed.get("language") or "").strip() or None
    own = _feed_site(feed, entries)
    broken = parsed.get("bozo") and _bozo_reason(parsed)
    failed = 0
    for n, entry in enumerate(entries, 1):
        source = f"{inp.name}#entry {n}"
        try:
            # the feed's title names the outlet of its own site's entries only: an aggregator's entry from another
            # site is that site's (its URL says which), not "Mixed wire"'s
            reg = _registered(entry.get("link"))
            mine = own is None or reg is None or reg == own or reg in _REDIRECTORS
            raw = entry_to_raw(entry, source, site_name if mine else None, language)
            if bad_refs and raw.text:  # the references replaced above, counted in the entry that had them
                raw.invalid_chars += raw.text.count("\ufffd")
            yield raw
            continue
        except InputError as exc:
            err = exc
        except Exception as exc:  # one odd entry never stops the feed
            err = InputError(source, f"entry could not be read ({type(exc).__name__}: {exc})")
        if broken:  # a feed cut short: its last entries are damaged; report the feed once, below
            failed += 1
        else:
            yield err
    if broken and failed:
        raise InputError(inp.name, f"broken feed ({broken}); {len(entries) - failed} of {len(entries)} entries read")
