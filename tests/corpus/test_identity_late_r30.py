"""Round 30 (lead; newuser30's first finding): a titled surname read alone before its person is named in full
without a role ("President Trump" pages first, then a "Donald Trump" page with no role) is completed by the first
full name that gives its role, whatever the order; a full name with another role leaves it apart."""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402

TITLED = ("President Halvorsen said the plan would pass.", ("Halvorsen", "PERSON", "President", ["Halvorsen"]))
BARE_FULL = ("Erik Halvorsen visited the plant on Monday.", ("Erik Halvorsen", "PERSON", None, ["Erik Halvorsen"]))
ROLE_FULL = ("President Erik Halvorsen spoke in Oslo.", ("Erik Halvorsen", "PERSON", "President", ["Erik Halvorsen"]))
LATER = ("Halvorsen said the talks would go on.", ("Halvorsen", "PERSON", None, ["Halvorsen"]))


def _rec(i, item):
    text, ent = item
    return make(text, source=f"doc{i}.txt", published=f"2019-11-{10 + i}", entities=[ent])


def _people(store):
    return {a["name"]: a["n_docs"] for a in Q.list_actors(store, type="PERSON", limit=50)["items"]}


def test_the_full_name_giving_the_titled_surnames_role_completes_it_late(store):
    for i, item in enumerate([TITLED, BARE_FULL, ROLE_FULL, LATER]):
        store.write_batch([_rec(i, item)])
    assert _people(store) == {"Erik Halvorsen": 4}


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_every_order_gives_one_person(tmp_path, order):
    from newsgraph.store import open_store
    store = open_store(str(tmp_path / f"s{''.join(map(str, order))}.db"))
    items = [TITLED, BARE_FULL, ROLE_FULL]
    for i in order:
        store.write_batch([_rec(i, items[i])])
    assert _people(store) == {"Erik Halvorsen": 3}


def test_a_full_name_with_another_role_leaves_the_titled_surname_apart(store):
    other = ("Erik Halvorsen, a lobbyist, spoke in Oslo.", ("Erik Halvorsen", "PERSON", "lobbyist", ["Erik Halvorsen"]))
    for i, item in enumerate([TITLED, BARE_FULL, other]):
        store.write_batch([_rec(i, item)])
    assert _people(store) == {"Halvorsen": 1, "Erik Halvorsen": 2}
