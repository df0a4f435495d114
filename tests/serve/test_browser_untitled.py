"""Untitled documents in the web UI, in a real Chromium (tryout r17 M, P): a search page's quote card said "first in
None" for a document with no outlet or title; a story page's "first report" showed the file's absolute path and its
articles were "(untitled)" while the story was titled by the first line. An untitled document is named by its
text's first line everywhere, as the story is."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from records import make  # noqa: E402

pytestmark = pytest.mark.browser

T1 = ("Elista floods close the main road\nThe Kalmyk capital Elista closed its main road on Monday after floods. "
      "\"The water will not go down before Friday,\" governor Batu Khasikov said in Elista. Rescuers moved families "
      "from the low streets.")
T2 = ("Floods in Elista: the road stays closed\nGovernor Batu Khasikov said on Tuesday that the main road of Elista "
      "stays closed after the floods. \"The water will not go down before Friday,\" Khasikov told reporters. "
      "Rescuers kept families in schools.")
QUOTE = "The water will not go down before Friday"


def _records():
    def ents():
        return [("Batu Khasikov", "PERSON", "governor", ["Batu Khasikov", "Khasikov"]),
                ("Elista", "GPE", None, ["Elista"])]
    return [make(T1, source="/srv/news/text/book_1.txt", published="2025-06-02", entities=ents(),
                 quotes=[(QUOTE, 0, [])]),
            make(T2, source="/srv/news/text/book_2.txt", published="2025-06-03", entities=ents(),
                 quotes=[(QUOTE, 0, [])])]


@pytest.fixture(scope="module")
def untitled_db(tmp_path_factory):
    from newsgraph.store import open_store
    path = str(tmp_path_factory.mktemp("untitled") / "untitled.db")
    st = open_store(path)
    st.write_batch(_records())
    st.close()
    return path


def test_untitled_documents_are_named_by_their_first_line_in_a_browser(untitled_db, chromium):
    from serve_helpers import browsing

    from newsgraph.store import open_store, queries as Q
    st = open_store(untitled_db)
    (story,) = Q.list_stories(st)["items"]
    st.close()
    assert story["title"] == "Elista floods close the main road" and story["n_docs"] == 2
    with browsing(untitled_db, chromium) as (base, pg):
        pg.goto(f"{base}/stories/{story['id']}")
        body = pg.inner_text("main") if pg.locator("main").count() else pg.inner_text("body")
        assert "/srv/news" not in body and "(untitled)" not in body, body
        assert body.count("Elista floods close the main road") >= 2  # the story's title, its first report...
        assert "Floods in Elista: the road stays closed" in body  # ...and its articles, by their first line
        pg.goto(f"{base}/search?q=water")
        body = pg.inner_text("body")
        assert QUOTE in body and "first in" in body, body
        assert "None" not in body and "first in Elista floods close the main road" in body, body
        pg.goto(f"{base}/documents")
        body = pg.inner_text("body")
        assert "(untitled)" not in body and "Floods in Elista: the road stays closed" in body
