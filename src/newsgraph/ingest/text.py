"""Plain-text reader: the whole file is one document (.txt, and any text file no other reader claims)."""
from __future__ import annotations

import datetime as dt
import os
import re
from typing import Iterator

from ..errors import InputError
from .base import RawDocument
from .registry import reader
from .source import Input, decode


@reader("text", extensions=(".txt", ".text", ".md"), priority=1000,
        description="plain text: the whole file is one article (UTF-8, or a legacy encoding detected)")
def read_text(inp: Input) -> Iterator[RawDocument]:
    """Plain text: the whole file is one article."""
    data = inp.read_all()
    if not data.strip():
        raise InputError(inp.name, "empty file")
    text = decode(data, inp.name)
    if not text.strip():
        raise InputError(inp.name, "empty file (only whitespace)")
    from .pubdate import dateline_day
    yield RawDocument(source=inp.name, text=text, format="text",
                      published=date_in_name(inp.name) or dateline_day(text))


_ISO_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def date_in_name(path: str) -> str | None:
    """The day a plain-text file's name gives ("nyt_2016-05-18_trump-says.txt" -> 2016-05-18): a text has no
    metadata, and archives name their files by the day of publication; None without one (or with two different)."""
    days = set()
    for y, m, d in _ISO_DAY.findall(os.path.basename(path or "")):
        try:
            days.add(dt.date(int(y), int(m), int(d)).isoformat())
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None
