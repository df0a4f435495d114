"""Host names of URLs: the host without "www.", and its registered domain by the Public Suffix List (tldextract's
bundled copy: no network). Shared by the feed reader (ingest/feed.py: whose site an entry is) and the outlets
(corpus/outlets.py: one outlet per publisher)."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlparse


@lru_cache(maxsize=1)
def _extractor():
    import tldextract
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=50_000)
def split_host(host: str) -> tuple[str, str]:
    """(subdomain, registered domain) of a host name ("hosted.ap.org" -> ("hosted", "ap.org"))."""
    host = (host or "").lower().strip(".")
    if not host:
        return "", ""
    extract = _extractor()  # outside the catch: a broken install fails loudly, never takes every host whole
    try:
        ex = extract(host)
        reg = ".".join(x for x in (ex.domain, ex.suffix) if x)
        return ex.subdomain, reg or host
    except Exception:  # noqa: BLE001 - an odd host: take it whole
        return "", host


def host_of(url: str | None) -> str:
    """The host of a URL (a bare domain too), without "www."; '' when there is none."""
    if not url:
        return ""
    try:
        h = urlparse(url if "://" in url else "http://" + url).hostname or ""
    except ValueError:
        return ""
    return h[4:] if h.startswith("www.") else h
