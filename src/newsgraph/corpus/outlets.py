"""The outlet of a document: one outlet per publisher across its domains, site names and bylines.

    >>> outlet_of("Hosted", "https://hosted.ap.org/berkshireeagle/article/...")
    'Associated Press'
    >>> outlet_of("NYTimes", "https://www.nytimes.com/2019/11/19/...")
    'The New York Times'
    >>> outlet_of("Politifact", None), outlet_of("PolitiFact", "https://www.politifact.com/...")
    ('PolitiFact', 'PolitiFact')

In order: the site name when it names a known outlet (the outlets list, ``lang/<lang>/outlets.tsv``, names and
aliases, compared without case, spaces or punctuation: an agency's story on a partner's site stays the agency's);
the URL's host or registered domain (the Public Suffix List, tldextract's bundled copy: no network) in
``lang/common/outlet_domains.tsv``; the site name
written as the domain's own label ("NYTimes" for nytimes.com); else the site name as the page gives it, unless it
is no name at all (a URL, "Copyright 2014", the URL's subdomain such as "Hosted"), where the registered domain
stands in ("catchitkansas.com"). Plain functions, no store.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..hosts import host_of as _host
from ..hosts import split_host
from ..understand import names as N
from ..understand import rules

_URLISH = re.compile(r"^(?:https?://|www\.)|^[\w.-]+\.[a-z]{2,}(?:/.*)?$", re.I)
_JUNK = re.compile(r"^(?:copyright|©|all rights reserved|home|homepage|news|hosted|index|default)\b", re.I)


def _compact(s: str) -> str:
    s = N.fold(s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[^\w]+", "", s)


def _aliases():
    """(canonical name, name or alias) of every outlet of the outlets lists (``lang/<lang>/outlets.tsv``)."""
    for lang in rules.languages():
        try:
            rows = rules.table(lang, "outlets")
        except LookupError:
            continue
        for row in rows:
            if row and row[0]:
                canon = row[0].lstrip("~")
                for alias in [row[0], *((row[1].split("|")) if len(row) > 1 and row[1] else [])]:
                    yield canon, alias.lstrip("~")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> canonical, compact name or alias -> canonical)."""
    domains: dict[str, str] = {}
    for row in rules.table("common", "outlet_domains"):
        if len(row) >= 2 and row[0] and row[1]:
            domains[row[0].lower()] = row[1]
    names: dict[str, str] = {}
    for canon, alias in _aliases():
        k = _compact(alias)
        if k:
            names.setdefault(k, canon)
    for canon in domains.values():
        names.setdefault(_compact(canon), canon)
    return domains, names


def _by_domain(host: str) -> str | None:
    domains, _ = _tables()
    sub, reg = split_host(host)
    parts = host.split(".")
    for i in range(len(parts) - 1):  # the longest known suffix of the host first ("abcnews.go.com")
        hit = domains.get(".".join(parts[i:]))
        if hit:
            return hit
    return domains.get(reg)


def outlet_of(site_name: str | None, url: str | None, source: str | None = None,
              text: str | None = None) -> str | None:
    """The canonical outlet of a document from its site name and URL; when neither says, the known outlet its file's
    name begins with (``outlet_in_name``), else the agency of the text's dateline (``dateline_agency``); else
    None."""
    if not site_name and not url:
        return outlet_in_name(source) or dateline_agency(text)
    _, names = _tables()
    host = _host(url)
    site = " ".join((site_name or "").split())[:256]
    if site and _URLISH.match(site):  # a site name that is a URL or a domain
        host = host or _host(site)
        site = ""
    site = site.strip(" _-|·:")
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+|\s+\|\s*", site) if p.strip()] if site else []
    for p in parts:  # the page names a known outlet (an agency's story on a partner's site stays the agency's)
        hit = names.get(_compact(p))
        if hit:
            return hit
    if host:
        hit = _by_domain(host)
        if hit:
            return hit
    sub, reg = split_host(host) if host else ("", "")
    if site:
        label = _compact(reg.split(".")[0]) if reg else ""
        junk = _JUNK.match(site) or (sub and _compact(site) in {_compact(x) for x in sub.split(".")})
        if not junk:
            if label and len(parts) > 1:  # "LinkNaija | Nigeria's popular news platform": the part that is the
                best = [p for p in parts if label.startswith(_compact(p)) or _compact(p).startswith(label)]
                if best:
                    return best[0]
            return parts[0] if parts else site
    if reg:
        return reg
    return site or None


