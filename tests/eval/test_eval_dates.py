"""``newsgraph eval dates``: the date gold loads, its split holds, and understand.dates keeps its floor on the first
20 dev documents (the whole splits take a minute: `newsgraph eval dates --split dev|heldout`). The texts come from
../shared (benchmark pages through trafilatura, PolNeAR files); without them the test is skipped."""
from pathlib import Path

import pytest

from floors import FLOORS
from newsgraph.eval.dates import KINDS, evaluate, load

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def test_gold_shape():
    items = load()
    assert len(items) >= 200
    assert {i.kind for i in items} == set(KINDS)
    assert {i.split for i in items} == {"dev", "dev-c", "heldout", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                                        "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30",
                                        "fresh31", "fresh31ru", "fresh32", "fresh32h", "fresh32ru"}
    assert all(i.value == "none" for i in items if i.kind == "negative")


@pytest.mark.parametrize("batch", ["fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
                                   "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
                                   "fresh31ru", "fresh32", "fresh32h", "fresh32ru"])
def test_a_fresh_batch_is_a_split_of_its_own_documents(batch):
    """A fresh batch's rows come from documents no other row names, so dev, dev-c and heldout (and the batches
    before it) hold the rows they held."""
    items = load()
    fresh = {i.doc for i in items if i.split == batch}
    assert len([i for i in items if i.split == batch]) >= {"fresh26": 120, "fresh31ru": 60, "fresh32h": 40, "fresh32ru": 70}.get(batch, 150)
    assert not fresh & {i.doc for i in items if i.split != batch}
    assert all(i.note.startswith(batch + ":") for i in items if i.split == batch)
    assert sum(i.split == "fresh20" for i in items) == 293 and sum(i.split == "fresh21" for i in items) == 202
    assert sum(i.split == "dev" for i in items) == 2805 and sum(i.split == "dev-c" for i in items) == 199
    assert sum(i.split == "heldout" for i in items) == 258 and sum(i.split == "fresh22" for i in items) == 238
    assert sum(i.split == "fresh23" for i in items) == 160


@pytest.mark.skipif(not (SHARED / "polnear").is_dir(), reason="../shared/data is not here")
def test_dev_floor():
    r = evaluate(SHARED, split="dev", docs=20)
    assert r["items"] >= 60 and not r["missing"]
    assert r["accuracy"] >= FLOORS["dates"]["dev_first20_accuracy"], r["errors"]


def test_rounds_are_marked_in_the_notes():
    items = load()
    r9 = [i for i in items if i.note.startswith("r9")]
    assert len(r9) >= 160 and all(i.split == "dev" for i in r9)  # rounds add dev rows only


@pytest.mark.skipif(not (SHARED / "polnear").is_dir(), reason="../shared/data is not here")
def test_note_keeps_one_rounds_rows():
    r = evaluate(SHARED, split="dev", note="r9b", docs=2)
    assert 0 < r["items"] < 40 and not r["missing"]


def test_sources_are_told_apart():
    from newsgraph.eval.dates import source_of
    assert source_of("04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34") == "benchmark"
    assert source_of("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie") == "polnear"
    assert source_of("book_215") == "runews"  # a ru-news text (round 31's Russian gold)
    assert {i.source for i in load()} == {"benchmark", "polnear", "runews"}


@pytest.mark.skipif(not (SHARED / "polnear").is_dir(), reason="../shared/data is not here")
def test_accuracy_by_source_adds_up():
    r = evaluate(SHARED, split="dev", docs=3)
    assert sum(v["items"] for v in r["by_source"].values()) == r["items"]
    for v in r["by_source"].values():
        assert sum(k["items"] for k in v["by_kind"].values()) == v["items"]
    # the dated items split into those given a value (right or wrong) and those given none
    dv, dated = r["dated_values"], sum(v["items"] for k, v in r["by_kind"].items() if k not in ("negative", "vague"))
    assert dv["given"] + dv["none"] == dated and dv["right"] <= dv["given"]


@pytest.mark.skipif(not (SHARED / "article-extraction-benchmark").is_dir(), reason="../shared/data is not here")
def test_product_anchors_are_the_readers_and_the_file_names():
    from newsgraph.eval.dates import product_anchor
    assert product_anchor("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie", SHARED) == "2015-11-11"
    # an evening page in the US: its metadata holds the UTC day after, its byline the day (r12 anchor audit)
    assert product_anchor("08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56", SHARED) == "2019-11-18"
    r = evaluate(SHARED, split="dev", docs=2, anchor="product")
    assert r["items"] > 0 and "anchors_differ" in r


@pytest.mark.skipif(not (SHARED / "article-extraction-benchmark").is_dir(), reason="../shared/data is not here")
def test_pubdates_gold_scores_the_dev_pages_only():
    from newsgraph.eval.dates import split_of
    from newsgraph.eval.pubdates import load as load_pub
    rows = load_pub()
    assert len(rows) >= 80 and all(split_of(p) == "dev" for p, _, _ in rows)
