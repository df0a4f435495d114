"""Datelines of Russian and Ukrainian news leads: "Москва, 6 сентября 2025 года (РИА Новости) — …",
"МОСКВА, 6 сен — РИА Новости. …", "МОСКВА, 6 сентября. /ТАСС/. …", "Київ, 5 вересня 2025 року (Укрінформ) — …".
The place, the date and the agency that open a lead are the writer's heading, no part of its first sentence: the
parse takes the place for the subject of the sentence's speech verb ("Москва … заявил": tryout r16, 3 of 5 wire
leads credited to a city), so a speaker is never looked for inside a dateline.

The patterns are compiled once from the month names the date readers use (``lang/<ru|uk>/dates_names.tsv``, kind
``month``) and match only at the start of a paragraph.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

_PLACE = r"[A-ZА-ЯЁІЇЄҐ][\w.’'-]+(?:[ -][A-ZА-ЯЁІЇЄҐ][\w.’'-]+){0,2}"  # capitalised words ("В Москве" is no place)
# the agencies' three-letter months ("МОСКВА, 6 сен — РИА Новости"), which the date readers leave alone ("сен" is a
# word of its own elsewhere)
_WIRE_MONTHS = {"янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"}
_AGENCY_WORDS = r"(?:[«\"]?[A-ZА-ЯЁІЇЄҐ][\w.’'»\"-]*\s?){1,4}"  # capitalised words only ("РИА Новости", "ТАСС")


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    months = sorted({r[0] for lang in ("ru", "uk") for r in rules.table(lang, "dates_names")
                     if len(r) >= 2 and r[1] == "month"} | _WIRE_MONTHS, key=len, reverse=True)
    month = "(?i:" + "|".join(re.escape(m) for m in months) + r")\.?"
    date = rf"\d{{1,2}}\s+{month}(?:\s+\d{{4}}(?:\s*(?:года|року|г\.|р\.))?)?"
    dash = r"(?:[—–]|--?)"
    return re.compile(
        # "Москва, 6 сентября 2025 года (РИА Новости) — ", "МОСКВА, 6 сен — РИА Новости. ", "Київ, … (Укрінформ) — "
        rf"(?:{_PLACE},\s+{date}\s*(?:\([^()\n]{{2,40}}\)\s*)?{dash}\s*(?:{_AGENCY_WORDS}\.\s+)?"
        rf"|{_PLACE},\s+{date}\.?\s*/[^/\n]{{2,30}}/\.?\s*"  # "МОСКВА, 6 сентября. /ТАСС/. "
        rf"|{_PLACE}\.\s+{date}\.\s+(?i:interfax)(?:\.(?i:ru))?\s*{dash}\s*)")  # "Москва. 6 сентября. INTERFAX.RU - "


def dateline_end(text: str, pos: int) -> int | None:
    """The end of the dateline holding ``pos`` (a dateline opens a paragraph), or None."""
    start = text.rfind("\n", 0, pos) + 1
    if pos - start > 200:
        return None
    m = _dateline().match(text, start)
    return m.end() if m is not None and start <= pos < m.end() else None
