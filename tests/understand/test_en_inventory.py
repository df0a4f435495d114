"""The English attribution inventory (eval/data/en-attr/inventory.tsv, sentences written for it): every row read as
its status says. A row marked ``open`` is a known miss; when a change makes the product read it, this test fails
until the row's status is set to ``ok`` (``python -m newsgraph.eval.inventory`` lists the rows and what was made)."""
import pytest

from newsgraph.eval import inventory

ROWS = inventory.load()


@pytest.fixture(scope="module")
def results():
    return {row.id: (hit, made) for row, hit, made in inventory.run(ROWS)}


def test_the_inventory_covers_every_construction_and_non_statements():
    kinds = {r.construction for r in ROWS if r.content}
    for want in ("that-clause", "bare-clause", "to-infinitive", "colon", "quote", "as-predicate", "according-to",
                 "in-a-statement", "noun-that", "passive-evidential", "finding", "outlet"):
        assert want in kinds
    assert sum(1 for r in ROWS if not r.content) >= 30
    assert len({r.id for r in ROWS}) == len(ROWS)
    assert all(r.status in ("ok", "open") for r in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_inventory_row(results, row):
    hit, made = results[row.id]
    assert hit == (row.status == "ok"), f"{row.sentence} -> {made or 'no quote'} (status {row.status})"
