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
    assert o["status"] == "updated", o
    (q,) = Q.list_quotes(store)["items"]
    assert q["n_reports"] == 1
    assert q["first_report"]["doc_id"] == o["doc_id"]  # the page's current version reports it


def test_an_edited_page_withdraws_what_only_its_earlier_version_said(store):
    # tryout r15: a page corrected after a first crawl (a quotation and its speaker changed) kept the earlier
    # version's quote beside the correction; the later version at the same URL is the page now
    url = "https://news.example/ward-budget"
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"]), ("Ann Hale", "PERSON", None, ["Ann Hale"])]
    old = "We cannot afford another year of this budget"
    new = "This bill is a gift to the lobbyists and we will fight it"
    (o1,) = store.write_batch([make(BODY + f'"{LONG}," Ben Ward said. "{old}," Ben Ward added.', source="a/1",
                                    published="2016-03-15", url=url, entities=ents,
                                    quotes=[(LONG, 0, []), (old, 0, [])])])
    kept = {q["text"]: q["id"] for q in Q.list_quotes(store)["items"]}
    (o2,) = store.write_batch([make(BODY + f'"{LONG}," Ben Ward said. "{new}," Ann Hale added.', source="a/2",
                                    published="2016-03-15", url=url, entities=ents,
                                    quotes=[(LONG, 0, []), (new, 1, [])])])
    assert o2["status"] == "updated" and o2["canonical_id"] == o2["doc_id"], o2
    quotes = {q["text"]: q for q in Q.list_quotes(store)["items"]}
    assert set(quotes) == {LONG, new}
    assert quotes[LONG]["id"] == kept[LONG] and quotes[LONG]["n_reports"] == 1  # the same quote, its id kept
    assert quotes[new]["speaker_name"] == "Ann Hale"
    assert Q.list_quotes(store, about="afford")["items"] == []  # nor found by a search
    docs = Q.list_documents(store, originals=True)["items"]
    assert [d["id"] for d in docs] == [o2["doc_id"]]  # the current version stands for the page
    # another outlet's copy of the page (another URL) is a report of its own, as before
    (o3,) = store.write_batch([make(BODY + f'"{LONG}," Ben Ward said.', source="b/1", published="2016-03-16",
                                    url="https://other.example/ward", entities=ents, quotes=[(LONG, 0, [])])])
    assert o3["status"] == "near-duplicate"
    assert {q["text"]: q["n_reports"] for q in Q.list_quotes(store)["items"]}[LONG] == 2


def test_relink_of_a_store_with_page_versions_keeps_what_ingest_made(store):
    from newsgraph.store.relink import CLEARED, relink
    url = "https://news.example/ward-budget"
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"])]
    for src, said in (("a/1", "We cannot afford another year of this budget"),
                      ("a/2", "This bill is a gift to the lobbyists and we will fight it")):
        store.write_batch([make(BODY + f'"{LONG}," Ben Ward said. "{said}," Ben Ward added.', source=src,
                                published="2016-03-15", url=url, entities=ents, quotes=[(LONG, 0, []), (said, 0, [])],
                                events=[("ACCUSE", [0], [], None, None)])])
    before = {t.name: store.dump(t.name) for t in CLEARED}
    assert len(before["events"]) == 1 and len(before["quotes"]) == 2
    relink(store)
    assert {t.name: store.dump(t.name) for t in CLEARED} == before


def test_a_small_correction_of_a_quotation_gives_the_quote_its_new_words(store):
    # review r16: "40 percent" corrected to "14 percent" joined the old quote (token Jaccard >= 0.8), which kept
    # the old words in its text and its search index
    url = "https://news.example/ward-poll"
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"])]
    said = "Support for the plan among voters in the county has fallen to {} percent since the spring"
    for src, n in (("a/1", "40"), ("a/2", "14")):
        w = said.format(n)
        store.write_batch([make(BODY + f'"{w}," Ben Ward said.', source=src, published="2016-03-15", url=url,
                                entities=ents, quotes=[(w, 0, [])])])
    (q,) = Q.list_quotes(store)["items"]
    assert q["text"] == said.format("14") and q["n_reports"] == 1 and q["speaker_name"] == "Ben Ward"
    assert [x["text"] for x in Q.list_quotes(store, about="14 percent")["items"]] == [said.format("14")]
    assert Q.list_quotes(store, about='"40 percent"')["items"] == []


def test_a_story_is_not_titled_by_a_superseded_version(store):
    # review r16: a story kept the title of a page version a later crawl had replaced
    url = "https://news.example/ward-budget"
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"])]
    (o1,) = store.write_batch([make(BODY + f'"{LONG}," Ben Ward said.', source="a/1", title="Ward budget plan (old)",
                                    published="2016-03-15", url=url, entities=ents, quotes=[(LONG, 0, [])])])
    store.write_batch([make(BODY + f'"{LONG}," Ben Ward told a crowd.', source="b/1", title="Ward talks budget",
                            published="2016-03-15", url="https://other.example/ward", entities=ents,
                            quotes=[(LONG, 0, [])])])
    (o2,) = store.write_batch([make(BODY + f'"{LONG}," Ben Ward said on Tuesday.', source="a/2",
                                    title="Ward budget plan, updated", published="2016-03-15", url=url,
                                    entities=ents, quotes=[(LONG, 0, [])])])
    assert o2["status"] == "updated", o2
    titles = [s["title"] for s in Q.list_stories(store, limit=50)["items"]]
    assert "Ward budget plan (old)" not in titles, titles


