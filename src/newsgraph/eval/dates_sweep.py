"""A sweep of the product's own dates over real text, without gold: the dates the record holds checked against what
a careful reader holds of any date, and the breaks listed to be read in context (issue 18, round 34).

    python -m newsgraph.eval.dates_sweep ../shared/data/polnear/train/text \
        ../shared/data/article-extraction-benchmark/html [--out sweep.json] [--show INVARIANT] [--limit N]

Each ``.txt`` file is read as PolNeAR's (anchor: the date in its name, ``ingest.text.date_in_name``), each ``.html.gz``
page as a benchmark page (text: ``trafilatura.extract``, anchor: the HTML reader's publication date), exactly as
``newsgraph eval dates`` rebuilds its gold's texts; ``understand.parse`` and ``understand.dates`` read them.
Pages the held-out sets name are never read: the en-attr held-out bodies (the names of
``eval/data/en-attr/heldout/``) and the documents with a held-out date-gold row (``heldout``, ``fresh32h``).

The invariants (a date that breaks one is listed; whether the product is wrong is decided by reading it):

- ``far``: a month, a day or a weekday with no year written resolved more than 11 months from its anchor;
- ``future_in_past``: a day after the anchor in a past clause (or before it in a future one), not flagged;
- ``weekday``: a weekday whose resolved day is another weekday;
- ``two_values``: the same expression (no year written) resolved to two values in one document;
- ``not_a_date``: a number read as a year or day next to what counts, scores or times (a clock "10:30", "3-2",
  "$2,000", "2000 troops", "No. 7");
- ``quoted_relative``: a relative day ("yesterday", "last week", "two days ago") inside quotation marks, counted
  from the publication date;
- ``headline_ahead``: a day in the headline (the first line) resolved after the anchor in a clause not told as future
  ("Storm kills five in Texas on Sunday": the Sunday before).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

INVARIANTS = ("far", "future_in_past", "weekday", "two_values", "not_a_date", "quoted_relative", "headline_ahead")
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|['’]\d\d\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:[a-z]*day|\.)(?!\w)", re.I)
_MONTH_OR_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tue|wed|thu|fri|"
                           r"sat|sun)[a-z]*day\b|\b\d{1,2}(?:st|nd|rd|th)\b", re.I)
_RELATIVE = re.compile(r"\b(?:yesterday|tomorrow|tonight|today|ago|last|next|this|previous|coming|past)\b", re.I)
_COUNTING = re.compile(r"^\s*(?:[a-z]+\s+)?(?:people|troops|votes|jobs|members|students|residents|workers|"
                       r"delegates|points|yards|miles|acres|feet|pounds|tons|dollars|copies|units|cases|deaths|"
                       r"signatures|calories|words|pages|seats|rooms|beds|homes|cars|guns|rounds|shares|"
                       r"percent|%)\b", re.I)
_NUMBER_SIDE = re.compile(r"(?:[$#:£€]|\bNo\.)\s*$|^\s*(?::\d|-\d|[ap]\.?m\b|%)", re.I)


def _held_out_docs(shared: Path) -> set[str]:
    """Names never read: the en-attr held-out bodies (file names only) and the date gold's held-out documents."""
    from .dates import load
    here = Path(__file__).parent / "data"
    names = {p.name.split(".")[0] for p in (here / "en-attr" / "heldout").glob("*")}
    names |= {i.doc for i in load() if i.split in ("heldout", "fresh32h")}
    return names


def _held(name: str, held: set[str]) -> bool:
    return name in held or any(name.startswith(h) for h in held if len(h) == 12)


def documents(paths: list[Path], held: set[str]):
    """(name, text, anchor) of each readable document under ``paths`` (held-out names skipped)."""
    from ..ingest.text import date_in_name
    for root in paths:
        files = sorted(root.iterdir()) if root.is_dir() else [root]
        for p in files:
            name = p.name.split(".")[0]
            if _held(name, held):
                continue
            if p.suffix == ".txt":
                yield name, p.read_text(encoding="utf-8"), date_in_name(p.name)
            elif p.name.endswith(".html.gz"):
                import trafilatura
                from ..ingest.html import from_html
                html = gzip.open(p, "rb").read().decode("utf-8", errors="replace")
                day = from_html(html, source=name).published
                yield name, trafilatura.extract(html) or "", day[:10] if day else None


def _day(v: str | None) -> dt.date | None:
    if not v:
        return None
    try:
        return dt.date.fromisoformat(v[:10]) if len(v) >= 10 else dt.date.fromisoformat(v[:7] + "-01")
    except ValueError:
        return None


