"""Atom feeds (RFC 4287) of what is new: any list URL with ``format=atom`` (``/quotes``, ``/events``, and through
``/feed`` a search, an outlet, an actor, a story). Entries are the list's quotes and events, latest stored first,
each with the time its document was stored as ``updated``; ``ingested_since`` keeps only what was stored from a
given time on (a reader asks for what came after its last visit)."""
from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote as urlquote
from xml.sax.saxutils import escape as _escape, quoteattr as _quoteattr

from fastapi.responses import Response

from .. import __version__
from ..render import in_marks, said_line

ATOM = "application/atom+xml; charset=utf-8"
EPOCH = "1970-01-01T00:00:00Z"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(s: str) -> str:
    """Text for XML: escaped, and without the characters XML 1.0 cannot hold (control characters)."""
    return _escape(_NOT_XML.sub("", s or ""))


def quoteattr(s: str) -> str:
    return _quoteattr(_NOT_XML.sub("", s or ""))


def _atom_time(stamp: str | None, date: str | None = None) -> str:
    """An RFC 3339 time: the stored time (``...ffffffZ``), else the item's date at midnight UTC, else the epoch."""
    if stamp:
        return stamp[:19] + "Z"
    if date and len(date) >= 10:
        try:
            _dt.date.fromisoformat(date[:10])
            return date[:10] + "T00:00:00Z"
        except ValueError:
            pass
    return EPOCH


def _short(s: str | None, n: int = 120) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _names(refs) -> str:
    return ", ".join((r.get("name") or "?") if isinstance(r, dict) else str(r) for r in refs or []) or "?"


def entry(item: dict, base: str) -> dict:
    """{id, title, link, updated, published, summary, author} of a quote or an event item."""
    kind = item.get("entry") or ("event" if "evidence" in item and "targets" in item else "quote")
    if kind == "quote":
        first = item.get("first_report") or {}
        stored = item.get("stored") or max((r.get("ingested") or "" for r in item.get("reports") or [first]),
                                           default="") or None
        who = item.get("speaker") or "unknown speaker"
        summary = f"{who} ({item.get('cue') or 'said'}): {in_marks(item.get('text') or '', item.get('kind'))}"
        if first:
            summary += f" First reported by {first.get('outlet') or first.get('title') or first.get('doc_id')}"
            summary += f" on {first['date']}." if first.get("date") else "."
        link = f"{base}/quotes/{urlquote(item['id'], safe='')}"
        title = said_line(who, item.get("kind"), item.get("cue"), _short(item.get("text")) or "")
        return {"id": link, "title": title, "link": link,
                "updated": _atom_time(stored, item.get("date")), "published": item.get("date"), "summary": summary,
                "author": first.get("outlet") or who}
    arrow = f" → {_names(item.get('targets'))}" if item.get("targets") else ""
    mode = f"/{item['mode']}" if item.get("mode") else ""
    title = f"{item.get('type')}{mode}: {_names(item.get('actors'))}{arrow}"
    if item.get("factuality") and item["factuality"] != "asserted":
        title += f" ({item['factuality']})"
    link = f"{base}/documents/{urlquote(item['doc_id'], safe='')}"
    return {"id": f"{link}#event-{item['id']}", "title": title, "link": link,
            "updated": _atom_time(item.get("stored"), item.get("date")), "published": item.get("date"),
            "summary": f"“{item.get('evidence') or ''}” ({item.get('title') or item['doc_id']})",
            "author": item.get("outlet") or "newsgraph"}


def atom(items: list[dict], *, title: str, self_url: str, base: str, html_url: str | None = None) -> Response:
    """The Atom document of ``items`` (quote and event items)."""
    entries = [entry(it, base) for it in items]
    updated = max((e["updated"] for e in entries), default=EPOCH)
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{escape(title)}</title>", f"<id>{escape(self_url)}</id>", f"<updated>{updated}</updated>",
           f'<link rel="self" type="application/atom+xml" href={quoteattr(self_url)}/>',
           f'<generator version="{escape(__version__)}">newsgraph</generator>']
    if html_url:
        out.append(f'<link rel="alternate" type="text/html" href={quoteattr(html_url)}/>')
    for e in entries:
        out += ["<entry>", f"<id>{escape(e['id'])}</id>", f"<title>{escape(e['title'])}</title>",
                f'<link rel="alternate" type="text/html" href={quoteattr(e["link"])}/>',
                f"<updated>{e['updated']}</updated>"]
        if e["published"] and len(e["published"]) >= 10:
            out.append(f"<published>{_atom_time(None, e['published'])}</published>")
        out += [f"<author><name>{escape(e['author'])}</name></author>",
                f'<summary type="text">{escape(e["summary"])}</summary>', "</entry>"]
    out.append("</feed>")
    return Response("\n".join(out) + "\n", media_type=ATOM)
