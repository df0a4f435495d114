"""Every list names an actor by its canonical name (tryout r19 P: a story timeline showed one actor as "Trump" on
one event and "Donald Trump" on the next, the names as each text wrote them): events list, timeline, story page
and exports (tests/serve/test_browser_canonical.py: the same in a real Chromium)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import people  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402


def _fill(store):
    for rec in people.trumps():
        store.write_batch([rec])


def _trump(store) -> dict:
    (a,) = [a for a in Q.list_actors(store, name="Trump")["items"]]
    return a


def test_events_and_timeline_name_an_actor_by_its_canonical_name(store):
    _fill(store)
    trump = _trump(store)
    events = Q.list_events(store, actor=trump["id"])["items"]
    assert len(events) == 2
    assert {(p["id"], p["name"]) for e in events for p in e["actors"]} == {(trump["id"], trump["name"])}
    line = Q.timeline(store, actor=trump["id"])["items"]
    assert {p["name"] for it in line for p in it.get("actors") or []} == {trump["name"]}
    (story,) = Q.list_stories(store)["items"]
    got = Q.get_story(store, story["id"])
    assert {p["name"] for it in got["timeline"]["items"] for p in it.get("actors") or []} == {trump["name"]}


def test_exported_events_name_the_actor_by_its_canonical_name(store, tmp_path):
    import csv

    from newsgraph.store.export import export_tables
    _fill(store)
    trump = _trump(store)
    export_tables(store, tmp_path, "csv")
    with open(tmp_path / "events.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["actors"] for r in rows] == [trump["name"]] * 2 and {r["actors_ids"] for r in rows} == {trump["id"]}
