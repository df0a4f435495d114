"""Pages kept until the store changes (serve/cache.py, store/changes.py): a repeated GET is answered from memory
with an ETag (and 304 for a client that has it), and a write by ANY process (here: another Store object, its
own connections) makes the next answer fresh, on SQLite and PostgreSQL alike."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from serve_helpers import ingest_into
from newsgraph.ingest.base import RawDocument
from newsgraph.serve import create_app

ART = "Mayor {0} said on Monday that the {1} bridge will reopen next week, according to the city council."


def _raw(i: int, name: str, place: str) -> RawDocument:
    return RawDocument(source=f"cache-test-{i}.txt", text=ART.format(name, place))


def test_pages_are_kept_until_any_process_writes(store_url):
    ingest_into(store_url, [_raw(1, "John Smith", "river")])
    with TestClient(create_app(store_url), base_url="http://localhost") as c:
        a = c.get("/documents")
        assert a.status_code == 200 and a.json()["total"] == 1
        assert c.get("/").json()["stats"]["documents"] == 1
        etag = a.headers["etag"]
        b = c.get("/documents")
        assert b.content == a.content and b.headers["etag"] == etag
        assert b.headers["content-security-policy"]  # the security headers on kept pages too
        nm = c.get("/documents", headers={"if-none-match": etag})
        assert nm.status_code == 304 and nm.content == b""
        html = c.get("/documents", headers={"accept": "text/html"})
        assert html.headers["content-type"].startswith("text/html") and html.headers["etag"] != etag
        # another writer (its own Store, as a separate ingest process would be)
        ingest_into(store_url, [_raw(2, "Anna Berg", "harbour")])
        fresh = c.get("/documents")
        assert fresh.json()["total"] == 2 and fresh.headers["etag"] != etag
        assert c.get("/documents", headers={"if-none-match": etag}).status_code == 200
        assert c.get("/actors", params={"name": "Anna Berg"}).json()["total"] == 1
        assert c.get("/").json()["stats"]["documents"] == 2  # the front page's aggregates follow too
        assert c.get("/search", params={"q": "harbour"}).json()["total"] == 1


def test_errors_and_writes_are_never_kept(tmp_path):
    url = str(tmp_path / "s.db")
    ingest_into(url, [_raw(1, "John Smith", "river")])
    with TestClient(create_app(url), base_url="http://localhost") as c:
        assert c.get("/documents/nope").status_code == 404
        assert "etag" not in c.get("/documents/nope").headers
        assert c.get("/documents", params={"limit": -1}).status_code == 422
        assert "etag" not in c.get("/documents", params={"limit": -1}).headers
        assert c.post("/analyze", json={"text": "Mayor John Smith said the bridge will reopen."}).status_code == 200


def test_no_cache_when_turned_off(tmp_path):
    url = str(tmp_path / "s.db")
    ingest_into(url, [_raw(1, "John Smith", "river")])
    with TestClient(create_app(url, cache_mb=0), base_url="http://localhost") as c:
        assert "etag" not in c.get("/documents").headers


def test_list_totals_follow_writes(store_url):
    """The cached total of a list (store/changes.py) is counted again after a write by another Store object."""
    from newsgraph.store import open_store
    from newsgraph.store import queries as Q
    ingest_into(store_url, [_raw(1, "John Smith", "river")])
    with open_store(store_url) as st:
        assert Q.list_documents(st, limit=1)["total"] == 1
        assert Q.list_documents(st, limit=1)["total"] == 1
        ingest_into(store_url, [_raw(2, "Anna Berg", "harbour")])
        assert Q.list_documents(st, limit=1)["total"] == 2
        assert not st.watch()._broken  # a real change signal on this backend, not the time fallback


@pytest.mark.parametrize("n", [3])
def test_search_pages_rank_then_snippet(tmp_path, n):
    """A search's page: best first, a snippet with the matches in [brackets] for each item, and the same items
    whether asked for one page of n or n pages of one."""
    from newsgraph.store import open_store
    from newsgraph.store import queries as Q
    url = str(tmp_path / "s.db")
    ingest_into(url, [_raw(i, name, "harbour") for i, name in enumerate(["John Smith", "Anna Berg", "Carl Holm"])])
    with open_store(url) as st:
        whole = Q.search(st, "harbour", limit=n)
        assert whole["total"] == n and all("[harbour]" in it["snippet"].lower() for it in whole["items"])
        singles = [Q.search(st, "harbour", limit=1, offset=k)["items"][0]["id"] for k in range(n)]
        assert singles == [it["id"] for it in whole["items"]]
        filtered = Q.search(st, "harbour", limit=n, outlet="nowhere")
        assert filtered["total"] == 0 and filtered["items"] == []


def test_pages_are_shared_by_the_processes_of_a_store(store_url, monkeypatch):
    """The second tier (store/pages.py): a page one server process computed is answered by another (here: a second
    app over the same store, with its own memory) until a newsgraph write moves the store's shared generation; a
    server started later starts from nothing; a write by another program drops what is shared. SQLite only: on
    PostgreSQL each process computes its own pages."""
    from newsgraph.store import normalize_url
    from newsgraph.store import queries as Q
    from newsgraph.store.pages import forget_pages
    if not normalize_url(store_url).startswith("sqlite"):
        ingest_into(store_url, [_raw(1, "John Smith", "river")])
        calls = []
        real = Q.LIST_FUNCTIONS["documents"]
        monkeypatch.setitem(Q.LIST_FUNCTIONS, "documents", lambda *a, **k: calls.append(1) or real(*a, **k))
        with TestClient(create_app(store_url), base_url="http://localhost") as a, \
                TestClient(create_app(store_url), base_url="http://localhost") as b:
            assert a.get("/documents").content == b.get("/documents").content and len(calls) == 2
        return
    ingest_into(store_url, [_raw(1, "John Smith", "river")])
    forget_pages(normalize_url(store_url))
    calls = []
    real = Q.LIST_FUNCTIONS["documents"]
    monkeypatch.setitem(Q.LIST_FUNCTIONS, "documents", lambda *a, **k: calls.append(1) or real(*a, **k))
    with TestClient(create_app(store_url), base_url="http://localhost") as a, \
            TestClient(create_app(store_url), base_url="http://localhost") as b:
        first = a.get("/documents")  # both servers have started (and dropped what was shared before)
        assert first.json()["total"] == 1 and len(calls) == 1
        again = b.get("/documents")  # computed by the other process
        assert again.content == first.content and again.headers["etag"] == first.headers["etag"] and len(calls) == 1
        # the web page of the same URL is made from the data the other process computed (serve/memo.py)
        assert b.get("/documents", headers={"accept": "text/html"}).status_code == 200 and len(calls) == 1
        ingest_into(store_url, [_raw(2, "Anna Berg", "harbour")])  # a newsgraph write: every page is stale
        assert a.get("/documents").json()["total"] == 2 and len(calls) == 2
        assert b.get("/documents").json()["total"] == 2 and len(calls) == 2
    with TestClient(create_app(store_url), base_url="http://localhost") as c, \
            TestClient(create_app(store_url, shared_cache_mb=0), base_url="http://localhost") as d:
        assert c.get("/documents").json()["total"] == 2 and len(calls) == 3  # a server started later computes
        assert d.get("/documents").json()["total"] == 2 and len(calls) == 4  # one that shares nothing too
    import sqlite3
    path = normalize_url(store_url).split(":///", 1)[1]
    with TestClient(create_app(store_url), base_url="http://localhost") as a, \
            TestClient(create_app(store_url), base_url="http://localhost") as b:
        assert a.get("/documents").json()["total"] == 2
        assert b.get("/documents").json()["total"] == 2  # from a: b has opened the store now
        with sqlite3.connect(path) as raw:  # a writer that is not newsgraph: the shared counter stands still
            raw.execute("UPDATE documents SET title = 'Edited by hand'")
        n = len(calls)
        assert {d["title"] for d in a.get("/documents").json()["items"]} == {"Edited by hand"} and len(calls) == n + 1
        assert {d["title"] for d in b.get("/documents").json()["items"]} == {"Edited by hand"} and len(calls) == n + 2


def test_a_pages_json_and_web_page_are_made_from_one_computation(db_path, seed_id, monkeypatch):
    """serve/memo.py: the web page of a URL whose JSON was just computed (or the other way round) is made from the
    same data, not computed again; and it is the same web page as one computed afresh (a server without caches),
    for every kind of page."""
    from urllib.parse import quote

    from newsgraph.serve import memo as memo_module
    with TestClient(create_app(db_path, shared_cache_mb=0), base_url="http://localhost") as memo, \
            TestClient(create_app(db_path, cache_mb=0), base_url="http://localhost") as fresh:
        actors = memo.get("/actors", params={"limit": 3}).json()["items"]
        story = memo.get("/stories", params={"limit": 1}).json()["items"][0]["id"]
        quote_id = memo.get("/quotes", params={"limit": 1}).json()["items"][0]["id"]
        urls = [f"/actors/{quote(actors[0]['id'])}", f"/timeline?actor={quote(actors[0]['id'])}&limit=50",
                f"/documents/{seed_id}", f"/stories/{story}",
                f"/quotes/{quote_id}", f"/timeline?actor={quote(actors[0]['id'])}", "/search?q=Zelensky",
                f"/quotes?speaker={quote(actors[0]['name'])}", "/events?limit=5", "/graph?limit=20",
                "/actors?type=PERSON"]
        calls = []
        real = memo_module.dumps
        monkeypatch.setattr(memo_module, "dumps", lambda data: calls.append(1) or real(data))
        for url in urls:
            as_json = memo.get(url)
            assert as_json.status_code == 200 and calls, url  # computed (and kept)
            if url.endswith("&limit=50"):  # the actor's timeline was computed for the actor's page just before
                assert len(calls) == 1, calls
            n = len(calls)
            page = memo.get(url, headers={"accept": "text/html"})
            assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), url
            assert len(calls) == n, url  # the web page: made from the kept data, not computed again
            calls.clear()
            assert page.text == fresh.get(url, headers={"accept": "text/html"}).text, url
            assert memo.get(url).content == as_json.content


def test_a_store_opened_again_never_reuses_a_generation(db_path):
    """A server's lifespan closes its store and the next request opens it again: the new watch's generations must
    differ from every one the old watch gave, or pages kept under an old number would be answered as current."""
    from newsgraph.store import open_store
    a, b = open_store(db_path), open_store(db_path)
    try:
        assert a.watch().generation() != b.watch().generation()
    finally:
        a.close()
        b.close()