@lru_cache(maxsize=1024)
def named_by(value: str) -> str | None:
    """The canonical outlet a user's filter value names, when it is one of its names, aliases, domains or a domain's
    own label ("nytimes", "nytimes.com", "NYT", "the new york times" -> "The New York Times"); None otherwise (the
    value is then matched as written)."""
    domains, names = _tables()
    v = " ".join((value or "").split())
    if not v:
        return None
    hit = names.get(_compact(v))
    if hit:
        return hit
    if "." in v:
        hit = _by_domain(_host(v))
        if hit:
            return hit
    label = _compact(v)
    hit = next((canon for dom, canon in sorted(domains.items()) if _compact(dom.split(".")[0]) == label), None)
    return hit or _heads().get(label)


@lru_cache(maxsize=256)
def written_names(canon: str) -> tuple[str, ...]:
    """Every name and alias the outlets lists give the outlet ``canon`` ("Lenta.ru": "Lenta.ru", "Лента.ру",
    "Ленты.ру", ...): the forms a text may credit it by."""
    return tuple(sorted({alias for c, alias in _aliases() if c == canon} | {canon}))


_TLD_TAIL = re.compile(r"^(.{3,}?)\s*\.\s*(?:ru|ру|рф|ua|com|net|org)$", re.I)


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    """A user's short form of an outlet named with its domain ending: "Лента" for "Лента.ру" (as "Lenta" is the
    domain label of lenta.ru). Only for filter values (``named_by``), never for a page's site name: a head may be a
    common word ("Газета" of "Газета.ру")."""
    _, names = _tables()
    heads: dict[str, str] = {}
    for canon, alias in _aliases():
        m = _TLD_TAIL.match(alias.strip())
        k = _compact(m.group(1)) if m else ""
        if k and k not in names:
            heads.setdefault(k, names.get(_compact(alias), canon))
    return heads


_NAME_HEAD = re.compile(r"^([^\W\d_][\w.& -]{0,40}?)[_ -]+(?=(?:19|20)\d\d)")


_AGENCY = re.compile(r"([^\n()]{0,80}?)\(([^()\n]{2,40})\)\s*([-–—]|(?=[A-ZА-ЯЁІЇЄҐ“\"«]))")
_DATELINE_HEAD = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,}\b|.*\d{4}(?:\s+(?:года|року|г\.|р\.))?\s*$")
_PLACE_HEAD = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’.-]*(?:[ -][A-ZА-ЯЁІЇЄҐ][\w'’.-]*){0,2},?")


def dateline_agency(text: str | None) -> str | None:
    """The known outlet a plain text's dateline credits: "WASHINGTON, March 14, 2024 (Reuters) -", "LONDON (AP) —",
    "(CNN)President ..." in one of its first three lines (a wire copy's source when nothing else names one); the
    brackets must open the line or follow a place in capitals, a date, or a place before a dash ("Kyiv (Reuters)
    -"), and name an outlet of the outlets list."""
    lines = [ln.strip() for ln in (text or "")[:2000].splitlines() if ln.strip()][:3]
    for ln in lines:
        m = _AGENCY.match(ln)
        head = m.group(1).strip() if m else ""
        if m and (not head or _DATELINE_HEAD.match(head) or (m.group(3) and _PLACE_HEAD.fullmatch(head))):
            hit = named_by(m.group(2))
            if hit:
                return hit
    return None


def outlet_in_name(path: str | None) -> str | None:
    """The known outlet a plain-text file's name begins with, right before a year: archives name their files by
    outlet and day ("nyt_2016-05-18_trump-says.txt", "wash-post_2016-07-27_....txt", "bbc-2023-05-06.txt", "new
    york times 2016-05-18.txt"); only a name, alias or domain label of the outlets list counts (``named_by``), so
    "notes_2016.txt" and "fox_1.txt" give none."""
    base = re.split(r"[\\/]", path or "")[-1]
    m = _NAME_HEAD.match(base)
    return named_by(m.group(1)) if m else None