def _clause(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 160)
    b = [i for i in (text.find(". ", end), text.find("\n", end), end + 100) if i >= 0]
    return re.sub(r"\s+", " ", text[a + 1:min(b) + 1]).strip()


def _in_quotes(text: str, start: int) -> bool:
    """Inside quotation marks: an opening mark of the paragraph before it not closed before it."""
    para = text[text.rfind("\n", 0, start) + 1:start]
    if para.count("“") > para.count("”"):
        return True
    return para.count('"') % 2 == 1


def check(text: str, anchor: str | None, dates) -> list[tuple[str, object]]:
    """(invariant, date) for every date of one document that breaks an invariant."""
    out = []
    pub = _day(anchor)
    headline_end = text.find("\n") if "\n" in text else len(text)
    seen: dict[str, set] = {}
    for d in dates:
        val = d.value
        day = _day(val) if val and d.precision in ("day", "month") else None
        written = bool(_YEAR_WRITTEN.search(d.text))
        if pub and day and not written and _MONTH_OR_DAY.search(d.text) and abs((day - pub).days) > 335:
            out.append(("far", d))
        if pub and day and d.precision == "day" and d.flag is None and d.anchor and d.anchor[:10] == anchor[:10] and (
                (d.tense == "past" and day > pub) or (d.tense == "future" and day < pub)):
            out.append(("future_in_past", d))
        m = _WEEKDAY.search(d.text)
        if m and day and d.precision == "day" and not re.search(r"\bweek(?:end|s)?\b", d.text, re.I):
            wd = next((i for i, w in enumerate(_WEEKDAYS) if w.startswith(m.group(1).lower())), None)
            if wd is not None and day.weekday() != wd:
                out.append(("weekday", d))
        if val and not written and d.precision in ("day", "month"):
            key = d.text.lower()
            seen.setdefault(key, set()).add(val)
            if len(seen[key]) == 2:
                out.append(("two_values", d))
        if (val or d.span) and re.fullmatch(r"\d[\d,.]*", d.text.strip()):
            if _NUMBER_SIDE.search(text[max(0, d.start - 4):d.start]) or _NUMBER_SIDE.search(text[d.end:d.end + 5]) \
                    or _COUNTING.match(text[d.end:d.end + 30]):
                out.append(("not_a_date", d))
        if (val or d.span) and _RELATIVE.search(d.text) and not written and pub and d.anchor \
                and d.anchor[:10] == anchor[:10] and _in_quotes(text, d.start):
            out.append(("quoted_relative", d))
        if pub and day and d.start < headline_end and day > pub and d.tense != "future" and not written:
            out.append(("headline_ahead", d))
    return out


def sweep(paths: list[Path], shared: Path, limit: int | None = None, progress=None) -> dict:
    """Counts per invariant and the items that break them (with their clause)."""
    from .dates import analyse_record, language_of
    held = _held_out_docs(shared)
    counts, items, n_docs, n_dates = Counter(), [], 0, 0
    for name, text, anchor in documents(paths, held):
        if limit is not None and n_docs >= limit:
            break
        n_docs += 1
        if progress:
            progress(n_docs, name)
        if not text.strip():
            continue
        found = analyse_record(text, anchor, language_of(text)).dates
        n_dates += len(found)
        for inv, d in check(text, anchor, found):
            counts[inv] += 1
            items.append({"invariant": inv, "doc": name, "anchor": anchor, "text": d.text, "value": d.value,
                          "precision": d.precision, "resolved_from": d.anchor, "tense": d.tense, "flag": d.flag,
                          "start": d.start, "clause": _clause(text, d.start, d.end)})
    return {"documents": n_docs, "dates": n_dates, "counts": {k: counts[k] for k in INVARIANTS}, "items": items}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.eval.dates_sweep", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, help="write the counts and items as JSON here")
    ap.add_argument("--show", default="all", help="list the items of this invariant (all, none or one name)")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    a = ap.parse_args(argv)
    res = sweep(a.paths, a.data, a.limit, progress=lambda i, n: print(f"{i} {n}", file=sys.stderr)
                if i % 50 == 0 else None)
    if a.out:
        a.out.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"documents {res['documents']}, dates {res['dates']}")
    for k, v in res["counts"].items():
        print(f"  {k:16} {v}")
    for it in res["items"]:
        if a.show in ("all", it["invariant"]):
            print(f"[{it['invariant']}] {it['doc']} anchor {it['anchor']}: {it['text']!r} = {it['value']} "
                  f"({it['precision']}, tense {it['tense']}, flag {it['flag']}) | {it['clause']}")


if __name__ == "__main__":
    main()
