"""Captures of one page from a web archive (tryout r17): ingested out of capture order, the later capture is the
page now whatever order they arrive in (store/versions.py, by ``documents.captured``); a capture date is never
taken for the publication date unmarked; records and files that are no article are counted in ingest's summary."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402
from test_copy_quotes import BODY, LONG  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402

URL = "https://news.example/ward-budget"
ENTS = [("Ben Ward", "PERSON", None, ["Ben Ward"]), ("Ann Hale", "PERSON", None, ["Ann Hale"])]
OLD = "We cannot afford another year of this budget"
NEW = "This bill is a gift to the lobbyists and we will fight it"


def _capture(source: str, captured: str, said: str, who: int):
    name = ENTS[who][0]
    rec = make(BODY + f'"{LONG}," Ben Ward said. "{said}," {name} added.', source=source, published="2016-03-15",
               url=URL, entities=ENTS, quotes=[(LONG, 0, []), (said, who, [])], title=f"Ward plan ({source})")
    rec.document.captured = captured
    rec.document.published_from = "page"
    return rec


def test_the_later_capture_is_the_page_whatever_order_they_arrive_in(store):
    # the June 20 capture (corrected: Ann Hale's words) arrives first, the June 1 capture (Ben Ward's) second
    (o1,) = store.write_batch([_capture("new.warc#record 1", "2025-06-20T10:00:00Z", NEW, 1)])
    kept = {q["text"]: q["id"] for q in Q.list_quotes(store)["items"]}
    (o2,) = store.write_batch([_capture("old.warc#record 1", "2025-06-01T10:00:00Z", OLD, 0)])
    assert o2["status"] == "near-duplicate" and o2["canonical_id"] == o1["doc_id"], o2  # history, not an update
    quotes = {q["text"]: q for q in Q.list_quotes(store)["items"]}
    assert set(quotes) == {LONG, NEW}  # the older capture's own quote is withdrawn as it arrives
    assert quotes[LONG]["id"] == kept[LONG] and quotes[LONG]["n_reports"] == 1
    assert Q.find_actor(store, "Ann Hale")["n_docs"] == 1 and Q.find_actor(store, "Ben Ward")["n_docs"] == 1
    docs = Q.list_documents(store, originals=True)["items"]
    assert [d["id"] for d in docs] == [o1["doc_id"]]
    assert docs[0]["captured"] == "2025-06-20T10:00:00Z" and docs[0]["published_from"] == "page"
    assert Q.get_document(store, o2["doc_id"])["superseded_by"] == o1["doc_id"]
    assert Q.get_document(store, o1["doc_id"])["superseded_by"] is None
    assert [s["n_docs"] for s in Q.list_stories(store, limit=50)["items"]] == [1]


def test_captures_in_order_still_update_the_page(store):
    store.write_batch([_capture("old.warc#record 1", "2025-06-01T10:00:00Z", OLD, 0)])
    (o2,) = store.write_batch([_capture("new.warc#record 1", "2025-06-20T10:00:00Z", NEW, 1)])
    assert o2["status"] == "updated" and o2["canonical_id"] == o2["doc_id"], o2
    assert {q["text"] for q in Q.list_quotes(store)["items"]} == {LONG, NEW}
