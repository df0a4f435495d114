"""British royal styles as mentions of their holder ("the Duke of Sussex" = Prince Harry, "the Prince of Wales" =
Charles until September 2022, William after): the styles and their holders over time are data
(``lang/en/royal_styles.tsv``). A style is tied to an entity of the document only: the holder at the document's
date (or the only holder the document names, without a date) must be named in it; else the style is no actor.
Whatever the tagger made of the style ("Duchess" ORG, "Sussex" GPE) is dropped from its entity."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import names, rules
from ..actors import Actors


@lru_cache(maxsize=1)
def _styles() -> tuple[re.Pattern | None, dict[str, list[tuple[frozenset[str], str, str]]]]:
    table: dict[str, list[tuple[frozenset[str], str, str]]] = {}
    try:
        rows = rules.table("en", "royal_styles")
    except (LookupError, OSError):
        rows = ()
    for row in rows:
        if len(row) < 2 or not row[0]:
            continue
        holders = frozenset(h.strip() for h in row[1].split("|") if h.strip())
        table.setdefault(row[0], []).append((holders, row[2] if len(row) > 2 else "", row[3] if len(row) > 3 else ""))
    if not table:
        return None, {}
    alts = "|".join(re.escape(s) for s in sorted(table, key=len, reverse=True))
    return re.compile(r"\b(" + alts + r")\b"), table


def _held(since: str, until: str, date: str) -> bool:
    return (not since or since <= date) and (not until or date <= until)


def _named(actors: Actors, holders: frozenset[str]) -> int | None:
    """The PERSON entity of the document named by one of ``holders``: a full name first ("Prince Harry"), then a
    single name ("Harry") when one entity alone carries it."""
    full = [h for h in holders if " " in h]
    single = [h for h in holders if " " not in h]
    words = {w for h in holders for w in names.tokens(h)}
    for group in (full, single):
        # an entity whose own name has a word no holder's name has is someone else ("Harry Kane" beside "Prince
        # Harry" and "the Duke of Sussex")
        hits = {i for i, e in enumerate(actors.entities) if e.type == "PERSON" and e.mentions and
                set(names.tokens(e.name)) <= words and
                any(names.clean_name(m.text) in group for m in e.mentions if m.kind != "pronoun")}
        if len(hits) == 1:
            return hits.pop()
        if hits:
            return None
    return None


def royal_styles(actors: Actors, text: str, published: str | None = None) -> None:
    """Each royal style of ``text`` becomes a mention of its holder's entity (see the module doc)."""
    rx, table = _styles()
    if rx is None or "of " not in text and "Royal" not in text:
        return
    date = (published or "")[:10]
    decided: dict[str, int | None] = {}
    for m in rx.finditer(text):
        style = m.group(1)
        if style not in decided:
            rows = table[style]
            if date:
                rows = [r for r in rows if _held(r[1], r[2], date)]
            found = {i for i in (_named(actors, r[0]) for r in rows) if i is not None}
            decided[style] = found.pop() if len(found) == 1 else None
        idx = decided[style]
        if idx is None:
            continue
        s, e = m.span(1)
        for j, ent in enumerate(actors.entities):  # the tagger's pieces of the style ("Duchess", "Sussex")
            if j != idx and any(x.start < e and s < x.end for x in ent.mentions):
                ent.mentions = [x for x in ent.mentions if not (x.start < e and s < x.end)]
                actors._by_key = {k: v for k, v in actors._by_key.items() if k[2] != j or v in ent.mentions}
                actors._index = None
        actors.add_mention(idx, s, e, "titled")
