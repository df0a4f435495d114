"""Printing pages of items: a table that reads at any width, JSON, or CSV.

A table is drawn only when every column gets at least its longest word (words are never cut: "Volodymyr
Zelensky" wraps between the words or not at all); when the terminal (80 columns when output is piped) is too
narrow for that, each item is printed as a record (``key  value`` lines, values wrapped at word boundaries).
Cells are plain text, never rich markup: "[peacekeeping]" in a snippet prints as it is. Missing dates print
"undated"; a page that does not hold every item says how many more there are and how to see them.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import textwrap
from enum import Enum


class Out(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


LONG = {"text", "title", "snippet", "evidence", "what", "aliases", "quote"}
DATES = {"date", "published", "first_date", "last_date", "from", "to", "stored", "at", "when"}


def mark_published(items) -> None:
    """A quote's or an event's date as a table shows it (``when``): the publication day its list falls back to when
    the text does not date the words or the event is marked so ("2016-07-27 (published)"), never shown as the day
    they were said or it happened."""
    for it in items:
        d = it.get("date")
        mark = {"published": " (published)", "inferred": " (inferred)"}.get(it.get("date_source"), "") if d else ""
        it["when"] = f"{d}{mark}" if d else d  # "inferred": read against an anchor the text gave (round 32)
MAX_WORD = 28  # a longer "word" (a URL, an id) may be cut to make a table fit


def cell(v, key: str = "") -> str:
    """A value as one line of plain text: lists joined, refs by name, True/False as yes/no, None empty (a date:
    "undated")."""
    if v is None or v == "":
        return "undated" if key.split(".")[-1] in DATES else ""
    if isinstance(v, bool):
        return "yes" if v else ""
    if isinstance(v, list):
        return ", ".join(cell(x.get("name") if isinstance(x, dict) else x) for x in v)
    if isinstance(v, dict):
        return str(v.get("name") or v.get("text") or json.dumps(v, ensure_ascii=False))
    if isinstance(v, float):
        return f"{v:.3g}"
    return " ".join(str(v).split())


def get(item: dict, key: str):
    v = item
    for k in key.split("."):
        v = v.get(k) if isinstance(v, dict) else None
    return v


def width() -> int:
    """The terminal's width; 80 when the output is not a terminal (pipes, files) unless $COLUMNS says."""
    return shutil.get_terminal_size((80, 24)).columns


def _longest_word(s: str) -> int:
    return max((len(w) for w in s.split()), default=0)


def _widths(rows: list[list[str]], headers: list[str], keys: list[str], total: int) -> list[int] | None:
    """Column widths that fit ``total`` columns (borders and padding: 3 per column and 1) without cutting a word,
    or None when no such table exists. Each column gets at least its longest word (a column without spaces: its
    longest cell); the room left goes to the long text columns first, then to the others, up to what they hold."""
    mins, natural = [], []
    for j, h in enumerate(headers):
        cells = [r[j] for r in rows]
        full = max([len(c) for c in cells] + [len(h)])
        word = max([_longest_word(c) for c in cells] + [_longest_word(h)])
        breakable = (any(" " in c for c in cells) or " " in h) and keys[j].split(".")[-1] not in DATES
        mins.append(min(word if breakable else full, MAX_WORD))
        natural.append(full)
    room = total - 3 * len(headers) - 1 - sum(mins)
    if room < 0:
        return None
    widths = list(mins)
    for group in ([j for j, k in enumerate(keys) if k in LONG], list(range(len(keys)))):
        want = {j: natural[j] - widths[j] for j in group if natural[j] > widths[j]}
        while room > 0 and want:
            share = max(1, room // len(want))
            for j in list(want):
                give = min(share, want[j], room)
                widths[j] += give
                room -= give
                want[j] -= give
                if not want[j]:
                    del want[j]
    return widths


def table(items: list[dict], columns: list[tuple[str, str]], title: str | None = None, file=None) -> None:
    """Print ``items`` as a table of ``columns`` [(key, header)], or as records when the table cannot fit."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    out = file or sys.stdout
    total = width()
    headers = [h for _, h in columns]
    keys = [k for k, _ in columns]
    rows = [[cell(get(it, k), k) for k in keys] for it in items]
    if not rows:
        return
    widths = _widths(rows, headers, keys, total)
    if widths is None:
        records(rows, headers, title, total, out)
        return
    t = Table(title=title, show_lines=False, expand=False, title_justify="left")
    for h, w in zip(headers, widths):
        t.add_column(h, width=w, min_width=w, max_width=w, overflow="fold")
    for r in rows:
        t.add_row(*[Text(c) for c in r])
    Console(file=out, width=total, highlight=False).print(t)


def records(rows: list[list[str]], headers: list[str], title: str | None, total: int, out) -> None:
    """Each item as ``header  value`` lines, values wrapped at word boundaries under their column."""
    key_w = min(max(len(h) for h in headers), 20)
    value_w = max(20, total - key_w - 2)
    lines = [title, "=" * min(len(title), total)] if title else []
    for i, r in enumerate(rows):
        if i or title:
            lines.append("")
        for h, c in zip(headers, r):
            if not c:
                continue
            wrapped = textwrap.wrap(c, value_w, break_long_words=False, break_on_hyphens=False) or [""]
            lines.append(f"{h[:key_w].ljust(key_w)}  {wrapped[0]}")
            lines += [" " * (key_w + 2) + w for w in wrapped[1:]]
    out.write("\n".join(lines) + "\n")


def emit(page_or_items, columns: list[tuple[str, str]], fmt: Out, title: str | None = None,
         more_hint: str = "--offset/--limit", csv_extra: tuple[str, ...] = ()) -> None:
    """Print a page of items: a table (or records) of ``columns``, JSON (the query layer's page as it is) or CSV
    (``columns`` and then ``csv_extra``: what traces a row to its article, too long for a table); on stderr, "no
    matches" or how many items are not on this page."""
    if fmt is Out.json:
        sys.stdout.write(json.dumps(page_or_items, ensure_ascii=False, indent=1) + "\n")
        return
    items = page_or_items["items"] if isinstance(page_or_items, dict) else page_or_items
    if fmt is Out.csv:
        buf = io.StringIO()
        w = csv.writer(buf)
        names = [c for c, _ in columns] + [c for c in csv_extra if c not in {k for k, _ in columns}]
        w.writerow(names)
        for it in items:
            w.writerow([cell(get(it, c)) if get(it, c) is not None else "" for c in names])
        sys.stdout.write(buf.getvalue())
        return
    table(items, columns, title)
    if not items:
        sys.stderr.write(f"{title}: no matches\n" if title else "no matches\n")
    if isinstance(page_or_items, dict):
        more_line(page_or_items, more_hint)


def more_line(page: dict, hint: str = "--offset/--limit") -> None:
    """'1-20 of 107: 87 more (--offset 20 for the next page)' on stderr when the page does not hold everything."""
    n = len(page.get("items") or [])
    more = page.get("more", max(0, (page.get("total") or 0) - page.get("offset", 0) - n))
    if more or page.get("offset"):
        nxt = f" ({hint.split('/')[0]} {page['offset'] + n} for the next page)" if more and hint else ""
        sys.stderr.write(f"{page['offset'] + 1}-{page['offset'] + n} of {page['total']}"
                         f"{f': {more} more' if more else ''}{nxt}\n")


def heading(text: str) -> None:
    """A line of prose wrapped at word boundaries to the terminal's width (no markup)."""
    sys.stdout.write(textwrap.fill(" ".join(text.split()), width(), break_long_words=False,
                                   break_on_hyphens=False) + "\n")
