"""Stories a reader would recognise (issue 18): one happening and its coverage within days; not a standing topic,
not an opinion piece that only shares famous names; the same stories whatever the arrival order within a batch."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus import stories as ST  # noqa: E402
from newsgraph.eval.stories import bcubed  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402

PEOPLE = [("Maria Lindqvist", "PERSON", "Mayor", ["Maria Lindqvist"]),
          ("Tomas Berg", "PERSON", "Governor", ["Tomas Berg"])]


def _doc(source, published, title, text, ents=PEOPLE):
    return make(text, source=source, title=title, published=published, site=source.split(".")[0].upper(),
                entities=[e for e in ents if any(f in text for f in e[3])])


FLOOD = ["Storm Odette flooded the harbour of Bergen overnight, Maria Lindqvist said; the ferry terminal and the "
         "fishmarket were evacuated while pumps ran through the night.",
         "Pumps worked all night in Bergen after storm Odette sent floodwater into the fishmarket, and Maria "
         "Lindqvist ordered the ferry terminal closed until the harbour is safe.",
         "Bergen counts the damage of storm Odette: the harbour quay, the fishmarket stalls and the ferry terminal "
         "stood under water, said Maria Lindqvist, who thanked the fire crews."]
BUDGET = ["The council passed the school budget after a long session; Tomas Berg and Maria Lindqvist praised the "
          "teachers' union for the compromise on class sizes and salaries.",
          "Teachers will get higher salaries and smaller classes under the school budget the council approved late "
          "on Friday, a compromise Tomas Berg called fair to the union."]


def _flood(n, day):
    return _doc(f"flood{n}.example/{n}", day, "Storm Odette floods Bergen harbour", FLOOD[n - 1])


def _budget(n, day):
    return _doc(f"budget{n}.example/{n}", day, "Council passes the school budget", BUDGET[n - 1])


def _opinion(day):
    return _doc("opinion.example/1", day, "Opinion: I miss the old politics",
                "I have watched politics for years, and I think my city deserves better. I remember when Maria "
                "Lindqvist and Tomas Berg debated ideas; I miss that, and my neighbours tell me they do too.")


def _assignment(store) -> list[tuple]:
    by_story: dict[str, set] = {}
    for d in Q.list_documents(store, limit=200)["items"]:
        by_story.setdefault(d["story_id"], set()).add(d["source"])
    return sorted(tuple(sorted(s)) for s in by_story.values())


def test_one_happening_is_one_story_and_two_happenings_are_two(store):
    store.write_batch([_flood(1, "2025-09-04"), _flood(2, "2025-09-05"), _budget(1, "2025-09-05"),
                       _budget(2, "2025-09-06")])
    groups = _assignment(store)
    assert len(groups) == 2 and all(len(g) == 2 for g in groups)
    top = Q.list_stories(store)["items"]
    assert {s["title"] for s in top} == {"Storm Odette floods Bergen harbour", "Council passes the school budget"}


def test_the_same_topic_weeks_later_is_another_story(store):
    store.write_batch([_flood(1, "2025-09-04")])
    store.write_batch([_flood(2, "2025-10-20")])
    assert len(_assignment(store)) == 2


def test_an_opinion_piece_does_not_join_by_famous_names(store):
    store.write_batch([_budget(1, "2025-09-05"), _budget(2, "2025-09-05")])
    store.write_batch([_opinion("2025-09-06")])
    groups = _assignment(store)
    assert ("opinion.example/1",) in groups
    assert ST.looks_like_opinion("Opinion: I miss the old politics", "text")


def test_the_arrival_order_within_a_batch_does_not_change_the_stories(tmp_path):
    from newsgraph.store import open_store
    docs = [_flood(1, "2025-09-04"), _budget(1, "2025-09-05"), _flood(2, "2025-09-05"), _budget(2, "2025-09-06"),
            _opinion("2025-09-06"), _flood(3, "2025-09-07")]
    dumps = []
    for k, order in enumerate((docs, docs[::-1], docs[2:] + docs[:2])):
        with open_store(tmp_path / f"s{k}.db") as st:
            st.write_batch(list(order))
            dumps.append((_assignment(st), st.dump("stories"), st.dump("story_terms"), st.dump("story_actors"),
                          st.dump("doc_terms")))
    assert dumps[0] == dumps[1] == dumps[2]


def test_the_title_is_the_most_central_members():
    a = {"flood": 1.0}
    b = {"flood": 0.8, "ferry": 0.6}  # between the two others
    c = {"ferry": 1.0}
    score = ST.centrality({"a": a, "b": b, "c": c})
    assert max(score, key=score.get) == "b"


def test_bcubed():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, {"a": 1, "b": 1, "c": 2}) == (1.0, 1.0, 1.0)
    p, r, f = bcubed(gold, {"a": 1, "b": 2, "c": 3})
    assert (p, round(r, 3)) == (1.0, 0.667)
    p, r, f = bcubed(gold, {"a": 1, "b": 1, "c": 1})
    assert (round(p, 3), r) == (0.556, 1.0)


def test_one_strong_shared_word_is_a_topic_not_a_happening():
    europa = {"nasa": 0.9, "europa": 0.3, "plumes": 0.3}
    lander = {"nasa": 0.9, "lander": 0.3, "lunar": 0.3}
    assert ST.cosine(europa, lander) > 0.8 and ST.similarity(europa, lander) == ST.TERM_CAP
    again = {"nasa": 0.5, "europa": 0.6, "plumes": 0.6}
    assert abs(ST.similarity(europa, again) - 3 * ST.TERM_CAP) < 1e-9  # three shared words count three times
