"""Bugs met by a first user walking the CLI flows (analyze, ingest, queries, export, serve): each test here failed
before its fix."""
from __future__ import annotations

import json

from newsgraph.record import Analysis


def _record(n_mentions: int, n_removed: int) -> Analysis:
    text = "Putin spoke. " * n_mentions
    return Analysis.from_json(json.dumps({
        "schema": "newsgraph.analysis/1",
        "document": {"id": "x", "source": "a.txt", "title": None, "language": "en", "published": None,
                     "text": text, "paragraphs": [{"start": 0, "end": len(text), "kind": "body"}],
                     "removed": [{"text": "Comments (0)", "reason": "boilerplate"}] * n_removed},
        "entities": [{"id": "e1", "type": "PERSON", "name": "Putin",
                      "mentions": [{"start": 13 * i, "end": 13 * i + 5, "text": "Putin"} for i in range(n_mentions)]}],
        "quotes": [], "events": [], "dates": [], "quantities": [],
    }))


def test_text_summary_counts_read_like_english():
    from newsgraph.render import render_text
    one = render_text(_record(1, 1))
    assert "1 paragraph (1 body)" in one and "1 piece removed" in one and "(1 mention)" in one, one
    two = render_text(_record(2, 2))
    assert "2 pieces removed" in two and "(2 mentions)" in two, two