def test_a_page_captured_twice_is_one_document_of_its_actors_and_its_story(store):
    # tryout r17: a WARC holding two captures of one page (an edited paragraph) made "stories" of one page and
    # actors "in 2 documents", both the same article
    url = "https://news.example/ward-budget"
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"]), ("Ann Hale", "PERSON", None, ["Ann Hale"])]
    store.write_batch([make(BODY + f'"{LONG}," Ben Ward said. Ann Hale agreed.', source="a/1", title="Ward plan",
                            published="2016-03-15", url=url, entities=ents, quotes=[(LONG, 0, [])])])
    (o2,) = store.write_batch([make(BODY + f'"{LONG}," Ben Ward said on Tuesday.', source="a/2",
                                    title="Ward plan, updated", published="2016-03-15", url=url,
                                    entities=ents[:1], quotes=[(LONG, 0, [])])])
    assert o2["status"] == "updated", o2
    ward = Q.find_actor(store, "Ben Ward")
    assert ward["n_docs"] == 1, ward
    assert Q.find_actor(store, "Ann Hale") is None  # only the earlier version named her
    stories = Q.list_stories(store, limit=50)["items"]
    assert [s["n_docs"] for s in stories] == [1], stories
    assert Q.get_story(store, stories[0]["id"])["title"] == "Ward plan, updated"


def test_a_quote_is_found_by_the_outlet_its_text_credits(store):
    # review r17: `quotes --outlet Интерфакс` (or BBC) found none of the quotes the texts credited to the outlet
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"]), ("BBC", "MEDIA", None, ["BBC"]),
            ("Интерфакс", "MEDIA", None, ["Интерфакс"])]
    store.write_batch([make(BODY + f'"{LONG}," Ben Ward told the BBC. Интерфакс передал это.', source="a/1",
                            published="2016-03-15", url="https://blog.example/a", entities=ents,
                            quotes=[(LONG, 0, [1, 2])])])
    for name in ("BBC", "bbc", "Интерфакс", "интерфакс"):
        assert [q["text"] for q in Q.list_quotes(store, outlet=name)["items"]] == [LONG], name
    assert Q.list_quotes(store, outlet="Reuters")["items"] == []
    assert Q.list_quotes(store, outlet="Интерфакс-Украина")["items"] == []  # (another outlet: not a part of a name)


def test_an_edited_feed_item_under_the_same_id_is_an_update(store):
    """tryout r18: a feed item re-published corrected (the same guid, so the same document id, and the same link)
    was counted a duplicate and the correction dropped; it is the page's new version, stored under an id of its
    own, and ingesting it again is a duplicate."""
    url = "https://wire.example/roe-bill"
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"])]

    def item(words):
        rec = make(BODY + f'"{words}," Ben Ward said.', source="feed.rss", published="2016-03-15", url=url,
                   entities=ents, quotes=[(words, 0, [])])
        rec.document.id = "guid-0123456789abcdef"
        return rec
    (o1,) = store.write_batch([item(LONG)])
    (o2,) = store.write_batch([item(SHORT + " and we will vote on it next month")])
    assert o1["status"] == "new" and o2["status"] == "updated" and o2["doc_id"] != o1["doc_id"], (o1, o2)
    assert [q["text"] for q in Q.list_quotes(store)["items"]] == [SHORT + " and we will vote on it next month"]
    (o3,) = store.write_batch([item(SHORT + " and we will vote on it next month")])
    assert o3["status"] == "duplicate" and o3["doc_id"] == o2["doc_id"], o3


def test_an_outlet_named_with_its_domain_ending_is_found_by_its_short_name(store):
    """tryout r18: `quotes --outlet Лента` found nothing while `--outlet Lenta` (the domain's label) found the
    quotes of Lenta.ru ("Лента.ру" in the text): a name written with its domain ending is found by the name
    before it, in either script; a common word stays a word ("Газета" finds no other outlet's quotes)."""
    ents = [("Ben Ward", "PERSON", None, ["Ben Ward"]), ("Лента.ру", "MEDIA", None, ["Лента.ру"])]
    store.write_batch([make(BODY + f'"{LONG}," Ben Ward said. Лента.ру передала это.', source="a/1",
                            published="2016-03-15", url="https://blog.example/a", entities=ents,
                            quotes=[(LONG, 0, [1])])])
    store.write_batch([make(BODY + f'"{LONG} again," Ann Hale said.', source="a/2", published="2016-03-16",
                            url="https://lenta.ru/news/2016/03/16/x", quotes=[(LONG + " again", 0, [])],
                            entities=[("Ann Hale", "PERSON", None, ["Ann Hale"])])])
    for name in ("Лента", "лента", "Lenta", "Лента.ру"):
        assert len(Q.list_quotes(store, outlet=name)["items"]) == 2, name
    assert Q.list_quotes(store, outlet="Газета")["items"] == []
