"""Helpers of the story tests that need a season of other news (tests/corpus/test_stories30_famous_r30.py and the
round-33 story tests): a word's idf, its burst and an actor's fame are judged against the documents around a date, and a
store of a few documents is too small to tell any of them."""
from __future__ import annotations

import random

from newsgraph.store import open_store
from newsgraph.store import queries as Q

VOCAB = ("crane", "diesel", "museum", "plastic", "liner", "bakery", "ferry", "lighthouse", "seals", "bridge", "nets",
         "regatta", "tugboat", "oysters", "pier", "anchor", "gulls", "dredger", "sailmaker", "tides", "kelp",
         "customs", "chandlery", "slipway", "buoy", "rowers", "trawler", "warehouse", "cannery", "mussels", "harpoon",
         "barnacles", "compass", "lantern", "schooner", "quayside", "herring", "rigging", "ballast", "galley")


def note(i: int) -> str:
    """A harbour note of nine VOCAB words: a document about nothing the tests' happenings are about."""
    rnd = random.Random(i)
    return " ".join(f"the {w} {rnd.choice(('grew', 'fell', 'moved', 'rusted', 'shone', 'waited'))}"
                    for w in rnd.sample(VOCAB, 9)).capitalize() + "."


def stories(path, docs, limit: int = 200) -> list[tuple]:
    """The stories of a store of ``docs`` written in one batch, as sorted tuples of their documents' sources."""
    with open_store(path) as st:
        st.write_batch(list(docs))
        by: dict[str, set] = {}
        for d in Q.list_documents(st, limit=limit)["items"]:
            by.setdefault(d["story_id"], set()).add(d["source"])
    return sorted(tuple(sorted(s)) for s in by.values())
