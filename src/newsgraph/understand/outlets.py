"""News outlets: the curated list (``lang/<lang>/outlets.tsv``) compiled into one regex, and the context cues
("reported by X", "told X", "according to the X newspaper") that make an organisation an outlet.

    >>> from newsgraph.understand import outlets
    >>> [(m.name, m.text) for m in outlets.find("as reported by RBC, according to DW")]
    [('RBC', 'RBC'), ('Deutsche Welle', 'DW')]

Names written with a leading ``~`` in the list are ambiguous words ("Time", "The Sun", "DR"): they count only in a
media context. A match directly followed by another capitalised word ("The National Guard") is not an outlet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import rules


@dataclass(frozen=True)
class OutletMatch:
    start: int
    end: int
    text: str
    name: str  # canonical name
    country: str = ""
    kind: str = ""


# A media context just before the name: "reported by", "according to (the)", "told", "in an interview with" ...
_BEFORE = re.compile(
    r"(?:reported\s+by|according\s+to|told|telling|interview\s+(?:with|to)|cited\s+by|quoted\s+by|speaking\s+to|"
    r"spoke\s+to|published\s+(?:by|in)|wrote\s+(?:in|for)|writes\s+(?:in|for)|said\s+(?:to|in)|"
    r"reports?|reported|writes|wrote|in\s+comments\s+to|in\s+a\s+statement\s+to|by|for)\s+(?:the\s+)?$",
    re.I)
_AFTER = re.compile(r"^\s+(?:reported|reports|said|says|wrote|writes|learned|has\s+learned|cited|quoted|"
                    r"newspaper|daily|agency|news\s+agency|broadcaster|channel|correspondent|journalist|"
                    r"reporter|magazine|website|TV)\b")
# a name in quote marks, or after a noun of a publication ("журнал «Экономист»", "издание Economist")
_QUOTED_OR_NAMED = re.compile(r"(?:[«\"„“]|\b(?:журнал|издани|газет|magazine)\w*\s+[«\"„“]?)$", re.I)
# a Russian verb of relaying right before the name (with the agency's abbreviation): "цитирует ИА Regnum Минченко",
# "приводит слова ТАСС …": the outlet, whatever name follows (the one it relays)
_RELAYED_BY = re.compile(r"(?:цитиру\w*|процитирова\w*|переда[её]т|сообща\w*|привод\w*|привел\w*|пишет|написал\w*)"
                         r"\s+(?:ИА|агентство|издание|газета)?\s*$", re.I)
_FOLLOWED_BY_NAME = re.compile(r"^[ \t]+(?:of\s+)?[A-ZА-ЯЁІЇЄ][a-zа-яёіїє]")


@dataclass(frozen=True)
class _Table:
    sure: re.Pattern | None
    context: re.Pattern | None
    info: dict  # alias -> (canonical, country, kind)


def _compile(aliases) -> re.Pattern | None:
    if not aliases:
        return None
    alts = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-/.])(?:{alts})(?![\w\-/]|\.\w)")


@lru_cache(maxsize=8)
def _table(lang: str) -> _Table:
    from .languages import outlets_from
    sure, ctx, info = set(), set(), {}
    rows = [r for code in (lang, *outlets_from(lang)) for r in _rows(code)]  # (Ukrainian news names Russian
    # outlets in Russian paragraphs and quotes: the document's own language first, its spelling of a name wins)
    for row in rows:
        row = row + ("",) * (4 - len(row))
        name, aliases, country, kind = row[:4]
        canon = name.lstrip("~")
        for a in [name, *[x for x in aliases.split("|") if x]]:
            plain = a.lstrip("~")
            # "The Kenya Standard (Kenya)" style disambiguation in the canonical name is not a surface form
            plain = re.sub(r"\s*\([^)]*\)$", "", plain)
            if not plain:
                continue
            info.setdefault(plain, (re.sub(r"\s*\([^)]*\)$", "", canon), country, kind))
            (ctx if a.startswith("~") else sure).add(plain)
    ctx -= sure
    return _Table(_compile(sure), _compile(ctx), info)


def _rows(lang: str) -> tuple[tuple[str, ...], ...]:
    try:
        return rules.table(lang, "outlets")
    except rules.RuleFileError:
        return ()


def _accept(text: str, m: re.Match, need_context: bool) -> bool:
    after = text[m.end():m.end() + 40]
    if _FOLLOWED_BY_NAME.match(after) and not _AFTER.match(after) and \
            not _RELAYED_BY.search(text, max(0, m.start() - 30), m.start()):
        return False  # part of a longer name: "The National Guard", "Time Warner"
    if not need_context:
        return True
    before = text[max(0, m.start() - 40):m.start()]
    return bool(_BEFORE.search(before) or _QUOTED_OR_NAMED.search(before) or _AFTER.match(after))


def find(text: str, lang: str = "en") -> list[OutletMatch]:
    """Every outlet name of the curated list in ``text`` (longest alias wins), in text order."""
    t = _table(lang)
    out = []
    for pat, need in ((t.sure, False), (t.context, True)):
        if pat is None:
            continue
        for m in pat.finditer(text):
            if _accept(text, m, need):
                canon, country, kind = t.info[m.group()]
                out.append(OutletMatch(m.start(), m.end(), m.group(), canon, country, kind))
    out.sort(key=lambda o: (o.start, -o.end))
    kept, last_end = [], -1
    for o in out:
        if o.start >= last_end:
            kept.append(o)
            last_end = o.end
    return kept


def lookup(name: str, lang: str = "en") -> str | None:
    """The canonical outlet name for a surface form of the list (``"DW"`` -> ``"Deutsche Welle"``), else None."""
    hit = _table(lang).info.get(name.strip())
    return hit[0] if hit else None


def media_context(text: str, start: int, end: int) -> bool:
    """True when the span [start, end) of ``text`` stands where an outlet is credited ("reported by X", "told X",
    "according to the X newspaper", "X reported")."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    return bool(_MEDIA_BEFORE.search(before) or _MEDIA_AFTER.match(after))


_TOLD = re.compile(r"\btold\s+(?:the\s+)?$")
_TOLD_AFTER = re.compile(r"^(?:['’]s)?(?:\s*[,.;:]|\s+(?:that|on|in|last|this|earlier|late|after|before|during|"
                         r"when|about|it|he|she|they)\b)")


def told(text: str, start: int, end: int) -> bool:
    """ "…," Zelensky told Reuters. / told the Daily Planet that …: an organisation told a statement, at the end of
    an attribution clause, is an outlet (institutions are filtered by the caller)."""
    return bool(_TOLD.search(text[max(0, start - 12):start]) and _TOLD_AFTER.match(text[end:end + 12]))


def media_after(text: str, end: int) -> bool:
    """True when the words after ``end`` make the name before it an outlet ("X newspaper", "X news agency")."""
    return bool(_MEDIA_AFTER.match(text[end:end + 40]))


# stricter than _BEFORE: these never credit a person or a government
_MEDIA_BEFORE = re.compile(r"(?:reported\s+by|cited\s+by|published\s+by|writes\s+in|wrote\s+in|"
                           r"in\s+an\s+interview\s+(?:with|to))\s+(?:the\s+)?$", re.I)
_MEDIA_AFTER = re.compile(r"^(?:’s|'s)?\s+(?:newspaper|daily|news\s+agency|agency|broadcaster|TV\s+channel|"
                          r"channel|news\s+site|news\s+outlet|outlet|magazine|tabloid|weekly|newswire|correspondent|"
                          r"has\s+learned)\b")
