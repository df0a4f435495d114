"""Which report of a story, a quote or a group of copies is the original: decided on evidence, never on arrival
order. A syndicated copy (another outlet's page of a wire story: its dateline "(AP) —" or its byline "By The
Associated Press" credits an agency that is not its own outlet) is never the original over the wire's own report
of the same day, and never over an earlier published report (tryout r18: the syndicator became the story's first
report when its copy arrived first). Plain functions over a document's fields; the store orders by them
(store/writer.py ``_copy`` and ``_recanonicalise``, store/queries ``REPORT_ORDER`` and a story's documents)."""
from __future__ import annotations

import re

from .outlets import dateline_agency, named_by

_BY = re.compile(r"^\s*(?:by|from|via)\s+", re.I)
_THE = re.compile(r"^\s*the\s+", re.I)
_STAFF = re.compile(r"\s+(?:staff|wire|news\s+service|reporters?)\s*$", re.I)


def credited(author: str | None, text: str | None) -> set[str]:
    """The known outlets a document credits as its source: its dateline's agency ("LONDON (Reuters) -") and the
    outlets its byline names ("By The Associated Press", "Reuters staff", "Jane Roe, Associated Press")."""
    out = set()
    agency = dateline_agency(text)
    if agency:
        out.add(agency)
    for piece in re.split(r"\s*(?:,|;|\||/|\band\b|\bwith\b)\s*", author or ""):
        name = _STAFF.sub("", _THE.sub("", _BY.sub("", piece))).strip()
        hit = named_by(name) if 2 <= len(name) <= 60 else None
        if hit:
            out.add(hit)
    return out


def wire_copy(outlet: str | None, author: str | None, text: str | None) -> bool:
    """Whether the document is a syndicated copy: it credits an outlet other than its own (a copy of a wire story
    published by a newspaper); a wire's own report credits itself."""
    return bool(credited(author, (text or "")[:2000]) - ({outlet} if outlet else set()))


def original_key(date: str | None, copy: bool | None, seq: int) -> tuple:
    """The order in which reports are the original: the earliest published day (undated last), then on the same
    day the wire's own report before a syndicated copy of it, then the first stored."""
    return (date is None, date or "", bool(copy), seq)
