"""A near-duplicate copy repeats its original's quotes, sometimes cut shorter: one quote with two reports, and a
story's timeline that holds each quote and event once (tryout r13: a story of an article and its copy listed an
event twice and a quote twice, the copy's shorter cut being a quote of its own)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402

LONG = ("I would point out to you that on the most significant public policy issue of our time, the war in Iraq, "
        "I cast the correct vote and I would cast it again")
SHORT = "I would point out to you that on the most significant public policy issue of our time, the war in Iraq"
BODY = ("The senator has built coalitions across the aisle for years in the chamber, his aides say, working with "
        "members of both parties on veterans, on trade and on the budget. ") * 6


def _doc(source, published, words):
    text = BODY + f'"{words}," Ben Ward said.'
    return make(text, source=source, published=published, entities=[("Ben Ward", "PERSON", None, ["Ben Ward"])],
                quotes=[(words, 0, [])])


def test_a_copys_shorter_cut_of_a_quote_is_the_same_quote(store):
    store.write_batch([_doc("a/1", "2016-03-15", LONG)])
    (o,) = store.write_batch([_doc("a/2", "2016-03-16", SHORT)])
    assert o["status"] == "near-duplicate", o
    (q,) = Q.list_quotes(store)["items"]
    assert q["n_reports"] == 2
    story = Q.list_stories(store)["items"][0]
    tl = Q.get_story(store, story["id"])["timeline"]["items"]
    assert [x["entry"] for x in tl].count("quote") == 1


def test_an_unrelated_documents_shorter_quote_stays_apart(store):
    store.write_batch([_doc("a/1", "2016-03-15", LONG)])
    store.write_batch([make(f'In another town, "{SHORT}," Ben Ward told a crowd on Friday.', source="b/9",
                            published="2016-05-01", entities=[("Ben Ward", "PERSON", None, ["Ben Ward"])],
                            quotes=[(SHORT, 0, [])])])
    assert sorted(q["n_reports"] for q in Q.list_quotes(store)["items"]) == [1, 1]


def test_the_same_page_again_is_no_second_report(store):
    # tryout r15: an updated page ingested again (the same URL, one word changed) made every unchanged quote
    # "2 reports", both the same URL; a copy at another URL (syndication) is a second report, as above
    url = "https://news.example/ward-iraq"
    store.write_batch([make(BODY + f'"{LONG}," Ben Ward said.', source="a/1", published="2016-03-15", url=url,
                            entities=[("Ben Ward", "PERSON", None, ["Ben Ward"])], quotes=[(LONG, 0, [])])])
    (o,) = store.write_batch([make(BODY.replace("budget", "economy") + f'"{LONG}," Ben Ward said.', source="a/2",
                                   published="2016-03-15", url=url,
                                   entities=[("Ben Ward", "PERSON", None, ["Ben Ward"])], quotes=[(LONG, 0, [])])])
    assert o["status"] == "near-duplicate", o
    (q,) = Q.list_quotes(store)["items"]
    assert q["n_reports"] == 1
