"""Story clustering rules: plain functions over a document's salient actors and terms and a candidate story's
figures (the store's writer reads them and writes the decision).

A near-duplicate joins its original's story. Otherwise, among the stories within STORY_WINDOW_DAYS of the
document's date, the first (most shared actors) that shares at least STORY_MIN_SHARED salient actors covering
STORY_MIN_OVERLAP of the smaller actor set (a place counts half: every story about a country names it), or shares
one actor and STORY_TERM_OVERLAP of the document's top content terms; else a new story.
"""
from __future__ import annotations

import datetime as dt
import math

STORY_WINDOW_DAYS = 3
STORY_TOP_ACTORS = 8
STORY_MIN_SHARED = 2
STORY_MIN_OVERLAP = 0.5
STORY_TERMS = 12  # a document's top content terms (tf x idf over the corpus so far)
STORY_TERM_MIN_DOCS = 100  # the content signal starts once the corpus has this many documents (idf meaningful)
STORY_TERM_OVERLAP = 0.3  # share of the document's top terms a story must have (with one shared actor)
STORY_ACTOR_TYPES = {"PERSON", "ORG", "GPE", "LOC", "GROUP", "NORP", "FAC", "EVENT"}
PLACE_TYPES = {"GPE", "LOC"}


def days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except (TypeError, ValueError):
        return None


def salient_actors(mentions) -> tuple[list[str], set[str]]:
    """The document's STORY_TOP_ACTORS most mentioned actors (of the story types) and which of them are places;
    ``mentions``: (actor id, type, mentions) of each resolved entity of the document."""
    weights: dict[str, int] = {}
    place: set[str] = set()
    for aid, typ, n in mentions:
        if aid and typ in STORY_ACTOR_TYPES:
            weights[aid] = weights.get(aid, 0) + (n or 1)
            if typ in PLACE_TYPES:
                place.add(aid)
    top = [a for a, _ in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TOP_ACTORS]]
    return top, place


def top_terms(tf: dict[str, int], df: dict[str, int], n_docs: int) -> list[str]:
    """The document's top STORY_TERMS terms by tf x idf ([] while the corpus is too small for idf)."""
    if n_docs < STORY_TERM_MIN_DOCS:
        return []
    score = {w: tf[w] * math.log((n_docs + 1) / (df.get(w, 0) + 1)) for w in tf}
    return [w for w, sc in sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS] if sc > 0]


def in_window(date: str | None, first: str | None, last: str | None) -> bool:
    """A document dated within STORY_WINDOW_DAYS of the story's span (undated: always)."""
    if not (date and first and last):
        return True
    if date < first and (days_apart(date, first) or 0) > STORY_WINDOW_DAYS:
        return False
    if date > last and (days_apart(date, last) or 0) > STORY_WINDOW_DAYS:
        return False
    return True


def by_actors(shared: float, n_top: int, story_size: int) -> bool:
    return shared >= STORY_MIN_SHARED and \
        shared / max(1, min(n_top, story_size, STORY_TOP_ACTORS)) >= STORY_MIN_OVERLAP


def by_content(common_terms: int, n_terms: int) -> bool:
    return n_terms > 0 and common_terms / n_terms >= STORY_TERM_OVERLAP

