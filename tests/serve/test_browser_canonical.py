"""The timeline and story pages name an actor by its canonical name on every event, in a real Chromium (tryout r19
P: "Trump" on one event, "Donald Trump" on the next)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
import people  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402

pytestmark = pytest.mark.browser


def test_the_timeline_and_story_pages_show_one_name(tmp_path, chromium):
    from serve_helpers import browsing

    from newsgraph.store import open_store
    db = str(tmp_path / "t.db")
    with open_store(db) as st:
        for rec in people.trumps():
            st.write_batch([rec])
        (trump,) = Q.list_actors(st, name="Trump")["items"]
        (story,) = Q.list_stories(st)["items"]
    with browsing(db, chromium) as (base, pg):
        for url in (f"/timeline?actor={trump['id']}", f"/stories/{story['id']}"):
            pg.goto(base + url)
            pg.wait_for_selector("ol.timeline")
            names = pg.locator("ol.timeline .badge.ev + a").all_inner_texts()
            assert names == [trump["name"]] * 2, (url, names)
