"""Query layer hardening (issue 14): list pages in a fixed number of queries (no N+1), LIKE wildcards in filters
match themselves, actors with names in caseless scripts reachable by name (/timeline)."""
from __future__ import annotations

import pytest
from sqlalchemy import event

from records import make

from newsgraph.store import queries as Q
from newsgraph.store import open_store


def _doc(i: int, name: str, outlet: str = "Daily News"):
    text = f"{name} said that the plan number {i} is good. \u201cWe agree on plan {i},\u201d {name} said."
    return make(text, source=f"d{i}.txt", published=f"2025-09-{i % 28 + 1:02d}", site=outlet,
                entities=[(name, "PERSON", None, [name])],
                quotes=[(f"We agree on plan {i}", 0, [])], events=[("AGREE", [0], [], None, None)])


@pytest.fixture
def filled(tmp_path):
    url = str(tmp_path / "q.db")
    names = [f"Person{chr(65 + i % 26)} Name{i}" for i in range(30)] + ["習近平", "محمد عباس", "דוד בן"]
    with open_store(url) as st:
        st.write_batch([_doc(i, n, "100% News" if i == 3 else "Daily_News" if i == 4 else "Daily News")
                        for i, n in enumerate(names)])
    st = open_store(url)
    yield st
    st.close()


def _count_queries(st, fn):
    n = 0

    def count(*_a):
        nonlocal n
        n += 1
    from newsgraph.store.changes import forget_totals
    forget_totals()  # every call counts its total (a cached one would spare a query)
    engine = st.reader()  # the queries' own connections (read-only pool), not the writer's
    event.listen(engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert n > 0
    return n


@pytest.mark.parametrize("call", [
    lambda st, k: Q.list_actors(st, limit=k),
    lambda st, k: Q.list_quotes(st, limit=k),
    lambda st, k: Q.list_events(st, limit=k),
    lambda st, k: Q.list_documents(st, limit=k),
    lambda st, k: Q.list_stories(st, limit=k),
])
def test_list_pages_take_a_fixed_number_of_queries(filled, call):
    small = _count_queries(filled, lambda: call(filled, 2))
    big = _count_queries(filled, lambda: call(filled, 30))
    assert big == small and big <= 6, (small, big)


def test_timeline_page_takes_a_fixed_number_of_queries(filled):
    def tl(k):
        sid = Q.list_documents(filled, limit=1)["items"][0]["story_id"]
        return Q.timeline(filled, story=sid, limit=k)
    n = _count_queries(filled, lambda: tl(50))
    assert n == _count_queries(filled, lambda: tl(4)) and n <= 9  # (9: the quotes' other speakers, round 13)


def test_like_wildcards_match_themselves(filled):
    assert Q.list_documents(filled, outlet="%")["total"] == 1
    assert Q.list_documents(filled, outlet="_")["total"] == 1
    assert Q.list_documents(filled, outlet="daily news")["total"] == 31
    assert Q.list_actors(filled, name="%")["total"] == 0
    assert Q.list_quotes(filled, outlet="%")["total"] == 1


def test_name_and_outlet_parts_match_in_any_case(filled):
    # on SQLite an ASCII part is matched by LIKE itself, which ignores case as lower() did
    assert Q.list_documents(filled, outlet="DAILY NEWS")["total"] == Q.list_documents(filled, outlet="daily news")[
        "total"] == 31
    some = Q.list_actors(filled, limit=1)["items"][0]["name"]
    part = some.split()[-1][1:]  # a part of the name, inside a word
    assert Q.list_actors(filled, name=part.upper())["total"] == Q.list_actors(filled, name=part.lower())["total"] >= 1


@pytest.mark.parametrize("name", ["習近平", "محمد عباس", "דוד בן"])
def test_actors_in_caseless_scripts_are_reachable(filled, name):
    listed = [a for a in Q.list_actors(filled, limit=100)["items"] if a["name"] == name]
    assert listed and listed[0]["aliases"] == [name]
    who = Q.get_actor(filled, name, limit=1)
    assert who is not None and who["id"] == listed[0]["id"]
    assert Q.timeline(filled, actor=name)["total"] == 2


def test_a_known_outlet_filter_matches_whole_words(tmp_path):
    # "sun" names The Sun: it must not find "Sunrise Daily"; "Times" (The Times) still finds every Times by word
    url = str(tmp_path / "o.db")
    outlets = ["The Sun", "Sunrise Daily", "The New York Times", "The Times"]
    with open_store(url) as st:
        st.write_batch([_doc(i, f"Person{chr(65 + i)} Name{i}", o) for i, o in enumerate(outlets)])
    with open_store(url) as st:
        def names(v):
            return sorted(d["outlet"] for d in Q.list_documents(st, outlet=v)["items"])
        assert names("sun") == names("The Sun") == ["The Sun"]
        assert names("thesun.co.uk") == ["The Sun"]
        assert names("New York Times") == ["The New York Times"]
        assert set(names("Times")) >= {"The Times", "The New York Times"}
        assert names("Sunr") == ["Sunrise Daily"]  # no outlet named: a substring, as written


def test_events_carry_a_store_wide_key_and_their_articles_url(filled):
    """tryout r18: an event's id is local to its document ("v1" in every document); ``uid`` (document id and local
    id) keys a dashboard's rows, and ``url`` traces it to its article, as quotes' first reports do."""
    items = Q.list_events(filled, limit=100)["items"]
    uids = [e["uid"] for e in items]
    assert len(uids) == len(set(uids)) == len(items) > 1
    assert all(e["uid"] == f'{e["doc_id"]}:{e["id"]}' and "url" in e for e in items)
