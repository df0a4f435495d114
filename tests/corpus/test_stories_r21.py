"""Round 21 (tryout fixes): a near-duplicate copy is one document to a reader (a story of an article and its copy
counts one); an untitled "notebook" of short items is a digest, which stands alone."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_stories import FLOOD, _assignment, _doc, _flood  # noqa: E402

from newsgraph.corpus import stories as ST  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402


def _stories(store) -> dict[str, int]:
    return {s["id"]: s["n_docs"] for s in Q.list_stories(store, limit=50)["items"]}


def test_an_article_and_its_near_duplicate_copy_count_once(store):
    copy = _doc("copy.example/1", "2025-09-05", "Storm Odette floods Bergen harbour",
                FLOOD[0] + " Updated at noon.")
    store.write_batch([_flood(1, "2025-09-04")])
    store.write_batch([copy])
    docs = Q.list_documents(store, limit=10)["items"]
    assert len(docs) == 2 and len({d["story_id"] for d in docs}) == 1
    assert list(_stories(store).values()) == [1]
    # a second report of the happening counts as a document
    store.write_batch([_flood(2, "2025-09-05")])
    assert list(_stories(store).values()) == [2]


NOTEBOOK = ("harbour notebook.\n\nPumps at dawn.\n\nStorm Odette flooded the harbour of Bergen overnight, and Maria "
            "Lindqvist kept the ferry terminal and the fishmarket closed while pumps ran through the night.\n\n"
            "Recount?\n\nThe county clerk said the narrow council vote in the harbour district would be counted "
            "again next week.\n\nQuotable.\n\n\"We will count every ballot twice if we have to,\" the clerk told "
            "reporters on the steps of the town hall.\n")


def test_an_untitled_notebook_of_short_items_stands_alone(store):
    # a notebook of notes on one happening is no digest (round 16: "Convention notebook" joins the convention)
    assert not ST.looks_like_digest("Convention notebook", "Notes from the floor: the hall ran out of water.")
    assert ST.looks_like_digest(ST.untitled(NOTEBOOK), NOTEBOOK)
    notebook = _doc("notebook.example/1", "2025-09-05", None, NOTEBOOK)
    store.write_batch([_flood(1, "2025-09-04"), _flood(2, "2025-09-05"), notebook])
    assert ("notebook.example/1",) in _assignment(store)
